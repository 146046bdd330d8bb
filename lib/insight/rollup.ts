// The rollups that database triggers keep exact — customers and follow-ups per UTC month, opportunities per stage —
// and how a span is read from them: a rollup counts per UTC month, while a company month starts a few hours away
// (16:00 UTC the day before in Asia/Shanghai), so a span of whole company months is its UTC months corrected by the
// rows created in the slivers between the two starts, a few hours each, counted from an index (planSpans).
import { EntityManager } from 'typeorm';
import { OpportunityStage, OpportunityStageRollup } from '@/entities';
import { isMysql } from '@/lib/db/lock';
import { DateSpan } from './period';
import { People, byPeople } from './people';
import { int } from './sql';

/** The first instant of the UTC month nearest to a company month's first instant (within ±14 hours of it). */
const nearestUtcMonth = (start: Date) => {
  const probe = new Date(start.getTime() + 14 * 3_600_000);
  return new Date(Date.UTC(probe.getUTCFullYear(), probe.getUTCMonth(), 1));
};
const utcMonth = (at: Date) => at.toISOString().slice(0, 7);
const NEAR = 14 * 3_600_000;

export type Target = { span: number; sign: number };

/** Ranges with the spans they count for: the same hours can end one span's months and start the next's. */
function byRange(parts: (Target & { from: Date; to: Date })[]) {
  const ranges = new Map<string, { from: Date; to: Date; targets: Target[] }>();
  for (const { from, to, span, sign } of parts) {
    const key = `${from.getTime()}-${to.getTime()}`;
    if (!ranges.has(key)) ranges.set(key, { from, to, targets: [] });
    ranges.get(key)!.targets.push({ span, sign });
  }
  return [...ranges.values()];
}

/**
 * How to count spans with a month rollup: the UTC months to read for each span (`monthsOf`: month → span), and the
 * instants to count from rows (`ranges`, each crediting its spans with a sign) — a whole span when it is not whole
 * company months, else the slivers of monthCover.
 */
export function planSpans(spans: readonly DateSpan[]) {
  const monthsOf = new Map<string, number>();
  const parts: (Target & { from: Date; to: Date })[] = [];
  spans.forEach((span, i) => {
    const end = new Date(span.end.getTime() + 1);
    const cover = monthCover(span.start, end);
    if (!cover) {
      parts.push({ from: span.start, to: end, span: i, sign: 1 });
      return;
    }
    cover.months.forEach((m) => monthsOf.set(m, i));
    for (const sliver of cover.slivers) parts.push({ ...sliver, span: i });
  });
  return { monthsOf, ranges: byRange(parts) };
}

/** `CASE WHEN <range 0> THEN 0 WHEN <range 1> THEN 1 … END` over instants [from, to) of a column, with its parameters. */
export function rangeBuckets(column: string, ranges: { from: Date; to: Date }[], prefix: string) {
  const params: Record<string, Date> = {};
  const whens = ranges.map((r, i) => {
    params[`${prefix}From${i}`] = r.from;
    params[`${prefix}To${i}`] = r.to;
    return `${column} >= :${prefix}From${i} AND ${column} < :${prefix}To${i}`;
  });
  return { bucket: `CASE ${whens.map((w, i) => `WHEN ${w} THEN ${i}`).join(' ')} END`, any: `(${whens.map((w) => `(${w})`).join(' OR ')})`, params };
}

export interface MonthCover {
  /** Whole UTC months (YYYY-MM) to read from a rollup. */
  months: string[];
  /** Hours to add (sign 1) or take away (-1), counted from rows: [from, to). */
  slivers: { from: Date; to: Date; sign: 1 | -1 }[];
}

/**
 * [start, end) as whole UTC months and the slivers between its ends and their nearest UTC month starts; null unless
 * both ends lie within 14 hours of a UTC month start (a span of whole company months) and it covers one month or more.
 */
