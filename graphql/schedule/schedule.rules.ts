// Shield rules of the schedule operations. Reading is scoped inside; changing an entry needs write access to it.
import { and } from 'graphql-shield';
import { SCHEDULE_TABLE } from '@/lib/schedule/schedule.tables';
import type { ShieldRule } from '../permissions/rules';
import { liveInScope } from './activity.rules';

type Args = Record<string, unknown>;

export const scheduleQueryRules = (signedIn: ShieldRule): Record<string, ShieldRule> => ({
  scheduleEntries: signedIn,
  scheduleEntry: signedIn,
});

export const scheduleMutationRules = (signedIn: ShieldRule): Record<string, ShieldRule> => ({
  createScheduleEntry: signedIn,
  updateScheduleEntry: and(signedIn, liveInScope(SCHEDULE_TABLE, 'write', (a: Args) => a.id)),
  deleteScheduleEntry: and(signedIn, liveInScope(SCHEDULE_TABLE, 'write', (a: Args) => a.id)),
});
