// In-app notifications. A user is only ever told about a record they can see: checked when it is sent, and
// again when it is read (the record may have moved out of their scope since).
import { DataSource, EntityManager, In, IsNull, SelectQueryBuilder } from 'typeorm';
import { Notification } from '@/entities/notification.entity';
import { Viewer, isRecordType, loadViewer, readableRootCondition, recordIdsInScope, recordRoot, requireIds } from '@/lib/access';
import { COUNT_CAP_BROAD, PageArgs, paginate } from '@/lib/pagination';

export interface NotifyInput {
  recipients: readonly number[];
  kind: string;
  title: string;
  body?: string | null;
  entityType?: string | null;
  entityId?: number | null;
  actorId?: number | null;
  data?: Record<string, unknown> | null;
  /** Same key for the same event: sending twice (or from two job runners at once) stores one notification. */
  dedupeKey?: string | null;
}

/** Stores notifications for the recipients who may read the record (inside the caller's transaction). */
export async function notify(manager: EntityManager, input: NotifyInput): Promise<number[]> {
  const recipients = [...new Set(input.recipients)].filter((id) => id && id !== input.actorId);
  const allowed: number[] = [];
  for (const userId of recipients) {
    if (input.entityType) {
      const loaded = isRecordType(input.entityType) ? await loadViewer(manager, userId) : null;
      if (!loaded || !input.entityId) continue;
      // Owned and derived record types alike (a follow-up is visible when its parent is).
      const visible = await recordIdsInScope(manager, loaded.viewer, input.entityType, [input.entityId], 'read', 'any');
      if (!visible.has(input.entityId)) continue;
    }
    allowed.push(userId);
  }
  if (!allowed.length) return [];
  const root = input.entityType && input.entityId ? await recordRoot(manager, input.entityType, input.entityId) : null;
  await manager.createQueryBuilder().insert().into(Notification).values(allowed.map((userId) => ({
    userId, kind: input.kind, title: input.title.slice(0, 200), body: input.body?.slice(0, 1000) ?? null,
    entityType: input.entityType ?? null, entityId: input.entityId ?? null,
    rootType: root?.type ?? null, rootId: root?.id ?? null, actorId: input.actorId ?? null,
    data: input.data ?? null, dedupeKey: input.dedupeKey ? `${userId}:${input.dedupeKey}`.slice(0, 120) : null,
  })) as never).orIgnore().updateEntity(false).execute();
  return allowed;
}

/**
 * The viewer's notifications whose record (if any) they can still see: the root stored with each notification
 * is probed by primary key under its module's scope (lib/access readableRootCondition), so the SQL stays small
 * however large the viewer's scope, and costs one probe per notification of the viewer.
 */
async function visibleNotifications(manager: EntityManager, viewer: Viewer): Promise<SelectQueryBuilder<Notification>> {
  // A row written without its root (by hand, or before the root existed) about an owned record is its own root;
  // one about a derived record without its root is never shown (deny by default).
  const visible = await readableRootCondition(manager, viewer, 'COALESCE(n.rootType, n.entityType)', 'COALESCE(n.rootId, n.entityId)', { state: 'any' });
  return manager.createQueryBuilder(Notification, 'n').where('n.userId = :me', { me: viewer.userId })
    .andWhere(`(n.entityType IS NULL OR ${visible.sql})`, visible.params);
}

export async function listNotifications(db: DataSource, viewer: Viewer, unreadOnly: boolean, page: PageArgs) {
  const qb = await visibleNotifications(db.manager, viewer);
  if (unreadOnly) qb.andWhere('n.readAt IS NULL');
  qb.orderBy('n.createdAt', 'DESC').addOrderBy('n.id', 'DESC');
  // Every counted row costs a probe of its record: the list's count stops at "1 000+".
  return paginate(qb, page, { countCap: COUNT_CAP_BROAD });
}

export async function unreadNotificationCount(db: DataSource, viewer: Viewer) {
  return (await visibleNotifications(db.manager, viewer)).andWhere('n.readAt IS NULL').getCount();
}

/** Marks the viewer's own notifications read; ids of other users' notifications are ignored. */
export async function markNotificationsRead(db: DataSource, viewer: Viewer, rawIds: readonly (string | number)[] | null) {
  const where = rawIds === null
    ? { userId: viewer.userId, readAt: IsNull() }
    : { userId: viewer.userId, readAt: IsNull(), id: In(requireIds(rawIds)) };
  const result = await db.getRepository(Notification).update(where, { readAt: new Date() });
  return result.affected ?? 0;
}
