// The follow-ups a figure counts — written by the selected people, on a parent the viewer may read — as at most two
// queries whose aggregates add up. The first takes those on a live parent whose owner the viewer reads by owner (or
// of a type they read entirely), from the author index alone: every follow-up carries its parent's owner and
// liveness, copied by triggers (entities/follow-up.entity.ts). The second, only when the viewer also reaches parents
// through a team seat, a public pool or a grant, takes the rest and probes each one's parent (lib/followup): few rows.
// Counts over whole months read the first part from the follow-up month rollup instead (followUpCounts).
import { EntityManager, SelectQueryBuilder } from 'typeorm';
import { FollowUp, FollowUpMonthRollup } from '@/entities';
import { Viewer } from '@/lib/access';
import { followUpParentScopes, readableFollowUpsOf } from '@/lib/followup/followup.scope';
import { followUpParentTypes } from '@/lib/followup/followup.service';
import { DateSpan } from './period';
import { People, byPeople } from './people';
import { Target, planSpans, rangeBuckets } from './rollup';
import { int } from './sql';

let seq = 0;

interface Shape {
  /** The covered follow-ups as a condition on a parent-type and a parent-owner column (rows or rollup). */
  covered: (typeColumn: string, ownerColumn: string) => { sql: string; params: Record<string, unknown> };
  /** The rest reached through team seats, pools or grants, with a parent probe per row; null when there is none. */
  rest: SelectQueryBuilder<FollowUp> | null;
}

async function shapeFor(manager: EntityManager, viewer: Viewer, people: People): Promise<Shape> {
  const types = followUpParentTypes();
  const parents = await followUpParentScopes(manager, viewer, types);
  const n = ++seq;
  const covered = (typeColumn: string, ownerColumn: string) => {
    const params: Record<string, unknown> = {};
    const parts = parents.flatMap(({ type, scope }, i) => {
      params[`fuType${n}_${i}`] = type;
      if (scope.all) return [`${typeColumn} = :fuType${n}_${i}`];
      if (!scope.ownerIds.length) return [];
      params[`fuOwners${n}_${i}`] = scope.ownerIds;
      return [`(${typeColumn} = :fuType${n}_${i} AND COALESCE(${ownerColumn}, 0) IN (:...fuOwners${n}_${i}))`];
    });
    return { sql: parts.length ? `(${parts.join(' OR ')})` : '1 = 0', params };
  };
  const reachesMore = parents.some(({ scope }) => !scope.all && (scope.teamCustomerIds.length || scope.poolIds.length || scope.recordIds?.length));
  if (!reachesMore) return { covered, rest: null };
  const own = coveredRows(covered);
  const rest = byPeople(await readableFollowUpsOf(manager, viewer, types, 'probe'), 'f.authorId', people).andWhere(`NOT ${own.sql}`, own.params);
  return { covered, rest };
}

/** Live follow-ups on a live parent that the shape covers. */
function coveredRows(covered: Shape['covered']) {
  const { sql, params } = covered('f.parentType', 'f.parentOwnerId');
  return { sql: `(f.parentLive = :fuLive AND ${sql})`, params: { ...params, fuLive: true } };
}

/** Follow-ups and substantive ones, per author. */
export type AuthorCounts = Map<number, { n: number; s: number }>;

type Raw = { b: unknown; a: unknown; n: unknown; s: unknown };

/** Adds rows of (bucket, author, counts) to the spans each bucket counts for, times its sign there. */
function addTo(into: AuthorCounts[], rows: Raw[], targets: (bucket: number) => Target[]) {
  for (const r of rows) {
    const id = int(r.a);
    for (const { span, sign } of targets(int(r.b))) {
      const was = into[span].get(id) ?? { n: 0, s: 0 };
      into[span].set(id, { n: was.n + sign * int(r.n), s: was.s + sign * int(r.s) });
    }
  }
}

