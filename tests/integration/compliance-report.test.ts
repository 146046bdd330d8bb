// Seed-002 compliance through the API: the frequency rule each customer falls under (core with a short-term deal
// weekly, other core fortnightly, high-growth monthly; direct customers), what counts as a contact (substantive
// follow-ups on the customer or its children, opportunity progress counted as a contact — only those the viewer may
// read), overdue and due-soon customers with their days, the level criteria (deal within 12 months, contact within 30
// days, the 11 fields), quotas and who is behind, per person and department; the settings (validation, permission,
// audit, effect); the monthly summary; bad input and the system administrator.
import { DataSource } from 'typeorm';
import { AuditLog, Contact, Customer, OpportunityProgress, User } from '@/entities';
import { CustomerLevel, CustomerType } from '@/entities/customer.entity';
import { OpportunityCategory } from '@/entities/opportunity.entity';
import { addDays, todayIn } from '@/lib/contract/dates';
import { closeTestDatabase, openTestDatabase } from '../support/database';
import { As, codeOf, gql, ok } from '../support/api';
import { makeContact } from '../support/factories';
import { Company, makeCompany } from './task-support';
import { actor, fieldsOf } from './followup-support';
import { customerAt, followUpAt, opportunityAt, stageBySort } from './insight-support';

let db: DataSource;
let co: Company;
let it: As;
const DAY = 86_400_000;
const ago = (days: number) => new Date(Date.now() - days * DAY);
const ids: Record<string, number> = {};

const FULL = {
  address: '北京市海淀区科学院南路2号', postcode: '100080', region: '华北', industry: '制造业', source: '老客户介绍', profile: '专业设备制造商，员工约300人',
  contactName: '张宏', contactPosition: '主任', mobile: '13800138000', phone: '010-62510000',
};

async function customer(owner: User, key: string, level: CustomerLevel, createdDaysAgo: number, extra: Partial<Customer> = {}) {
  const c = await customerAt(db, owner, ago(createdDaysAgo), { name: `合规测试${key}有限公司`, level, type: CustomerType.DIRECT, ...FULL, ...extra });
  ids[key] = c.id;
  return c;
}

const REPORT = `query($filter: ComplianceFilter) { complianceReport(filter: $filter) {
  rules { minCore minHighGrowth coreShortDays reminderDays requiredFields }
  totals { people behind customers core highGrowth overdue dueSoon criteria }
  people { person { username } behind customers core highGrowth overdue dueSoon criteria }
  departments { department { name } people behind overdue }
} }`;
const CUSTOMERS = `query($filter: ComplianceFilter, $state: ComplianceState) { complianceCustomers(filter: $filter, state: $state, first: 50) {
  totalCount nodes { id name rule intervalDays lastContactAt dueAt overdueDays problems missingFields owner { username } } } }`;

type Row = { person: { username: string }; behind: boolean; customers: number; core: number; highGrowth: number; overdue: number; dueSoon: number; criteria: number };
const report = async (as: As, filter: Record<string, unknown> = {}) => (await ok(as, REPORT, { filter })).complianceReport;
const person = (rows: Row[], username: string) => rows.find((r) => r.person.username === username)!;
const customers = async (as: As, state: string, filter: Record<string, unknown> = {}) => (await ok(as, CUSTOMERS, { filter, state })).complianceCustomers;

