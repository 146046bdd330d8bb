// The dashboard through the API: 销售简报 figures and their previous period for a super administrator, a manager,
// a salesperson and the manager switched to a department or a person; company-time month boundaries; records
// outside the figures (pool, deleted, drafts, pending receivables, other people); every figure equal to its list
// filtered by the dashboard's ownerIds and period; bad periods, departments and people; the system administrator.
import { DataSource } from 'typeorm';
import { Customer } from '@/entities';
import { ContractStatus } from '@/entities/contract.entity';
import { ReceivableStatus } from '@/entities/receivable.entity';
import { closeTestDatabase, openTestDatabase } from '../support/database';
import { As, codeOf, gql, ok } from '../support/api';
import { Company, makeCompany } from './task-support';
import { actor, fieldsOf } from './followup-support';
import { BRIEF, DASHBOARD, at, contactAt, contractOn, customerAt, followUpAt, opportunityAt, receivableOn } from './insight-support';

let db: DataSource;
let co: Company;
let it: As;
const MARCH = { preset: 'CUSTOM', from: '2025-03-01', to: '2025-03-31' };

const brief = async (as: As, filter: Record<string, unknown> = MARCH) => (await ok(as, DASHBOARD, { filter })).dashboard;

beforeAll(async () => {
  db = await openTestDatabase();
  co = await makeCompany(db);
  it = (await actor(db, ['SYSTEM_ADMIN'], co.root)).as;
  const { li, sun, zhou } = co;
  // Customers: li has three in March (one just after midnight on the 1st, Shanghai time), one in February and one
  // just after March ends; sun one and zhou two in March; a pool customer and a deleted one never count.
  const liCustomers: Customer[] = [];
  for (const when of ['2025-03-01 00:30', '2025-03-10 10:00', '2025-03-31 23:30']) liCustomers.push(await customerAt(db, li.user, at(when)));
  await customerAt(db, li.user, at('2025-02-28 23:30'));
  await customerAt(db, li.user, at('2025-04-01 00:30'));
  const sunCustomer = await customerAt(db, sun.user, at('2025-03-05 09:00'));
  const zhouCustomer = await customerAt(db, zhou.user, at('2025-03-06 09:00'));
  await customerAt(db, zhou.user, at('2025-03-07 09:00'));
  await customerAt(db, null, at('2025-03-08 09:00'));
  await customerAt(db, li.user, at('2025-03-09 09:00'), { deletedAt: new Date() });

  await contactAt(db, liCustomers[0], li.user, at('2025-03-02 09:00'));
  await contactAt(db, liCustomers[1], li.user, at('2025-03-03 09:00'));
  await contactAt(db, zhouCustomer, zhou.user, at('2025-03-03 09:00'));
  await contactAt(db, liCustomers[1], null, at('2025-03-03 10:00'));

  await opportunityAt(db, liCustomers[0], li.user, at('2025-03-04 09:00'), { amount: '1000.50' });
  await opportunityAt(db, zhouCustomer, zhou.user, at('2025-03-04 09:00'), { amount: '300.00' });
  await opportunityAt(db, sunCustomer, sun.user, at('2025-02-20 09:00'), { amount: '70.00' });

  const liContract = await contractOn(db, liCustomers[0], li.user, '2025-03-10', '5000.00');
  await contractOn(db, liCustomers[1], li.user, '2025-03-11', '999.00', ContractStatus.DRAFT);
  await contractOn(db, sunCustomer, sun.user, '2025-02-15', '2000.00');
  await contractOn(db, zhouCustomer, zhou.user, '2025-03-20', '800.00');
  await receivableOn(db, liContract, '2025-03-15', '1500.00');
  await receivableOn(db, liContract, '2025-03-16', '100.00', ReceivableStatus.PENDING);
  await receivableOn(db, liContract, '2025-02-27', '250.00');

  await followUpAt(db, 'customer', liCustomers[0].id, li.user, at('2025-03-02 10:00'), true);
  await followUpAt(db, 'customer', liCustomers[1].id, li.user, at('2025-03-12 10:00'));
  await followUpAt(db, 'customer', sunCustomer.id, sun.user, at('2025-02-12 10:00'), true);
  await followUpAt(db, 'customer', zhouCustomer.id, zhou.user, at('2025-03-13 10:00'), true);
});
afterAll(async () => closeTestDatabase(db));

