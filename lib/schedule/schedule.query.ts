// Schedule lookups: a calendar range for one person (their own entries and those they take part in), by id,
// and participants. Visibility is the 'schedule' scope plus participant grants, applied in SQL by lib/access.
import { Brackets, DataSource, EntityManager, In } from 'typeorm';
import { ScheduleEntry, ScheduleParticipant } from '@/entities';
import { Viewer, applyScope, resolveScope } from '@/lib/access';
import { FieldErrors } from '@/lib/errors';
import { isDate } from './activity-common';
import { SCHEDULE_TABLE } from './schedule.tables';

/** A calendar asks for at most this many days at once (a month view shows six weeks). */
export const MAX_RANGE_DAYS = 100;
/** Entries returned for one range at most. */
export const MAX_RANGE_ENTRIES = 1000;

export interface ScheduleRange { from: Date; to: Date; userId?: number | null }

/** Entries the viewer may read, live or in the recycle bin, as a query on alias `s`. */
export async function readableEntries(manager: EntityManager, viewer: Viewer, deleted = false) {
  const qb = manager.createQueryBuilder(ScheduleEntry, 's').where(deleted ? 's.deletedAt IS NOT NULL' : 's.deletedAt IS NULL');
  return applyScope(qb, await resolveScope(manager, viewer, 'schedule', 'read'), SCHEDULE_TABLE.columns);
}

/**
 * Entries overlapping [from, to) of one person (the viewer by default): owned by them or with them as a
 * participant, among those the viewer may read; by start time.
 */
export async function listScheduleEntries(db: DataSource | EntityManager, viewer: Viewer, range: ScheduleRange): Promise<ScheduleEntry[]> {
  const errors = new FieldErrors();
  if (!isDate(range.from)) errors.add('from', 'must be a date and time');
  if (!isDate(range.to)) errors.add('to', 'must be a date and time');
  else if (isDate(range.from) && range.to.getTime() <= range.from.getTime()) errors.add('to', 'must be after the start');
  else if (isDate(range.from) && range.to.getTime() - range.from.getTime() > MAX_RANGE_DAYS * 86_400_000) errors.add('to', `must be within ${MAX_RANGE_DAYS} days of from`);
  if (range.userId !== undefined && range.userId !== null && (!Number.isSafeInteger(range.userId) || range.userId <= 0)) errors.add('userId', 'is invalid');
  errors.throwIfAny();
  const manager = db instanceof DataSource ? db.manager : db;
  const uid = range.userId ?? viewer.userId;
  const qb = (await readableEntries(manager, viewer))
    .andWhere('s.startAt < :rangeTo AND s.endAt > :rangeFrom', { rangeFrom: range.from, rangeTo: range.to });
  const takesPart = manager.createQueryBuilder(ScheduleParticipant, 'sp').select('1').where('sp.entryId = s.id AND sp.userId = :calendarUser');
  qb.andWhere(new Brackets((w) => { w.where('s.ownerId = :calendarUser').orWhere(`EXISTS (${takesPart.getQuery()})`); }), { calendarUser: uid });
  return qb.orderBy('s.startAt', 'ASC').addOrderBy('s.id', 'ASC').limit(MAX_RANGE_ENTRIES).getMany();
}

/** The live entries among `ids` that the viewer may read. */
export async function findScheduleEntriesByIds(manager: EntityManager, viewer: Viewer, ids: readonly number[]): Promise<ScheduleEntry[]> {
  if (!ids.length) return [];
  return (await readableEntries(manager, viewer)).andWhere('s.id IN (:...entryIds)', { entryIds: [...ids] }).getMany();
}

/** One entry the viewer may read, or null (missing, deleted and out of scope look the same). */
export async function findScheduleEntry(manager: EntityManager, viewer: Viewer, id: number): Promise<ScheduleEntry | null> {
  if (!Number.isSafeInteger(id) || id <= 0) return null;
  return (await findScheduleEntriesByIds(manager, viewer, [id]))[0] ?? null;
}

/** Participant user ids of entries the caller already holds (so visible), by entry id. */
export async function participantsOfEntries(manager: EntityManager, entryIds: readonly number[]): Promise<Map<number, number[]>> {
  const map = new Map<number, number[]>();
  if (!entryIds.length) return map;
  const rows = await manager.find(ScheduleParticipant, { where: { entryId: In([...entryIds]) }, order: { id: 'ASC' } });
  for (const row of rows) map.set(row.entryId, [...(map.get(row.entryId) ?? []), row.userId]);
  return map;
}
