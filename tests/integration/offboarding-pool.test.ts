// offboardUser releasing the customers to the public pool: they wait in the leaver's home pool with reason
// OFFBOARDING, the leaver's contacts under them go along; other records go to a successor if given, else stay.
import { DataSource } from 'typeorm';
import { AuditLog, Customer, CustomerPoolHistory, Pool, PoolMember } from '@/entities';
import { PoolMemberKind } from '@/entities/pool-member.entity';
import { closeTestDatabase, openTestDatabase } from '../support/database';
import { ok, tokenFor } from '../support/api';
import { makeUser, roleByCode } from '../support/factories';
import { POOL_CUSTOMERS } from './pool-support';
import { OffboardingCompany, Person, offboard, offboardingCompany, ownersOf, portfolio } from './offboarding-support';

let db: DataSource;
let c: OffboardingCompany;
let defaultPool: Pool;

beforeAll(async () => {
  db = await openTestDatabase();
  c = await offboardingCompany(db);
  defaultPool = await db.getRepository(Pool).findOneByOrFail({ isDefault: true });
});
afterAll(async () => closeTestDatabase(db));

async function seller(name: string, department = c.north): Promise<Person> {
  const user = await makeUser(db, department, [await roleByCode(db, 'SALES')], { name });
  return { user, as: await tokenFor(db, user) };
}

test('released customers appear in the pool with reason OFFBOARDING; without a successor the other records stay', async () => {
  const leaver = await seller('去公海的业务员');
  const p = await portfolio(db, leaver.user, c.zhou.user);
  // A lock says "keep" to the recycle job; offboarding releases locked customers too (nobody is left to keep them).
  await db.getRepository(Customer).update({ id: p.customers[1].id }, { locked: true });
  const result = (await offboard(c.admin.as, { userId: String(leaver.user.id), releaseCustomersToPool: true })).offboardUser;
  expect(result).toMatchObject({ user: { status: 'DISABLED' }, successor: null, customersReleased: 2 });
  expect(result.transferred.total).toBe(0);
  expect(result.kept).toEqual({ customers: 0, contacts: 1, opportunities: 2, contracts: 2, leads: 1, openTasks: 2, total: 8 });

  // A colleague who belongs to the default pool (every department) finds them there.
  const listed = (await ok(c.sun.as, POOL_CUSTOMERS, { poolId: String(defaultPool.id), first: 50 })).poolCustomers.nodes;
  for (const customer of p.customers) {
    const row = listed.find((n: { id: string }) => n.id === String(customer.id));
    expect(row).toMatchObject({ poolReason: 'OFFBOARDING', poolNote: '去公海的业务员 离职', previousOwner: { id: String(leaver.user.id) }, pool: { id: String(defaultPool.id) } });
  }
  const l = leaver.user.id;
  expect(await ownersOf(db, p)).toEqual({
    customers: [null, null, l], contacts: [null, null, l, c.zhou.user.id], opportunities: [l, l], contracts: [l, l], leads: [l, l], tasks: [l, l, l],
  });
  const history = await db.getRepository(CustomerPoolHistory).findBy({ fromOwnerId: l });
  expect(history.map((h) => [h.customerId, h.event, h.reason, h.actorId]).sort()).toEqual(p.customers.map((x) => [x.id, 'ENTER', 'OFFBOARDING', c.admin.user.id]).sort());
  for (const customer of p.customers) expect(await db.getRepository(AuditLog).countBy({ entityType: 'customer', entityId: customer.id, action: 'pool.release' })).toBe(1);
  const summary = await db.getRepository(AuditLog).findOneByOrFail({ entityType: 'user', entityId: l, action: 'offboard' });
  expect(summary.changes).toMatchObject({ successorId: null, releaseCustomersToPool: true, customersReleased: 2, kept: { opportunities: 2 } });

  // Anyone in the pool may now claim them.
  const claimed = (await ok(c.sun.as, 'mutation($ids: [ID!]!) { claimCustomers(ids: $ids) { id ownerId } }', { ids: [String(p.customers[0].id)] })).claimCustomers;
  expect(claimed).toEqual([{ id: String(p.customers[0].id), ownerId: String(c.sun.user.id) }]);
});

test('with a successor as well, customers go to the pool and everything else to the successor', async () => {
  const leaver = await seller('一半去公海的业务员');
  const p = await portfolio(db, leaver.user, c.zhou.user);
  const result = (await offboard(c.admin.as, { userId: String(leaver.user.id), successorId: String(c.sun.user.id), releaseCustomersToPool: true })).offboardUser;
  expect(result.customersReleased).toBe(2);
  expect(result.transferred).toEqual({ customers: 0, contacts: 1, opportunities: 2, contracts: 2, leads: 1, openTasks: 2, total: 8 });
  expect(result.kept.total).toBe(0);
  const s = c.sun.user.id;
  const l = leaver.user.id;
  expect(await ownersOf(db, p)).toEqual({
    customers: [null, null, l], contacts: [null, null, s, c.zhou.user.id], opportunities: [s, s], contracts: [s, s], leads: [s, l], tasks: [s, s, l],
  });
  // The successor keeps working the opportunities of customers now in the pool.
  expect((await ok(c.sun.as, 'query($id: ID!) { opportunity(id: $id) { id } }', { id: String(p.opportunities[0].id) })).opportunity).toEqual({ id: String(p.opportunities[0].id) });
});

test("customers go to the leaver's own home pool when their department has one", async () => {
  const southPool = await db.getRepository(Pool).save({ name: '华南公海', isDefault: false, recycleEnabled: false, exemptDealCustomers: true, exemptOpenOpportunities: true, warnDays: 3 });
  await db.getRepository(PoolMember).insert({ poolId: southPool.id, kind: PoolMemberKind.DEPARTMENT, memberId: c.south.id, includeChildren: true });
  const leaver = await seller('华南离职业务员', c.south);
  const p = await portfolio(db, leaver.user, c.zhou.user);
  await offboard(c.admin.as, { userId: String(leaver.user.id), releaseCustomersToPool: true });
  for (const customer of p.customers) expect((await db.getRepository(Customer).findOneByOrFail({ id: customer.id })).poolId).toBe(southPool.id);
});
