// The 员工监督 overview: one row per supervised person with their follow-ups and substantive contacts in the
// period, open and overdue tasks now, and work reports of the period — every number counted in SQL over the
// records the viewer may read (lib/access), so a row never counts something its reader could not open.
import { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { Department, User } from '@/entities';
import { OPEN_TASK_STATUSES } from '@/entities/task.entity';
import { Viewer } from '@/lib/access';
import { readableFollowUps } from '@/lib/followup/followup.query';
import { decodeCursor, DEFAULT_PAGE, MAX_PAGE, Page, PageArgs } from '@/lib/pagination';
import { companyDate } from '@/lib/schedule/company-day';
import { readableTasks } from '@/lib/task/task.query';
import { readableReports } from '@/lib/report/report.query';
import { badInput } from '@/lib/errors';
import { SupervisionFilter, rawDate, restrictPeople, validateFilter } from './supervision.filter';
import { applySupervised, supervisedUsers } from './supervision.scope';

export interface ActivityCounts {
  followUps: number;
  substantiveFollowUps: number;
  openTasks: number;
  overdueTasks: number;
  reports: number;
}

export interface PersonActivity extends ActivityCounts {
  userId: number;
  username: string;
  name: string;
  status: string;
  departmentId: number;
  departmentName: string | null;
  /** The person's latest follow-up the viewer may read, whatever the period. */
  lastFollowUpAt: Date | null;
}

export type OverviewSortField = 'NAME' | 'FOLLOW_UPS' | 'SUBSTANTIVE' | 'OPEN_TASKS' | 'OVERDUE_TASKS' | 'REPORTS' | 'LAST_FOLLOW_UP';
export interface OverviewOrder { field: OverviewSortField; direction: 'ASC' | 'DESC' }

const SORT: Record<OverviewSortField, string> = {
  NAME: 'su.nameSort', // pinyin order (lib/name-sort)
  FOLLOW_UPS: 'COALESCE(fu.n, 0)',
  SUBSTANTIVE: 'COALESCE(fu.s, 0)',
  OPEN_TASKS: 'COALESCE(tk.n, 0)',
  OVERDUE_TASKS: 'COALESCE(tk.overdue, 0)',
  REPORTS: 'COALESCE(rp.n, 0)',
  LAST_FOLLOW_UP: 'fu.lastAt',
};

/** `SUM(CASE WHEN … THEN 1 ELSE 0 END)`: portable conditional counting. */
const countIf = (condition: string) => `SUM(CASE WHEN ${condition} THEN 1 ELSE 0 END)`;

/** Readable follow-ups of the supervised people, per author: in the period, substantive in the period, latest. */
async function followUpCounts(manager: EntityManager, viewer: Viewer, f: SupervisionFilter) {
  const qb = await readableFollowUps(manager, viewer);
  applySupervised(qb, 'f.authorId', await supervisedUsers(manager, viewer));
  const range = [...(f.from ? ['f.occurredAt >= :supFuFrom'] : []), ...(f.to ? ['f.occurredAt <= :supFuTo'] : [])].join(' AND ') || '1 = 1';
  return qb.select('f.authorId', 'uid')
    .addSelect(countIf(range), 'n')
    .addSelect(countIf(`${range} AND f.substantive = :supFuYes`), 's')
    .addSelect('MAX(f.occurredAt)', 'lastAt')
    .setParameters({ supFuFrom: f.from ?? null, supFuTo: f.to ?? null, supFuYes: true })
    .groupBy('f.authorId');
}

/** Readable open tasks of the supervised people, per assignee, and how many of them are past due now. */
async function taskCounts(manager: EntityManager, viewer: Viewer, now: Date) {
  const qb = await readableTasks(manager, viewer);
  applySupervised(qb, 't.assigneeId', await supervisedUsers(manager, viewer));
  return qb.select('t.assigneeId', 'uid').addSelect('COUNT(*)', 'n')
    .addSelect(countIf('t.dueAt IS NOT NULL AND t.dueAt < :supTkNow'), 'overdue')
    .andWhere('t.status IN (:...supTkOpen)', { supTkOpen: [...OPEN_TASK_STATUSES], supTkNow: now })
    .groupBy('t.assigneeId');
}

/** Readable reports of the supervised people whose period overlaps the range, per author. */
async function reportCounts(manager: EntityManager, viewer: Viewer, f: SupervisionFilter) {
  const qb = await readableReports(manager, viewer);
  applySupervised(qb, 'r.authorId', await supervisedUsers(manager, viewer));
  if (f.from) qb.andWhere('r.periodEnd >= :supRpFrom', { supRpFrom: companyDate(f.from) });
  if (f.to) qb.andWhere('r.periodStart <= :supRpTo', { supRpTo: companyDate(f.to) });
  return qb.select('r.authorId', 'uid').addSelect('COUNT(*)', 'n').groupBy('r.authorId');
}

/** The filter's people joined with their counts (alias `su`, department `sd`). */
async function overviewQuery(manager: EntityManager, viewer: Viewer, f: SupervisionFilter, now: Date): Promise<SelectQueryBuilder<User>> {
  const [fu, tk, rp] = await Promise.all([followUpCounts(manager, viewer, f), taskCounts(manager, viewer, now), reportCounts(manager, viewer, f)]);
  const qb = manager.createQueryBuilder(User, 'su').leftJoin(Department, 'sd', 'sd.id = su.departmentId')
    .leftJoin(`(${fu.getQuery()})`, 'fu', 'fu.uid = su.id')
    .leftJoin(`(${tk.getQuery()})`, 'tk', 'tk.uid = su.id')
    .leftJoin(`(${rp.getQuery()})`, 'rp', 'rp.uid = su.id')
    .setParameters({ ...fu.getParameters(), ...tk.getParameters(), ...rp.getParameters() });
  return restrictPeople(manager, viewer, qb, 'su', f);
}

type Raw = Record<string, string | number | Date | null>;
const int = (value: unknown) => Number(value ?? 0);

function toRow(r: Raw): PersonActivity {
  return {
    userId: int(r.id), username: String(r.username), name: String(r.name), status: String(r.status),
    departmentId: int(r.departmentId), departmentName: r.departmentName === null ? null : String(r.departmentName),
    followUps: int(r.followUps), substantiveFollowUps: int(r.substantive), openTasks: int(r.openTasks), overdueTasks: int(r.overdueTasks),
    reports: int(r.reports), lastFollowUpAt: rawDate(r.lastAt),
  };
}

export interface Overview { page: Page<PersonActivity>; totals: ActivityCounts }

/** One row per person of the filter (supervised users only, never anyone else, not even as a zero row). */
export async function supervisionOverview(
  db: DataSource, viewer: Viewer, filter: SupervisionFilter = {}, order: OverviewOrder | null = null, page: PageArgs = {}, now = new Date(),
): Promise<Overview> {
  validateFilter(filter);
  const first = page.first ?? DEFAULT_PAGE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE) throw badInput('first', `must be between 0 and ${MAX_PAGE}`);
  let start = page.after ? decodeCursor(page.after) + 1 : 0;
  if (page.offset !== undefined && page.offset !== null) {
    if (!Number.isInteger(page.offset) || page.offset < 0) throw badInput('offset', 'must be zero or more');
    start = page.offset;
  }
  const manager = db.manager;
  const qb = await overviewQuery(manager, viewer, filter, now);
  const direction = order?.direction === 'ASC' ? 'ASC' : 'DESC';
  const sort = SORT[order?.field ?? 'FOLLOW_UPS'] ?? SORT.FOLLOW_UPS;
  const rows = qb.clone()
    .select('su.id', 'id').addSelect('su.username', 'username').addSelect('su.name', 'name').addSelect('su.status', 'status')
    .addSelect('su.departmentId', 'departmentId').addSelect('sd.name', 'departmentName')
    .addSelect('COALESCE(fu.n, 0)', 'followUps').addSelect('COALESCE(fu.s, 0)', 'substantive').addSelect('fu.lastAt', 'lastAt')
    .addSelect('COALESCE(tk.n, 0)', 'openTasks').addSelect('COALESCE(tk.overdue, 0)', 'overdueTasks').addSelect('COALESCE(rp.n, 0)', 'reports')
    .orderBy(sort, direction).addOrderBy('su.id', direction)
    .offset(start).limit(first);
  const totals = qb.clone()
    .select('COUNT(*)', 'people').addSelect('SUM(COALESCE(fu.n, 0))', 'followUps').addSelect('SUM(COALESCE(fu.s, 0))', 'substantive')
    .addSelect('SUM(COALESCE(tk.n, 0))', 'openTasks').addSelect('SUM(COALESCE(tk.overdue, 0))', 'overdueTasks').addSelect('SUM(COALESCE(rp.n, 0))', 'reports');
  const [nodes, sums] = await Promise.all([rows.getRawMany<Raw>(), totals.getRawOne<Raw>()]);
  const totalCount = int(sums?.people);
  return {
    page: { nodes: nodes.map(toRow), totalCount, startOffset: start, hasNextPage: start + nodes.length < totalCount, hasPreviousPage: start > 0 },
    totals: {
      followUps: int(sums?.followUps), substantiveFollowUps: int(sums?.substantive), openTasks: int(sums?.openTasks),
      overdueTasks: int(sums?.overdueTasks), reports: int(sums?.reports),
    },
  };
}
