// How schedule entries meet the scope module: the 'schedule' scope by owner, plus participants, who read the
// entries they are invited to (lib/access/activity-grants.ts grants them by id through the `record` column).
import { ScheduleEntry } from '@/entities';
import { ScopedTable, registerRecordType } from '@/lib/access';

export const SCHEDULE_TYPE = 'schedule';

export const SCHEDULE_TABLE: ScopedTable<ScheduleEntry> = {
  entity: ScheduleEntry, alias: 's', module: 'schedule', label: 'Schedule entry',
  columns: { owner: 's.ownerId', record: 's.id' }, deletedColumn: 's.deletedAt',
};

registerRecordType(SCHEDULE_TYPE, SCHEDULE_TABLE);
