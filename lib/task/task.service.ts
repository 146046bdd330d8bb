// Task changes. Anyone may give themselves a task; a leader may assign one to any active user in their 'task'
// write scope (the users whose records they may change), and the assignee is told. The assignee, the creator and
// leaders over the assignee change its status; the creator and those leaders (not the assignee of someone else's
// task) change its fields, reassign or delete it. Deletion is soft; all audited.
import { DataSource, EntityManager, In, IsNull, Not } from 'typeorm';
import { Task, User } from '@/entities';
import { TaskStatus } from '@/entities/task.entity';
import { UserStatus } from '@/entities/user.entity';
import { Viewer, idsInScope, requireAccess, requireIds, resolveScope } from '@/lib/access';
import { audit, diff } from '@/lib/audit/audit';
import { inTransaction } from '@/lib/db/transaction';
import { badInput, forbidden } from '@/lib/errors';
import { notify } from '@/lib/notification/notification.service';
import { actorOf, checkRelated } from '@/lib/schedule/activity-common';
import { companyDateTime } from '@/lib/schedule/company-day';
import { TASK_TABLE, TASK_TYPE } from './task.tables';
import { TaskFields, cleanTaskFields } from './task.validation';

export interface TaskInput extends TaskFields {
  assigneeId?: string | number | null;
  relatedType?: string | null;
  relatedId?: string | number | null;
}

/** What the viewer may do with a task: change its status, or manage it (fields, assignee, deletion). */
export interface TaskRights { status: boolean; manage: boolean }

/**
 * The assignee must be the viewer, or an active user within the viewer's 'task' transfer scope (分配: giving a task
 * to someone, as the assignee picker's transferTargets offers; it is the write scope unless a role says otherwise).
 */
export async function assertAssignee(manager: EntityManager, viewer: Viewer, raw: string | number): Promise<number> {
  const id = Number(raw);
  if (id === viewer.userId) return id;
  const user = Number.isSafeInteger(id) && id > 0 ? await manager.findOneBy(User, { id }) : null;
  if (!user || user.status !== UserStatus.ACTIVE) throw badInput('assigneeId', 'must be an active user');
  const scope = await resolveScope(manager, viewer, 'task', 'transfer');
  if (!scope.all && !scope.ownerIds.includes(id)) throw badInput('assigneeId', 'is outside your data scope');
  return id;
}

/** The viewer's rights on tasks they can already read. */
export async function taskRights(manager: EntityManager, viewer: Viewer, tasks: readonly Task[]): Promise<Map<number, TaskRights>> {
  const writable = await idsInScope(manager, viewer, TASK_TABLE, tasks.map((t) => t.id), 'write', 'any');
  return new Map(tasks.map((t) => {
    const creator = t.createdById === viewer.userId;
    return [t.id, { status: creator || writable.has(t.id), manage: creator || (writable.has(t.id) && t.assigneeId !== viewer.userId) }];
  }));
}

/** A live task the viewer may read (else NOT_FOUND) and act on as `need` says (else FORBIDDEN). */
async function requireTask(manager: EntityManager, viewer: Viewer, id: number, need: keyof TaskRights): Promise<Task> {
  await requireAccess(manager, viewer, TASK_TABLE, [id], 'read');
  const task = await manager.findOneByOrFail(Task, { id, deletedAt: IsNull() });
  const rights = (await taskRights(manager, viewer, [task])).get(id)!;
  if (!rights[need]) throw forbidden(need === 'manage' ? 'Only the creator or a leader may change this task' : 'You may not change this task');
  return task;
}

async function tellAssignee(manager: EntityManager, viewer: Viewer, task: Task) {
  if (task.assigneeId === viewer.userId) return;
  await notify(manager, {
    recipients: [task.assigneeId], kind: 'task.assigned', title: `${viewer.name} 给您分配了任务「${task.title}」`,
    body: task.dueAt ? `截止 ${companyDateTime(task.dueAt)}` : null, entityType: TASK_TYPE, entityId: task.id, actorId: viewer.userId,
  });
}

export async function createTask(db: DataSource, viewer: Viewer, input: TaskInput): Promise<Task> {
  const fields = cleanTaskFields(input, true);
  return inTransaction(db, async (manager) => {
    const assigneeId = input.assigneeId === undefined || input.assigneeId === null || input.assigneeId === '' ? viewer.userId : await assertAssignee(manager, viewer, input.assigneeId);
    const related = await checkRelated(manager, viewer, input.relatedType, input.relatedId);
    const saved = await manager.save(manager.create(Task, {
      description: null, dueAt: null, ...fields, ...related, assigneeId, createdById: viewer.userId, status: TaskStatus.OPEN,
      completedAt: null, dueRemindedAt: null, deletedAt: null, deletedById: null,
    }));
    await audit(manager, actorOf(viewer), { action: 'create', entityType: TASK_TYPE, entityId: saved.id, changes: { ...fields, ...related, assigneeId } });
    await tellAssignee(manager, viewer, saved);
    return saved;
  });
}

