// Comments (批示) on any record the commenter can read: follow-ups, reports, customers, … A comment is
// addressed to the target's author (owner, or follow-up author) and to earlier commenters on the same target,
// but only to those who can see the target; each of them gets a notification and an unread mark that stays
// until they open the target (markCommentsRead). Comments are visible exactly with their target.
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { Comment, CommentReceipt, User } from '@/entities';
import { UserStatus } from '@/entities/user.entity';
import { Notification } from '@/entities/notification.entity';
import { Viewer, hasPermission, isRecordType, recordAuthorId, recordIdsInScope, recordRoot, requireRecordAccess } from '@/lib/access';
import { audit } from '@/lib/audit/audit';
import { inTransaction } from '@/lib/db/transaction';
import { badInput, forbidden, notFound } from '@/lib/errors';
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

export interface CommentInput extends CommentTarget {
  content: string;
  /** Colleagues named with @: told (bell and unread mark) when they can read the target, and then in the thread. */
  mentionIds?: readonly (number | string)[] | null;
}

export const MENTION_MAX = 20;

function cleanContent(raw: string | null | undefined): string {
  const content = (raw ?? '').trim();
  if (!content) throw badInput('content', 'is required');
  if ([...content].length > COMMENT_MAX) throw badInput('content', `must be at most ${COMMENT_MAX} characters`);
  return content;
}

/** The mentioned users, all active; unknown or disabled ones are refused as bad input naming the field. */
async function mentionedUsers(manager: EntityManager, raw: CommentInput['mentionIds']): Promise<number[]> {
  if (!raw?.length) return [];
  if (raw.length > MENTION_MAX) throw badInput('mentionIds', `must name at most ${MENTION_MAX} colleagues`);
  const ids = [...new Set(raw.map(Number))];
  if (ids.some((id) => !Number.isSafeInteger(id) || id <= 0)) throw badInput('mentionIds', 'contains an invalid id');
  const active = await manager.countBy(User, { id: In(ids), status: UserStatus.ACTIVE });
  if (active !== ids.length) throw badInput('mentionIds', 'contains an unknown user');
  return ids;
}

/**
 * Whether the viewer takes part in the target's thread: the target's author (owner, or the follow-up's author),
 * an earlier commenter, or someone a comment was addressed to or mentioned (they hold a receipt).
 */
async function inThread(manager: EntityManager, viewer: Viewer, target: CommentTarget): Promise<boolean> {
  if ((await recordAuthorId(manager, target.targetType, target.targetId)) === viewer.userId) return true;
  const on = { targetType: target.targetType, targetId: target.targetId };
  if (await manager.existsBy(Comment, { ...on, authorId: viewer.userId })) return true;
  return manager.createQueryBuilder(CommentReceipt, 'r').innerJoin(Comment, 'c', 'c.id = r.commentId')
    .where('c.targetType = :type AND c.targetId = :id', { type: target.targetType, id: target.targetId })
    .andWhere('r.userId = :me', { me: viewer.userId }).getExists();
}

/** Whether the viewer may answer in the target's thread (a target they can read): leaders who comment, and those in it. */
export async function mayReply(manager: EntityManager, viewer: Viewer, target: CommentTarget): Promise<boolean> {
  return hasPermission(viewer, 'supervision:comment') || inThread(manager, viewer, target);
}

/** Writes a comment (or a reply), tells its addressees and the mentioned, and audits it; in the caller's transaction. */
async function writeComment(manager: EntityManager, viewer: Viewer, input: CommentTarget, content: string, mentions: number[], replyToId: number | null): Promise<Comment> {
  const root = await recordRoot(manager, input.targetType, input.targetId);
  const comment = await manager.save(manager.create(Comment, {
    targetType: input.targetType, targetId: input.targetId, rootType: root?.type ?? null, rootId: root?.id ?? null, content, authorId: viewer.userId, replyToId,
  }));
  // notify() keeps only the recipients who can see the target; the unread marks go to exactly those.
  const addressed = (await addressees(manager, viewer, input)).filter((id) => !mentions.includes(id));
  const entity = { entityType: input.targetType, entityId: input.targetId, actorId: viewer.userId, data: { commentId: comment.id } };
  const recipients = [
    ...await notify(manager, { recipients: addressed, kind: 'comment', title: `${viewer.name} ${replyToId ? '回复' : '批示'}`, body: content.slice(0, 200), ...entity }),
    ...await notify(manager, { recipients: mentions, kind: 'mention', title: `${viewer.name} 在批示中提到了你`, body: content.slice(0, 200), ...entity }),
  ];
  if (recipients.length) await manager.insert(CommentReceipt, recipients.map((userId) => ({ commentId: comment.id, userId, readAt: null })));
  await audit(manager, actorOf(viewer), {
    action: 'create', entityType: 'comment', entityId: comment.id,
    changes: { targetType: input.targetType, targetId: input.targetId, content, recipients, ...(replyToId ? { replyToId } : {}), ...(mentions.length ? { mentionIds: mentions } : {}) },
  });
  return comment;
}

export async function commentOn(db: DataSource, viewer: Viewer, input: CommentInput): Promise<Comment> {
  assertTarget(input);
  const content = cleanContent(input.content);
  return inTransaction(db, async (manager) => {
    await requireRecordAccess(manager, viewer, input.targetType, [input.targetId], 'read');
    return writeComment(manager, viewer, input, content, await mentionedUsers(manager, input.mentionIds), null);
  });
}

/**
 * Answers a comment in its thread (the author replying to a leader's 批示, or anyone in the thread), without
 * supervision:comment. A comment on a target the viewer cannot read is NOT_FOUND; one whose thread the viewer
 * takes no part in, FORBIDDEN.
 */
export async function replyToComment(db: DataSource, viewer: Viewer, input: { commentId: number; content: string; mentionIds?: CommentInput['mentionIds'] }): Promise<Comment> {
  if (!Number.isSafeInteger(input.commentId) || input.commentId <= 0) throw badInput('commentId', 'is invalid');
  const content = cleanContent(input.content);
  return inTransaction(db, async (manager) => {
    const original = await manager.findOneBy(Comment, { id: input.commentId });
    if (!original) throw notFound('Comment');
    const target = { targetType: original.targetType, targetId: original.targetId };
    if (!(await recordIdsInScope(manager, viewer, target.targetType, [target.targetId], 'read')).has(target.targetId)) throw notFound('Comment');
    if (!(await mayReply(manager, viewer, target))) throw forbidden('Only those in the thread may reply');
    return writeComment(manager, viewer, target, content, await mentionedUsers(manager, input.mentionIds), original.id);
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
    await manager.update(Notification, { userId: viewer.userId, kind: In(['comment', 'mention']), entityType: target.targetType, entityId: target.targetId, readAt: IsNull() }, { readAt: now });
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
