// The four performance metrics (contract amount, receivable amount, new customers, follow-ups) per person over a
// span, each an SQL GROUP BY over the selected people's records the viewer may read (owned.ts, followups.ts).
// Values are kept in hundredths (cents for money, count × 100 for counts) so targets and actuals compare alike.
import { EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { ContractStatus } from '@/entities/contract.entity';
import { COUNT_METRICS, KPI_METRICS, KpiMetric } from '@/entities/kpi-target.entity';
import { ReceivableStatus } from '@/entities/receivable.entity';
import { formatCents, sqlCents } from '@/lib/contract/money';
import { BRIEF_SOURCES } from './brief';
import { OWNED, ownedRecords } from './owned';
import { DateSpan } from './period';
import { followUpCounts } from './followups';
import { newCustomerCounts } from './new-customers';
import { People } from './people';
import { Selection } from './selection';
import { sumCents, within } from './sql';

/** person id → value in hundredths. */
export type ByPerson = Map<number, bigint>;

type Source = { time: string; kind: 'instant' | 'date'; owner: string };

/** Sums `value` per owner over a query already narrowed to the people. */
async function perPerson<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, source: Source, value: string, spanOf: DateSpan): Promise<ByPerson> {
  within(qb, source.time, spanOf, source.kind);
  const rows = await qb.select(source.owner, 'uid').addSelect(value, 'v').groupBy(source.owner).orderBy().getRawMany<{ uid: number; v: unknown }>();
  return new Map(rows.map((r) => [Number(r.uid), sumCents(r.v)]));
}

async function grouped(manager: EntityManager, sel: Selection, metric: KpiMetric, spanOf: DateSpan, people: People = sel.people): Promise<ByPerson> {
  const { viewer } = sel;
  switch (metric) {
    case KpiMetric.CONTRACT_AMOUNT:
      return perPerson((await ownedRecords(manager, viewer, OWNED.contracts, people)).andWhere('k.status = :metricApproved', { metricApproved: ContractStatus.APPROVED }),
        BRIEF_SOURCES.contracts, `SUM(${sqlCents(manager, 'k.amount')})`, spanOf);
    case KpiMetric.RECEIVABLE_AMOUNT:
      return perPerson((await ownedRecords(manager, viewer, OWNED.receivables, people)).andWhere('r.status = :metricReceived', { metricReceived: ReceivableStatus.APPROVED }),
        BRIEF_SOURCES.receivables, `SUM(${sqlCents(manager, 'r.amount')})`, spanOf);
    case KpiMetric.NEW_CUSTOMERS:
      return newCustomerCounts(manager, viewer, people, [spanOf]).then(([counts]) => new Map([...counts].map(([id, n]) => [id, BigInt(n) * 100n])));
    case KpiMetric.FOLLOW_UPS: {
      const [counts] = await followUpCounts(manager, viewer, people, [spanOf]);
      return new Map([...counts].map(([id, c]) => [id, BigInt(c.n) * 100n]));
    }
  }
}

/** Every metric per person over the span. */
export async function metricsByPerson(manager: EntityManager, sel: Selection, spanOf: DateSpan): Promise<Record<KpiMetric, ByPerson>> {
  const maps = await Promise.all(KPI_METRICS.map((m) => metricByPerson(manager, sel, m, spanOf)));
  return Object.fromEntries(KPI_METRICS.map((m, i) => [m, maps[i]])) as Record<KpiMetric, ByPerson>;
}

/**
 * One metric per person over a span, computed once per request: the dashboard's KPI and its ranking ask for the same
 * figures when the period is whole months.
 */
export function metricByPerson(manager: EntityManager, sel: Selection, metric: KpiMetric, spanOf: DateSpan, people: People = sel.people): Promise<ByPerson> {
  const key = `insight:metric:${metric}:${spanOf.start.getTime()}:${spanOf.end.getTime()}:${people.all ? 'all' : people.ids.join(',')}`;
  const cached = sel.viewer.cache.get(key) as Promise<ByPerson> | undefined;
  if (cached) return cached;
  const promise = grouped(manager, sel, metric, spanOf, people);
  sel.viewer.cache.set(key, promise);
  return promise;
}

export const total = (values: ByPerson) => [...values.values()].reduce((a, b) => a + b, 0n);

/** A metric value for display: money with two decimals, counts as whole numbers. */
export const formatMetric = (metric: KpiMetric, hundredths: bigint) => (COUNT_METRICS.has(metric) ? String(hundredths / 100n) : formatCents(hundredths));
