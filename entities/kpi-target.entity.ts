// A monthly sales target (业绩目标) of one user or one department for one metric. A null value means "no target of
// its own": a department without its own target counts the sum of its members' (lib/insight/targets.ts).
// Targets are never deleted: clearing one sets the value to null, and every change is audited.
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt, DecimalColumn, UpdatedAt } from './columns';

export enum KpiMetric { CONTRACT_AMOUNT = 'CONTRACT_AMOUNT', RECEIVABLE_AMOUNT = 'RECEIVABLE_AMOUNT', NEW_CUSTOMERS = 'NEW_CUSTOMERS', FOLLOW_UPS = 'FOLLOW_UPS' }
export enum KpiSubject { USER = 'USER', DEPARTMENT = 'DEPARTMENT' }

export const KPI_METRICS: readonly KpiMetric[] = Object.values(KpiMetric);
/** Metrics counted in records rather than money: their targets are whole numbers. */
export const COUNT_METRICS: ReadonlySet<KpiMetric> = new Set([KpiMetric.NEW_CUSTOMERS, KpiMetric.FOLLOW_UPS]);

@Entity('kpi_target')
@Index('uq_kpi_target', ['subjectType', 'subjectId', 'month', 'metric'], { unique: true })
@Index('idx_kpi_target_month', ['month', 'subjectType', 'subjectId'])
export class KpiTarget {
  @PrimaryGeneratedColumn() id: number;
  @Column({ name: 'subject_type', type: 'varchar', length: 10 }) subjectType: KpiSubject;
  @Column({ name: 'subject_id', type: 'int' }) subjectId: number;
  /** YYYY-MM. */
  @Column({ type: 'varchar', length: 7 }) month: string;
  @Column({ type: 'varchar', length: 20 }) metric: KpiMetric;
  @DecimalColumn({ nullable: true }) value: string | null;
  @Column({ name: 'updated_by_id', type: 'int' }) updatedById: number;
  @CreatedAt() createdAt: Date;
  @UpdatedAt() updatedAt: Date;
}
