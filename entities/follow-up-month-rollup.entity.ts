// How many live follow-ups on a live parent each author wrote per UTC month, by the parent's type and owner (0 for an
// owner-less parent), and how many of them were substantive: the dashboard counts a month of the whole company's
// follow-ups from here instead of 100 000 index entries. Database triggers on `follow_up` keep it exact in the same
// statement as every change, the parent's transfer or recycling included (it reaches follow_up through the parent
// copy triggers) — migration 1796673693514-FollowUpMonthRollup; lib/insight/rollup.ts rebuilds it.
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

@Entity('rollup_follow_up_month', { withoutRowid: true })
@Index('idx_rollup_follow_up_month_month', ['month', 'authorId', 'parentType', 'parentOwnerId', 'followUps', 'substantive'])
export class FollowUpMonthRollup {
  @PrimaryColumn({ name: 'author_id', type: 'int' }) authorId: number;
  /** YYYY-MM of occurred_at, UTC. */
  @PrimaryColumn({ type: 'varchar', length: 7 }) month: string;
  @PrimaryColumn({ name: 'parent_type', type: 'varchar', length: 20 }) parentType: string;
  @PrimaryColumn({ name: 'parent_owner_id', type: 'int' }) parentOwnerId: number;
  @Column({ name: 'follow_ups', type: 'int', default: 0 }) followUps: number;
  @Column({ type: 'int', default: 0 }) substantive: number;
}
