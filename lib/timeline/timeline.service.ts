// One timeline per record (SPEC 4.1): every registered kind about the record and its readable children, merged
// newest first. Each provider returns its own stream already ordered and limited in SQL; the streams are merged
// (a k-way merge keeps each stream's order) and paged by offset, so pages never overlap or skip.
import { DataSource, EntityManager } from 'typeorm';
import { Viewer, applyScope, customerChildTypes, requireRecordAccess, resolveScope } from '@/lib/access';
import { badInput } from '@/lib/errors';
import { DEFAULT_PAGE, MAX_PAGE, Page, decodeCursor } from '@/lib/pagination';
import { timelineChildren, timelineProviders } from './timeline.registry';
import { TimelineEntry, TimelineTarget } from './timeline.types';
import './providers';

/** Deepest position a timeline can be paged to (offset + page size). */
export const TIMELINE_MAX_DEPTH = 5000;

/** The record (NOT_FOUND unless readable) and its live, readable children, grouped by type. */
export async function timelineTargets(manager: EntityManager, viewer: Viewer, type: string, id: number): Promise<TimelineTarget[]> {
  await requireRecordAccess(manager, viewer, type, [id], 'read');
  const targets: TimelineTarget[] = [{ type, ids: [id] }];
  if (type === 'customer') {
    for (const child of customerChildTypes()) {
      const { table } = child;
      const qb = manager.createQueryBuilder(table.entity, table.alias).select(`${table.alias}.id`, 'id').where(`${child.customerColumn} = :customerId`, { customerId: id });
      if (table.deletedColumn) qb.andWhere(`${table.deletedColumn} IS NULL`);
      applyScope(qb, await resolveScope(manager, viewer, table.module, 'read'), table.columns);
      const ids = (await qb.getRawMany<{ id: number }>()).map((r) => Number(r.id));
      if (ids.length) targets.push({ type: child.type, ids });
    }
  }
  const extra = timelineChildren(type);
  if (extra) targets.push(...(await extra(manager, viewer, id)).filter((t: TimelineTarget) => t.ids.length));
  return targets;
}

/** Newest first; on equal times the kinds keep a fixed order, and within a kind the provider's order holds. */
function merge(streams: TimelineEntry[][], take: number): TimelineEntry[] {
  const heads = streams.map(() => 0);
  const out: TimelineEntry[] = [];
  while (out.length < take) {
    let best = -1;
    for (let s = 0; s < streams.length; s++) {
      const entry = streams[s][heads[s]];
      if (!entry) continue;
      const current = best >= 0 ? streams[best][heads[best]] : null;
      if (!current || entry.at.getTime() > current.at.getTime() || (entry.at.getTime() === current.at.getTime() && entry.kind > current.kind)) best = s;
    }
    if (best < 0) break;
    out.push(streams[best][heads[best]++]);
  }
  return out;
}

export interface TimelineArgs { first?: number | null; after?: string | null; kinds?: readonly string[] | null }

export async function timeline(db: DataSource, viewer: Viewer, type: string, id: number, args: TimelineArgs = {}): Promise<Page<TimelineEntry>> {
  const first = args.first ?? DEFAULT_PAGE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE) throw badInput('first', `must be between 0 and ${MAX_PAGE}`);
  const start = args.after ? decodeCursor(args.after) + 1 : 0;
  if (start + first > TIMELINE_MAX_DEPTH) throw badInput('after', `a timeline can be paged to ${TIMELINE_MAX_DEPTH} entries`);
  const manager = db.manager;
  const targets = await timelineTargets(manager, viewer, type, id);
  const providers = timelineProviders().filter((p) => !args.kinds?.length || args.kinds.includes(p.kind));
  const [streams, counts] = await Promise.all([
    Promise.all(providers.map((p) => p.entries({ manager, viewer, targets, limit: start + first }))),
    Promise.all(providers.map((p) => p.count({ manager, viewer, targets }))),
  ]);
  const nodes = merge(streams, start + first).slice(start);
  const totalCount = counts.reduce((a, b) => a + b, 0);
  return { nodes, totalCount, startOffset: start, hasNextPage: start + nodes.length < totalCount, hasPreviousPage: start > 0 };
}