beforeAll(async () => {
  db = await openTestDatabase();
  co = await makeCompany(db);
  it = (await actor(db, ['SYSTEM_ADMIN'], co.root)).as;
  const li = co.li.user;
  const today = todayIn();
  const short = await stageBySort(db, 3);
  const mid = await stageBySort(db, 2);
  // A: core with a short-term deal, contacted 3 days ago — weekly, due in 4 days.
  const a = await customer(li, 'A', CustomerLevel.CORE, 90);
  await opportunityAt(db, a, li, ago(60), { category: OpportunityCategory.SHORT_TERM, stageId: short.id, expectedCloseDate: addDays(today, 60) });
  await followUpAt(db, 'customer', a.id, li, ago(3), true);
  // B: core with a mid-term deal, contacted 20 days ago — fortnightly, 6 days overdue.
  const b = await customer(li, 'B', CustomerLevel.CORE, 90);
  await opportunityAt(db, b, li, ago(60), { category: OpportunityCategory.MID_TERM, stageId: mid.id, expectedCloseDate: addDays(today, 180) });
  await followUpAt(db, 'customer', b.id, li, ago(20), true);
  await followUpAt(db, 'customer', b.id, li, ago(1), false);
  // C: core without a deal (NO_DEAL); its last contact a progress record 13 days ago — due in a day.
  const c = await customer(li, 'C', CustomerLevel.CORE, 90);
  const lost = await opportunityAt(db, c, li, ago(60), { category: OpportunityCategory.LOST, stageId: (await stageBySort(db, 0)).id, lostReason: '预算取消' });
  const progress = await db.getRepository(OpportunityProgress).save(db.getRepository(OpportunityProgress).create({ opportunityId: lost.id, content: '电话沟通预算', countsAsContact: true, authorId: li.id }));
  await db.getRepository(OpportunityProgress).update({ id: progress.id }, { createdAt: ago(13) });
  // D: high-growth, contacted through its contact 40 days ago — 10 days overdue, NO_RECENT_CONTACT.
  const d = await customer(li, 'D', CustomerLevel.HIGH_GROWTH, 90);
  const dContact = await makeContact(db, d as Customer);
  await followUpAt(db, 'contact', dContact.id, li, ago(40), true);
  // E: high-growth, only a non-substantive call; created 10 days ago — due in 20 days, NO_RECENT_CONTACT.
  const e = await customer(li, 'E', CustomerLevel.HIGH_GROWTH, 10);
  await followUpAt(db, 'customer', e.id, li, ago(1), false);
  // F: normal, without address and postcode — MISSING_FIELDS, no frequency rule.
  await customer(li, 'F', CustomerLevel.NORMAL, 30, { address: null, postcode: '' });
  // G: a high-growth distributor contacted 5 days ago: no frequency rule for distributors.
  const g = await customer(li, 'G', CustomerLevel.HIGH_GROWTH, 90, { type: CustomerType.DISTRIBUTOR });
  await followUpAt(db, 'customer', g.id, li, ago(5), true);
  // H: high-growth, created 50 days ago; its only contact is on a contact zhou owns, which neither li nor wang may
  // read: for them it was never contacted (20 days overdue); for the super administrator it was, yesterday.
  const h = await customer(li, 'H', CustomerLevel.HIGH_GROWTH, 50);
  const hidden = await makeContact(db, h as Customer, { ownerId: co.zhou.user.id });
  await followUpAt(db, 'contact', hidden.id, co.zhou.user, ago(1), true);
  // zhou, in another region, has one overdue core customer.
  const z = await customer(co.zhou.user, 'Z', CustomerLevel.CORE, 90);
  await followUpAt(db, 'customer', z.id, co.zhou.user, ago(30), true);
  await db.getRepository(Contact).update({ id: dContact.id }, { ownerId: li.id });
});
afterAll(async () => closeTestDatabase(db));

