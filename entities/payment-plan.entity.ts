// Payment plan (回款计划) of a contract: one term each. No owner: visible exactly when its contract is.
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt, DateColumn, DecimalColumn, UpdatedAt } from './columns';

@ObjectType('PaymentPlan')
@Entity('payment_plan')
@Index('idx_payment_plan_contract', ['contractId', 'term'])
@Index('idx_payment_plan_date', ['plannedDate'])
export class PaymentPlan {
  @Field(() => ID) @PrimaryGeneratedColumn() id: number;
  @Field(() => ID) @Column({ name: 'contract_id', type: 'int' }) contractId: number;
  @Field(() => Int, { description: 'Term number (期次), unique among the live plans of the contract' }) @Column({ type: 'int' }) term: number;
  @Field(() => String, { description: 'Planned amount, exact decimal' }) @DecimalColumn() amount: string;
  @Field(() => String, { description: 'YYYY-MM-DD' }) @Column({ name: 'planned_date', type: 'date' }) plannedDate: string;
  @Field(() => String, { nullable: true, description: 'Payment method (dictionary value, e.g. 银行转账)' }) @Column({ type: 'varchar', length: 30, nullable: true }) method: string | null;
  @Field(() => Int, { nullable: true, description: 'Remind the contract owner this many days before the planned date (0: on the day; null: the company default of 回款提醒 in settings)' })
  @Column({ name: 'reminder_days', type: 'int', nullable: true }) reminderDays: number | null;
  @Field(() => String, { nullable: true }) @Column({ type: 'varchar', length: 500, nullable: true }) remarks: string | null;
  @Field(() => ID) @Column({ name: 'created_by_id', type: 'int' }) createdById: number;
  @Field(() => Date, { nullable: true }) @DateColumn({ name: 'deleted_at' }) deletedAt: Date | null;
  @Field(() => Date) @CreatedAt() createdAt: Date;
  @Field(() => Date) @UpdatedAt() updatedAt: Date;
}
