// Counts per month for the 12 months ending with a given month, one GROUP BY over month buckets (company time).
import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { shiftMonth } from '@/lib/insight/period';
import { ColumnKind, within } from '@/lib/insight/sql';
import { monthBucket, monthsRange } from '@/lib/insight/trend';

let seq = 0;

export async function monthlyCounts<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, column: string, kind: ColumnKind, last: string, n = 12) {
  const months = Array.from({ length: n }, (_, i) => shiftMonth(last, i - n + 1));
  const q = within(qb.clone(), column, monthsRange(months), kind);
  const bucket = monthBucket(column, months, kind, `mb${++seq}_`);
  const rows = await q.select(bucket.sql, 'bucket').addSelect('COUNT(*)', 'n').setParameters(bucket.params).groupBy('bucket').orderBy().getRawMany<{ bucket: unknown; n: unknown }>();
  const counts = months.map(() => 0);
  for (const r of rows) counts[Number(r.bucket)] = Number(r.n);
  return months.map((month, i) => ({ month, count: counts[i] }));
}
