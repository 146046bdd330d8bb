// The three tabs of 员工监督: follow-ups, tasks and work reports of the filter's people, each the module's own
// readable query (lib/access) narrowed in SQL to those people — so the rows add up to the overview's counts.
import { Brackets, DataSource } from 'typeorm';
import { FollowUp, Report, Task } from '@/entities';
import { ReportKind } from '@/entities/report.entity';
import { OPEN_TASK_STATUSES, TaskStatus } from '@/entities/task.entity';
import { Viewer } from '@/lib/access';
import { readableFollowUps } from '@/lib/followup/followup.query';
import { Page, PageArgs, paginate } from '@/lib/pagination';
import { readableReports } from '@/lib/report/report.query';
import { companyDate } from '@/lib/schedule/company-day';
import { readableTasks } from '@/lib/task/task.query';
import { ESCAPE, likePattern } from '@/lib/text';
import { SupervisionFilter, byPeople, validateFilter } from './supervision.filter';

export interface SupervisedFollowUpFilter extends SupervisionFilter {
  substantive?: boolean | null;
  method?: string | null;
  keyword?: string | null;
}

/** The people's follow-ups the viewer may read, contact time in the range, newest first. */
export async function supervisedFollowUps(db: DataSource, viewer: Viewer, f: SupervisedFollowUpFilter = {}, page: PageArgs = {}): Promise<Page<FollowUp>> {
  validateFilter(f);
  const manager = db.manager;
  const qb = await byPeople(manager, viewer, await readableFollowUps(manager, viewer), 'f.authorId', f);
  if (f.from) qb.andWhere('f.occurredAt >= :svFrom', { svFrom: f.from });
  if (f.to) qb.andWhere('f.occurredAt <= :svTo', { svTo: f.to });
  if (f.substantive !== undefined && f.substantive !== null) qb.andWhere('f.substantive = :svSubstantive', { svSubstantive: f.substantive });
  if (f.method) qb.andWhere('f.method = :svMethod', { svMethod: f.method });
  const keyword = f.keyword?.trim();
  if (keyword) {
    qb.andWhere(new Brackets((w) => {
      for (const column of ['f.subject', 'f.participants', 'f.objective', 'f.result', 'f.nextStep']) w.orWhere(`${column} LIKE :svKw${ESCAPE}`);
    }), { svKw: likePattern(keyword) });
  }
  return paginate(qb.orderBy('f.occurredAt', 'DESC').addOrderBy('f.id', 'DESC'), page);
}

/** OPEN and OVERDUE are the state now (the range does not apply); DONE were completed in the range; ALL were created in it. */
export type SupervisedTaskState = 'OPEN' | 'OVERDUE' | 'DONE' | 'ALL';

export interface SupervisedTaskFilter extends SupervisionFilter { state?: SupervisedTaskState | null }

/** The people's tasks the viewer may read: open ones by due time (undated last), others newest first. */
export async function supervisedTasks(db: DataSource, viewer: Viewer, f: SupervisedTaskFilter = {}, page: PageArgs = {}, now = new Date()): Promise<Page<Task>> {
  validateFilter(f);
  const manager = db.manager;
  const qb = await byPeople(manager, viewer, await readableTasks(manager, viewer), 't.assigneeId', f);
  const state = f.state ?? 'OPEN';
  const range = (column: string) => {
    if (f.from) qb.andWhere(`${column} >= :svTaskFrom`, { svTaskFrom: f.from });
    if (f.to) qb.andWhere(`${column} <= :svTaskTo`, { svTaskTo: f.to });
  };
  if (state === 'OPEN' || state === 'OVERDUE') {
    qb.andWhere('t.status IN (:...svOpen)', { svOpen: [...OPEN_TASK_STATUSES] });
    if (state === 'OVERDUE') qb.andWhere('t.dueAt IS NOT NULL AND t.dueAt < :svNow', { svNow: now });
    return paginate(qb.orderBy('CASE WHEN t.dueAt IS NULL THEN 1 ELSE 0 END', 'ASC').addOrderBy('t.dueAt', 'ASC').addOrderBy('t.id', 'ASC'), page);
  }
  if (state === 'DONE') {
    qb.andWhere('t.status = :svDone', { svDone: TaskStatus.DONE });
    range('t.completedAt');
    return paginate(qb.orderBy('t.completedAt', 'DESC').addOrderBy('t.id', 'DESC'), page);
  }
  range('t.createdAt');
  return paginate(qb.orderBy('t.createdAt', 'DESC').addOrderBy('t.id', 'DESC'), page);
}

export interface SupervisedReportFilter extends SupervisionFilter { kind?: ReportKind | null }

/** The people's work reports the viewer may read whose period overlaps the range, newest first. */
export async function supervisedReports(db: DataSource, viewer: Viewer, f: SupervisedReportFilter = {}, page: PageArgs = {}): Promise<Page<Report>> {
  validateFilter(f);
  const manager = db.manager;
  const qb = await byPeople(manager, viewer, await readableReports(manager, viewer), 'r.authorId', f);
  if (f.from) qb.andWhere('r.periodEnd >= :svRpFrom', { svRpFrom: companyDate(f.from) });
  if (f.to) qb.andWhere('r.periodStart <= :svRpTo', { svRpTo: companyDate(f.to) });
  if (f.kind) qb.andWhere('r.kind = :svKind', { svKind: f.kind });
  return paginate(qb.orderBy('r.createdAt', 'DESC').addOrderBy('r.id', 'DESC'), page);
}