export function monthCover(start: Date, end: Date): MonthCover | null {
  const [a, b] = [nearestUtcMonth(start), nearestUtcMonth(end)];
  if (Math.abs(a.getTime() - start.getTime()) > NEAR || Math.abs(b.getTime() - end.getTime()) > NEAR || a >= b) return null;
  const months: string[] = [];
  for (let m = a; m < b; m = new Date(Date.UTC(m.getUTCFullYear(), m.getUTCMonth() + 1, 1))) months.push(utcMonth(m));
  const slivers: MonthCover['slivers'] = [];
  if (start < a) slivers.push({ from: start, to: a, sign: 1 });
  if (start > a) slivers.push({ from: a, to: start, sign: -1 });
  if (end < b) slivers.push({ from: end, to: b, sign: -1 });
  if (end > b) slivers.push({ from: b, to: end, sign: 1 });
  return { months, slivers };
}

/** Recounts the rollup from the customers (the triggers keep it exact; this is for restores and the tests). */
const utcMonthOf = (manager: EntityManager, column: string) => (isMysql(manager) ? `DATE_FORMAT(${column}, '%Y-%m')` : `strftime('%Y-%m', ${column})`);

export async function rebuildCustomerRollup(manager: EntityManager) {
  const month = utcMonthOf(manager, 'created_at');
  await manager.transaction(async (tx) => {
    await tx.query('DELETE FROM rollup_customer_month');
    await tx.query(`INSERT INTO rollup_customer_month (owner_id, month, customers)
      SELECT owner_id, ${month}, COUNT(*) FROM customer WHERE deleted_at IS NULL AND owner_id IS NOT NULL GROUP BY owner_id, ${month}`);
  });
}

/** (owner, month) pairs where the rollup and a fresh count of the customers differ (none while the triggers hold). */
export async function customerRollupDrift(manager: EntityManager): Promise<{ ownerId: number; month: string; rollup: number; actual: number }[]> {
  const month = utcMonthOf(manager, 'created_at');
  const [kept, counted] = await Promise.all([
    manager.query('SELECT owner_id AS o, month AS m, customers AS n FROM rollup_customer_month WHERE customers <> 0'),
    manager.query(`SELECT owner_id AS o, ${month} AS m, COUNT(*) AS n FROM customer WHERE deleted_at IS NULL AND owner_id IS NOT NULL GROUP BY owner_id, ${month}`),
  ]) as [{ o: unknown; m: string; n: unknown }[], { o: unknown; m: string; n: unknown }[]];
  const key = (r: { o: unknown; m: string }) => `${int(r.o)}|${r.m}`;
  const rollup = new Map(kept.map((r) => [key(r), int(r.n)]));
  const actual = new Map(counted.map((r) => [key(r), int(r.n)]));
  return [...new Set([...rollup.keys(), ...actual.keys()])]
    .filter((k) => (rollup.get(k) ?? 0) !== (actual.get(k) ?? 0))
    .map((k) => ({ ownerId: Number(k.split('|')[0]), month: k.split('|')[1], rollup: rollup.get(k) ?? 0, actual: actual.get(k) ?? 0 }));
}

export interface StageRow { stageId: number; category: string; n: unknown; cents: unknown; weighted: unknown }

/** Live opportunities of the people (all readable by owner) in the categories, per stage and category, from the rollup. */
export async function opportunitiesByStage(manager: EntityManager, people: People, categories: readonly string[]): Promise<StageRow[]> {
  if (!people.all && !people.ids.length) return [];
  const qb = manager.createQueryBuilder(OpportunityStageRollup, 'ro').innerJoin(OpportunityStage, 'fs', 'fs.id = ro.stageId')
    .select('ro.stageId', 'stageId').addSelect('ro.category', 'category').addSelect('SUM(ro.opportunities)', 'n')
    .addSelect('SUM(ro.cents)', 'cents').addSelect('SUM(ro.cents * fs.probability)', 'weighted')
    .where('ro.category IN (:...rollupCategories)', { rollupCategories: categories })
    .groupBy('ro.stageId').addGroupBy('ro.category');
  return byPeople(qb, 'ro.ownerId', people).getRawMany<StageRow>();
}

