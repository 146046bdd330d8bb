// Customer (客户). Owner null means the public pool. Soft-deleted rows keep their data; `nameKey` is the
// normalised name (lib/text normalizeName: no spaces, brackets or company-form suffix) while live, NULL once
// deleted, so a unique index refuses near-duplicates even under races. Near-duplicates that existed before the key
// dropped suffixes keep `key#id` (migration NameKeySuffixes) and are found by the same checks.
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt, DateColumn, UpdatedAt } from './columns';
import { PoolReason } from './pool.entity';

export enum CustomerType { DIRECT = 'DIRECT', DISTRIBUTOR = 'DISTRIBUTOR' }
export enum CustomerLevel { CORE = 'CORE', HIGH_GROWTH = 'HIGH_GROWTH', NORMAL = 'NORMAL' }
export enum DealStatus { NONE = 'NONE', DEAL = 'DEAL' }
registerEnumType(CustomerType, { name: 'CustomerType' });
registerEnumType(CustomerLevel, { name: 'CustomerLevel' });
registerEnumType(DealStatus, { name: 'DealStatus', description: 'NONE 未成交, DEAL 已成交' });

@ObjectType('Customer')
@Entity('customer')
// List indexes (docs/scale/EXPLAIN.md): a narrow scope reads its owners' ranges in order (owner, live, order);
// a wide one (a big manager, ALL) walks the order index and tests the owner inside it, reading only matches.
// The id sits before the owner so that the index order is the list's (sort key, id) order: no filesort.
@Index('idx_customer_owner_live_updated', ['ownerId', 'deletedAt', 'updatedAt'])
@Index('idx_customer_owner_live_created', ['ownerId', 'deletedAt', 'createdAt'])
@Index('idx_customer_live_updated_owner', ['deletedAt', 'updatedAt', 'id', 'ownerId'])
@Index('idx_customer_live_created_owner', ['deletedAt', 'createdAt', 'id', 'ownerId'])
@Index('idx_customer_owner_live_name', ['ownerId', 'deletedAt', 'nameSort'])
@Index('idx_customer_live_name_owner', ['deletedAt', 'nameSort', 'id', 'ownerId'])
@Index('idx_customer_pool_entered', ['poolId', 'ownerId', 'poolEnteredAt'])
export class Customer {
  @Field(() => ID) @PrimaryGeneratedColumn() id: number;
  @Field(() => String) @Index('uq_customer_code', { unique: true }) @Column({ type: 'varchar', length: 30 }) code: string;
  @Field(() => String) @Column({ type: 'varchar', length: 100 }) name: string;
  /** The name's pinyin sort key (lib/name-sort), set with every write of the name; utf8mb4_bin on MariaDB. */
  @Column({ name: 'name_sort', type: 'varchar', length: 191, default: '' }) nameSort: string;
  @Index('uq_customer_name_key', { unique: true }) @Column({ name: 'name_key', type: 'varchar', length: 100, nullable: true }) nameKey: string | null;
  @Field(() => CustomerType) @Column({ type: 'varchar', length: 12, default: CustomerType.DIRECT }) type: CustomerType;
  @Field(() => CustomerLevel) @Column({ type: 'varchar', length: 12, default: CustomerLevel.NORMAL }) level: CustomerLevel;
  @Field(() => String, { nullable: true }) @Column({ type: 'varchar', length: 50, nullable: true }) industry: string | null;
  @Field(() => String, { nullable: true }) @Column({ type: 'varchar', length: 50, nullable: true }) source: string | null;
  @Field(() => String, { nullable: true }) @Column({ type: 'varchar', length: 50, nullable: true }) region: string | null;
  @Field(() => String, { nullable: true }) @Column({ type: 'varchar', length: 200, nullable: true }) address: string | null;
  @Field(() => String, { nullable: true }) @Column({ type: 'varchar', length: 10, nullable: true }) postcode: string | null;
  @Field(() => String, { nullable: true }) @Column({ type: 'varchar', length: 50, nullable: true }) profile: string | null;
  @Field(() => String, { nullable: true }) @Column({ name: 'contact_name', type: 'varchar', length: 50, nullable: true }) contactName: string | null;
  @Field(() => String, { nullable: true }) @Column({ name: 'contact_position', type: 'varchar', length: 50, nullable: true }) contactPosition: string | null;
  @Field(() => String, { nullable: true }) @Index('idx_customer_mobile') @Column({ type: 'varchar', length: 20, nullable: true }) mobile: string | null;
  @Field(() => String, { nullable: true }) @Index('idx_customer_phone') @Column({ type: 'varchar', length: 30, nullable: true }) phone: string | null;
  @Field(() => String, { nullable: true }) @Index('idx_customer_email') @Column({ type: 'varchar', length: 100, nullable: true }) email: string | null;
  @Field(() => String, { nullable: true }) @Column({ type: 'varchar', length: 200, nullable: true }) website: string | null;
  @Field(() => String, { nullable: true }) @Column({ type: 'varchar', length: 1000, nullable: true }) remarks: string | null;
  @Field(() => ID, { nullable: true }) @Column({ name: 'owner_id', type: 'int', nullable: true }) ownerId: number | null;
  @Field(() => ID) @Column({ name: 'created_by_id', type: 'int' }) createdById: number;
  @Field(() => DealStatus) @Column({ name: 'deal_status', type: 'varchar', length: 10, default: DealStatus.NONE }) dealStatus: DealStatus;
  @Field(() => Boolean) @Column({ type: 'boolean', default: false }) locked: boolean;
  @Field(() => Date, { nullable: true }) @DateColumn({ name: 'last_follow_up_at' }) lastFollowUpAt: Date | null;
  @Field(() => Date, { nullable: true }) @DateColumn({ name: 'next_follow_up_at' }) nextFollowUpAt: Date | null;
  // Public pool (SPEC 3.4): set while the customer has no owner; the history is in customer_pool_history.
  @Field(() => ID, { nullable: true, description: 'The pool the customer is in (owner null)' }) @Column({ name: 'pool_id', type: 'int', nullable: true }) poolId: number | null;
  @Field(() => Date, { nullable: true }) @DateColumn({ name: 'pool_entered_at' }) poolEnteredAt: Date | null;
  @Field(() => PoolReason, { nullable: true }) @Column({ name: 'pool_reason', type: 'varchar', length: 20, nullable: true }) poolReason: PoolReason | null;
  @Field(() => String, { nullable: true, description: 'Why it was returned, in the words of whoever returned it' }) @Column({ name: 'pool_note', type: 'varchar', length: 200, nullable: true }) poolNote: string | null;
  @Field(() => ID, { nullable: true, description: 'Who owned it before it entered the pool' }) @Column({ name: 'previous_owner_id', type: 'int', nullable: true }) previousOwnerId: number | null;
  /** When it last left a pool (claim or assignment): the recycle clock starts again then. */
  @DateColumn({ name: 'pool_exited_at' }) poolExitedAt: Date | null;
  @Field(() => Date, { nullable: true }) @DateColumn({ name: 'deleted_at' }) deletedAt: Date | null;
  @Column({ name: 'deleted_by_id', type: 'int', nullable: true }) deletedById: number | null;
  /** Set on a customer merged into another (合并): it is in the recycle bin, and its code still finds the kept one. */
  @Field(() => ID, { nullable: true, description: 'The customer this one was merged into' })
  @Index('idx_customer_merged_into') @Column({ name: 'merged_into_id', type: 'int', nullable: true }) mergedIntoId: number | null;
  @Field(() => Date) @CreatedAt() createdAt: Date;
  @Field(() => Date) @UpdatedAt() updatedAt: Date;
}
