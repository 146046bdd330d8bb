// A breakdown: rows of (key, count, amount) from one SQL GROUP BY over a readable query — the shape every report
// table and chart shares. Keys that are empty come back as null ("not filled in").
import { EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { formatCents, sqlCents, sumCents } from '@/lib/contract/money';

export interface BreakdownRow { key: string | null; count: number; amount: string | null; extra?: number }

/** Groups by `column`; `amount` (a DECIMAL column) is summed exactly; `extra` is an optional conditional count. */
export async function breakdown<T extends ObjectLiteral>(
  manager: EntityManager, qb: SelectQueryBuilder<T>, column: string, options: { amount?: string; extra?: string; limit?: number } = {},
): Promise<BreakdownRow[]> {
  const q = qb.clone().select(`${column}`, 'k').addSelect('COUNT(*)', 'n');
  if (options.amount) q.addSelect(`SUM(${sqlCents(manager, options.amount)})`, 'cents');
  if (options.extra) q.addSelect(`SUM(CASE WHEN ${options.extra} THEN 1 ELSE 0 END)`, 'extra');
  q.groupBy(column).orderBy('n', 'DESC').addOrderBy('k', 'ASC');
  if (options.limit) q.limit(options.limit);
  const rows = await q.getRawMany<{ k: unknown; n: unknown; cents?: unknown; extra?: unknown }>();
  return rows.map((r) => ({
    key: r.k === null || r.k === undefined || r.k === '' ? null : String(r.k),
    count: Number(r.n),
    amount: options.amount ? formatCents(sumCents(r.cents)) : null,
    ...(options.extra ? { extra: Number(r.extra ?? 0) } : {}),
  }));
}

/** Empty keys merged into one null row (both NULL and '' mean "not filled in"). */
export function mergeEmpty(rows: BreakdownRow[]): BreakdownRow[] {
  const empty = rows.filter((r) => r.key === null);
  if (empty.length <= 1) return rows;
  const merged: BreakdownRow = { key: null, count: empty.reduce((n, r) => n + r.count, 0), amount: empty[0].amount === null ? null : formatCents(empty.reduce((s, r) => s + BigInt(r.amount!.replace('.', '')), 0n)) };
  return [...rows.filter((r) => r.key !== null), merged];
}

/** Count and exact amount of a whole query. */
export async function totals<T extends ObjectLiteral>(manager: EntityManager, qb: SelectQueryBuilder<T>, amount = 'o.amount') {
  const row = await qb.clone().select('COUNT(*)', 'n').addSelect(`SUM(${sqlCents(manager, amount)})`, 'cents').orderBy().getRawOne<{ n: unknown; cents: unknown }>();
  return { count: Number(row?.n ?? 0), amount: formatCents(sumCents(row?.cents)) };
}
