// 商机分析: the selected people's opportunities created in the period by stage and by category; those won and lost
// in the period, with the loss reasons; and seed 002 §4.1's monthly count — for each of 12 months, every live
// opportunity counted once, in the category it had at the month's end (a lead that became mid-term counts as
// mid-term only), those closed before the month began left out. Categories over time come from the audit log,
// written in the same transaction as every category change.
import { OWNED, ownedRecords } from '@/lib/insight/owned';
import { EntityManager } from 'typeorm';
import { AuditLog, OpportunityStage } from '@/entities';
import { OpportunityCategory } from '@/entities/opportunity.entity';
import { isMysql } from '@/lib/db/lock';
import { monthSpan, shiftMonth } from '@/lib/insight/period';
import { Selection } from '@/lib/insight/selection';
import { within } from '@/lib/insight/sql';
import { runNamed } from '@/lib/compliance/compliance.query';
import { BreakdownRow, breakdown, mergeEmpty, totals } from './breakdown';

export interface CategoryMonth { month: string; counts: Record<OpportunityCategory, number> }
export interface OpportunityReport {
  created: number;
  byStage: (BreakdownRow & { stage: OpportunityStage | null })[];
  byCategory: BreakdownRow[];
  won: BreakdownRow; lost: BreakdownRow;
  lossReasons: BreakdownRow[];
  monthly: CategoryMonth[];
}

const CATEGORIES = Object.values(OpportunityCategory);
const text = (manager: EntityManager, json: string, path: string) =>
  (isMysql(manager) ? `JSON_UNQUOTE(JSON_EXTRACT(${json}, '${path}'))` : `json_extract(${json}, '${path}')`);

/** §4.1: per month, each opportunity once, in its category at the month's end. */
export async function categoryMonths(manager: EntityManager, sel: Selection, last: string, n = 12): Promise<CategoryMonth[]> {
  const cohort = await ownedRecords(manager, sel.viewer, OWNED.opportunities, sel.people);
  const changes = `a.entityType = 'opportunity' AND a.action IN ('category', 'won')`;
  const first = manager.createQueryBuilder(AuditLog, 'a').select(text(manager, 'a.changes', '$.category[0]'))
    .where(`${changes} AND a.entityId = o.id`).orderBy('a.createdAt', 'ASC').addOrderBy('a.id', 'ASC').limit(1);
  const created = cohort.clone().select('o.id', 'oid').addSelect('o.createdAt', 'at').addSelect(`COALESCE((${first.getQuery()}), o.category)`, 'cat');
  const later = manager.createQueryBuilder(AuditLog, 'a').select('a.entityId', 'oid').addSelect('a.createdAt', 'at')
    .addSelect(text(manager, 'a.changes', '$.category[1]'), 'cat').where(changes).andWhere(`a.entityId IN (${cohort.clone().select('o.id').getQuery()})`);
  const months = Array.from({ length: n }, (_, i) => shiftMonth(last, i - n + 1));
  const params: Record<string, unknown> = { ...cohort.getParameters() };
  const monthRows = months.map((month, i) => {
    const span = monthSpan(month);
    params[`cmS${i}`] = span.start;
    params[`cmE${i}`] = span.end;
    const at = (name: string) => (isMysql(manager) ? `CAST(:${name} AS DATETIME(6))` : `:${name}`);
    return `SELECT ${i} AS idx, ${at(`cmS${i}`)} AS ms, ${at(`cmE${i}`)} AS me`;
  }).join(' UNION ALL ');
  const sql = `SELECT m.idx AS idx, e.cat AS cat, COUNT(*) AS n
    FROM (SELECT ev.oid, ev.at, ev.cat, LEAD(ev.at) OVER (PARTITION BY ev.oid ORDER BY ev.at) AS nextAt
          FROM (${created.getQuery()} UNION ALL ${later.getQuery()}) ev) e
    INNER JOIN (${monthRows}) m ON e.at <= m.me AND (e.nextAt IS NULL OR e.nextAt > m.me)
    WHERE NOT (e.cat IN ('${OpportunityCategory.WON}', '${OpportunityCategory.LOST}') AND e.at < m.ms)
    GROUP BY m.idx, e.cat`;
  const rows = await runNamed<{ idx: unknown; cat: string; n: unknown }>(manager, sql, params);
  return months.map((month, i) => ({
    month,
    counts: Object.fromEntries(CATEGORIES.map((c) => [c, Number(rows.find((r) => Number(r.idx) === i && r.cat === c)?.n ?? 0)])) as Record<OpportunityCategory, number>,
  }));
}

export async function opportunityReport(manager: EntityManager, sel: Selection): Promise<OpportunityReport> {
  const base = await ownedRecords(manager, sel.viewer, OWNED.opportunities, sel.people);
  const created = within(base.clone(), 'o.createdAt', sel.period, 'instant');
  const closed = (category: OpportunityCategory) => within(base.clone(), 'o.closedAt', sel.period, 'instant').andWhere('o.category = :statClosed', { statClosed: category });
  const [byStageRaw, byCategory, won, lost, lossReasons, stages, monthly] = await Promise.all([
    breakdown(manager, created, 'o.stageId', { amount: 'o.amount' }), breakdown(manager, created, 'o.category', { amount: 'o.amount' }),
    totals(manager, closed(OpportunityCategory.WON)), totals(manager, closed(OpportunityCategory.LOST)),
    breakdown(manager, closed(OpportunityCategory.LOST), 'o.lostReason', { amount: 'o.amount', limit: 50 }),
    manager.find(OpportunityStage, { order: { sort: 'ASC' } }), categoryMonths(manager, sel, sel.period.months[sel.period.months.length - 1]),
  ]);
  const stageOf = new Map(stages.map((s) => [s.id, s]));
  const byStage = byStageRaw.map((r) => ({ ...r, stage: stageOf.get(Number(r.key)) ?? null })).sort((a, b) => (a.stage?.sort ?? 0) - (b.stage?.sort ?? 0));
  return { created: byCategory.reduce((n, r) => n + r.count, 0), byStage, byCategory, won: { key: 'WON', ...won }, lost: { key: 'LOST', ...lost }, lossReasons: mergeEmpty(lossReasons), monthly };
}
