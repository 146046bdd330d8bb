// Task input rules: title, description, due time, priority. Every problem is reported together as field errors.
import { Task } from '@/entities';
import { TaskPriority } from '@/entities/task.entity';
import { FieldErrors } from '@/lib/errors';
import { cleanText, isDate } from '@/lib/schedule/activity-common';

export const TASK_TITLE_MAX = 200;
export const TASK_DESCRIPTION_MAX = 5000;

export interface TaskFields {
  title?: string | null;
  description?: string | null;
  dueAt?: Date | null;
  priority?: TaskPriority | null;
}

export type CleanTask = Partial<Pick<Task, 'title' | 'description' | 'dueAt' | 'priority'>>;

export function cleanTaskFields(input: TaskFields, creating: boolean): CleanTask {
  const errors = new FieldErrors();
  const out: CleanTask = {};
  if (creating || input.title !== undefined) {
    const title = cleanText(errors, 'title', input.title, TASK_TITLE_MAX, true);
    if (title) out.title = title;
  }
  if (input.description !== undefined) out.description = cleanText(errors, 'description', input.description, TASK_DESCRIPTION_MAX, false);
  if (input.dueAt !== undefined) {
    if (input.dueAt !== null && !isDate(input.dueAt)) errors.add('dueAt', 'must be a date and time');
    else out.dueAt = input.dueAt;
  }
  if (input.priority !== undefined && input.priority !== null) {
    if (!Object.values(TaskPriority).includes(input.priority)) errors.add('priority', 'is invalid');
    else out.priority = input.priority;
  } else if (creating) out.priority = TaskPriority.NORMAL;
  errors.throwIfAny();
  return out;
}
