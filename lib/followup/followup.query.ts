// Follow-up lists and lookups. A follow-up is visible exactly when its parent record is: the parent's scope
// becomes SQL through lib/access (a correlated EXISTS per parent type), never a filter in JavaScript.
import { Brackets, DataSource, EntityManager, In, SelectQueryBuilder } from 'typeorm';
import { Department, FollowUp, User } from '@/entities';
import { Viewer, recordIdsInScope } from '@/lib/access';
import { COUNT_CAP_BROAD, PageArgs, paginate } from '@/lib/pagination';
import { ESCAPE, likePattern } from '@/lib/text';
import { whereOwnerIn } from '@/lib/filters';
import { FOLLOW_UP_TYPE } from './followup.tables';
import { FollowUpQueryPurpose, followUpCountProbesParents, readableFollowUpsOf } from './followup.scope';
import { followUpParentTypes } from './followup.service';

export interface FollowUpFilter {
  parentType?: string | null;
  parentId?: number | null;
  authorId?: number | null;
  /** Written by any of these users. */
  authorIds?: readonly (number | string)[] | null;
  /** The author's department, including its sub-departments. */
  departmentId?: number | null;
  from?: Date | null;
  to?: Date | null;
  substantive?: boolean | null;
  method?: string | null;
  keyword?: string | null;
  /** Only follow-ups with comments the viewer has not read yet. */
  unreadComments?: boolean | null;
}

export type FollowUpSortField = 'OCCURRED_AT' | 'CREATED_AT' | 'NEXT_CONTACT_AT';
export interface FollowUpOrder { field: FollowUpSortField; direction: 'ASC' | 'DESC' }
const SORT_COLUMNS: Record<FollowUpSortField, string> = { OCCURRED_AT: 'f.occurredAt', CREATED_AT: 'f.createdAt', NEXT_CONTACT_AT: 'f.nextContactAt' };

/** Live follow-ups whose parent (of one of `types`) the viewer may read (shapes: followup.scope.ts). */
export async function readableFollowUps(manager: EntityManager, viewer: Viewer, types: readonly string[] = followUpParentTypes()): Promise<SelectQueryBuilder<FollowUp>> {
  return readableFollowUpsOf(manager, viewer, types);
}

async function departmentUserIds(manager: EntityManager, departmentId: number): Promise<number[]> {
  const dept = await manager.findOneBy(Department, { id: departmentId });
  if (!dept) return [];
  const rows = await manager.createQueryBuilder(User, 'u').select('u.id', 'id')
    .innerJoin(Department, 'd', 'd.id = u.departmentId').where('d.path LIKE :path', { path: `${dept.path}%` }).getRawMany<{ id: number }>();
  return rows.map((r) => Number(r.id));
}

/**
 * Whether the list asks what given people wrote: then every readable follow-up of theirs is listed, those on public-pool
 * customers too (as the dashboard counts them); otherwise the list shows the follow-ups of the records one has.
 */
const byAuthor = (f: FollowUpFilter) => Boolean(f.authorId || f.authorIds?.length);

/** The follow-ups of the list for this filter, unordered (the list, its count and exports). */
export async function filteredFollowUps(manager: EntityManager, viewer: Viewer, f: FollowUpFilter, purpose: FollowUpQueryPurpose = 'page') {
  let qb: SelectQueryBuilder<FollowUp>;
  if (f.parentType && f.parentId) {
    // One parent: check it once, then the list is a plain index range.
    const visible = (followUpParentTypes() as string[]).includes(f.parentType)
      && (await recordIdsInScope(manager, viewer, f.parentType, [f.parentId], 'read')).has(f.parentId);
    qb = manager.createQueryBuilder(FollowUp, 'f').where('f.deletedAt IS NULL')
      .andWhere('f.parentType = :parentType AND f.parentId = :parentId', { parentType: f.parentType, parentId: f.parentId });
    if (!visible) qb.andWhere('1 = 0');
  } else {
    const types = f.parentType ? followUpParentTypes().filter((t) => t === f.parentType) : followUpParentTypes();
    qb = await readableFollowUpsOf(manager, viewer, types, purpose, { pools: byAuthor(f) });
  }
  if (f.authorId) qb.andWhere('f.authorId = :authorId', { authorId: f.authorId });
  whereOwnerIn(qb, 'f.authorId', f.authorIds, 'filter.authorIds');
  if (f.departmentId) {
    const users = await departmentUserIds(manager, f.departmentId);
    if (users.length) qb.andWhere('f.authorId IN (:...deptAuthors)', { deptAuthors: users });
    else qb.andWhere('1 = 0');
  }
  if (f.from) qb.andWhere('f.occurredAt >= :from', { from: f.from });
  if (f.to) qb.andWhere('f.occurredAt <= :to', { to: f.to });
  if (f.substantive !== undefined && f.substantive !== null) qb.andWhere('f.substantive = :substantive', { substantive: f.substantive });
  if (f.method) qb.andWhere('f.method = :method', { method: f.method });
  const keyword = f.keyword?.trim();
  if (keyword) {
    qb.andWhere(new Brackets((w) => {
      for (const column of ['f.subject', 'f.participants', 'f.objective', 'f.result', 'f.nextStep']) w.orWhere(`${column} LIKE :kw${ESCAPE}`);
    }), { kw: likePattern(keyword) });
  }
  if (f.unreadComments) {
    qb.andWhere(`EXISTS (SELECT 1 FROM comment_receipt ur INNER JOIN comment uc ON uc.id = ur.comment_id
      WHERE uc.target_type = :fuType AND uc.target_id = f.id AND ur.user_id = :fuMe AND ur.read_at IS NULL)`, { fuType: FOLLOW_UP_TYPE, fuMe: viewer.userId });
  }
  return qb;
}

