// 销售漏斗: the selected people's open opportunities now, by stage and by category (count, amount, amount
// weighted by the stage's win rate; read from the stage rollup, rollup.ts); those won (已成交) and lost (放弃) in the
// period, apart; and the stage-to-stage conversion of the opportunities created in the period, from the highest
// stage each reached (its stage now, or any stage its audited changes passed through — audit entries are written in
// the same transaction as the change).
import { EntityManager } from 'typeorm';
import { AuditLog, OpportunityStage } from '@/entities';
import { OPEN_CATEGORIES, OpportunityCategory } from '@/entities/opportunity.entity';
import { formatCents, sqlCents } from '@/lib/contract/money';
import { OWNED, ownedParts, ownedRecords } from './owned';
import { opportunitiesByStage } from './rollup';
import { Selection } from './selection';
import { int, sumCents, within } from './sql';

export interface FunnelAmounts { count: number; amount: string; weightedAmount: string }
export interface FunnelStage extends FunnelAmounts { stage: OpportunityStage }
export interface FunnelCategory extends FunnelAmounts { category: OpportunityCategory }
export interface StageConversion { stage: OpportunityStage; reached: number; conversion: number | null }
export interface ClosedAmounts { count: number; amount: string }
export interface SalesFunnel {
  stages: FunnelStage[];
  categories: FunnelCategory[];
  open: FunnelAmounts;
  won: ClosedAmounts;
  lost: ClosedAmounts;
  conversion: StageConversion[];
}

/** Σ cents × probability% back to cents, rounded half up. */
const weighted = (centsTimesPercent: bigint) => formatCents((centsTimesPercent + 50n) / 100n);

type Raw = { stageId: string | number; category: string; n: unknown; cents: unknown; weighted: unknown };

/**
 * Open opportunities per (stage, category), from which both breakdowns are summed: the people read by owner from
 * the stage rollup, the others' (reached through a team seat or a grant) in one pass over their rows.
 */
async function openByStageAndCategory(manager: EntityManager, sel: Selection): Promise<Raw[]> {
  const { covered, others } = await ownedParts(manager, sel.viewer, OWNED.opportunities, sel.people);
  const live = others && others.innerJoin(OpportunityStage, 'fs', 'fs.id = o.stageId').andWhere('o.category IN (:...funnelOpen)', { funnelOpen: [...OPEN_CATEGORIES] })
    .select('o.stageId', 'stageId').addSelect('o.category', 'category').addSelect('COUNT(*)', 'n')
    .addSelect(`SUM(${sqlCents(manager, 'o.amount')})`, 'cents').addSelect(`SUM(${sqlCents(manager, 'o.amount')} * fs.probability)`, 'weighted')
    .groupBy('o.stageId').addGroupBy('o.category').orderBy().getRawMany<Raw>();
  const [fromRollup, fromRows] = await Promise.all([opportunitiesByStage(manager, covered, OPEN_CATEGORIES), live ?? []]);
  return [...fromRollup, ...fromRows];
}

type Totals = { n: bigint; cents: bigint; weighted: bigint };

function totalsOf(rows: Raw[]): Totals {
  return rows.reduce((t, r) => ({ n: t.n + BigInt(int(r.n)), cents: t.cents + sumCents(r.cents), weighted: t.weighted + sumCents(r.weighted) }),
    { n: 0n, cents: 0n, weighted: 0n });
}

const amounts = (t: Totals): FunnelAmounts => ({ count: Number(t.n), amount: formatCents(t.cents), weightedAmount: weighted(t.weighted) });

