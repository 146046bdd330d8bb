// Per-request DataLoaders of the schedule module, spread into graphql/loaders.ts; each applies the viewer's scope.
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { ScheduleEntry } from '@/entities';
import { Viewer, idsInScope } from '@/lib/access';
import { findScheduleEntriesByIds, participantsOfEntries } from '@/lib/schedule';
import { SCHEDULE_TABLE } from '@/lib/schedule/schedule.tables';

const byId = <T extends { id: number }>(ids: readonly number[], rows: T[]) => {
  const map = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => map.get(id) ?? null);
};

export function scheduleLoaders(db: DataSource, viewer: Viewer | null) {
  const m = db.manager;
  return {
    scheduleEntry: new DataLoader<number, ScheduleEntry | null>(async (ids) => (viewer ? byId(ids, await findScheduleEntriesByIds(m, viewer, ids)) : ids.map(() => null))),
    /** Participant ids of entries the caller already holds (so visible). */
    scheduleParticipants: new DataLoader<number, number[]>(async (ids) => {
      const map = await participantsOfEntries(m, ids);
      return ids.map((id) => map.get(id) ?? []);
    }),
    scheduleWritable: new DataLoader<number, boolean>(async (ids) => {
      if (!viewer) return ids.map(() => false);
      const writable = await idsInScope(m, viewer, SCHEDULE_TABLE, [...ids], 'write');
      return ids.map((id) => writable.has(id));
    }),
  };
}
