// The schedule module's resolver classes and shield rules.
import { ScheduleResolver, ScheduleTimelineResolver } from './schedule.resolver';

export const scheduleResolvers = [ScheduleResolver, ScheduleTimelineResolver];
export { scheduleMutationRules, scheduleQueryRules } from './schedule.rules';