async function closedInPeriod(manager: EntityManager, sel: Selection) {
  const qb = await ownedRecords(manager, sel.viewer, OWNED.opportunities, sel.people);
  within(qb, 'o.closedAt', sel.period, 'instant');
  const rows = await qb.andWhere('o.category IN (:...funnelClosed)', { funnelClosed: [OpportunityCategory.WON, OpportunityCategory.LOST] })
    .select('o.category', 'category').addSelect('COUNT(*)', 'n').addSelect(`SUM(${sqlCents(manager, 'o.amount')})`, 'cents')
    .groupBy('o.category').orderBy().getRawMany<{ category: string; n: unknown; cents: unknown }>();
  const of = (category: OpportunityCategory) => {
    const row = rows.find((r) => r.category === category);
    return { count: int(row?.n), amount: formatCents(sumCents(row?.cents)) };
  };
  return { won: of(OpportunityCategory.WON), lost: of(OpportunityCategory.LOST) };
}

/** How many opportunities created in the period reached each highest stage number. */
async function highestStages(manager: EntityManager, sel: Selection): Promise<Map<number, number>> {
  const cohort = await ownedRecords(manager, sel.viewer, OWNED.opportunities, sel.people);
  within(cohort, 'o.createdAt', sel.period, 'instant');
  const ids = cohort.clone().select('o.id');
  const current = cohort.clone().innerJoin(OpportunityStage, 'cs', 'cs.id = o.stageId').select('o.id', 'oid').addSelect('cs.sort', 'sort');
  // Stages passed through, as the audit log recorded them: the first stage, and both ends of every stage change.
  const passed = (alias: string, path: string, actions: string[]) => manager.createQueryBuilder(AuditLog, alias)
    .innerJoin(OpportunityStage, `${alias}s`, `${alias}s.id = JSON_EXTRACT(${alias}.changes, '${path}')`)
    .select(`${alias}.entityId`, 'oid').addSelect(`${alias}s.sort`, 'sort')
    .where(`${alias}.entityType = 'opportunity' AND ${alias}.action IN (${actions.map((a) => `'${a}'`).join(', ')})`)
    .andWhere(`${alias}.entityId IN (${ids.getQuery()})`);
  const parts = [current, passed('fa1', '$.stageId', ['create']), passed('fa2', '$.stageId[0]', ['update', 'category', 'won']), passed('fa3', '$.stageId[1]', ['update', 'category', 'won'])];
  const sql = `SELECT top, COUNT(*) AS n FROM (SELECT oid, MAX(sort) AS top FROM (${parts.map((p) => p.getQuery()).join(' UNION ALL ')}) reached GROUP BY oid) tops GROUP BY top`;
  const [query, params] = manager.connection.driver.escapeQueryWithParameters(sql, cohort.getParameters());
  const rows: { top: unknown; n: unknown }[] = await manager.query(query, params);
  return new Map(rows.map((r) => [int(r.top), int(r.n)]));
}

async function conversion(manager: EntityManager, sel: Selection, stages: OpportunityStage[]): Promise<StageConversion[]> {
  const tops = await highestStages(manager, sel);
  const steps = stages.filter((s) => s.sort > 0).sort((a, b) => a.sort - b.sort);
  const reached = steps.map((s) => [...tops].filter(([top]) => top >= s.sort).reduce((n, [, count]) => n + count, 0));
  return steps.map((stage, i) => ({
    stage, reached: reached[i],
    conversion: i + 1 < steps.length && reached[i] > 0 ? Math.round((reached[i + 1] / reached[i]) * 10000) / 10000 : null,
  }));
}

export async function salesFunnel(manager: EntityManager, sel: Selection): Promise<SalesFunnel> {
  const stages = await manager.find(OpportunityStage, { order: { sort: 'ASC', id: 'ASC' } });
  const [open, closed, steps] = await Promise.all([openByStageAndCategory(manager, sel), closedInPeriod(manager, sel), conversion(manager, sel, stages)]);
  const ofStage = (id: number) => open.filter((r) => Number(r.stageId) === id);
  const stageRows = stages
    .filter((s) => s.enabled || ofStage(s.id).length)
    .map((stage) => ({ stage, ...amounts(totalsOf(ofStage(stage.id))) }));
  const categories = OPEN_CATEGORIES.map((category) => ({ category, ...amounts(totalsOf(open.filter((r) => r.category === category))) }));
  return { stages: stageRows, categories, open: amounts(totalsOf(open)), ...closed, conversion: steps };
}
