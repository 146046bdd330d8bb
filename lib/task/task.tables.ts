// How tasks meet the scope module: the 'task' scope by assignee (the task's owner), plus the creator, who reads
// the tasks they assigned (lib/access/activity-grants.ts grants them by id through the `record` column).
import { Task } from '@/entities';
import { ScopedTable, registerRecordType } from '@/lib/access';

export const TASK_TYPE = 'task';

export const TASK_TABLE: ScopedTable<Task> = {
  entity: Task, alias: 't', module: 'task', label: 'Task',
  columns: { owner: 't.assigneeId', record: 't.id' }, deletedColumn: 't.deletedAt',
};

registerRecordType(TASK_TYPE, TASK_TABLE);
