// Receivable (回款): money received against an APPROVED contract, optionally against one of its plans.
// No owner: visible exactly when its contract is. Counted in the received amount only once APPROVED; a REJECTED one
// may be deleted to the recycle bin.
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt, DateColumn, DecimalColumn, UpdatedAt } from './columns';

export enum ReceivableStatus { PENDING = 'PENDING', APPROVED = 'APPROVED', REJECTED = 'REJECTED' }
registerEnumType(ReceivableStatus, { name: 'ReceivableStatus', description: 'PENDING 审批中, APPROVED 已确认, REJECTED 已驳回' });

@ObjectType('Receivable')
@Entity('receivable')
// Both cover the dashboard's receivable sums (from a person's contracts, or a period of the whole company's).
@Index('idx_receivable_contract', ['contractId', 'status', 'deletedAt', 'receivedDate', 'amount'])
@Index('idx_receivable_plan', ['planId'])
@Index('idx_receivable_date', ['receivedDate', 'status', 'deletedAt', 'contractId', 'amount'])
export class Receivable {
  @Field(() => ID) @PrimaryGeneratedColumn() id: number;
  @Field(() => String, { description: 'Number from the numbering rule, e.g. HK202611220001' })
  @Index('uq_receivable_code', { unique: true }) @Column({ type: 'varchar', length: 30 }) code: string;
  @Field(() => ID) @Column({ name: 'contract_id', type: 'int' }) contractId: number;
  @Field(() => ID, { nullable: true }) @Column({ name: 'plan_id', type: 'int', nullable: true }) planId: number | null;
  @Field(() => String, { description: 'Exact decimal' }) @DecimalColumn() amount: string;
  @Field(() => String, { description: 'YYYY-MM-DD' }) @Column({ name: 'received_date', type: 'date' }) receivedDate: string;
  @Field(() => String, { nullable: true }) @Column({ type: 'varchar', length: 30, nullable: true }) method: string | null;
  @Field(() => ReceivableStatus) @Column({ type: 'varchar', length: 10 }) status: ReceivableStatus;
  @Field(() => String, { nullable: true }) @Column({ type: 'varchar', length: 500, nullable: true }) remarks: string | null;
  @Field(() => ID) @Column({ name: 'recorded_by_id', type: 'int' }) recordedById: number;
  @Field(() => Date) @CreatedAt() createdAt: Date;
  @Field(() => Date) @UpdatedAt() updatedAt: Date;
  /** Only a rejected receivable is ever deleted (to the recycle bin): approved and pending ones are the books. */
  @Field(() => Date, { nullable: true }) @DateColumn({ name: 'deleted_at' }) deletedAt: Date | null;
  @Column({ name: 'deleted_by_id', type: 'int', nullable: true }) deletedById: number | null;
}
