// How many live customers each owner has per month of their creation (UTC month of created_at): the dashboard's
// 12-month trend reads two years of new customers from here instead of counting a million rows. Database triggers on
// `customer` keep it exact in the same statement as every change — insert, transfer, recycle, restore, merge, import,
// whatever code path writes the row (migration 1796671636590-CustomerMonthRollup); lib/insight/rollup.ts rebuilds it.
// A migration that recreates the customer table on SQLite drops its triggers and must create them again.
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

@Entity('rollup_customer_month', { withoutRowid: true })
@Index('idx_rollup_customer_month_month', ['month', 'ownerId', 'customers'])
export class CustomerMonthRollup {
  @PrimaryColumn({ name: 'owner_id', type: 'int' }) ownerId: number;
  /** YYYY-MM, UTC. */
  @PrimaryColumn({ type: 'varchar', length: 7 }) month: string;
  @Column({ type: 'int', default: 0 }) customers: number;
}
