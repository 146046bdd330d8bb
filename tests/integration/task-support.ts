// Helpers for the schedule, task, report and reminder tests: a small company (two regions with heads and a team
// below one of them), GraphQL documents, and time helpers.
import { DataSource } from 'typeorm';
import { Department } from '@/entities';
import { makeDepartment, rootDepartment } from '../support/factories';
import { Actor, actor } from './followup-support';

export interface Company {
  root: Department; north: Department; beijing: Department; south: Department;
  /** 部门经理 heading 华北 (over 北京组). */ wang: Actor;
  /** 部门经理 heading 华南. */ chen: Actor;
  /** 销售员 in 北京组. */ li: Actor; sun: Actor;
  /** 销售员 in 华南. */ zhou: Actor;
  /** 超级管理员 heading the root department. */ boss: Actor;
  /** 财务 in the root department: no business scope at all. */ clerk: Actor;
}

export async function makeCompany(db: DataSource): Promise<Company> {
  const root = await rootDepartment(db);
  const north = await makeDepartment(db, root, '华北大区');
  const beijing = await makeDepartment(db, north, '北京组');
  const south = await makeDepartment(db, root, '华南大区');
  const boss = await actor(db, ['SUPER_ADMIN'], root, { name: '总经理' });
  const wang = await actor(db, ['DEPT_MANAGER'], north, { name: '王建国' });
  const chen = await actor(db, ['DEPT_MANAGER'], south, { name: '陈志明' });
  const li = await actor(db, ['SALES'], beijing, { name: '李娜' });
  const sun = await actor(db, ['SALES'], beijing, { name: '孙磊' });
  const zhou = await actor(db, ['SALES'], south, { name: '周洋' });
  const clerk = await actor(db, ['FINANCE'], root, { name: '钱会计' });
  const repo = db.getRepository(Department);
  await repo.update({ id: root.id }, { headId: boss.user.id });
  await repo.update({ id: north.id }, { headId: wang.user.id });
  await repo.update({ id: south.id }, { headId: chen.user.id });
  return { root, north, beijing, south, wang, chen, li, sun, zhou, boss, clerk };
}

const HOUR = 3_600_000;
export const hoursFromNow = (hours: number) => new Date(Date.now() + hours * HOUR).toISOString();
/** Seconds since the epoch: MariaDB DATETIME keeps no milliseconds here, SQLite does. */
export const seconds = (value: string | Date | null | undefined) => (value ? Math.floor(new Date(value).getTime() / 1000) : null);

export const ENTRY_FIELDS = `id title description startAt endAt allDay relatedType relatedId reminderMinutes remindAt source followUpId
  owner { id username } participants { id username } related { type id title } viewerCanEdit createdAt`;
export const CREATE_ENTRY = `mutation($input: CreateScheduleEntryInput!) { createScheduleEntry(input: $input) { ${ENTRY_FIELDS} } }`;
export const UPDATE_ENTRY = `mutation($id: ID!, $input: UpdateScheduleEntryInput!) { updateScheduleEntry(id: $id, input: $input) { ${ENTRY_FIELDS} } }`;
export const DELETE_ENTRY = 'mutation($id: ID!) { deleteScheduleEntry(id: $id) { ids } }';
export const ENTRIES = `query($from: DateTimeISO!, $to: DateTimeISO!, $userId: ID) { scheduleEntries(from: $from, to: $to, userId: $userId) { ${ENTRY_FIELDS} } }`;
export const ENTRY = `query($id: ID!) { scheduleEntry(id: $id) { ${ENTRY_FIELDS} } }`;

export const TASK_FIELDS = `id title description dueAt priority status relatedType relatedId completedAt overdue viewerCanEdit viewerCanChangeStatus
  assignee { id username } createdBy { id username } related { type id title } createdAt`;
export const CREATE_TASK = `mutation($input: CreateTaskInput!) { createTask(input: $input) { ${TASK_FIELDS} } }`;
export const UPDATE_TASK = `mutation($id: ID!, $input: UpdateTaskInput!) { updateTask(id: $id, input: $input) { ${TASK_FIELDS} } }`;
export const SET_STATUS = `mutation($id: ID!, $status: TaskStatus!) { setTaskStatus(id: $id, status: $status) { ${TASK_FIELDS} } }`;
export const DELETE_TASKS = 'mutation($ids: [ID!]!) { deleteTasks(ids: $ids) { ids } }';
export const TASKS = `query($filter: TaskFilter, $orderBy: TaskOrder, $first: Int, $after: String, $offset: Int) {
  tasks(filter: $filter, orderBy: $orderBy, first: $first, after: $after, offset: $offset) { totalCount pageInfo { hasNextPage endCursor } nodes { ${TASK_FIELDS} } } }`;
export const TASK = `query($id: ID!) { task(id: $id) { ${TASK_FIELDS} } }`;
export const MY_TASKS = `query { myTasks { inboxCount todayCount nextCount futureCount inbox { id title } today { id title dueAt } next { id title dueAt } future { id title dueAt } } }`;

export const REPORT_FIELDS = `id kind periodStart periodEnd subject content createdAt author { id username name } unread readCount viewerCanEdit
  recipients { user { id username } readAt } attachments { id fileName url } commentCount unreadCommentCount comments { id content author { username } }`;
export const CREATE_REPORT = `mutation($input: CreateReportInput!) { createReport(input: $input) { ${REPORT_FIELDS} } }`;
export const UPDATE_REPORT = `mutation($id: ID!, $input: UpdateReportInput!) { updateReport(id: $id, input: $input) { ${REPORT_FIELDS} } }`;
export const DELETE_REPORT = 'mutation($id: ID!) { deleteReport(id: $id) { ids } }';
export const MARK_REPORT_READ = `mutation($id: ID!) { markReportRead(id: $id) { ${REPORT_FIELDS} } }`;
export const REPORT = `query($id: ID!) { report(id: $id) { ${REPORT_FIELDS} } }`;
export const REPORTS = `query($filter: ReportFilter, $first: Int, $after: String, $offset: Int) {
  reports(filter: $filter, first: $first, after: $after, offset: $offset) { totalCount pageInfo { hasNextPage endCursor } nodes { id subject kind author { username } unread } } }`;
export const RECEIVED = `query($unreadOnly: Boolean, $kind: ReportKind) { myReceivedReports(unreadOnly: $unreadOnly, kind: $kind) { totalCount nodes { id subject unread author { username } } } }`;
export const DRAFT = `query($kind: ReportKind!, $date: String) { reportDraft(kind: $kind, date: $date) { kind periodStart periodEnd subject content leader { id username } existingReportId } }`;

export const NOTIFICATIONS = `query { notifications(first: 200) { totalCount nodes { id kind title entityType entityId readAt } } }`;