export async function updateTask(db: DataSource, viewer: Viewer, id: number, input: TaskInput): Promise<Task> {
  const fields = cleanTaskFields(input, false);
  return inTransaction(db, async (manager) => {
    const current = await requireTask(manager, viewer, id, 'manage');
    const patch: Partial<Task> = { ...fields };
    if (input.relatedType !== undefined || input.relatedId !== undefined) Object.assign(patch, await checkRelated(manager, viewer, input.relatedType ?? null, input.relatedId ?? null));
    if (input.assigneeId !== undefined && input.assigneeId !== null && input.assigneeId !== '') patch.assigneeId = await assertAssignee(manager, viewer, input.assigneeId);
    const changes = diff(current, patch);
    if (!Object.keys(changes).length) return current;
    if ('dueAt' in changes) patch.dueRemindedAt = null; // a new due time is reminded again
    const reassigned = 'assigneeId' in changes;
    Object.assign(current, patch);
    const saved = await manager.save(current);
    await audit(manager, actorOf(viewer), { action: reassigned ? 'assign' : 'update', entityType: TASK_TYPE, entityId: id, changes });
    if (reassigned) await tellAssignee(manager, viewer, saved);
    return saved;
  });
}

export async function setTaskStatus(db: DataSource, viewer: Viewer, id: number, status: TaskStatus): Promise<Task> {
  if (!Object.values(TaskStatus).includes(status)) throw badInput('status', 'is invalid');
  return inTransaction(db, async (manager) => {
    const task = await requireTask(manager, viewer, id, 'status');
    if (task.status === status) return task;
    const before = task.status;
    task.status = status;
    task.completedAt = status === TaskStatus.DONE ? new Date() : null;
    const saved = await manager.save(task);
    await audit(manager, actorOf(viewer), { action: 'status', entityType: TASK_TYPE, entityId: id, changes: { status: [before, status] } });
    // The creator hears that their assignment is done; the assignee hears that someone else cancelled it.
    if (status === TaskStatus.DONE && task.createdById !== viewer.userId) {
      await notify(manager, { recipients: [task.createdById], kind: 'task.done', title: `${viewer.name} 完成了任务「${task.title}」`, entityType: TASK_TYPE, entityId: id, actorId: viewer.userId });
    }
    if (status === TaskStatus.CANCELLED && task.assigneeId !== viewer.userId) {
      await notify(manager, { recipients: [task.assigneeId], kind: 'task.cancelled', title: `${viewer.name} 取消了任务「${task.title}」`, entityType: TASK_TYPE, entityId: id, actorId: viewer.userId });
    }
    return saved;
  });
}

export async function deleteTasks(db: DataSource, viewer: Viewer, ids: number[]): Promise<number[]> {
  return inTransaction(db, async (manager) => {
    for (const id of ids) await requireTask(manager, viewer, id, 'manage');
    await manager.update(Task, { id: In(ids), deletedAt: IsNull() }, { deletedAt: new Date(), deletedById: viewer.userId });
    await audit(manager, actorOf(viewer), ids.map((id) => ({ action: 'delete', entityType: TASK_TYPE, entityId: id })));
    return ids;
  });
}

/** Brings deleted tasks back: the same people who may delete a task (its creator, leaders over the assignee). */
export async function restoreTasks(db: DataSource, viewer: Viewer, rawIds: readonly (string | number)[]): Promise<number[]> {
  const ids = requireIds(rawIds);
  return inTransaction(db, async (manager) => {
    await requireAccess(manager, viewer, TASK_TABLE, ids, 'read', 'deleted');
    const tasks = await manager.findBy(Task, { id: In(ids), deletedAt: Not(IsNull()) });
    const rights = await taskRights(manager, viewer, tasks);
    if (tasks.some((t) => !rights.get(t.id)?.manage)) throw forbidden('Only the creator or a leader may restore this task');
    await manager.update(Task, { id: In(ids) }, { deletedAt: null, deletedById: null });
    await audit(manager, actorOf(viewer), ids.map((id) => ({ action: 'restore', entityType: TASK_TYPE, entityId: id })));
    return ids;
  });
}
