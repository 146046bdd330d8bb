// "What is this person doing now" (SPEC 4.3): today's schedule, open tasks and latest activity of one supervised
// person, each through its module's readable query. Someone outside the viewer's supervision is NOT_FOUND.
import { DataSource } from 'typeorm';
import { Department, FollowUp, Report, ScheduleEntry, Task, User } from '@/entities';
import { OPEN_TASK_STATUSES } from '@/entities/task.entity';
import { Viewer } from '@/lib/access';
import { readableFollowUps } from '@/lib/followup/followup.query';
import { readableReports } from '@/lib/report/report.query';
import { listScheduleEntries } from '@/lib/schedule/schedule.query';
import { startOfCompanyDay, startOfNextCompanyDay } from '@/lib/schedule/company-day';
import { readableTasks } from '@/lib/task/task.query';
import { requireSupervised } from './supervision.scope';

/** Open tasks listed at most (the counts are exact). */
export const NOW_TASKS = 20;
export const NOW_FOLLOW_UPS = 5;
export const NOW_REPORTS = 3;

export interface PersonNow {
  user: User;
  department: Department | null;
  todaySchedule: ScheduleEntry[];
  openTasks: Task[];
  openTaskCount: number;
  overdueTaskCount: number;
  latestFollowUps: FollowUp[];
  latestReports: Report[];
}

export async function personNow(db: DataSource, viewer: Viewer, userId: number, now = new Date()): Promise<PersonNow> {
  const manager = db.manager;
  const user = await requireSupervised(manager, viewer, userId);
  const openTasks = async () => (await readableTasks(manager, viewer))
    .andWhere('t.assigneeId = :nowUser', { nowUser: user.id }).andWhere('t.status IN (:...nowOpen)', { nowOpen: [...OPEN_TASK_STATUSES] });
  const [department, todaySchedule, tasks, openTaskCount, overdueTaskCount, latestFollowUps, latestReports] = await Promise.all([
    manager.findOneBy(Department, { id: user.departmentId }),
    listScheduleEntries(manager, viewer, { from: startOfCompanyDay(now), to: startOfNextCompanyDay(now), userId: user.id }),
    openTasks().then((qb) => qb.orderBy('CASE WHEN t.dueAt IS NULL THEN 1 ELSE 0 END', 'ASC').addOrderBy('t.dueAt', 'ASC').addOrderBy('t.id', 'ASC').limit(NOW_TASKS).getMany()),
    openTasks().then((qb) => qb.getCount()),
    openTasks().then((qb) => qb.andWhere('t.dueAt IS NOT NULL AND t.dueAt < :nowAt', { nowAt: now }).getCount()),
    readableFollowUps(manager, viewer).then((qb) => qb.andWhere('f.authorId = :nowAuthor', { nowAuthor: user.id })
      .orderBy('f.occurredAt', 'DESC').addOrderBy('f.id', 'DESC').limit(NOW_FOLLOW_UPS).getMany()),
    readableReports(manager, viewer).then((qb) => qb.andWhere('r.authorId = :nowReporter', { nowReporter: user.id })
      .orderBy('r.createdAt', 'DESC').addOrderBy('r.id', 'DESC').limit(NOW_REPORTS).getMany()),
  ]);
  return { user, department, todaySchedule, openTasks: tasks, openTaskCount, overdueTaskCount, latestFollowUps, latestReports };
}
