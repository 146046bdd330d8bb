// Comments (批示) on any record the commenter can read: follow-ups, reports, customers, … A comment is
// addressed to the target's author (owner, or follow-up author) and to earlier commenters on the same target,
// but only to those who can see the target; each of them gets a notification and an unread mark that stays
// until they open the target (markCommentsRead). Comments are visible exactly with their target.
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { Comment, CommentReceipt } from '@/entities';
import { Notification } from '@/entities/notification.entity';
import { Viewer, isRecordType, recordAuthorId, recordIdsInScope, recordRoot, requireRecordAccess } from '@/lib/access';
import { audit } from '@/lib/audit/audit';
import { inTransaction } from '@/lib/db/transaction';
import { badInput } from '@/lib/errors';
import { notify } from '@/lib/notification/notification.service';

const actorOf = (viewer: Viewer) => ({ userId: viewer.userId, ip: viewer.ip, requestId: viewer.requestId });
export const COMMENT_MAX = 2000;

export interface CommentTarget { targetType: string; targetId: number }

export function assertTarget(target: CommentTarget) {
  if (!isRecordType(target.targetType)) throw badInput('targetType', 'is not a record type');
  if (!Number.isSafeInteger(target.targetId) || target.targetId <= 0) throw badInput('targetId', 'is invalid');
}

/** The users a new comment is addressed to: the target's author and earlier commenters, minus the commenter. */
async function addressees(manager: EntityManager, viewer: Viewer, target: CommentTarget): Promise<number[]> {
  const author = await recordAuthorId(manager, target.targetType, target.targetId);
  const earlier = await manager.createQueryBuilder(Comment, 'c').select('DISTINCT c.authorId', 'uid')
    .where('c.targetType = :type AND c.targetId = :id', { type: target.targetType, id: target.targetId }).getRawMany<{ uid: number }>();
  const ids = new Set<number>([...(author ? [author] : []), ...earlier.map((r) => Number(r.uid))]);
  ids.delete(viewer.userId);
  return [...ids];
}

export async function commentOn(db: DataSource, viewer: Viewer, input: CommentTarget & { content: string }): Promise<Comment> {
  assertTarget(input);
  const content = (input.content ?? '').trim();
  if (!content) throw badInput('content', 'is required');
  if ([...content].length > COMMENT_MAX) throw badInput('content', `must be at most ${COMMENT_MAX} characters`);
  return inTransaction(db, async (manager) => {
    await requireRecordAccess(manager, viewer, input.targetType, [input.targetId], 'read');
    const root = await recordRoot(manager, input.targetType, input.targetId);
    const comment = await manager.save(manager.create(Comment, {
      targetType: input.targetType, targetId: input.targetId, rootType: root?.type ?? null, rootId: root?.id ?? null, content, authorId: viewer.userId,
    }));
    // notify() keeps only the recipients who can see the target; the unread marks go to exactly those.
    const recipients = await notify(manager, {
      recipients: await addressees(manager, viewer, input), kind: 'comment', title: `${viewer.name} 批示`, body: content.slice(0, 200),
      entityType: input.targetType, entityId: input.targetId, actorId: viewer.userId, data: { commentId: comment.id },
    });
    if (recipients.length) await manager.insert(CommentReceipt, recipients.map((userId) => ({ commentId: comment.id, userId, readAt: null })));
    await audit(manager, actorOf(viewer), { action: 'create', entityType: 'comment', entityId: comment.id, changes: { targetType: input.targetType, targetId: input.targetId, content, recipients } });
    return comment;
  });
}

/** Marks the viewer's unread comments on the target as read (and the matching notifications); returns how many. */
export async function markCommentsRead(db: DataSource, viewer: Viewer, target: CommentTarget): Promise<number> {
  assertTarget(target);
  return inTransaction(db, async (manager) => {
    await requireRecordAccess(manager, viewer, target.targetType, [target.targetId], 'read');
    const unread = await manager.createQueryBuilder(CommentReceipt, 'r').select('r.id', 'id')
      .innerJoin(Comment, 'c', 'c.id = r.commentId')
      .where('c.targetType = :type AND c.targetId = :id', { type: target.targetType, id: target.targetId })
      .andWhere('r.userId = :me AND r.readAt IS NULL', { me: viewer.userId }).getRawMany<{ id: number }>();
    if (!unread.length) return 0;
    const now = new Date();
    await manager.update(CommentReceipt, { id: In(unread.map((r) => Number(r.id))), readAt: IsNull() }, { readAt: now });
    await manager.update(Notification, { userId: viewer.userId, kind: 'comment', entityType: target.targetType, entityId: target.targetId, readAt: IsNull() }, { readAt: now });
    return unread.length;
  });
}

/** Whether each comment is unread for the viewer. */
export async function unreadFlags(manager: EntityManager, viewer: Viewer, commentIds: readonly number[]): Promise<Set<number>> {
  if (!commentIds.length) return new Set();
  const rows = await manager.findBy(CommentReceipt, { commentId: In([...commentIds]), userId: viewer.userId, readAt: IsNull() });
  return new Set(rows.map((r) => r.commentId));
}

/** Ids among the targets that the viewer can see (for callers holding target ids of one type). */
export const visibleTargets = (manager: EntityManager, viewer: Viewer, type: string, ids: readonly number[]) =>
  recordIdsInScope(manager, viewer, type, ids, 'read');
