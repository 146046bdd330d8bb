// Contract / order (合同). Owned record under the 'contract' scope module, hanging under its customer.
// Editable only in DRAFT or REJECTED; the status changes through submit, approval and void only.
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt, DateColumn, DecimalColumn, UpdatedAt } from './columns';

export enum ContractStatus { DRAFT = 'DRAFT', PENDING = 'PENDING', APPROVED = 'APPROVED', REJECTED = 'REJECTED', VOID = 'VOID' }
registerEnumType(ContractStatus, { name: 'ContractStatus', description: 'DRAFT 草稿, PENDING 审批中, APPROVED 已通过, REJECTED 已驳回, VOID 已作废' });

@ObjectType('Contract')
@Entity('contract')
// List indexes: see customer.entity.ts.
@Index('idx_contract_owner_live_updated', ['ownerId', 'deletedAt', 'updatedAt'])
@Index('idx_contract_live_updated_owner', ['deletedAt', 'updatedAt', 'id', 'ownerId'])
@Index('idx_contract_customer', ['customerId'])
@Index('idx_contract_owner_live_sign', ['ownerId', 'deletedAt', 'signDate', 'status', 'amount'])
@Index('idx_contract_live_sign_owner', ['deletedAt', 'signDate', 'ownerId', 'status', 'amount'])
@Index('idx_contract_opportunity', ['opportunityId'])
export class Contract {
  @Field(() => ID) @PrimaryGeneratedColumn() id: number;
  @Field(() => String, { description: 'Contract number from the numbering rule, e.g. HT202611220001' })
  @Index('uq_contract_code', { unique: true }) @Column({ type: 'varchar', length: 30 }) code: string;
  @Field(() => String) @Column({ type: 'varchar', length: 200 }) title: string;
  @Field(() => ID) @Column({ name: 'customer_id', type: 'int' }) customerId: number;
  @Field(() => ID, { nullable: true }) @Column({ name: 'opportunity_id', type: 'int', nullable: true }) opportunityId: number | null;
  @Field(() => String, { description: 'Contract amount, exact decimal as a string; the sum of the product lines when there are lines' })
  @DecimalColumn() amount: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) @Column({ name: 'sign_date', type: 'date', nullable: true }) signDate: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) @Column({ name: 'start_date', type: 'date', nullable: true }) startDate: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, not before the start date' }) @Column({ name: 'end_date', type: 'date', nullable: true }) endDate: string | null;
  @Field(() => ContractStatus) @Column({ type: 'varchar', length: 10, default: ContractStatus.DRAFT }) status: ContractStatus;
  @Field(() => String, { nullable: true }) @Column({ type: 'varchar', length: 1000, nullable: true }) remarks: string | null;
  @Field(() => ID) @Column({ name: 'owner_id', type: 'int' }) ownerId: number;
  @Field(() => ID) @Column({ name: 'created_by_id', type: 'int' }) createdById: number;
  @Field(() => Date, { nullable: true }) @DateColumn({ name: 'submitted_at' }) submittedAt: Date | null;
  @Field(() => Date, { nullable: true }) @DateColumn({ name: 'approved_at' }) approvedAt: Date | null;
  @Field(() => Date, { nullable: true, description: 'When the approved receivables reached the contract amount' }) @DateColumn({ name: 'paid_at' }) paidAt: Date | null;
  @Field(() => Date, { nullable: true }) @DateColumn({ name: 'voided_at' }) voidedAt: Date | null;
  @Field(() => String, { nullable: true }) @Column({ name: 'void_reason', type: 'varchar', length: 500, nullable: true }) voidReason: string | null;
  @Field(() => Date, { nullable: true }) @DateColumn({ name: 'deleted_at' }) deletedAt: Date | null;
  @Column({ name: 'deleted_by_id', type: 'int', nullable: true }) deletedById: number | null;
  @Field(() => Date) @CreatedAt() createdAt: Date;
  @Field(() => Date) @UpdatedAt() updatedAt: Date;
}