test('each customer: its rule, last contact, due time and overdue days, most overdue first', async () => {
  const overdue = await customers(co.wang.as, 'OVERDUE');
  expect(overdue.nodes.map((n: { name: string }) => n.name)).toEqual(['合规测试H有限公司', '合规测试D有限公司', '合规测试B有限公司']);
  const byName = Object.fromEntries(overdue.nodes.map((n: { name: string }) => [n.name.slice(4, 5), n]));
  expect(byName.H).toMatchObject({ rule: 'HIGH_GROWTH', intervalDays: 30, overdueDays: 20, lastContactAt: null, owner: { username: co.li.user.username } });
  expect(byName.D).toMatchObject({ rule: 'HIGH_GROWTH', overdueDays: 10, problems: ['NO_RECENT_CONTACT'] });
  expect(Math.round((Date.now() - Date.parse(byName.D.lastContactAt)) / DAY)).toBe(40);
  expect(byName.B).toMatchObject({ rule: 'CORE_MID', intervalDays: 14, overdueDays: 6, problems: [] });
  const soon = await customers(co.wang.as, 'DUE_SOON');
  expect(soon.nodes.map((n: { name: string }) => n.name)).toEqual(['合规测试C有限公司']);
  expect(soon.nodes[0]).toMatchObject({ rule: 'CORE_MID', overdueDays: null, problems: ['NO_DEAL'] });
  expect(Math.round((Date.parse(soon.nodes[0].dueAt) - Date.now()) / DAY)).toBe(1);
  const tracked = await customers(co.li.as, 'TRACKED');
  const a = tracked.nodes.find((n: { name: string }) => n.name === '合规测试A有限公司');
  expect(a).toMatchObject({ rule: 'CORE_SHORT', intervalDays: 7, overdueDays: null, problems: [] });
  expect(Math.round((Date.parse(a.dueAt) - Date.now()) / DAY)).toBe(4);
  expect(tracked.nodes.map((n: { name: string }) => n.name)).not.toContain('合规测试G有限公司');
});

test('the level criteria: a deal within 12 months for core, a contact within 30 days for high-growth, the 11 fields', async () => {
  const criteria = await customers(co.li.as, 'CRITERIA');
  const byName = Object.fromEntries(criteria.nodes.map((n: { name: string; problems: string[]; missingFields: string[] }) => [n.name.slice(4, 5), [n.problems, n.missingFields]]));
  expect(byName).toEqual({
    C: [['NO_DEAL'], []], D: [['NO_RECENT_CONTACT'], []], E: [['NO_RECENT_CONTACT'], []], H: [['NO_RECENT_CONTACT'], []], F: [['MISSING_FIELDS'], ['ADDRESS', 'POSTCODE']],
  });
});

test('a contact on a record the viewer may not read does not count for them', async () => {
  const boss = await customers(co.boss.as, 'OVERDUE');
  expect(boss.nodes.map((n: { name: string }) => n.name)).toEqual(['合规测试Z有限公司', '合规测试D有限公司', '合规测试B有限公司']);
  const zhou = await customers(co.zhou.as, 'ALL');
  expect(zhou.nodes.map((n: { name: string }) => n.name)).toEqual(['合规测试Z有限公司']);
});

test('per person and department: quotas, overdue, due soon, criteria, who is behind', async () => {
  const wang = await report(co.wang.as);
  expect(wang.rules).toMatchObject({ minCore: 10, minHighGrowth: 20, coreShortDays: 7, reminderDays: 2 });
  expect(wang.rules.requiredFields).toHaveLength(11);
  expect(person(wang.people, co.li.user.username)).toEqual({
    person: { username: co.li.user.username }, behind: true, customers: 8, core: 3, highGrowth: 3, overdue: 3, dueSoon: 1, criteria: 5,
  });
  expect(person(wang.people, co.sun.user.username)).toMatchObject({ behind: false, customers: 0 });
  expect(wang.people[0].person.username).toBe(co.li.user.username);
  expect(wang.people.map((r: Row) => r.person.username)).not.toContain(co.zhou.user.username);
  expect(wang.totals).toEqual({ people: 3, behind: 1, customers: 8, core: 3, highGrowth: 3, overdue: 3, dueSoon: 1, criteria: 5 });
  expect(wang.departments).toEqual([{ department: { name: '北京组' }, people: 2, behind: 1, overdue: 3 }]);
  const beijing = await report(co.wang.as, { departmentId: String(co.beijing.id) });
  expect(beijing.totals.people).toBe(2);
  const li = await report(co.wang.as, { userId: String(co.li.user.id) });
  expect(li.people).toHaveLength(1);
  expect(li.departments).toEqual([]);
  const boss = await report(co.boss.as);
  expect(person(boss.people, co.li.user.username)).toMatchObject({ overdue: 2, criteria: 4 });
  expect(person(boss.people, co.zhou.user.username)).toMatchObject({ overdue: 1, behind: true });
});

