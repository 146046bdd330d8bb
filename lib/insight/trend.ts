// 销售趋势: contract amount, receivable amount and new customers per month for the 12 months ending with the
// period's last month, beside the same months a year earlier. One SQL GROUP BY per metric over 24 months: each
// row is put in its month by comparing it with the months' first instants (or dates), so the company's time zone
// decides the month boundaries on both databases alike. New customers come from their month rollup (new-customers.ts).
import { EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { Selection } from './selection';
import { DateSpan, monthSpan, shiftMonth } from './period';
import { newCustomerCounts } from './new-customers';
import { OWNED, ownedRecords } from './owned';
import { formatCents, sqlCents } from '@/lib/contract/money';
import { ContractStatus } from '@/entities/contract.entity';
import { ReceivableStatus } from '@/entities/receivable.entity';
import { BRIEF_SOURCES } from './brief';
import { ColumnKind, int, sumCents, within } from './sql';

export interface TrendMonth {
  month: string;
  contractAmount: string;
  receivableAmount: string;
  newCustomers: number;
  lastYearContractAmount: string;
  lastYearReceivableAmount: string;
  lastYearNewCustomers: number;
}

/** `CASE WHEN col < b1 THEN 0 WHEN col < b2 THEN 1 … ELSE n-1 END` over the months' first instants or dates. */
export function monthBucket(column: string, months: readonly string[], kind: ColumnKind, prefix: string) {
  const params: Record<string, unknown> = {};
  const whens = months.slice(1).map((month, i) => {
    const first = monthSpan(month);
    params[`${prefix}${i}`] = kind === 'instant' ? first.start : first.from;
    return `WHEN ${column} < :${prefix}${i} THEN ${i}`;
  });
  return { sql: whens.length ? `CASE ${whens.join(' ')} ELSE ${months.length - 1} END` : '0', params };
}

/** The span from the first day of the first month to the last day of the last. */
export function monthsRange(months: readonly string[]): DateSpan {
  const first = monthSpan(months[0]);
  const last = monthSpan(months[months.length - 1]);
  return { from: first.from, to: last.to, start: first.start, end: last.end };
}

type Source = { time: string; kind: ColumnKind; owner: string };

async function perMonth<T extends ObjectLiteral>(
  manager: EntityManager, qb: SelectQueryBuilder<T>, source: Source, months: string[], value: string, prefix: string): Promise<bigint[]> {
  within(qb, source.time, monthsRange(months), source.kind);
  const bucket = monthBucket(source.time, months, source.kind, prefix);
  const rows = await qb.select(bucket.sql, 'bucket').addSelect(value, 'v').setParameters(bucket.params)
    .groupBy('bucket').orderBy().getRawMany<{ bucket: unknown; v: unknown }>();
  const out = months.map(() => 0n);
  for (const r of rows) out[int(r.bucket)] = sumCents(r.v);
  return out;
}

/** New customers per month: the rollup for the people read by owner, rows for others reached through a team seat. */
async function newCustomers(manager: EntityManager, sel: Selection, months: string[]): Promise<bigint[]> {
  const counts = await newCustomerCounts(manager, sel.viewer, sel.people, months.map(monthSpan), { byOwner: false });
  return counts.map((total) => BigInt([...total.values()].reduce((sum, n) => sum + n, 0)));
}

export async function salesTrend(manager: EntityManager, sel: Selection): Promise<TrendMonth[]> {
  const last = sel.period.months[sel.period.months.length - 1];
  const months = Array.from({ length: 24 }, (_, i) => shiftMonth(last, i - 23));
  const { viewer } = sel;
  const [contracts, receivables, customers] = await Promise.all([
    ownedRecords(manager, viewer, OWNED.contracts, sel.people).then((qb) => perMonth(manager, qb.andWhere('k.status = :trendApproved', { trendApproved: ContractStatus.APPROVED }),
      BRIEF_SOURCES.contracts, months, `SUM(${sqlCents(manager, 'k.amount')})`, 'trendK')),
    ownedRecords(manager, viewer, OWNED.receivables, sel.people).then((qb) => perMonth(manager, qb.andWhere('r.status = :trendReceived', { trendReceived: ReceivableStatus.APPROVED }),
      BRIEF_SOURCES.receivables, months, `SUM(${sqlCents(manager, 'r.amount')})`, 'trendR')),
    newCustomers(manager, sel, months),
  ]);
  return months.slice(12).map((month, i) => ({
    month,
    contractAmount: formatCents(contracts[i + 12]),
    receivableAmount: formatCents(receivables[i + 12]),
    newCustomers: Number(customers[i + 12]),
    lastYearContractAmount: formatCents(contracts[i]),
    lastYearReceivableAmount: formatCents(receivables[i]),
    lastYearNewCustomers: Number(customers[i]),
  }));
}
