// New customers per owner in each span — the people's live customers that the viewer may read — in three statements
// at most: spans of whole company months from the customer month rollup of the owners the scope reads by owner,
// corrected by the hours between the company's and UTC's month starts (rollup.ts); other spans, those hours, and the
// customers of other people reached through a team seat or a grant counted from rows.
import { EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { CustomerMonthRollup } from '@/entities';
import { Viewer } from '@/lib/access';
import { OWNED, ownedParts } from './owned';
import { DateSpan } from './period';
import { People, byPeople } from './people';
import { Target, planSpans, rangeBuckets } from './rollup';
import { int } from './sql';

/** Owner id → new customers. */
export type OwnerCounts = Map<number, number>;

type Raw = { b: unknown; o: unknown; n: unknown };

function addTo(into: OwnerCounts[], rows: Raw[], targets: (bucket: number) => Target[]) {
  for (const r of rows) {
    for (const { span, sign } of targets(int(r.b))) into[span].set(int(r.o), (into[span].get(int(r.o)) ?? 0) + sign * int(r.n));
  }
}

let seq = 0;

/** Per owner in each span; `byOwner: false` gives each span's total under owner 0 (all the trend needs). */
export async function newCustomerCounts(manager: EntityManager, viewer: Viewer, people: People, spans: readonly DateSpan[], { byOwner = true } = {}): Promise<OwnerCounts[]> {
  const { covered, others } = await ownedParts(manager, viewer, OWNED.customers, people);
  const counts: OwnerCounts[] = spans.map(() => new Map());
  const { monthsOf, ranges } = planSpans(spans);
  const n = ++seq;
  const grouped = <T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, owner: string) => (byOwner ? qb.addSelect(owner, 'o').addGroupBy(owner) : qb.addSelect('0', 'o'));
  const perOwner = <T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, bucket: string) =>
    grouped(qb.select(bucket, 'b').addSelect('COUNT(*)', 'n').groupBy('b'), 'c.ownerId').getRawMany<Raw>();
  const work: Promise<void>[] = [];
  const anyone = covered.all || covered.ids.length > 0;
  if (anyone && monthsOf.size) {
    const months = [...monthsOf.keys()];
    const rollup = grouped(manager.createQueryBuilder(CustomerMonthRollup, 'rm').select('rm.month', 'b').addSelect('SUM(rm.customers)', 'n')
      .where(`rm.month IN (:...ncMonths${n})`, { [`ncMonths${n}`]: months }).groupBy('rm.month'), 'rm.ownerId');
    work.push(byPeople(rollup, 'rm.ownerId', covered).getRawMany<Raw>()
      .then((rows) => addTo(counts, rows.map((r) => ({ ...r, b: months.indexOf(String(r.b)) })), (b) => [{ span: monthsOf.get(months[b])!, sign: 1 }])));
  }
  if (anyone && ranges.length) {
    const buckets = rangeBuckets('c.createdAt', ranges, `ncRange${n}`);
    const rows = byPeople(OWNED.customers.live(manager), 'c.ownerId', covered).andWhere(buckets.any, buckets.params);
    work.push(perOwner(rows, buckets.bucket).then((r) => addTo(counts, r, (b) => ranges[b].targets)));
  }
  if (others) {
    const whole = spans.map((span) => ({ from: span.start, to: new Date(span.end.getTime() + 1) }));
    const buckets = rangeBuckets('c.createdAt', whole, `ncRest${n}`);
    work.push(perOwner(others.andWhere(buckets.any, buckets.params), buckets.bucket).then((r) => addTo(counts, r, (b) => [{ span: b, sign: 1 }])));
  }
  await Promise.all(work);
  return counts;
}
