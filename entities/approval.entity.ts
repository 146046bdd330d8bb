// One run of an approval flow for one document (a contract or a receivable), started by a submission.
// `contractId` is the contract the document belongs to: approvers may read it (lib/access/grants.ts).
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { ApprovalDocumentType } from './approval-flow.entity';
import { CreatedAt, DateColumn } from './columns';

export enum ApprovalStatus { PENDING = 'PENDING', APPROVED = 'APPROVED', REJECTED = 'REJECTED' }
registerEnumType(ApprovalStatus, { name: 'ApprovalStatus' });

@ObjectType('Approval')
@Entity('approval')
@Index('idx_approval_document', ['documentType', 'documentId'])
@Index('idx_approval_contract', ['contractId'])
@Index('idx_approval_submitter', ['submitterId', 'createdAt'])
export class Approval {
  @Field(() => ID) @PrimaryGeneratedColumn() id: number;
  @Field(() => ApprovalDocumentType) @Column({ name: 'document_type', type: 'varchar', length: 20 }) documentType: ApprovalDocumentType;
  @Field(() => ID) @Column({ name: 'document_id', type: 'int' }) documentId: number;
  @Field(() => ID) @Column({ name: 'contract_id', type: 'int' }) contractId: number;
  @Field(() => String, { nullable: true, description: 'The flow as it was when submitted; null when none was configured (approved on submit)' })
  @Column({ name: 'flow_name', type: 'varchar', length: 50, nullable: true }) flowName: string | null;
  @Field(() => ID) @Column({ name: 'submitter_id', type: 'int' }) submitterId: number;
  @Field(() => ApprovalStatus) @Column({ type: 'varchar', length: 10 }) status: ApprovalStatus;
  @Field(() => Date, { description: 'Submitted at' }) @CreatedAt() createdAt: Date;
  @Field(() => Date, { nullable: true }) @DateColumn({ name: 'decided_at' }) decidedAt: Date | null;
}
