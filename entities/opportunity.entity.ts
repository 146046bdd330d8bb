// Opportunity (商机 / 跟单) of a DIRECT customer (a distributor may join as partner). Owned record under the
// 'opportunity' scope; the customer's team reaches it through customerId. Amounts are exact decimals (strings).
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt, DateColumn, DecimalColumn, UpdatedAt } from './columns';

export enum OpportunityCategory {
  SHORT_TERM = 'SHORT_TERM', MID_TERM = 'MID_TERM', LONG_TERM = 'LONG_TERM', WON = 'WON', LOST = 'LOST',
}
registerEnumType(OpportunityCategory, {
  name: 'OpportunityCategory',
  description: 'SHORT_TERM 短线 (≤ 3 months, stage ≥ 3), MID_TERM 中线 (≤ 1 year, stage ≥ 2), LONG_TERM 线索 (stage 1), WON 已成交, LOST 放弃/丢单',
});

export const OPEN_CATEGORIES: readonly OpportunityCategory[] = [OpportunityCategory.SHORT_TERM, OpportunityCategory.MID_TERM, OpportunityCategory.LONG_TERM];

@ObjectType('Opportunity')
@Entity('opportunity')
// List indexes: see customer.entity.ts.
@Index('idx_opportunity_owner_live_updated', ['ownerId', 'deletedAt', 'updatedAt'])
@Index('idx_opportunity_owner_due', ['ownerId', 'followUpDueAt'])
@Index('idx_opportunity_live_updated_owner', ['deletedAt', 'updatedAt', 'id', 'ownerId'])
@Index('idx_opportunity_customer', ['customerId'])
@Index('idx_opportunity_owner_live_created', ['ownerId', 'deletedAt', 'createdAt', 'amount'])
@Index('idx_opportunity_live_created_owner', ['deletedAt', 'createdAt', 'ownerId', 'amount'])
// Won and lost in a period (the funnel), read from the index alone.
@Index('idx_opportunity_live_closed_owner', ['deletedAt', 'closedAt', 'ownerId', 'category', 'amount'])
@Index('idx_opportunity_owner_live_closed', ['ownerId', 'deletedAt', 'closedAt', 'category', 'amount'])
@Index('idx_opportunity_owner_live_category', ['ownerId', 'deletedAt', 'category', 'stageId', 'amount'])
@Index('idx_opportunity_live_category_owner', ['deletedAt', 'category', 'stageId', 'ownerId', 'amount'])
@Index('idx_opportunity_stage', ['stageId'])
// The board: per-stage counts and sums, and each stage's latest cards, read from this index alone for wide scopes.
@Index('idx_opportunity_live_stage', ['deletedAt', 'stageId', 'updatedAt', 'id', 'ownerId', 'customerId', 'amount'])
@Index('idx_opportunity_due', ['followUpDueAt'])
export class Opportunity {
  @Field(() => ID) @PrimaryGeneratedColumn() id: number;
  @Field(() => String) @Column({ type: 'varchar', length: 100 }) name: string;
  /** The name's pinyin sort key (lib/name-sort), set with every write of the name; utf8mb4_bin on MariaDB. */
  @Column({ name: 'name_sort', type: 'varchar', length: 191, default: '' }) nameSort: string;
  @Field(() => ID) @Column({ name: 'customer_id', type: 'int' }) customerId: number;
  @Field(() => ID, { nullable: true, description: 'A distributor following the deal with us (关联客户)' })
  @Column({ name: 'partner_customer_id', type: 'int', nullable: true }) partnerCustomerId: number | null;
  @Field(() => String, { nullable: true, description: 'Intent category (dictionary), e.g. 扫描仪, 存储系统, 软件' })
  @Column({ name: 'intent_category', type: 'varchar', length: 50, nullable: true }) intentCategory: string | null;
  @Field(() => String, { description: 'Sum of the product lines, or the entered amount when there are none (exact decimal)' })
  @DecimalColumn() amount: string;
  @Field(() => String, { nullable: true }) @Column({ name: 'purchase_reason', type: 'varchar', length: 500, nullable: true }) purchaseReason: string | null;
  @Field(() => String, { nullable: true }) @Column({ name: 'purchase_form', type: 'varchar', length: 100, nullable: true }) purchaseForm: string | null;
  @Field(() => String, { nullable: true, description: 'Project budget (exact decimal)' }) @DecimalColumn({ nullable: true }) budget: string | null;
  @Field(() => String, { nullable: true }) @Column({ type: 'varchar', length: 1000, nullable: true }) requirements: string | null;
  @Field(() => String, { nullable: true }) @Column({ name: 'execution_time', type: 'varchar', length: 100, nullable: true }) executionTime: string | null;
  @Field(() => String, { nullable: true, description: 'Competing brands or companies' }) @Column({ type: 'varchar', length: 500, nullable: true }) competitors: string | null;
  @Field(() => OpportunityCategory) @Column({ type: 'varchar', length: 12 }) category: OpportunityCategory;
  @Field(() => ID) @Column({ name: 'stage_id', type: 'int' }) stageId: number;
  @Field(() => String, { description: 'YYYY-MM-DD, entered by hand (no default)' }) @Column({ name: 'expected_close_date', type: 'date' }) expectedCloseDate: string;
  @Field(() => String, { nullable: true }) @Column({ name: 'lost_reason', type: 'varchar', length: 500, nullable: true }) lostReason: string | null;
  @Field(() => Date, { nullable: true, description: 'When it became WON or LOST' }) @DateColumn({ name: 'closed_at' }) closedAt: Date | null;
  @Field(() => ID) @Column({ name: 'owner_id', type: 'int' }) ownerId: number;
  @Field(() => ID) @Column({ name: 'created_by_id', type: 'int' }) createdById: number;
  @Field(() => Date, { nullable: true }) @DateColumn({ name: 'last_progress_at' }) lastProgressAt: Date | null;
  @Field(() => Date, { nullable: true, description: 'Next follow-up due (7 days short-term, 15 otherwise, after the last progress); null when closed' })
  @DateColumn({ name: 'follow_up_due_at' }) followUpDueAt: Date | null;
  @Field(() => Date, { nullable: true }) @DateColumn({ name: 'deleted_at' }) deletedAt: Date | null;
  @Column({ name: 'deleted_by_id', type: 'int', nullable: true }) deletedById: number | null;
  /** The customer whose deletion moved it to the recycle bin (restored with it); null when deleted on its own. */
  @Column({ name: 'deleted_with_customer_id', type: 'int', nullable: true }) deletedWithCustomerId: number | null;
  @Field(() => Date) @CreatedAt() createdAt: Date;
  @Field(() => Date) @UpdatedAt() updatedAt: Date;
}
