// How many live owned opportunities each owner has per stage and category, with their amount in cents: the funnel
// reads the whole company's open opportunities from here instead of summing 150 000 rows. Database triggers on
// `opportunity` keep it exact in the same statement as every change (migration 1796673393980-OpportunityStageRollup);
// lib/insight/rollup.ts rebuilds it. A migration that recreates the opportunity table on SQLite drops its triggers
// and must create them again.
import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('rollup_opportunity_stage', { withoutRowid: true })
export class OpportunityStageRollup {
  @PrimaryColumn({ name: 'owner_id', type: 'int' }) ownerId: number;
  @PrimaryColumn({ name: 'stage_id', type: 'int' }) stageId: number;
  @PrimaryColumn({ type: 'varchar', length: 12 }) category: string;
  @Column({ type: 'int', default: 0 }) opportunities: number;
  @Column({ type: 'bigint', default: 0 }) cents: string;
}
