// Shield rules of the task operations. Lists are scoped inside; an operation on a task needs to see it (NOT_FOUND
// otherwise) — who may change what (assignee, creator, leaders) is decided by the service.
import { and } from 'graphql-shield';
import { TASK_TABLE } from '@/lib/task/task.tables';
import type { ShieldRule } from '../permissions/rules';
import { liveInScope } from '../schedule/activity.rules';

type Args = Record<string, unknown>;

export const taskQueryRules = (signedIn: ShieldRule): Record<string, ShieldRule> => ({
  myTasks: signedIn,
  tasks: signedIn,
  task: signedIn,
});

export const taskMutationRules = (signedIn: ShieldRule): Record<string, ShieldRule> => ({
  createTask: signedIn,
  updateTask: and(signedIn, liveInScope(TASK_TABLE, 'read', (a: Args) => a.id)),
  setTaskStatus: and(signedIn, liveInScope(TASK_TABLE, 'read', (a: Args) => a.id)),
  deleteTasks: and(signedIn, liveInScope(TASK_TABLE, 'read', (a: Args) => a.ids)),
});
