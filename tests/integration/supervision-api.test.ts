// 员工监督 through the API: who a leader supervises (and who not, not even as a zero row), the per-person counts,
// the follow-up / task / report tabs adding up to them, department and person filters, disabled people, one
// person's "now" (NOT_FOUND outside the scope), validation, and a leader's comment reaching the author as unread.
import { DataSource } from 'typeorm';
import { CustomerTeamMember, User } from '@/entities';
import { UserStatus } from '@/entities/user.entity';
import { startOfCompanyDay } from '@/lib/schedule/company-day';
import { closeTestDatabase, openTestDatabase } from '../support/database';
import { As, codeOf, gql, ok } from '../support/api';
import { makeCustomer } from '../support/factories';
import { COMMENT_ON, fieldsOf, logFollowUp } from './followup-support';
import { CREATE_ENTRY, CREATE_REPORT, CREATE_TASK, Company, SET_STATUS, makeCompany, seconds } from './task-support';

let db: DataSource;
let co: Company;
const DAY = 86_400_000;
const now = Date.now();
const ago = (days: number) => new Date(now - days * DAY).toISOString();
const PERIOD = { from: ago(7), to: new Date(now + 60_000).toISOString() };
const ids: Record<string, string> = {};

const OVERVIEW = `query($filter: SupervisionFilter, $orderBy: PersonActivityOrder, $first: Int, $offset: Int) {
  supervisionOverview(filter: $filter, orderBy: $orderBy, first: $first, offset: $offset) {
    totalCount pageInfo { hasNextPage }
    totals { followUps substantiveFollowUps openTasks overdueTasks reports }
    nodes { person { id username name status departmentId departmentName } followUps substantiveFollowUps openTasks overdueTasks reports lastFollowUpAt }
  } }`;
const NOW = `query($userId: ID!) { personNow(userId: $userId) {
  person { username departmentName } lastLoginAt openTaskCount overdueTaskCount
  todaySchedule { id title } openTasks { id title overdue } latestFollowUps { id result } latestReports { id kind } } }`;
const SCOPE = '{ supervisionScope { supervisesOthers people { username departmentName } departments { id name parentId } } me { supervisesOthers } }';
const FOLLOW_UPS = `query($filter: SupervisedFollowUpFilter, $first: Int) { supervisedFollowUps(filter: $filter, first: $first) {
  totalCount nodes { id result substantive commentCount author { username } parent { type id } } } }`;
const TASKS = `query($filter: SupervisedTaskFilter) { supervisedTasks(filter: $filter, first: 50) { totalCount nodes { id title assignee { username } } } }`;
const REPORTS = `query($filter: SupervisedReportFilter) { supervisedReports(filter: $filter, first: 50) { totalCount nodes { id kind author { username } } } }`;

type Row = { person: { username: string }; followUps: number; substantiveFollowUps: number; openTasks: number; overdueTasks: number; reports: number; lastFollowUpAt: string | null };
const overview = async (as: As, filter: Record<string, unknown> = PERIOD, extra: Record<string, unknown> = {}) =>
  (await ok(as, OVERVIEW, { filter, first: 200, ...extra })).supervisionOverview;
const byName = (rows: Row[]) => Object.fromEntries(rows.map((r) => [r.person.username, r]));
const counts = (r: Row | undefined) => r && [r.followUps, r.substantiveFollowUps, r.openTasks, r.overdueTasks, r.reports];

async function task(as: As, title: string, dueAt: string | null) {
  return (await ok(as, CREATE_TASK, { input: { title, dueAt } })).createTask.id as string;
}