export async function listFollowUps(db: DataSource, viewer: Viewer, filter: FollowUpFilter = {}, order?: FollowUpOrder | null, page: PageArgs = {}) {
  const qb = await filteredFollowUps(db.manager, viewer, filter);
  const direction = order?.direction === 'ASC' ? 'ASC' : 'DESC';
  qb.orderBy(SORT_COLUMNS[order?.field ?? 'OCCURRED_AT'] ?? 'f.occurredAt', direction).addOrderBy('f.id', direction);
  // The count enumerates every visible row, which the page's shape may not do best (followup.scope.ts); where each
  // row costs a parent probe it stops at "1 000+".
  const types = filter.parentType ? followUpParentTypes().filter((t) => t === filter.parentType) : followUpParentTypes();
  const probed = !(filter.parentType && filter.parentId) && await followUpCountProbesParents(db.manager, viewer, types, { pools: byAuthor(filter) });
  return paginate(qb, page, { countQuery: () => filteredFollowUps(db.manager, viewer, filter, 'count'), countCap: probed ? COUNT_CAP_BROAD : undefined });
}

/** Live follow-ups among the ids that the viewer may see. */
export async function findFollowUpsByIds(manager: EntityManager, viewer: Viewer, ids: readonly number[]): Promise<FollowUp[]> {
  const visible = await recordIdsInScope(manager, viewer, FOLLOW_UP_TYPE, ids, 'read');
  return visible.size ? manager.findBy(FollowUp, { id: In([...visible]) }) : [];
}

export async function findFollowUp(manager: EntityManager, viewer: Viewer, id: number): Promise<FollowUp | null> {
  if (!Number.isSafeInteger(id) || id <= 0) return null;
  return (await findFollowUpsByIds(manager, viewer, [id]))[0] ?? null;
}

/**
 * The latest `limit` live follow-ups of each parent the viewer may see (one query for all parents: a window
 * function ranks them per parent), newest first.
 */
export async function latestFollowUpsOf(manager: EntityManager, viewer: Viewer, parentType: string, parentIds: readonly number[], limit: number): Promise<Map<number, FollowUp[]>> {
  const result = new Map<number, FollowUp[]>();
  const visible = [...(await recordIdsInScope(manager, viewer, parentType, parentIds, 'read'))];
  if (!visible.length || limit <= 0) return result;
  const ranked = manager.createQueryBuilder(FollowUp, 'f').select('f.id', 'id')
    .addSelect('ROW_NUMBER() OVER (PARTITION BY f.parent_id ORDER BY f.occurred_at DESC, f.id DESC)', 'rn')
    .where('f.parentType = :parentType AND f.parentId IN (:...parentIds) AND f.deletedAt IS NULL', { parentType, parentIds: visible });
  const ids = await manager.createQueryBuilder().select('x.id', 'id').from(`(${ranked.getQuery()})`, 'x')
    .where('x.rn <= :limit', { limit }).setParameters(ranked.getParameters()).getRawMany<{ id: number }>();
  if (!ids.length) return result;
  const rows = await manager.find(FollowUp, { where: { id: In(ids.map((r) => Number(r.id))) }, order: { occurredAt: 'DESC', id: 'DESC' } });
  for (const row of rows) result.set(row.parentId, [...(result.get(row.parentId) ?? []), row]);
  return result;
}

/** How many live follow-ups each visible parent has. */
export async function followUpCounts(manager: EntityManager, viewer: Viewer, parentType: string, parentIds: readonly number[]): Promise<Map<number, number>> {
  const visible = [...(await recordIdsInScope(manager, viewer, parentType, parentIds, 'read'))];
  if (!visible.length) return new Map();
  const rows = await manager.createQueryBuilder(FollowUp, 'f').select('f.parentId', 'pid').addSelect('COUNT(*)', 'n')
    .where('f.parentType = :parentType AND f.parentId IN (:...visible) AND f.deletedAt IS NULL', { parentType, visible })
    .groupBy('f.parentId').getRawMany<{ pid: number; n: number | string }>();
  return new Map(rows.map((r) => [Number(r.pid), Number(r.n)]));
}