test('the settings: validated, only for system:settings, audited, and they change the report', async () => {
  const SET = `mutation($input: UpdateComplianceRulesInput!) { updateComplianceRules(input: $input) { minCore minHighGrowth coreMidDays requiredFields } }`;
  expect(codeOf(await gql(co.wang.as, SET, { input: { minCore: 1 } }))).toBe('FORBIDDEN');
  const bad = await gql(co.boss.as, SET, { input: { minCore: -1, coreMidDays: 0 } });
  expect([codeOf(bad), fieldsOf(bad)]).toEqual(['BAD_USER_INPUT', ['coreMidDays', 'minCore']]);
  const changed = (await ok(co.boss.as, SET, { input: { minCore: 3, minHighGrowth: 3, coreMidDays: 21, requiredFields: ['NAME', 'PHONE'] } })).updateComplianceRules;
  expect(changed).toEqual({ minCore: 3, minHighGrowth: 3, coreMidDays: 21, requiredFields: ['NAME', 'PHONE'] });
  const audited = await db.getRepository(AuditLog).findBy({ entityType: 'compliance_settings' });
  expect(audited).toHaveLength(1);
  expect(audited[0].changes).toMatchObject({ minCore: [10, 3], coreMidDays: [14, 21] });
  // B is no longer overdue (20 of 21 days: due soon), F no longer misses fields; li holds her quotas but H and D are overdue.
  const li = person((await report(co.li.as)).people, co.li.user.username);
  expect(li).toMatchObject({ behind: true, overdue: 2, criteria: 4 });
  expect((await customers(co.li.as, 'DUE_SOON')).nodes.map((n: { name: string }) => n.name)).toEqual(['合规测试B有限公司']);
  await ok(co.boss.as, SET, { input: { minCore: 10, minHighGrowth: 20, coreMidDays: 14, requiredFields: ['NAME', 'ADDRESS', 'POSTCODE', 'REGION', 'INDUSTRY', 'TYPE', 'SOURCE', 'PROFILE', 'CONTACT_NAME', 'CONTACT_POSITION', 'PHONE'] } });
});

test('the monthly summary: the month’s activity per person beside the rulebook now', async () => {
  const month = todayIn().slice(0, 7);
  const result = (await ok(co.wang.as, `query($month: String!) { complianceMonthly(month: $month) { month rules { minCore }
    rows { person { username } followUps substantive newCustomers contractAmount core overdue behind } } }`, { month })).complianceMonthly;
  expect(result.month).toBe(month);
  const li = result.rows.find((r: Row) => r.person.username === co.li.user.username);
  const brief = (await ok(co.wang.as, `query($filter: InsightFilter) { dashboard(filter: $filter) { brief { current { followUps substantiveFollowUps newCustomers } } } }`,
    { filter: { preset: 'CUSTOM', from: `${month}-01`, to: todayIn(), userId: String(co.li.user.id) } })).dashboard.brief.current;
  expect([li.followUps, li.substantive, li.newCustomers]).toEqual([brief.followUps, brief.substantiveFollowUps, brief.newCustomers]);
  expect(li).toMatchObject({ core: 3, overdue: 3, behind: true, contractAmount: '0.00' });
  const bad = await gql(co.wang.as, 'query { complianceMonthly(month: "2026-13") { month } }');
  expect([codeOf(bad), fieldsOf(bad)]).toEqual(['BAD_USER_INPUT', ['month']]);
});

test('bad input and access: departments and people outside the scope, the system administrator', async () => {
  const outside = await gql(co.wang.as, REPORT, { filter: { departmentId: String(co.south.id) } });
  expect([codeOf(outside), fieldsOf(outside)]).toEqual(['BAD_USER_INPUT', ['departmentId']]);
  const stranger = await gql(co.li.as, CUSTOMERS, { filter: { userId: String(co.sun.user.id) }, state: 'ALL' });
  expect([codeOf(stranger), fieldsOf(stranger)]).toEqual(['BAD_USER_INPUT', ['userId']]);
  expect(codeOf(await gql(it, REPORT, {}))).toBe('FORBIDDEN');
  expect(codeOf(await gql(it, CUSTOMERS, { state: 'ALL' }))).toBe('FORBIDDEN');
});
