// Every entry into and exit from a pool: recycled, returned, released, imported (ENTER), claimed, assigned
// (EXIT), moved between pools (MOVE), with the owners before and after, the actor (NULL: the recycle job), time.
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt } from './columns';
import { PoolReason } from './pool.entity';

export enum PoolEvent { ENTER = 'ENTER', CLAIM = 'CLAIM', ASSIGN = 'ASSIGN', MOVE = 'MOVE' }
registerEnumType(PoolEvent, { name: 'PoolEvent', description: 'ENTER 进入公海, CLAIM 领取, ASSIGN 分配, MOVE 转移公海' });

@ObjectType('PoolHistoryEntry')
@Entity('customer_pool_history')
@Index('idx_pool_history_customer', ['customerId', 'createdAt'])
@Index('idx_pool_history_to_owner', ['toOwnerId', 'event', 'createdAt'])
@Index('idx_pool_history_from_owner', ['fromOwnerId', 'customerId', 'createdAt'])
export class CustomerPoolHistory {
  @Field(() => ID) @PrimaryGeneratedColumn() id: number;
  @Field(() => ID) @Column({ name: 'customer_id', type: 'int' }) customerId: number;
  @Field(() => PoolEvent) @Column({ type: 'varchar', length: 10 }) event: PoolEvent;
  /** The pool entered (ENTER, MOVE) or left (CLAIM, ASSIGN). */
  @Field(() => ID) @Column({ name: 'pool_id', type: 'int' }) poolId: number;
  /** MOVE: the pool the customer came from. */
  @Field(() => ID, { nullable: true }) @Column({ name: 'from_pool_id', type: 'int', nullable: true }) fromPoolId: number | null;
  @Field(() => PoolReason, { nullable: true }) @Column({ type: 'varchar', length: 20, nullable: true }) reason: PoolReason | null;
  @Field(() => String, { nullable: true }) @Column({ type: 'varchar', length: 200, nullable: true }) note: string | null;
  @Field(() => ID, { nullable: true }) @Column({ name: 'from_owner_id', type: 'int', nullable: true }) fromOwnerId: number | null;
  @Field(() => ID, { nullable: true }) @Column({ name: 'to_owner_id', type: 'int', nullable: true }) toOwnerId: number | null;
  @Field(() => ID, { nullable: true, description: 'null: the recycle job' }) @Column({ name: 'actor_id', type: 'int', nullable: true }) actorId: number | null;
  @Field(() => Date) @CreatedAt() createdAt: Date;
}