beforeAll(async () => {
  db = await openTestDatabase();
  co = await makeCompany(db);
  const cLi = await makeCustomer(db, co.li.user, { name: '北京监督测试客户' });
  const cSun = await makeCustomer(db, co.sun.user);
  const cZhou = await makeCustomer(db, co.zhou.user, { name: '广州监督测试客户' });
  // li sits on zhou's customer team: her follow-up there is readable by chen (zhou's leader) but not by wang.
  await db.getRepository(CustomerTeamMember).insert({ customerId: cZhou.id, userId: co.li.user.id, canEdit: false });

  ids.liRecent = (await logFollowUp(co.li.as, 'customer', cLi.id, { occurredAt: ago(2), substantive: true, result: '确认预算三十万' })).id;
  ids.liOlder = (await logFollowUp(co.li.as, 'customer', cLi.id, { occurredAt: ago(3), substantive: false, result: '发送资料' })).id;
  ids.liOld = (await logFollowUp(co.li.as, 'customer', cLi.id, { occurredAt: ago(20), substantive: true, result: '初次拜访' })).id;
  ids.liOnZhou = (await logFollowUp(co.li.as, 'customer', cZhou.id, { occurredAt: ago(1), substantive: true, result: '协助周洋演示' })).id;
  ids.sun = (await logFollowUp(co.sun.as, 'customer', cSun.id, { occurredAt: ago(1), result: '电话回访' })).id;
  ids.zhou = (await logFollowUp(co.zhou.as, 'customer', cZhou.id, { occurredAt: ago(1), substantive: true, result: '报价' })).id;
  ids.wang = (await logFollowUp(co.wang.as, 'customer', cLi.id, { occurredAt: ago(4), result: '经理陪访' })).id;

  ids.liSoon = await task(co.li.as, '准备方案', new Date(now + 2 * DAY).toISOString());
  ids.liLate = await task(co.li.as, '补交报价单', ago(2));
  ids.liDone = await task(co.li.as, '整理名片', null);
  await ok(co.li.as, SET_STATUS, { id: ids.liDone, status: 'DONE' });
  ids.sunInbox = await task(co.sun.as, '学习产品手册', null);
  ids.zhouLate = await task(co.zhou.as, '催款', ago(1));

  ids.liWeekly = (await ok(co.li.as, CREATE_REPORT, { input: { kind: 'WEEKLY', content: '本周拜访三家客户' } })).createReport.id;
  ids.liOldDaily = (await ok(co.li.as, CREATE_REPORT, { input: { kind: 'DAILY', date: ago(30).slice(0, 10), content: '旧日报' } })).createReport.id;
  ids.zhouDaily = (await ok(co.zhou.as, CREATE_REPORT, { input: { kind: 'DAILY', content: '今日报价一家' } })).createReport.id;

  const noon = startOfCompanyDay(new Date(now)).getTime() + 12 * 3_600_000;
  ids.liEntry = (await ok(co.li.as, CREATE_ENTRY, { input: { title: '拜访北京监督测试客户', startAt: new Date(noon).toISOString(), endAt: new Date(noon + 3_600_000).toISOString() } })).createScheduleEntry.id;
});
afterAll(async () => closeTestDatabase(db));

describe('who a leader supervises', () => {
  test('a department manager: themselves and the people below; the menu flag is on', async () => {
    const data = await ok(co.wang.as, SCOPE);
    expect(data.me.supervisesOthers).toBe(true);
    expect(data.supervisionScope.supervisesOthers).toBe(true);
    expect(data.supervisionScope.people.map((p: { username: string }) => p.username).sort())
      .toEqual([co.wang.user.username, co.li.user.username, co.sun.user.username].sort());
    expect(data.supervisionScope.departments).toEqual([
      { id: String(co.north.id), name: '华北大区', parentId: null },
      { id: String(co.beijing.id), name: '北京组', parentId: String(co.north.id) },
    ]);
  });

  test('a salesperson and a finance clerk supervise nobody but themselves; the super administrator everyone', async () => {
    for (const who of [co.li, co.clerk]) {
      const data = await ok(who.as, SCOPE);
      expect(data.me.supervisesOthers).toBe(false);
      expect(data.supervisionScope.people.map((p: { username: string }) => p.username)).toEqual([who.user.username]);
    }
    const boss = await ok(co.boss.as, SCOPE);
    expect(boss.me.supervisesOthers).toBe(true);
    expect(boss.supervisionScope.people).toHaveLength(await db.getRepository(User).count());
  });
});

