// A public pool (公海): where customers without an owner wait to be claimed or assigned. Several may exist
// (e.g. one per region); members and administrators are in pool_member, recycle rules per level in pool_rule.
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt, UpdatedAt } from './columns';

/** Why a customer entered the pool. */
export enum PoolReason {
  MANUAL_RETURN = 'MANUAL_RETURN',
  NO_FOLLOW_UP = 'NO_FOLLOW_UP',
  NO_NEW_OPPORTUNITY = 'NO_NEW_OPPORTUNITY',
  NO_DEAL = 'NO_DEAL',
  OFFBOARDING = 'OFFBOARDING',
  IMPORT = 'IMPORT',
}
registerEnumType(PoolReason, {
  name: 'PoolReason',
  description: 'MANUAL_RETURN 手动退回, NO_FOLLOW_UP 未跟进回收, NO_NEW_OPPORTUNITY 无新商机回收, NO_DEAL 未成交回收, OFFBOARDING 离职释放, IMPORT 导入',
});

@ObjectType('Pool')
@Entity('pool')
export class Pool {
  @Field(() => ID) @PrimaryGeneratedColumn() id: number;
  @Field(() => String) @Index('uq_pool_name', { unique: true }) @Column({ type: 'varchar', length: 50 }) name: string;
  /** The pool of users who belong to no other pool, and where recycled customers of such users go. */
  @Field(() => Boolean) @Column({ name: 'is_default', type: 'boolean', default: false }) isDefault: boolean;
  @Field(() => Boolean, { description: 'The recycle job applies this pool\'s rules' }) @Column({ name: 'recycle_enabled', type: 'boolean', default: false }) recycleEnabled: boolean;
  @Field(() => Boolean, { description: 'Customers with a deal (已成交) are never recycled' }) @Column({ name: 'exempt_deal_customers', type: 'boolean', default: true }) exemptDealCustomers: boolean;
  @Field(() => Boolean, { description: 'Customers with an open opportunity are never recycled' }) @Column({ name: 'exempt_open_opportunities', type: 'boolean', default: true }) exemptOpenOpportunities: boolean;
  @Field(() => Int, { description: 'Owners are warned this many days before a customer is recycled (0: no warning)' }) @Column({ name: 'warn_days', type: 'int', default: 3 }) warnDays: number;
  @Field(() => Date) @CreatedAt() createdAt: Date;
  @Field(() => Date) @UpdatedAt() updatedAt: Date;
}
