// The demo company (issue 2, item 8, grown by the pipeline and activity issues): its organisation, logins,
// customers per owner and in the pool, every module populated, seeding twice is a no-op, and what a
// salesperson and a manager see through the API follows their scopes.
import { DataSource, IsNull, Not } from 'typeorm';
import {
  Comment, Contact, Contract, Customer, Department, FollowUp, Lead, Opportunity, Receivable, Report, Role, ScheduleEntry, Task, User, UserRole,
} from '@/entities';
import { ContractStatus } from '@/entities/contract.entity';
import { OpportunityCategory } from '@/entities/opportunity.entity';
import { UserStatus } from '@/entities/user.entity';
import { verifyPassword } from '@/lib/auth/password';
import { DEMO_PASSWORD, seedDemo } from '@/lib/demo/seed';
import { codeOf, gql, ok, tokenFor } from '../support/api';
import { closeTestDatabase, openTestDatabase } from '../support/database';

let db: DataSource;
const user = (username: string) => db.getRepository(User).findOneByOrFail({ username });

beforeAll(async () => {
  db = await openTestDatabase();
  expect((await seedDemo(db)).seeded).toBe(true);
}, 300_000);
afterAll(async () => closeTestDatabase(db));

test('the department tree: 总公司 with 华北大区 (北京组, 天津组), 华南大区 (广州组) and 行政部, each region headed by its manager', async () => {
  const departments = await db.getRepository(Department).find();
  const byName = new Map(departments.map((d) => [d.name, d]));
  const parentOf = (name: string) => departments.find((d) => d.id === byName.get(name)!.parentId)?.name ?? null;
  expect(parentOf('总公司')).toBeNull();
  expect(Object.fromEntries(['华北大区', '华南大区', '行政部', '北京组', '天津组', '广州组'].map((n) => [n, parentOf(n)]))).toEqual({
    华北大区: '总公司', 华南大区: '总公司', 行政部: '总公司', 北京组: '华北大区', 天津组: '华北大区', 广州组: '华南大区',
  });
  expect(byName.get('华北大区')!.headId).toBe((await user('wang')).id);
  expect(byName.get('华南大区')!.headId).toBe((await user('chen')).id);
});

test('every demo login is active, signs in with the demo password and has its role', async () => {
  const expected: Record<string, string> = {
    admin: 'SUPER_ADMIN', it: 'SYSTEM_ADMIN', wang: 'DEPT_MANAGER', chen: 'DEPT_MANAGER', li: 'SALES', sun: 'SALES', zhao: 'SALES', zhou: 'SALES',
  };
  const roles = new Map((await db.getRepository(Role).find()).map((r) => [r.id, r.code]));
  for (const [username, role] of Object.entries(expected)) {
    const u = await user(username);
    expect(u.status).toBe(UserStatus.ACTIVE);
    expect(u.mustChangePassword).toBe(false);
    expect(await verifyPassword(DEMO_PASSWORD, u.passwordHash)).toBe(true);
    const held = (await db.getRepository(UserRole).findBy({ userId: u.id })).map((r) => roles.get(r.roleId));
    expect(held).toContain(role);
  }
});

test('at least 15 customers with contacts per owner, and at least 10 in the public pool', async () => {
  for (const username of ['wang', 'chen', 'li', 'sun', 'zhao', 'zhou']) {
    const owned = await db.getRepository(Customer).findBy({ ownerId: (await user(username)).id, deletedAt: IsNull() });
    expect(owned.length).toBeGreaterThanOrEqual(15);
    for (const c of owned) expect(await db.getRepository(Contact).countBy({ customerId: c.id })).toBeGreaterThan(0);
  }
  expect(await db.getRepository(Customer).countBy({ ownerId: IsNull(), deletedAt: IsNull() })).toBeGreaterThanOrEqual(10);
});

test('the pipeline and activity modules are populated: leads, opportunities in every category, contracts in every status, receivables, follow-ups, tasks, schedule, reports, comments', async () => {
  expect(await db.getRepository(Lead).count()).toBeGreaterThan(0);
  for (const category of Object.values(OpportunityCategory)) expect(await db.getRepository(Opportunity).countBy({ category })).toBeGreaterThan(0);
  for (const status of Object.values(ContractStatus)) expect(await db.getRepository(Contract).countBy({ status })).toBeGreaterThan(0);
  for (const entity of [Receivable, FollowUp, Task, ScheduleEntry, Report, Comment]) expect(await db.getRepository(entity).count()).toBeGreaterThan(0);
});

