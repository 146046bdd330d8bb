// Reading comments: a target's thread, the viewer's unread count, and batched lookups for nested fields.
// Every read goes through the target's visibility (lib/access), so a comment is seen exactly with its record.
import { DataSource, EntityManager, In } from 'typeorm';
import { Comment, CommentReceipt } from '@/entities';
import { Viewer, derivedRecordType, derivedRecordTypes, readableRootCondition, recordIdsInScope, requireRecordAccess } from '@/lib/access';
import { PageArgs, paginate } from '@/lib/pagination';
import { CommentTarget, assertTarget } from './comment.service';

/** The thread on one target, oldest first; NOT_FOUND when the target is not visible (as if it did not exist). */
export async function listComments(db: DataSource, viewer: Viewer, target: CommentTarget, page: PageArgs = {}) {
  assertTarget(target);
  await requireRecordAccess(db.manager, viewer, target.targetType, [target.targetId], 'read');
  const qb = db.manager.createQueryBuilder(Comment, 'c')
    .where('c.targetType = :type AND c.targetId = :id', { type: target.targetType, id: target.targetId })
    .orderBy('c.createdAt', 'ASC').addOrderBy('c.id', 'ASC');
  return paginate(qb, page);
}

/**
 * Unread comments addressed to the viewer on targets they can still see: the comment's stored root is probed by
 * primary key under its scope, and a derived target (a follow-up) must still be live. From the viewer's unread
 * receipts (index user_id, read_at), so the cost follows their unread comments, not the organisation.
 */
export async function unreadCommentCount(db: DataSource, viewer: Viewer): Promise<number> {
  // As for notifications: a comment on an owned record is its own root when the row has none.
  const visible = await readableRootCondition(db.manager, viewer, 'COALESCE(c.rootType, c.targetType)', 'COALESCE(c.rootId, c.targetId)');
  const qb = db.manager.createQueryBuilder(CommentReceipt, 'r').select('COUNT(*)', 'n')
    .innerJoin(Comment, 'c', 'c.id = r.commentId')
    .where('r.userId = :me AND r.readAt IS NULL', { me: viewer.userId })
    .andWhere(`(${visible.sql})`, visible.params);
  for (const [i, type] of derivedRecordTypes().entries()) {
    const def = derivedRecordType(type)!;
    if (!def.deletedColumn) continue;
    const alias = `cd${i}`;
    const deleted = def.deletedColumn.replace(`${def.alias}.`, `${alias}.`);
    const sub = db.manager.createQueryBuilder(def.entity, alias).select('1').where(`${alias}.id = c.targetId`).andWhere(`${deleted} IS NOT NULL`);
    qb.andWhere(`NOT (c.targetType = :cdType${i} AND EXISTS (${sub.getQuery()}))`, { [`cdType${i}`]: type });
  }
  const row = await qb.getRawOne<{ n: number | string }>();
  return Number(row?.n ?? 0);
}

/** Comments of visible targets of one type, oldest first, by target id. */
export async function commentsOfTargets(manager: EntityManager, viewer: Viewer, targetType: string, targetIds: readonly number[]): Promise<Map<number, Comment[]>> {
  const map = new Map<number, Comment[]>();
  const visible = [...(await recordIdsInScope(manager, viewer, targetType, targetIds, 'read'))];
  if (!visible.length) return map;
  const rows = await manager.find(Comment, { where: { targetType, targetId: In(visible) }, order: { createdAt: 'ASC', id: 'ASC' } });
  for (const row of rows) map.set(row.targetId, [...(map.get(row.targetId) ?? []), row]);
  return map;
}

/** Unread comments per visible target of one type, for the viewer. */
export async function unreadCountsOfTargets(manager: EntityManager, viewer: Viewer, targetType: string, targetIds: readonly number[]): Promise<Map<number, number>> {
  const visible = [...(await recordIdsInScope(manager, viewer, targetType, targetIds, 'read'))];
  if (!visible.length) return new Map();
  const rows = await manager.createQueryBuilder(CommentReceipt, 'r').select('c.targetId', 'tid').addSelect('COUNT(*)', 'n')
    .innerJoin(Comment, 'c', 'c.id = r.commentId')
    .where('c.targetType = :targetType AND c.targetId IN (:...visible)', { targetType, visible })
    .andWhere('r.userId = :me AND r.readAt IS NULL', { me: viewer.userId })
    .groupBy('c.targetId').getRawMany<{ tid: number; n: number | string }>();
  return new Map(rows.map((r) => [Number(r.tid), Number(r.n)]));
}

/** Comments among the ids whose target the viewer can see. */
export async function findCommentsByIds(manager: EntityManager, viewer: Viewer, ids: readonly number[]): Promise<Comment[]> {
  if (!ids.length) return [];
  const rows = await manager.findBy(Comment, { id: In([...ids]) });
  const byType = new Map<string, number[]>();
  for (const row of rows) byType.set(row.targetType, [...(byType.get(row.targetType) ?? []), row.targetId]);
  const visible = new Map<string, Set<number>>();
  for (const [type, targetIds] of byType) visible.set(type, await recordIdsInScope(manager, viewer, type, targetIds, 'read'));
  return rows.filter((r) => visible.get(r.targetType)?.has(r.targetId));
}