/**
 * The people's readable follow-ups per author in each span, in three statements at most. Spans of whole company
 * months (本月, 上月, 本季度…) are read from the follow-up month rollup, corrected by the hours between the company's and
 * UTC's month starts (rollup.ts); other spans, those hours, and the rest reached through team seats, pools or grants
 * are counted from rows.
 */
export async function followUpCounts(manager: EntityManager, viewer: Viewer, people: People, spans: readonly DateSpan[]): Promise<AuthorCounts[]> {
  const { covered, rest } = await shapeFor(manager, viewer, people);
  const counts: AuthorCounts[] = spans.map(() => new Map());
  const n = ++seq;
  const { monthsOf, ranges } = planSpans(spans);
  const perAuthor = (qb: SelectQueryBuilder<FollowUp>, bucket: string) => qb.select(bucket, 'b').addSelect('f.authorId', 'a').addSelect('COUNT(*)', 'n')
    .addSelect(`SUM(CASE WHEN f.substantive = :fuYes${n} THEN 1 ELSE 0 END)`, 's').setParameter(`fuYes${n}`, true)
    .groupBy('b').addGroupBy('f.authorId').getRawMany<Raw>();
  const work: Promise<void>[] = [];
  if (monthsOf.size) {
    const rolled = covered('rf.parentType', 'rf.parentOwnerId');
    const months = [...monthsOf.keys()];
    const rollup = manager.createQueryBuilder(FollowUpMonthRollup, 'rf').select('rf.month', 'b').addSelect('rf.authorId', 'a')
      .addSelect('SUM(rf.followUps)', 'n').addSelect('SUM(rf.substantive)', 's')
      .where(`rf.month IN (:...fuMonths${n})`, { [`fuMonths${n}`]: months }).andWhere(rolled.sql, rolled.params).groupBy('rf.month').addGroupBy('rf.authorId');
    work.push(byPeople(rollup, 'rf.authorId', people).getRawMany<Raw>()
      .then((rows) => addTo(counts, rows.map((r) => ({ ...r, b: months.indexOf(String(r.b)) })), (b) => [{ span: monthsOf.get(months[b])!, sign: 1 }])));
  }
  if (ranges.length) {
    const own = coveredRows(covered);
    const buckets = rangeBuckets('f.occurredAt', ranges, `fuRange${n}`);
    const rows = byPeople(manager.createQueryBuilder(FollowUp, 'f').where('f.deletedAt IS NULL'), 'f.authorId', people)
      .andWhere(own.sql, own.params).andWhere(buckets.any, buckets.params);
    work.push(perAuthor(rows, buckets.bucket).then((r) => addTo(counts, r, (b) => ranges[b].targets)));
  }
  if (rest) {
    const whole = spans.map((span) => ({ from: span.start, to: new Date(span.end.getTime() + 1) }));
    const buckets = rangeBuckets('f.occurredAt', whole, `fuRest${n}`);
    work.push(perAuthor(rest.clone().andWhere(buckets.any, buckets.params), buckets.bucket).then((r) => addTo(counts, r, (b) => [{ span: b, sign: 1 }])));
  }
  await Promise.all(work);
  return counts;
}

/** Follow-ups whose copy of their parent's owner or liveness differs from the parent (none while the triggers hold). */
export async function followUpParentDrift(manager: EntityManager): Promise<{ id: number; parentType: string }[]> {
  const drift: { id: number; parentType: string }[] = [];
  for (const type of followUpParentTypes()) {
    const rows: { id: unknown }[] = await manager.query(`SELECT f.id AS id FROM follow_up f INNER JOIN ${type} p ON p.id = f.parent_id
      WHERE f.parent_type = ? AND (NOT (f.parent_owner_id = p.owner_id OR (f.parent_owner_id IS NULL AND p.owner_id IS NULL))
        OR f.parent_live <> CASE WHEN p.deleted_at IS NULL THEN 1 ELSE 0 END) LIMIT 5`, [type]);
    drift.push(...rows.map((r) => ({ id: Number(r.id), parentType: type })));
  }
  return drift;
}
