// Approval flow (审批流程) of one document type, set in settings: ordered steps, each naming who approves.
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt, JsonColumn, UpdatedAt } from './columns';

export enum ApprovalDocumentType { CONTRACT = 'CONTRACT', RECEIVABLE = 'RECEIVABLE', OWNERSHIP = 'OWNERSHIP' }
registerEnumType(ApprovalDocumentType, { name: 'ApprovalDocumentType' });

export enum ApproverType { DEPARTMENT_HEAD = 'DEPARTMENT_HEAD', ROLE = 'ROLE', USER = 'USER' }
registerEnumType(ApproverType, {
  name: 'ApproverType',
  description: "DEPARTMENT_HEAD: the nearest head above the submitter; ROLE: any holder of the role; USER: the named user",
});

/** One step as stored in the flow (JSON). */
export interface StoredApprovalStep { name: string; approverType: ApproverType; roleId: number | null; userId: number | null }

@ObjectType('ApprovalFlow')
@Entity('approval_flow')
export class ApprovalFlow {
  @Field(() => ID) @PrimaryGeneratedColumn() id: number;
  @Field(() => ApprovalDocumentType) @Index('uq_approval_flow_document', { unique: true }) @Column({ name: 'document_type', type: 'varchar', length: 20 }) documentType: ApprovalDocumentType;
  @Field(() => String) @Column({ type: 'varchar', length: 50 }) name: string;
  @Field(() => Boolean, { description: 'A disabled flow (or one without steps) approves on submit' }) @Column({ type: 'boolean', default: true }) enabled: boolean;
  @JsonColumn({ nullable: false }) steps: StoredApprovalStep[];
  /** Decides a step nobody else can (e.g. its only approver is the submitter), instead of refusing the submission. */
  @Field(() => ID, { nullable: true }) @Column({ name: 'fallback_user_id', type: 'int', nullable: true }) fallbackUserId: number | null;
  @Field(() => Int) @Column({ type: 'int', default: 1 }) version: number;
  @Field(() => ID, { nullable: true }) @Column({ name: 'updated_by_id', type: 'int', nullable: true }) updatedById: number | null;
  @Field(() => Date) @CreatedAt() createdAt: Date;
  @Field(() => Date) @UpdatedAt() updatedAt: Date;
}
