// The 员工监督 overview: one row per supervised person with their follow-ups and substantive contacts in the
// period, open and overdue tasks now, and work reports of the period — every number counted in SQL over the
// records the viewer may read (lib/access), so a row never counts something its reader could not open.
import { DataSource, EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { Department, User } from '@/entities';
import { OPEN_TASK_STATUSES } from '@/entities/task.entity';
import { Viewer } from '@/lib/access';
import { readableFollowUps } from '@/lib/followup/followup.query';
import { readableFollowUpsOf } from '@/lib/followup/followup.scope';
import { followUpParentTypes } from '@/lib/followup/followup.service';
import { decodeCursor, DEFAULT_PAGE, MAX_PAGE, Page, PageArgs } from '@/lib/pagination';
import { companyDate } from '@/lib/schedule/company-day';
import { readableTasks } from '@/lib/task/task.query';
import { readableReports } from '@/lib/report/report.query';
import { badInput } from '@/lib/errors';
import { SupervisionFilter, rawDate, restrictPeople, validateFilter } from './supervision.filter';

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

/** `SUM(CASE WHEN … THEN 1 ELSE 0 END)`: portable conditional counting. */
const countIf = (condition: string) => `SUM(CASE WHEN ${condition} THEN 1 ELSE 0 END)`;

type Raw = Record<string, string | number | Date | null>;
type Counts = Map<number, Raw>;
const int = (value: unknown) => Number(value ?? 0);

async function byUser(qb: SelectQueryBuilder<ObjectLiteral>): Promise<Counts> {
  return new Map((await qb.getRawMany<Raw>()).map((r) => [int(r.uid), r]));
}

/** Readable follow-ups of the people in the period, per author: all and substantive (the period bounds the rows read). */
async function followUpCounts(manager: EntityManager, viewer: Viewer, f: SupervisionFilter, people: number[]) {
  const qb = await readableFollowUps(manager, viewer);
  qb.andWhere('f.authorId IN (:...supFuPeople)', { supFuPeople: people });
  if (f.from) qb.andWhere('f.occurredAt >= :supFuFrom', { supFuFrom: f.from });
  if (f.to) qb.andWhere('f.occurredAt <= :supFuTo', { supFuTo: f.to });
  return byUser(qb.select('f.authorId', 'uid').addSelect('COUNT(*)', 'n')
    .addSelect(countIf('f.substantive = :supFuYes'), 's').setParameter('supFuYes', true).groupBy('f.authorId'));
}

/** Up to this many people, the latest follow-up is probed per person; beyond it, one aggregate serves them all. */
const PROBED_PEOPLE = 50;

/**
 * Each person's latest follow-up the viewer may read, whatever the period. For the few people of a page: one
 * newest-first probe each (the author index walked backwards until a readable row). For everyone (sorting by it) or
 * a long page: one GROUP BY over every readable follow-up of theirs.
 */
async function lastFollowUps(manager: EntityManager, viewer: Viewer, people: number[], everyone = false): Promise<Map<number, Date | null>> {
  if (!people.length) return new Map();
  if (everyone || people.length > PROBED_PEOPLE) {
    const qb = await readableFollowUps(manager, viewer);
    const rows = await byUser(qb.select('f.authorId', 'uid').addSelect('MAX(f.occurredAt)', 'lastAt')
      .andWhere('f.authorId IN (:...supLastPeople)', { supLastPeople: people }).groupBy('f.authorId'));
    return new Map([...rows].map(([uid, r]) => [uid, rawDate(r.lastAt)]));
  }
  // 'page' shape: walk by date and probe parents, which stops at the first readable row. One statement per person
  // keeps each as small as the scope (a UNION of them would multiply its parameters past SQLite's limit).
  const readable = await readableFollowUpsOf(manager, viewer, followUpParentTypes(), 'page');
  const latest = await Promise.all(people.map((id) => readable.clone().select('f.occurredAt', 'lastAt')
    .andWhere('f.authorId = :supLast', { supLast: id }).orderBy('f.occurredAt', 'DESC').limit(1).getRawOne<Raw>()));
  return new Map(people.map((id, i) => [id, rawDate(latest[i]?.lastAt)]));
}

/** Readable open tasks of the people, per assignee, and how many of them are past due now. */
async function taskCounts(manager: EntityManager, viewer: Viewer, now: Date, people: number[]) {
  const qb = await readableTasks(manager, viewer);
  return byUser(qb.select('t.assigneeId', 'uid').addSelect('COUNT(*)', 'n')
    .addSelect(countIf('t.dueAt IS NOT NULL AND t.dueAt < :supTkNow'), 'overdue')
    .andWhere('t.assigneeId IN (:...supTkPeople)', { supTkPeople: people })
    .andWhere('t.status IN (:...supTkOpen)', { supTkOpen: [...OPEN_TASK_STATUSES], supTkNow: now })
    .groupBy('t.assigneeId'));
}

/** Readable reports of the people whose period overlaps the range, per author. */
async function reportCounts(manager: EntityManager, viewer: Viewer, f: SupervisionFilter, people: number[]) {
  const qb = await readableReports(manager, viewer);
  qb.andWhere('r.authorId IN (:...supRpPeople)', { supRpPeople: people });
  if (f.from) qb.andWhere('r.periodEnd >= :supRpFrom', { supRpFrom: companyDate(f.from) });
  if (f.to) qb.andWhere('r.periodStart <= :supRpTo', { supRpTo: companyDate(f.to) });
  return byUser(qb.select('r.authorId', 'uid').addSelect('COUNT(*)', 'n').groupBy('r.authorId'));
}

/** The filter's people (supervised users only), by name in pinyin order (lib/name-sort). */
async function overviewPeople(manager: EntityManager, viewer: Viewer, f: SupervisionFilter): Promise<PersonActivity[]> {
  const qb = manager.createQueryBuilder(User, 'su').leftJoin(Department, 'sd', 'sd.id = su.departmentId')
    .select('su.id', 'id').addSelect('su.username', 'username').addSelect('su.name', 'name').addSelect('su.status', 'status')
    .addSelect('su.departmentId', 'departmentId').addSelect('sd.name', 'departmentName');
  const rows = await (await restrictPeople(manager, viewer, qb, 'su', f)).orderBy('su.nameSort', 'ASC').addOrderBy('su.id', 'ASC').getRawMany<Raw>();
  return rows.map((r) => ({
    userId: int(r.id), username: String(r.username), name: String(r.name), status: String(r.status),
    departmentId: int(r.departmentId), departmentName: r.departmentName === null ? null : String(r.departmentName),
    followUps: 0, substantiveFollowUps: 0, openTasks: 0, overdueTasks: 0, reports: 0, lastFollowUpAt: null,
  }));
}

const SORT_VALUE: Record<Exclude<OverviewSortField, 'NAME'>, (row: PersonActivity) => number> = {
  FOLLOW_UPS: (r) => r.followUps,
  SUBSTANTIVE: (r) => r.substantiveFollowUps,
  OPEN_TASKS: (r) => r.openTasks,
  OVERDUE_TASKS: (r) => r.overdueTasks,
  REPORTS: (r) => r.reports,
  // No follow-up at all sorts below the oldest one.
  LAST_FOLLOW_UP: (r) => r.lastFollowUpAt?.getTime() ?? Number.NEGATIVE_INFINITY,
};

/** Rows in the requested order; ties by user id in the same direction. `rows` come by name. */
function sorted(rows: PersonActivity[], order: OverviewOrder | null): PersonActivity[] {
  const sign = order?.direction === 'ASC' ? 1 : -1;
  const field = order?.field ?? 'FOLLOW_UPS';
  if (field === 'NAME') return sign === 1 ? rows : [...rows].reverse();
  const value = SORT_VALUE[field] ?? SORT_VALUE.FOLLOW_UPS;
  return [...rows].sort((a, b) => sign * (value(a) - value(b) || a.userId - b.userId));
}

export interface Overview { page: Page<PersonActivity>; totals: ActivityCounts }

/**
 * One row per person of the filter (supervised users only, never anyone else, not even as a zero row). Each count
 * is one GROUP BY over the period's readable records of those people; the rows are sorted and paged here (a leader
 * supervises at most a few thousand people), and the latest follow-up is looked up for the page's people only —
 * unless the page is sorted by it.
 */
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
  const people = await overviewPeople(manager, viewer, filter);
  const ids = people.map((p) => p.userId);
  const byLast = order?.field === 'LAST_FOLLOW_UP';
  const [fu, tk, rp, allLast] = ids.length
    ? await Promise.all([
      followUpCounts(manager, viewer, filter, ids), taskCounts(manager, viewer, now, ids), reportCounts(manager, viewer, filter, ids),
      byLast ? lastFollowUps(manager, viewer, ids, true) : Promise.resolve(null),
    ])
    : [new Map(), new Map(), new Map(), null] as const;
  for (const row of people) {
    const [f, t, r] = [fu.get(row.userId), tk.get(row.userId), rp.get(row.userId)];
    Object.assign(row, {
      followUps: int(f?.n), substantiveFollowUps: int(f?.s), openTasks: int(t?.n), overdueTasks: int(t?.overdue), reports: int(r?.n),
      lastFollowUpAt: allLast?.get(row.userId) ?? null,
    });
  }
  const nodes = sorted(people, order).slice(start, start + first);
  if (!byLast) {
    const last = await lastFollowUps(manager, viewer, nodes.map((n) => n.userId));
    for (const node of nodes) node.lastFollowUpAt = last.get(node.userId) ?? null;
  }
  const sum = (pick: (row: PersonActivity) => number) => people.reduce((total, row) => total + pick(row), 0);
  return {
    page: { nodes, totalCount: people.length, startOffset: start, hasNextPage: start + nodes.length < people.length, hasPreviousPage: start > 0 },
    totals: {
      followUps: sum((r) => r.followUps), substantiveFollowUps: sum((r) => r.substantiveFollowUps), openTasks: sum((r) => r.openTasks),
      overdueTasks: sum((r) => r.overdueTasks), reports: sum((r) => r.reports),
    },
  };
}