describe('the overview', () => {
  test("wang's rows: only his people, counted over what he may read (li's follow-up on zhou's customer is not his)", async () => {
    const data = await overview(co.wang.as);
    const rows = byName(data.nodes);
    expect(Object.keys(rows).sort()).toEqual([co.wang.user.username, co.li.user.username, co.sun.user.username].sort());
    expect(counts(rows[co.li.user.username])).toEqual([2, 1, 2, 1, 1]);
    expect(counts(rows[co.sun.user.username])).toEqual([1, 0, 1, 0, 0]);
    expect(counts(rows[co.wang.user.username])).toEqual([1, 0, 0, 0, 0]);
    expect(seconds(rows[co.li.user.username].lastFollowUpAt)).toBe(seconds(ago(2)));
    expect(data.totalCount).toBe(3);
    expect(data.totals).toEqual({ followUps: 4, substantiveFollowUps: 1, openTasks: 3, overdueTasks: 1, reports: 1 });
    // Most follow-ups first by default.
    expect(data.nodes[0].person.username).toBe(co.li.user.username);
  });

  test("chen reads li's follow-up on zhou's customer, yet li is no row of his — not even a zero one", async () => {
    const rows = byName((await overview(co.chen.as)).nodes);
    expect(Object.keys(rows).sort()).toEqual([co.chen.user.username, co.zhou.user.username].sort());
    expect(counts(rows[co.zhou.user.username])).toEqual([1, 1, 1, 1, 1]);
    const filtered = await overview(co.chen.as, { ...PERIOD, userId: String(co.li.user.id) });
    expect(filtered).toMatchObject({ totalCount: 0, nodes: [], totals: { followUps: 0, openTasks: 0, reports: 0 } });
  });

  test('the super administrator counts everything; without a period every follow-up counts', async () => {
    const rows = byName((await overview(co.boss.as, {})).nodes);
    expect(counts(rows[co.li.user.username])).toEqual([4, 3, 2, 1, 2]);
    expect(rows[co.clerk.user.username]).toBeDefined();
    expect(counts(rows[co.clerk.user.username])).toEqual([0, 0, 0, 0, 0]);
    expect(seconds(rows[co.li.user.username].lastFollowUpAt)).toBe(seconds(ago(1)));
  });

  test('a salesperson sees one row: herself, with everything of hers she may read', async () => {
    const data = await overview(co.li.as);
    expect(data.nodes.map((r: Row) => r.person.username)).toEqual([co.li.user.username]);
    // Her own follow-up on zhou's customer counts for her (she reads it through her team seat); wang's on hers does not.
    expect(counts(data.nodes[0])).toEqual([3, 2, 2, 1, 1]);
  });

  test('department and person filters narrow the rows, and never widen the scope', async () => {
    const beijing = byName((await overview(co.wang.as, { ...PERIOD, departmentId: String(co.beijing.id) })).nodes);
    expect(Object.keys(beijing).sort()).toEqual([co.li.user.username, co.sun.user.username].sort());
    const south = await overview(co.wang.as, { ...PERIOD, departmentId: String(co.south.id) });
    expect(south.totalCount).toBe(0);
    const root = await overview(co.wang.as, { ...PERIOD, departmentId: String(co.root.id) });
    expect(root.totalCount).toBe(3);
    const sun = await overview(co.wang.as, { ...PERIOD, userId: String(co.sun.user.id) });
    expect(sun.nodes.map((r: Row) => r.person.username)).toEqual([co.sun.user.username]);
    expect(sun.totals.followUps).toBe(1);
    expect((await overview(co.wang.as, { ...PERIOD, departmentId: '999999' })).totalCount).toBe(0);
  });

  test('ordering and pages: the totals cover every page', async () => {
    const page = await overview(co.wang.as, PERIOD, { orderBy: { field: 'OPEN_TASKS', direction: 'DESC' }, first: 2 });
    expect(page.nodes.map((r: Row) => r.person.username)).toEqual([co.li.user.username, co.sun.user.username]);
    expect(page.pageInfo.hasNextPage).toBe(true);
    expect(page.totals.followUps).toBe(4);
    const rest = await overview(co.wang.as, PERIOD, { orderBy: { field: 'OPEN_TASKS', direction: 'DESC' }, first: 2, offset: 2 });
    expect(rest.nodes.map((r: Row) => r.person.username)).toEqual([co.wang.user.username]);
    const byNameAsc = await overview(co.wang.as, PERIOD, { orderBy: { field: 'NAME', direction: 'ASC' } });
    expect(byNameAsc.totalCount).toBe(3);
    const byNameDesc = await overview(co.wang.as, PERIOD, { orderBy: { field: 'NAME', direction: 'DESC' } });
    expect(byNameDesc.nodes.map((r: Row) => r.person.username)).toEqual([...byNameAsc.nodes.map((r: Row) => r.person.username)].reverse());
  });

  test('the latest follow-up: the same on a page of one as on the whole list, and an order of its own', async () => {
    const all: Row[] = (await overview(co.wang.as, PERIOD)).nodes;
    const latest = Object.fromEntries(all.map((r) => [r.person.username, r.lastFollowUpAt]));
    for (let offset = 0; offset < all.length; offset++) {
      const [one] = (await overview(co.wang.as, PERIOD, { first: 1, offset })).nodes as Row[];
      expect(one.lastFollowUpAt).toBe(latest[one.person.username]);
    }
    const byLast: Row[] = (await overview(co.wang.as, PERIOD, { orderBy: { field: 'LAST_FOLLOW_UP', direction: 'DESC' } })).nodes;
    const times = byLast.map((r) => (r.lastFollowUpAt ? Date.parse(r.lastFollowUpAt) : -Infinity));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(byLast.map((r) => r.lastFollowUpAt)).toEqual(byLast.map((r) => latest[r.person.username]));
  });

  test('bad filters are BAD_USER_INPUT with the field; signed-out callers are refused', async () => {
    const reversed = await gql(co.wang.as, OVERVIEW, { filter: { from: ago(1), to: ago(3) } });
    expect(codeOf(reversed)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(reversed)).toEqual(['to']);
    const dept = await gql(co.wang.as, OVERVIEW, { filter: { departmentId: 'abc', userId: '-3' } });
    expect(fieldsOf(dept)).toEqual(['departmentId', 'userId']);
    expect(codeOf(await gql(co.wang.as, FOLLOW_UPS, { filter: { from: ago(1), to: ago(3) } }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await gql(co.wang.as, OVERVIEW, { first: 500 }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await gql(null, OVERVIEW))).toBe('UNAUTHENTICATED');
    expect(codeOf(await gql(null, NOW, { userId: String(co.li.user.id) }))).toBe('UNAUTHENTICATED');
  });
});

describe('the tabs add up to the overview', () => {
  test('follow-ups: the people in scope, readable ones, newest first; filters by person, substantive, keyword', async () => {
    const all = (await ok(co.wang.as, FOLLOW_UPS, { filter: PERIOD, first: 50 })).supervisedFollowUps;
    expect(all.totalCount).toBe(4);
    expect(all.nodes.map((f: { id: string }) => f.id)).toEqual([ids.sun, ids.liRecent, ids.liOlder, ids.wang]);
    const li = (await ok(co.wang.as, FOLLOW_UPS, { filter: { ...PERIOD, userId: String(co.li.user.id) } })).supervisedFollowUps;
    expect(li.totalCount).toBe(2);
    const substantive = (await ok(co.wang.as, FOLLOW_UPS, { filter: { ...PERIOD, substantive: true } })).supervisedFollowUps;
    expect(substantive.nodes.map((f: { id: string }) => f.id)).toEqual([ids.liRecent]);
    const keyword = (await ok(co.wang.as, FOLLOW_UPS, { filter: { keyword: '初次' } })).supervisedFollowUps;
    expect(keyword.nodes.map((f: { id: string }) => f.id)).toEqual([ids.liOld]);
    // chen may read li's follow-up on zhou's customer, but li is not his to supervise.
    const chen = (await ok(co.chen.as, FOLLOW_UPS, { filter: {} })).supervisedFollowUps;
    expect(chen.nodes.map((f: { id: string }) => f.id)).toEqual([ids.zhou]);
  });

  test('tasks: open (due first, undated last), overdue, done in the period, all created in the period', async () => {
    const open = (await ok(co.wang.as, TASKS, { filter: PERIOD })).supervisedTasks;
    expect(open.nodes.map((t: { id: string }) => t.id)).toEqual([ids.liLate, ids.liSoon, ids.sunInbox]);
    const overdue = (await ok(co.wang.as, TASKS, { filter: { state: 'OVERDUE' } })).supervisedTasks;
    expect(overdue.nodes.map((t: { id: string }) => t.id)).toEqual([ids.liLate]);
    const done = (await ok(co.wang.as, TASKS, { filter: { ...PERIOD, state: 'DONE' } })).supervisedTasks;
    expect(done.nodes.map((t: { id: string }) => t.id)).toEqual([ids.liDone]);
    const doneBefore = (await ok(co.wang.as, TASKS, { filter: { from: ago(30), to: ago(10), state: 'DONE' } })).supervisedTasks;
    expect(doneBefore.totalCount).toBe(0);
    const all = (await ok(co.wang.as, TASKS, { filter: { ...PERIOD, state: 'ALL', departmentId: String(co.beijing.id) } })).supervisedTasks;
    expect(all.totalCount).toBe(4);
    const chen = (await ok(co.chen.as, TASKS, { filter: { state: 'ALL' } })).supervisedTasks;
    expect(chen.nodes.map((t: { id: string }) => t.id)).toEqual([ids.zhouLate]);
  });

  test('reports: period overlapping the range, newest first', async () => {
    const inPeriod = (await ok(co.wang.as, REPORTS, { filter: PERIOD })).supervisedReports;
    expect(inPeriod.nodes.map((r: { id: string }) => r.id)).toEqual([ids.liWeekly]);
    const all = (await ok(co.wang.as, REPORTS, { filter: {} })).supervisedReports;
    expect(all.nodes.map((r: { id: string }) => r.id).sort()).toEqual([ids.liWeekly, ids.liOldDaily].sort());
    const daily = (await ok(co.wang.as, REPORTS, { filter: { kind: 'DAILY' } })).supervisedReports;
    expect(daily.nodes.map((r: { id: string }) => r.id)).toEqual([ids.liOldDaily]);
  });
});

describe("one person's now", () => {
  test("wang sees li's day: today's schedule, open tasks (overdue first), latest follow-ups and reports he may read", async () => {
    const now = (await ok(co.wang.as, NOW, { userId: String(co.li.user.id) })).personNow;
    expect(now.person).toEqual({ username: co.li.user.username, departmentName: '北京组' });
    expect(now.todaySchedule.map((e: { id: string }) => e.id)).toContain(ids.liEntry);
    expect(now.openTasks.map((t: { id: string }) => t.id)).toEqual([ids.liLate, ids.liSoon]);
    expect(now.openTasks[0].overdue).toBe(true);
    expect([now.openTaskCount, now.overdueTaskCount]).toEqual([2, 1]);
    expect(now.latestFollowUps.map((f: { id: string }) => f.id)).toEqual([ids.liRecent, ids.liOlder, ids.liOld]);
    expect(now.latestReports.map((r: { id: string }) => r.id).sort()).toEqual([ids.liWeekly, ids.liOldDaily].sort());
    const boss = (await ok(co.boss.as, NOW, { userId: String(co.li.user.id) })).personNow;
    expect(boss.latestFollowUps[0].id).toBe(ids.liOnZhou);
  });

  test('anyone outside the scope is NOT_FOUND, like someone who does not exist', async () => {
    for (const [as, target] of [[co.wang.as, co.zhou.user.id], [co.li.as, co.wang.user.id], [co.chen.as, co.li.user.id], [co.clerk.as, co.li.user.id]] as const) {
      const result = await gql(as, NOW, { userId: String(target) });
      expect(codeOf(result)).toBe('NOT_FOUND');
      expect(result.data).toBeNull();
    }
    expect(codeOf(await gql(co.wang.as, NOW, { userId: '999999' }))).toBe('NOT_FOUND');
    // Not an id at all: refused for its form before any lookup (graphql/limits/input-limits.ts).
    expect(codeOf(await gql(co.wang.as, NOW, { userId: 'abc' }))).toBe('BAD_USER_INPUT');
    expect((await ok(co.li.as, NOW, { userId: String(co.li.user.id) })).personNow.person.username).toBe(co.li.user.username);
  });
});

describe('reviewing', () => {
  test("wang comments (批示) on li's follow-up from the list: li sees it unread, the list counts it", async () => {
    await ok(co.wang.as, COMMENT_ON, { input: { targetType: 'followup', targetId: ids.liRecent, content: '预算确认后尽快出方案' } });
    const list = (await ok(co.wang.as, FOLLOW_UPS, { filter: { userId: String(co.li.user.id), ...PERIOD } })).supervisedFollowUps;
    expect(list.nodes.find((f: { id: string }) => f.id === ids.liRecent).commentCount).toBe(1);
    const mine = await ok(co.li.as, `query($id: ID!) { followUp(id: $id) { unreadCommentCount } unreadCommentCount }`, { id: ids.liRecent });
    expect(mine.followUp.unreadCommentCount).toBe(1);
    expect(mine.unreadCommentCount).toBe(1);
  });

  test('people who left drop out unless asked for; their records stay countable', async () => {
    await db.getRepository(User).update({ id: co.sun.user.id }, { status: UserStatus.DISABLED });
    try {
      expect(Object.keys(byName((await overview(co.wang.as)).nodes))).not.toContain(co.sun.user.username);
      expect((await ok(co.wang.as, FOLLOW_UPS, { filter: PERIOD })).supervisedFollowUps.totalCount).toBe(3);
      const all = byName((await overview(co.wang.as, { ...PERIOD, includeDisabled: true })).nodes);
      expect(all[co.sun.user.username]).toMatchObject({ followUps: 1, openTasks: 1, person: { status: 'DISABLED' } });
      expect((await ok(co.wang.as, FOLLOW_UPS, { filter: { ...PERIOD, includeDisabled: true } })).supervisedFollowUps.totalCount).toBe(4);
      expect((await ok(co.wang.as, NOW, { userId: String(co.sun.user.id) })).personNow.openTaskCount).toBe(1);
    } finally {
      await db.getRepository(User).update({ id: co.sun.user.id }, { status: UserStatus.ACTIVE });
    }
  });
});
