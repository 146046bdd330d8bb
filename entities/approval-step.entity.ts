// One step of an approval run: who may decide it (approval_candidate), its state, the decision and comment.
// Steps run in `position` order; exactly one is ACTIVE while the approval is PENDING.
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { ApprovalDocumentType, ApproverType } from './approval-flow.entity';
import { DateColumn } from './columns';

export enum ApprovalStepStatus {
  WAITING = 'WAITING', ACTIVE = 'ACTIVE', APPROVED = 'APPROVED', REJECTED = 'REJECTED', SKIPPED = 'SKIPPED', CANCELLED = 'CANCELLED',
}
registerEnumType(ApprovalStepStatus, {
  name: 'ApprovalStepStatus',
  description: 'WAITING for earlier steps, ACTIVE awaiting a decision, APPROVED, REJECTED, SKIPPED (no department head above the submitter), CANCELLED (an earlier step rejected)',
});

@ObjectType('ApprovalStep')
@Entity('approval_step')
@Index('idx_approval_step_approval', ['approvalId', 'position'])
@Index('idx_approval_step_decider', ['decidedById', 'status'])
@Index('idx_approval_step_status', ['status', 'activatedAt'])
export class ApprovalStep {
  @Field(() => ID) @PrimaryGeneratedColumn() id: number;
  @Field(() => ID) @Column({ name: 'approval_id', type: 'int' }) approvalId: number;
  @Field(() => ApprovalDocumentType) @Column({ name: 'document_type', type: 'varchar', length: 20 }) documentType: ApprovalDocumentType;
  @Field(() => ID) @Column({ name: 'document_id', type: 'int' }) documentId: number;
  @Field(() => ID) @Column({ name: 'contract_id', type: 'int' }) contractId: number;
  @Field(() => Int, { description: '1 for the first step' }) @Column({ type: 'int' }) position: number;
  @Field(() => String) @Column({ type: 'varchar', length: 50 }) name: string;
  @Field(() => ApproverType) @Column({ name: 'approver_type', type: 'varchar', length: 20 }) approverType: ApproverType;
  @Field(() => String, { description: 'Who approves, as resolved on submission (a name, or a role name)' }) @Column({ name: 'approver_label', type: 'varchar', length: 100 }) approverLabel: string;
  @Field(() => ApprovalStepStatus) @Column({ type: 'varchar', length: 10 }) status: ApprovalStepStatus;
  @Field(() => ID, { nullable: true }) @Column({ name: 'decided_by_id', type: 'int', nullable: true }) decidedById: number | null;
  @Field(() => String, { nullable: true }) @Column({ type: 'varchar', length: 500, nullable: true }) comment: string | null;
  @Field(() => Date, { nullable: true }) @DateColumn({ name: 'activated_at' }) activatedAt: Date | null;
  @Field(() => Date, { nullable: true }) @DateColumn({ name: 'decided_at' }) decidedAt: Date | null;
}
