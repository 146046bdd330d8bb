// The task module's resolver classes and shield rules.
import { TaskResolver, TaskTimelineResolver } from './task.resolver';

export const taskResolvers = [TaskResolver, TaskTimelineResolver];
export { taskMutationRules, taskQueryRules } from './task.rules';
