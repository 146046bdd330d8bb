// Company-wide pool caps (one row, id 1): per-user caps on owned and locked customers, claims per day, and
// the number of days a user may not re-claim a customer they lost to the pool. NULL means no cap.
import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { UpdatedAt } from './columns';

@ObjectType('PoolSettings')
@Entity('pool_settings')
export class PoolSettings {
  @PrimaryColumn({ type: 'int' }) id: number;
  @Field(() => Int, { nullable: true, description: 'A user may own at most this many customers (claims and assignments stop there)' })
  @Column({ name: 'max_owned_customers', type: 'int', nullable: true }) maxOwnedCustomers: number | null;
  @Field(() => Int, { nullable: true, description: 'A user may claim at most this many customers per day (Asia/Shanghai)' })
  @Column({ name: 'max_claims_per_day', type: 'int', nullable: true }) maxClaimsPerDay: number | null;
  @Field(() => Int, { description: 'Days during which a user may not claim back a customer they lost to the pool (0: no bar)' })
  @Column({ name: 'reclaim_bar_days', type: 'int', default: 0 }) reclaimBarDays: number;
  @Field(() => Int, { nullable: true, description: 'A user may have at most this many locked customers' })
  @Column({ name: 'max_locked_customers', type: 'int', nullable: true }) maxLockedCustomers: number | null;
  @Field(() => Date) @UpdatedAt() updatedAt: Date;
}
