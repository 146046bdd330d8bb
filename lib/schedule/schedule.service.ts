// Schedule entry changes. The owner is whoever creates the entry; they (and leaders whose write scope covers
// them) may change or delete it. Participants are active colleagues, told when invited; they may read the entry.
// The related record must be readable by the author. Times changing re-arm the reminder. All audited.
import { DataSource, EntityManager, In, IsNull, Not } from 'typeorm';
import { ScheduleEntry, ScheduleParticipant } from '@/entities';
import { ScheduleSource } from '@/entities/schedule-entry.entity';
import { Viewer, requireAccess, requireIds } from '@/lib/access';
import { audit, diff } from '@/lib/audit/audit';
import { inTransaction } from '@/lib/db/transaction';
import { notify } from '@/lib/notification/notification.service';
import { actorOf, activeUsers, checkRelated } from './activity-common';
import { companyDate, companyDateTime } from './company-day';
import { SCHEDULE_TABLE, SCHEDULE_TYPE } from './schedule.tables';
import { ScheduleFields, cleanScheduleFields } from './schedule.validation';

export interface ScheduleInput extends ScheduleFields {
  relatedType?: string | null;
  relatedId?: string | number | null;
  participantIds?: (string | number)[] | null;
}

/** Internal fields of entries made by other modules (a follow-up's next contact time). */
export interface ScheduleOrigin { source: ScheduleSource; followUpId: number | null }

const MANUAL: ScheduleOrigin = { source: ScheduleSource.MANUAL, followUpId: null };

export const participantIdsOf = async (manager: EntityManager, entryId: number) =>
  (await manager.find(ScheduleParticipant, { where: { entryId }, order: { id: 'ASC' } })).map((p) => p.userId);

/** Tells newly invited participants; notify() keeps only those who can see the entry. */
async function invite(manager: EntityManager, viewer: Viewer, entry: ScheduleEntry, userIds: number[]) {
  if (!userIds.length) return;
  const when = entry.allDay ? companyDate(entry.startAt) : companyDateTime(entry.startAt);
  await notify(manager, {
    recipients: userIds, kind: 'schedule.invited', title: `${viewer.name} 邀请您参加日程「${entry.title}」`, body: when,
    entityType: SCHEDULE_TYPE, entityId: entry.id, actorId: viewer.userId,
  });
}

/** Creates an entry inside the caller's transaction (also used by the follow-up seam). */
export async function insertScheduleEntry(manager: EntityManager, viewer: Viewer, input: ScheduleInput, origin: ScheduleOrigin = MANUAL): Promise<ScheduleEntry> {
  const fields = cleanScheduleFields(input, null);
  const related = await checkRelated(manager, viewer, input.relatedType, input.relatedId);
  const participants = (await activeUsers(manager, input.participantIds ?? [], 'participantIds')).filter((id) => id !== viewer.userId);
  const saved = await manager.save(manager.create(ScheduleEntry, {
    description: null, reminderMinutes: null, remindAt: null, ...fields, ...related, ...origin,
    reminderSentAt: null, ownerId: viewer.userId, createdById: viewer.userId, deletedAt: null, deletedById: null,
  }));
  if (participants.length) await manager.insert(ScheduleParticipant, participants.map((userId) => ({ entryId: saved.id, userId })));
  await audit(manager, actorOf(viewer), { action: 'create', entityType: SCHEDULE_TYPE, entityId: saved.id, changes: { ...fields, ...related, ...origin, participantIds: participants } });
  await invite(manager, viewer, saved, participants);
  return saved;
}

export function createScheduleEntry(db: DataSource, viewer: Viewer, input: ScheduleInput): Promise<ScheduleEntry> {
  return inTransaction(db, (manager) => insertScheduleEntry(manager, viewer, input));
}

/** Changes an entry inside the caller's transaction; the viewer must be able to write it. */
export async function changeScheduleEntry(manager: EntityManager, viewer: Viewer, id: number, input: ScheduleInput): Promise<ScheduleEntry> {
  await requireAccess(manager, viewer, SCHEDULE_TABLE, [id], 'write');
  const current = await manager.findOneByOrFail(ScheduleEntry, { id, deletedAt: IsNull() });
  const fields = cleanScheduleFields(input, current);
  const patch: Partial<ScheduleEntry> = { ...fields };
  if (input.relatedType !== undefined || input.relatedId !== undefined) {
    const related = await checkRelated(manager, viewer, input.relatedType ?? null, input.relatedId ?? null);
    Object.assign(patch, related);
  }
  const changes: Record<string, unknown> = diff(current, patch);
  if ('remindAt' in changes) patch.reminderSentAt = null; // a new reminder time is reminded again
  let added: number[] = [];
  if (input.participantIds !== undefined && input.participantIds !== null) {
    const wanted = (await activeUsers(manager, input.participantIds, 'participantIds')).filter((uid) => uid !== current.ownerId);
    const before = await participantIdsOf(manager, id);
    added = wanted.filter((uid) => !before.includes(uid));
    const removed = before.filter((uid) => !wanted.includes(uid));
    if (removed.length) await manager.delete(ScheduleParticipant, { entryId: id, userId: In(removed) });
    if (added.length) await manager.insert(ScheduleParticipant, added.map((userId) => ({ entryId: id, userId })));
    if (added.length || removed.length) changes.participantIds = [before, wanted];
  }
  if (!Object.keys(changes).length) return current;
  Object.assign(current, patch);
  const saved = await manager.save(current);
  await audit(manager, actorOf(viewer), { action: 'update', entityType: SCHEDULE_TYPE, entityId: id, changes });
  await invite(manager, viewer, saved, added);
  return saved;
}

export function updateScheduleEntry(db: DataSource, viewer: Viewer, id: number, input: ScheduleInput): Promise<ScheduleEntry> {
  return inTransaction(db, (manager) => changeScheduleEntry(manager, viewer, id, input));
}

/** Moves an entry to the recycle bin inside the caller's transaction. */
export async function removeScheduleEntry(manager: EntityManager, viewer: Viewer, id: number): Promise<number> {
  await requireAccess(manager, viewer, SCHEDULE_TABLE, [id], 'write');
  await manager.update(ScheduleEntry, { id, deletedAt: IsNull() }, { deletedAt: new Date(), deletedById: viewer.userId });
  await audit(manager, actorOf(viewer), { action: 'delete', entityType: SCHEDULE_TYPE, entityId: id });
  return id;
}

export function deleteScheduleEntry(db: DataSource, viewer: Viewer, id: number): Promise<number> {
  return inTransaction(db, (manager) => removeScheduleEntry(manager, viewer, id));
}

/** Brings deleted entries back from the recycle bin (write scope, like deleting them). All or nothing. */
export async function restoreScheduleEntries(db: DataSource, viewer: Viewer, rawIds: readonly (string | number)[]): Promise<number[]> {
  const ids = requireIds(rawIds);
  return inTransaction(db, async (manager) => {
    await requireAccess(manager, viewer, SCHEDULE_TABLE, ids, 'write', 'deleted');
    await manager.update(ScheduleEntry, { id: In(ids), deletedAt: Not(IsNull()) }, { deletedAt: null, deletedById: null });
    await audit(manager, actorOf(viewer), ids.map((id) => ({ action: 'restore', entityType: SCHEDULE_TYPE, entityId: id })));
    return ids;
  });
}