const figures = (n: Partial<Record<string, number | string>>) => ({
  newCustomers: 0, newContacts: 0, newOpportunities: 0, newOpportunityAmount: '0.00', newContracts: 0, contractAmount: '0.00',
  receivables: 0, receivableAmount: '0.00', followUps: 0, substantiveFollowUps: 0, ...n,
});

test('the period: a custom range in company time, the previous range of the same length, its months', async () => {
  const { period } = await brief(co.boss.as);
  expect(period).toMatchObject({ preset: 'CUSTOM', from: '2025-03-01', to: '2025-03-31', previousFrom: '2025-01-29', previousTo: '2025-02-28', months: ['2025-03'] });
  expect(new Date(period.start).toISOString()).toBe('2025-02-28T16:00:00.000Z');
  expect(new Date(period.end).toISOString()).toBe('2025-03-31T15:59:59.999Z');
  const week = (await brief(co.boss.as, { preset: 'THIS_WEEK' })).period;
  expect(new Date(`${week.from}T00:00:00Z`).getUTCDay()).toBe(1);
  expect(Date.parse(week.to) - Date.parse(week.from)).toBe(6 * 86_400_000);
});

test('the super administrator sees everyone: owned, live, approved records only, with the previous period', async () => {
  const d = await brief(co.boss.as);
  expect(d.selection).toEqual({ everyone: true, department: null, person: null });
  expect(d.brief.current).toEqual(figures({
    newCustomers: 6, newContacts: 3, newOpportunities: 2, newOpportunityAmount: '1300.50', newContracts: 2, contractAmount: '5800.00',
    receivables: 1, receivableAmount: '1500.00', followUps: 3, substantiveFollowUps: 2,
  }));
  expect(d.brief.previous).toEqual(figures({
    newCustomers: 1, newOpportunities: 1, newOpportunityAmount: '70.00', newContracts: 1, contractAmount: '2000.00',
    receivables: 1, receivableAmount: '250.00', followUps: 1, substantiveFollowUps: 1,
  }));
});

test("a manager sees his region; switched to a department or a person he sees theirs; a salesperson sees her own", async () => {
  const north = figures({ newCustomers: 4, newContacts: 2, newOpportunities: 1, newOpportunityAmount: '1000.50', newContracts: 1, contractAmount: '5000.00', receivables: 1, receivableAmount: '1500.00', followUps: 2, substantiveFollowUps: 1 });
  const liOnly = figures({ newCustomers: 3, newContacts: 2, newOpportunities: 1, newOpportunityAmount: '1000.50', newContracts: 1, contractAmount: '5000.00', receivables: 1, receivableAmount: '1500.00', followUps: 2, substantiveFollowUps: 1 });
  expect((await brief(co.wang.as)).brief.current).toEqual(north);
  const beijing = await brief(co.wang.as, { ...MARCH, departmentId: String(co.beijing.id) });
  expect(beijing.selection.department.name).toBe('北京组');
  expect(beijing.brief.current).toEqual(north);
  const li = await brief(co.wang.as, { ...MARCH, userId: String(co.li.user.id) });
  expect(li.selection.person.username).toBe(co.li.user.username);
  expect(li.brief.current).toEqual(liOnly);
  expect((await brief(co.li.as)).brief.current).toEqual(liOnly);
  expect((await brief(co.zhou.as)).brief.current).toEqual(figures({ newCustomers: 2, newContacts: 1, newOpportunities: 1, newOpportunityAmount: '300.00', newContracts: 1, contractAmount: '800.00', followUps: 1, substantiveFollowUps: 1 }));
});

