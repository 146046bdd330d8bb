// Task lists and lookups, scoped by lib/access in SQL ('task' scope by assignee, plus the creator's grant), and
// "my tasks" in four boxes — Inbox (no due date), Today (due today or overdue), Next (the next 7 days), Future
// (later) — with the day boundaries of the company's time zone, computed in SQL.
import { Brackets, DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { Department, Task, User } from '@/entities';
import { OPEN_TASK_STATUSES, TaskPriority, TaskStatus } from '@/entities/task.entity';
import { Viewer, applyScope, isPlainFilter, recordIdsInScope, useListIndex, resolveScope } from '@/lib/access';
import { relatedTypes } from '@/lib/schedule/activity-common';
import { PageArgs, paginate } from '@/lib/pagination';
import { startOfCompanyDayAfter } from '@/lib/schedule/company-day';
import { ESCAPE, likePattern } from '@/lib/text';
import { TASK_TABLE } from './task.tables';

export interface TaskFilter {
  assigneeId?: number | null;
  createdById?: number | null;
  /** The assignee's department, including its sub-departments. */
  departmentId?: number | null;
  statuses?: TaskStatus[] | null;
  priority?: TaskPriority | null;
  dueFrom?: Date | null;
  dueTo?: Date | null;
  relatedType?: string | null;
  relatedId?: number | null;
  keyword?: string | null;
}

export type TaskSortField = 'DUE_AT' | 'CREATED_AT' | 'UPDATED_AT';
export interface TaskOrder { field: TaskSortField; direction: 'ASC' | 'DESC' }
const SORT_COLUMNS: Record<TaskSortField, string> = { DUE_AT: 't.dueAt', CREATED_AT: 't.createdAt', UPDATED_AT: 't.updatedAt' };

/** Tasks the viewer may read, live or in the recycle bin, as a query on alias `t`. */
export async function readableTasks(manager: EntityManager, viewer: Viewer, deleted = false): Promise<SelectQueryBuilder<Task>> {
  const qb = manager.createQueryBuilder(Task, 't').where(deleted ? 't.deletedAt IS NOT NULL' : 't.deletedAt IS NULL');
  return applyScope(qb, await resolveScope(manager, viewer, 'task', 'read'), TASK_TABLE.columns);
}

async function departmentUserIds(manager: EntityManager, departmentId: number): Promise<number[]> {
  const dept = await manager.findOneBy(Department, { id: departmentId });
  if (!dept) return [];
  const rows = await manager.createQueryBuilder(User, 'u').select('u.id', 'id')
    .innerJoin(Department, 'd', 'd.id = u.departmentId').where('d.path LIKE :path', { path: `${dept.path}%` }).getRawMany<{ id: number }>();
  return rows.map((r) => Number(r.id));
}

/** The related-record types (or just `type`) whose record `id` the viewer may read. */
async function visibleRelatedTypes(manager: EntityManager, viewer: Viewer, id: number, type?: string | null): Promise<string[]> {
  const candidates: string[] = type ? relatedTypes().filter((t) => t === type) : [...relatedTypes()];
  const visible = await Promise.all(candidates.map(async (t) => (await recordIdsInScope(manager, viewer, t, [id], 'read')).has(id)));
  return candidates.filter((_, i) => visible[i]);
}

export async function listTasks(db: DataSource, viewer: Viewer, f: TaskFilter = {}, order: TaskOrder | null = null, page: PageArgs = {}) {
  const manager = db.manager;
  const qb = await readableTasks(manager, viewer);
  if (f.assigneeId) qb.andWhere('t.assigneeId = :fAssignee', { fAssignee: f.assigneeId });
  if (f.createdById) qb.andWhere('t.createdById = :fCreator', { fCreator: f.createdById });
  if (f.departmentId) {
    const ids = await departmentUserIds(manager, f.departmentId);
    if (ids.length) qb.andWhere('t.assigneeId IN (:...fDeptUsers)', { fDeptUsers: ids });
    else qb.andWhere('1 = 0');
  }
  if (f.statuses?.length) qb.andWhere('t.status IN (:...fStatuses)', { fStatuses: f.statuses });
  if (f.priority) qb.andWhere('t.priority = :fPriority', { fPriority: f.priority });
  if (f.dueFrom) qb.andWhere('t.dueAt >= :fDueFrom', { fDueFrom: f.dueFrom });
  if (f.dueTo) qb.andWhere('t.dueAt <= :fDueTo', { fDueTo: f.dueTo });
  if (f.relatedType) qb.andWhere('t.relatedType = :fRelType', { fRelType: f.relatedType });
  if (f.relatedId) {
    // Only a related record the viewer can see matches: a hidden one answers like one that does not exist.
    const types = await visibleRelatedTypes(manager, viewer, f.relatedId, f.relatedType);
    if (types.length) qb.andWhere('t.relatedId = :fRelId AND t.relatedType IN (:...fRelTypes)', { fRelId: f.relatedId, fRelTypes: types });
    else qb.andWhere('1 = 0');
  }
  const kw = f.keyword?.trim();
  if (kw) qb.andWhere(new Brackets((w) => { w.where(`t.title LIKE :fKw${ESCAPE}`).orWhere(`t.description LIKE :fKw${ESCAPE}`); }), { fKw: likePattern(kw) });
  const column = SORT_COLUMNS[order?.field ?? 'CREATED_AT'] ?? SORT_COLUMNS.CREATED_AT;
  const direction = order?.direction === 'ASC' ? 'ASC' : 'DESC';
  qb.orderBy(column, direction).addOrderBy('t.id', direction);
  // The index for the scope's shape (lib/access/list-shape.ts), for the plain list in its default order.
  if (isPlainFilter(f) && column === SORT_COLUMNS.CREATED_AT) {
    useListIndex(qb, await resolveScope(manager, viewer, 'task', 'read'), { narrow: ['idx_task_assignee_live_created', 'PRIMARY'], wide: 'idx_task_live_created_assignee' });
  }
  return paginate(qb, page);
}

/** The live tasks among `ids` the viewer may read. */
export async function findTasksByIds(manager: EntityManager, viewer: Viewer, ids: readonly number[]): Promise<Task[]> {
  if (!ids.length) return [];
  return (await readableTasks(manager, viewer)).andWhere('t.id IN (:...taskIds)', { taskIds: [...ids] }).getMany();
}

export async function findTask(manager: EntityManager, viewer: Viewer, id: number): Promise<Task | null> {
  if (!Number.isSafeInteger(id) || id <= 0) return null;
  return (await findTasksByIds(manager, viewer, [id]))[0] ?? null;
}

/** Tasks shown per box at most (the counts are exact). */
export const BOX_MAX = 100;

export interface TaskBoxes {
  inbox: Task[]; today: Task[]; next: Task[]; future: Task[];
  counts: { inbox: number; today: number; next: number; future: number };
}

/** The day boundaries of the boxes: Today ends at tomorrow's midnight, Next seven days after that. */
export function boxBoundaries(now: Date) {
  const tomorrow = startOfCompanyDayAfter(now, 1);
  return { tomorrow, afterNext: startOfCompanyDayAfter(now, 8) };
}

/** The viewer's open tasks (assigned to them, not done or cancelled) in the four boxes. */
export async function myTasks(db: DataSource, viewer: Viewer, now = new Date()): Promise<TaskBoxes> {
  const manager = db.manager;
  const { tomorrow, afterNext } = boxBoundaries(now);
  const mine = () => manager.createQueryBuilder(Task, 't').where('t.deletedAt IS NULL')
    .andWhere('t.assigneeId = :me', { me: viewer.userId }).andWhere('t.status IN (:...open)', { open: [...OPEN_TASK_STATUSES] });
  const bounds = { tomorrow, afterNext };
  const box = (condition: string, order: 'due' | 'created') => {
    const qb = mine().andWhere(condition, bounds);
    if (order === 'due') qb.orderBy('t.dueAt', 'ASC').addOrderBy('t.id', 'ASC');
    else qb.orderBy('t.createdAt', 'DESC').addOrderBy('t.id', 'DESC');
    return qb.limit(BOX_MAX).getMany();
  };
  const [inbox, today, next, future, counts] = await Promise.all([
    box('t.dueAt IS NULL', 'created'),
    box('t.dueAt < :tomorrow', 'due'),
    box('t.dueAt >= :tomorrow AND t.dueAt < :afterNext', 'due'),
    box('t.dueAt >= :afterNext', 'due'),
    mine().select('SUM(CASE WHEN t.dueAt IS NULL THEN 1 ELSE 0 END)', 'inbox')
      .addSelect('SUM(CASE WHEN t.dueAt < :tomorrow THEN 1 ELSE 0 END)', 'today')
      .addSelect('SUM(CASE WHEN t.dueAt >= :tomorrow AND t.dueAt < :afterNext THEN 1 ELSE 0 END)', 'next')
      .addSelect('SUM(CASE WHEN t.dueAt >= :afterNext THEN 1 ELSE 0 END)', 'future')
      .setParameters(bounds).getRawOne<Record<'inbox' | 'today' | 'next' | 'future', string | number | null>>(),
  ]);
  const n = (v: string | number | null | undefined) => Number(v ?? 0);
  return { inbox, today, next, future, counts: { inbox: n(counts?.inbox), today: n(counts?.today), next: n(counts?.next), future: n(counts?.future) } };
}