test('every approval flow has a decider for every submitter: a receivable 钱芳 (the only 财务) records goes to the fallback approver', async () => {
  const flows = await ok(await tokenFor(db, await db.getRepository(User).findOneByOrFail({ username: 'admin' })), '{ approvalFlows { documentType enabled fallbackUserId warnings { stepName covered } } }');
  const receivable = flows.approvalFlows.find((f: { documentType: string }) => f.documentType === 'RECEIVABLE');
  expect(receivable.fallbackUserId).toBe(String((await db.getRepository(User).findOneByOrFail({ username: 'admin' })).id));
  // The settings page warns of no step that could be left without a decider.
  for (const flow of flows.approvalFlows.filter((f: { enabled: boolean }) => f.enabled)) {
    for (const warning of flow.warnings) expect({ type: flow.documentType, ...warning }).toEqual({ type: flow.documentType, stepName: warning.stepName, covered: true });
  }
});

test('follow-ups happened in office hours in China and their next contact is ahead, in office hours', async () => {
  const hourInChina = (d: Date) => (d.getUTCHours() + 8) % 24;
  const followUps = await db.getRepository(FollowUp).find();
  for (const f of followUps) {
    expect(f.occurredAt.getTime()).toBeLessThan(Date.now());
    expect(hourInChina(f.occurredAt)).toBeGreaterThanOrEqual(9);
    expect(hourInChina(f.occurredAt)).toBeLessThan(18);
  }
  const planned = await db.getRepository(FollowUp).findBy({ nextContactAt: Not(IsNull()) });
  expect(planned.length).toBeGreaterThan(0);
  for (const f of planned) {
    expect(f.nextContactAt!.getTime()).toBeGreaterThan(Date.now());
    expect(hourInChina(f.nextContactAt!)).toBeGreaterThanOrEqual(9);
    expect(hourInChina(f.nextContactAt!)).toBeLessThan(18);
  }
});

test('li sees her own customers only; wang sees those of his region; it (system administrator) has no customer data at all', async () => {
  const query = '{ customers(first: 1, filter: { inPool: false }) { totalCount } }';
  const ownedBy = async (usernames: string[]) => {
    let n = 0;
    for (const u of usernames) n += await db.getRepository(Customer).countBy({ ownerId: (await user(u)).id, deletedAt: IsNull() });
    return n;
  };
  const total = async (username: string) => (await ok(await tokenFor(db, await user(username)), query)).customers.totalCount;
  expect(await total('li')).toBe(await ownedBy(['li']));
  expect(await total('wang')).toBe(await ownedBy(['wang', 'li', 'sun', 'zhao']));
  expect(codeOf(await gql(await tokenFor(db, await user('it')), query))).toBe('FORBIDDEN');
});

test('the dashboard has targets and the compliance report shows li on track and others behind; zhao was reminded', async () => {
  const wang = await tokenFor(db, await user('wang'));
  const kpi = (await ok(wang, '{ dashboard(filter: { preset: THIS_YEAR }) { kpi { figures { metric target } } } }')).dashboard.kpi.figures;
  // 华北大区: its members' monthly targets (wang 150 000, li 120 000, sun 100 000, zhao 80 000) for nine months, its own 500 000 for the last three.
  expect(kpi.find((f: { metric: string }) => f.metric === 'CONTRACT_AMOUNT').target).toBe('5550000.00');
  expect(kpi.every((f: { target: string | null }) => f.target !== null)).toBe(true);
  const report = (await ok(wang, '{ complianceReport { rules { minCore minHighGrowth } people { person { username } behind overdue core highGrowth } } }')).complianceReport;
  expect(report.rules).toEqual({ minCore: 3, minHighGrowth: 3 });
  const li = report.people.find((p: { person: { username: string } }) => p.person.username === 'li');
  expect(li).toMatchObject({ behind: false, overdue: 0 });
  expect(li.core).toBeGreaterThanOrEqual(3);
  expect(report.people.some((p: { behind: boolean }) => p.behind)).toBe(true);
  const zhao = await tokenFor(db, await user('zhao'));
  const bell = (await ok(zhao, '{ notifications(first: 50) { nodes { kind } } }')).notifications.nodes;
  expect(bell.filter((n: { kind: string }) => n.kind === 'compliance.due')).toHaveLength(1);
});

test('seeding again changes nothing', async () => {
  const before = await db.getRepository(Customer).count();
  expect(await seedDemo(db)).toEqual({ seeded: false, customers: 0 });
  expect(await db.getRepository(Customer).count()).toBe(before);
});
