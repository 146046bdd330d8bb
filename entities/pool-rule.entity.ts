// A pool's recycle rule for one customer level: days without a follow-up, without a new opportunity, and
// without a deal after which an owned customer goes back to the pool. NULL switches that check off.
import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CustomerLevel } from './customer.entity';

@ObjectType('PoolRule')
@Entity('pool_rule')
@Index('uq_pool_rule_level', ['poolId', 'level'], { unique: true })
export class PoolRule {
  @PrimaryGeneratedColumn() id: number;
  @Column({ name: 'pool_id', type: 'int' }) poolId: number;
  @Field(() => CustomerLevel) @Column({ type: 'varchar', length: 12 }) level: CustomerLevel;
  @Field(() => Int, { nullable: true }) @Column({ name: 'no_follow_up_days', type: 'int', nullable: true }) noFollowUpDays: number | null;
  @Field(() => Int, { nullable: true }) @Column({ name: 'no_opportunity_days', type: 'int', nullable: true }) noOpportunityDays: number | null;
  @Field(() => Int, { nullable: true }) @Column({ name: 'no_deal_days', type: 'int', nullable: true }) noDealDays: number | null;
}