test('every figure equals its list filtered by the ownerIds and the period of the dashboard', async () => {
  for (const [as, filter] of [[co.wang.as, MARCH], [co.boss.as, MARCH], [co.wang.as, { ...MARCH, userId: String(co.li.user.id) }], [co.li.as, { preset: 'THIS_YEAR' }]] as const) {
    const d = await brief(as, filter);
    const { start, end, from, to } = d.period;
    const ownerIds = d.ownerIds as string[];
    const lists = await ok(as, `query($ownerIds: [ID!], $start: DateTimeISO, $end: DateTimeISO, $from: String, $to: String) {
      customers(filter: { ownerIds: $ownerIds, createdFrom: $start, createdTo: $end, inPool: false }) { totalCount }
      contacts(filter: { ownerIds: $ownerIds, createdFrom: $start, createdTo: $end }) { totalCount }
      opportunities(filter: { ownerIds: $ownerIds, createdFrom: $start, createdTo: $end }) { totalCount }
      contracts(filter: { ownerIds: $ownerIds, statuses: [APPROVED], signFrom: $from, signTo: $to }) { totalCount }
      receivables(filter: { ownerIds: $ownerIds, status: APPROVED, receivedFrom: $from, receivedTo: $to }) { totalCount }
      followUps(filter: { authorIds: $ownerIds, from: $start, to: $end }) { totalCount }
      substantive: followUps(filter: { authorIds: $ownerIds, from: $start, to: $end, substantive: true }) { totalCount }
    }`, { ownerIds, start, end, from, to });
    const c = d.brief.current;
    expect([lists.customers, lists.contacts, lists.opportunities, lists.contracts, lists.receivables, lists.followUps, lists.substantive].map((l) => l.totalCount))
      .toEqual([c.newCustomers, c.newContacts, c.newOpportunities, c.newContracts, c.receivables, c.followUps, c.substantiveFollowUps]);
  }
});

test('bad input: a range ending before it starts, a department or person outside the scope, malformed ids', async () => {
  const bad = async (as: As, filter: Record<string, unknown>) => {
    const result = await gql(as, DASHBOARD, { filter });
    return [codeOf(result), fieldsOf(result)];
  };
  expect(await bad(co.wang.as, { preset: 'CUSTOM', from: '2025-03-31', to: '2025-03-01' })).toEqual(['BAD_USER_INPUT', ['to']]);
  expect(await bad(co.wang.as, { preset: 'CUSTOM', from: '2025-02-30', to: '2025-03-01' })).toEqual(['BAD_USER_INPUT', ['from']]);
  expect(await bad(co.wang.as, { preset: 'CUSTOM' })).toEqual(['BAD_USER_INPUT', ['from', 'to']]);
  expect(await bad(co.wang.as, { departmentId: String(co.south.id) })).toEqual(['BAD_USER_INPUT', ['departmentId']]);
  expect(await bad(co.wang.as, { departmentId: '987654' })).toEqual(['BAD_USER_INPUT', ['departmentId']]);
  expect(await bad(co.wang.as, { userId: String(co.zhou.user.id) })).toEqual(['BAD_USER_INPUT', ['userId']]);
  expect(await bad(co.li.as, { userId: String(co.sun.user.id) })).toEqual(['BAD_USER_INPUT', ['userId']]);
  expect(await bad(co.wang.as, { userId: 'abc' })).toEqual(['BAD_USER_INPUT', ['userId']]);
  expect(await bad(co.boss.as, { departmentId: String(co.south.id), userId: String(co.li.user.id) })).toEqual(['BAD_USER_INPUT', ['userId']]);
});

test('the switch offers the departments and people of the scope only', async () => {
  const scope = async (as: As) => (await ok(as, '{ insightScope { everyone people { username } departments { name parentId } } }')).insightScope;
  const wang = await scope(co.wang.as);
  expect(wang.everyone).toBe(false);
  expect(wang.people.map((p: { username: string }) => p.username).sort()).toEqual([co.li.user.username, co.sun.user.username, co.wang.user.username].sort());
  expect(wang.departments.map((d: { name: string }) => d.name)).toEqual(['华北大区', '北京组']);
  expect(wang.departments[0].parentId).toBeNull();
  expect((await scope(co.li.as)).people.map((p: { username: string }) => p.username)).toEqual([co.li.user.username]);
  expect((await scope(co.boss.as)).everyone).toBe(true);
});

test('the system administrator, who has no customer data, gets FORBIDDEN', async () => {
  expect(codeOf(await gql(it, DASHBOARD, { filter: MARCH }))).toBe('FORBIDDEN');
  expect(codeOf(await gql(it, '{ insightScope { everyone } }'))).toBe('FORBIDDEN');
  expect(codeOf(await gql(null, `{ dashboard { brief { current { ${BRIEF} } } } }`))).toBe('UNAUTHENTICATED');
});