/** (owner, stage, category) keys where the opportunity rollup and a fresh sum of the opportunities differ. */
export async function opportunityRollupDrift(manager: EntityManager): Promise<string[]> {
  const cents = `CAST(ROUND(COALESCE(amount, 0) * 100) AS ${isMysql(manager) ? 'SIGNED' : 'INTEGER'})`;
  const [kept, counted] = await Promise.all([
    manager.query('SELECT owner_id AS o, stage_id AS s, category AS c, opportunities AS n, cents AS v FROM rollup_opportunity_stage WHERE opportunities <> 0 OR cents <> 0'),
    manager.query(`SELECT owner_id AS o, stage_id AS s, category AS c, COUNT(*) AS n, SUM(${cents}) AS v FROM opportunity
      WHERE deleted_at IS NULL AND owner_id IS NOT NULL GROUP BY owner_id, stage_id, category`),
  ]) as { o: unknown; s: unknown; c: string; n: unknown; v: unknown }[][];
  const key = (r: { o: unknown; s: unknown; c: string }) => `${int(r.o)}|${int(r.s)}|${r.c}`;
  const value = (r: { n: unknown; v: unknown }) => `${int(r.n)}|${String(r.v).split('.')[0]}`;
  const rollup = new Map(kept.map((r) => [key(r), value(r)]));
  const actual = new Map(counted.map((r) => [key(r), value(r)]));
  return [...new Set([...rollup.keys(), ...actual.keys()])].filter((k) => (rollup.get(k) ?? '0|0') !== (actual.get(k) ?? '0|0'));
}

/** Recounts the opportunity rollup from the opportunities. */
export async function rebuildOpportunityRollup(manager: EntityManager) {
  const cents = `CAST(ROUND(COALESCE(amount, 0) * 100) AS ${isMysql(manager) ? 'SIGNED' : 'INTEGER'})`;
  await manager.transaction(async (tx) => {
    await tx.query('DELETE FROM rollup_opportunity_stage');
    await tx.query(`INSERT INTO rollup_opportunity_stage (owner_id, stage_id, category, opportunities, cents)
      SELECT owner_id, stage_id, category, COUNT(*), SUM(${cents}) FROM opportunity WHERE deleted_at IS NULL AND owner_id IS NOT NULL GROUP BY owner_id, stage_id, category`);
  });
}

const followUpMonthCount = (manager: EntityManager) => `SELECT author_id AS a, ${utcMonthOf(manager, 'occurred_at')} AS m, parent_type AS t, COALESCE(parent_owner_id, 0) AS o,
    COUNT(*) AS n, SUM(CASE WHEN substantive THEN 1 ELSE 0 END) AS s
  FROM follow_up WHERE deleted_at IS NULL AND parent_live = 1 AND author_id IS NOT NULL
  GROUP BY author_id, ${utcMonthOf(manager, 'occurred_at')}, parent_type, COALESCE(parent_owner_id, 0)`;

/** (author, month, parent type, parent owner) keys where the follow-up rollup and a fresh count differ. */
export async function followUpRollupDrift(manager: EntityManager): Promise<string[]> {
  const [kept, counted] = await Promise.all([
    manager.query(`SELECT author_id AS a, month AS m, parent_type AS t, parent_owner_id AS o, follow_ups AS n, substantive AS s
      FROM rollup_follow_up_month WHERE follow_ups <> 0 OR substantive <> 0`),
    manager.query(followUpMonthCount(manager)),
  ]) as { a: unknown; m: string; t: string; o: unknown; n: unknown; s: unknown }[][];
  const key = (r: { a: unknown; m: string; t: string; o: unknown }) => `${int(r.a)}|${r.m}|${r.t}|${int(r.o)}`;
  const value = (r: { n: unknown; s: unknown }) => `${int(r.n)}|${int(r.s)}`;
  const rollup = new Map(kept.map((r) => [key(r), value(r)]));
  const actual = new Map(counted.map((r) => [key(r), value(r)]));
  return [...new Set([...rollup.keys(), ...actual.keys()])].filter((k) => (rollup.get(k) ?? '0|0') !== (actual.get(k) ?? '0|0'));
}

/** Recounts the follow-up rollup from the follow-ups. */
export async function rebuildFollowUpRollup(manager: EntityManager) {
  await manager.transaction(async (tx) => {
    await tx.query('DELETE FROM rollup_follow_up_month');
    await tx.query(`INSERT INTO rollup_follow_up_month (author_id, month, parent_type, parent_owner_id, follow_ups, substantive) SELECT a, m, t, o, n, s FROM (${followUpMonthCount(manager)}) fresh`);
  });
}
