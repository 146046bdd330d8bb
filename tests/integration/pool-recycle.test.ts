// The recycle job: customers past their pool's rule go back to the pool (reason, history, audit, notice to
// the former owner), owners are warned K days before (once), the exemptions hold, and two runs at the same
// moment (two DataSources on MariaDB) recycle each customer exactly once.
import { DataSource, In } from 'typeorm';
import { AuditLog, Contact, Customer, CustomerPoolHistory, Notification, Pool, PoolRule } from '@/entities';
import { CustomerLevel, DealStatus } from '@/entities/customer.entity';
import { PoolEvent } from '@/entities/customer-pool-history.entity';
import { PoolReason } from '@/entities/pool.entity';
import { openDataSource } from '@/lib/db/data-source';
import { runPoolRecycle } from '@/lib/jobs/pool-recycle';
import { relatedChecks } from '@/lib/pool/pool-related';
import { closeTestDatabase, onMysql, openTestDatabase } from '../support/database';
import { ok } from '../support/api';
import { makeContact, makeCustomer } from '../support/factories';
import { PoolCompany, historyOf, poolCompany } from './pool-support';

let db: DataSource;
let co: PoolCompany;
beforeAll(async () => { db = await openTestDatabase(); });
afterAll(async () => closeTestDatabase(db));

const DAY = 86_400_000;
const ago = (days: number) => new Date(Date.now() - days * DAY);

/** Switches recycling on for a pool: NORMAL customers 30 days without follow-up, 90 without a deal. */
async function enable(pool: Pool, patch: Partial<Pool> = {}, rule: Partial<PoolRule> = {}) {
  await db.getRepository(Pool).update({ id: pool.id }, { recycleEnabled: true, warnDays: 3, exemptDealCustomers: true, exemptOpenOpportunities: true, ...patch });
  await db.getRepository(PoolRule).delete({ poolId: pool.id });
  await db.getRepository(PoolRule).insert([
    { poolId: pool.id, level: CustomerLevel.NORMAL, noFollowUpDays: 30, noOpportunityDays: null, noDealDays: 90, ...rule },
    { poolId: pool.id, level: CustomerLevel.CORE, noFollowUpDays: null, noOpportunityDays: null, noDealDays: null },
  ]);
}

/** Each test starts with recycling off everywhere, and earlier tests' customers locked so they stay put. */
async function disableAll() {
  await db.createQueryBuilder().update(Pool).set({ recycleEnabled: false }).execute();
  await db.createQueryBuilder().update(Customer).set({ locked: true }).execute();
}

beforeEach(async () => {
  await disableAll();
  co = await poolCompany(db);
});

/** A NORMAL customer of `owner`, created `createdDaysAgo` days ago, last followed up `followUpDaysAgo` days ago. */
async function aged(owner: PoolCompany['li'], createdDaysAgo: number, followUpDaysAgo: number | null, extra: Partial<Customer> = {}) {
  const customer = await makeCustomer(db, owner.user, { level: CustomerLevel.NORMAL, lastFollowUpAt: followUpDaysAgo === null ? null : ago(followUpDaysAgo), ...extra });
  await db.getRepository(Customer).update({ id: customer.id }, { createdAt: ago(createdDaysAgo) });
  return customer;
}

test('a customer without follow-up past the rule goes to its owner\'s home pool with reason, history, audit and a notice', async () => {
  await enable(co.defaultPool);
  const stale = await aged(co.li, 60, 40);
  await makeContact(db, stale);
  const fresh = await aged(co.li, 60, 10);
  const result = await runPoolRecycle(db);
  expect(result.recycled).toBe(1);
  const row = await db.getRepository(Customer).findOneByOrFail({ id: stale.id });
  expect([row.ownerId, row.poolId, row.poolReason, row.previousOwnerId]).toEqual([null, co.defaultPool.id, PoolReason.NO_FOLLOW_UP, co.li.user.id]);
  expect((await db.getRepository(Contact).findBy({ customerId: stale.id })).map((c) => c.ownerId)).toEqual([null]);
  const history = await historyOf(db, stale.id);
  expect(history.map((h) => [h.event, h.reason, h.fromOwnerId, h.actorId])).toEqual([[PoolEvent.ENTER, PoolReason.NO_FOLLOW_UP, co.li.user.id, null]]);
  const audit = await db.getRepository(AuditLog).findBy({ entityType: 'customer', entityId: stale.id, action: 'pool.recycle' });
  expect(audit).toHaveLength(1);
  expect(audit[0].actorId).toBeNull();
  const notice = await db.getRepository(Notification).findOneByOrFail({ userId: co.li.user.id, kind: 'pool.recycled' });
  expect(notice).toMatchObject({ entityType: 'customer', entityId: stale.id });
  expect(notice.title).toContain(stale.name);
  // The former owner (a member of the default pool) still finds it there, with its story.
  const pool = await ok(co.li.as, 'query($id: ID!) { customer(id: $id) { poolReason previousOwner { id } pool { id } } }', { id: String(stale.id) });
  expect(pool.customer).toEqual({ poolReason: 'NO_FOLLOW_UP', previousOwner: { id: String(co.li.user.id) }, pool: { id: String(co.defaultPool.id) } });
  expect((await db.getRepository(Customer).findOneByOrFail({ id: fresh.id })).ownerId).toBe(co.li.user.id);
  // A second run finds nothing more to do.
  expect((await runPoolRecycle(db)).recycled).toBe(0);
  expect(await db.getRepository(AuditLog).countBy({ entityType: 'customer', entityId: stale.id, action: 'pool.recycle' })).toBe(1);
});

test('south customers follow the south pool\'s rules and land there; a pool with recycling off recycles nothing', async () => {
  await enable(co.southPool, {}, { noFollowUpDays: 20 });
  const southStale = await aged(co.zhou, 60, 25);
  const northStale = await aged(co.li, 60, 25);
  await runPoolRecycle(db);
  expect((await db.getRepository(Customer).findOneByOrFail({ id: southStale.id })).poolId).toBe(co.southPool.id);
  expect((await db.getRepository(Customer).findOneByOrFail({ id: northStale.id })).ownerId).toBe(co.li.user.id);
});

test('exemptions: locked customers always, deal customers by switch, and the clock restarts when a customer leaves the pool', async () => {
  await enable(co.defaultPool);
  const locked = await aged(co.li, 200, null, { locked: true });
  const deal = await aged(co.li, 200, 100, { dealStatus: DealStatus.DEAL });
  const claimed = await aged(co.li, 200, null, { poolExitedAt: ago(5) });
  const noDeal = await aged(co.li, 100, 2); // followed up, but no deal for 100 days
  await runPoolRecycle(db);
  const rows = new Map((await db.getRepository(Customer).findBy({ id: In([locked.id, deal.id, claimed.id, noDeal.id]) })).map((c) => [c.id, c]));
  expect(rows.get(locked.id)!.ownerId).toBe(co.li.user.id);
  expect(rows.get(deal.id)!.ownerId).toBe(co.li.user.id);
  expect(rows.get(claimed.id)!.ownerId).toBe(co.li.user.id);
  expect([rows.get(noDeal.id)!.ownerId, rows.get(noDeal.id)!.poolReason]).toEqual([null, PoolReason.NO_DEAL]);
  // With the deal switch off, a deal customer without follow-up goes too.
  await enable(co.defaultPool, { exemptDealCustomers: false });
  await runPoolRecycle(db);
  expect((await db.getRepository(Customer).findOneByOrFail({ id: deal.id })).poolReason).toBe(PoolReason.NO_FOLLOW_UP);
  expect((await db.getRepository(Customer).findOneByOrFail({ id: locked.id })).ownerId).toBe(co.li.user.id);
});

test('owners are warned K days before, once per due date; a follow-up moves the date and earns a new warning later', async () => {
  await enable(co.defaultPool, { warnDays: 5 }, { noDealDays: null });
  const soon = await aged(co.li, 60, 27); // due in 3 days
  const later = await aged(co.li, 60, 20); // due in 10 days
  await runPoolRecycle(db);
  await runPoolRecycle(db);
  const warnings = await db.getRepository(Notification).findBy({ userId: co.li.user.id, kind: 'pool.warning' });
  expect(warnings.map((w) => w.entityId)).toEqual([soon.id]);
  expect(warnings[0].body).toContain('30');
  expect((await db.getRepository(Customer).findOneByOrFail({ id: soon.id })).ownerId).toBe(co.li.user.id);
  // A whole day later, so the due date is another calendar day whatever the time of day the test runs.
  await db.getRepository(Customer).update({ id: soon.id }, { lastFollowUpAt: ago(26) });
  await db.getRepository(Customer).update({ id: later.id }, { lastFollowUpAt: ago(20) });
  await runPoolRecycle(db, { now: new Date(Date.now() + 2 * DAY) });
  expect(await db.getRepository(Notification).countBy({ userId: co.li.user.id, kind: 'pool.warning', entityId: soon.id })).toBe(2);
});

test('the opportunity and contract checks apply exactly when those modules are installed; an open contract always exempts', async () => {
  const related = relatedChecks(db.manager);
  const settings = await ok(co.li.as, '{ poolSettings { opportunityChecksAvailable contractChecksAvailable } }');
  expect(settings.poolSettings).toEqual({ opportunityChecksAvailable: db.hasMetadata('opportunity'), contractChecksAvailable: db.hasMetadata('contract') });
  expect(!!related.opportunity).toBe(db.hasMetadata('opportunity'));
  expect(!!related.contract).toBe(db.hasMetadata('contract'));
  if (!related.contract) return expect(db.hasMetadata('contract')).toBe(false);
  await enable(co.defaultPool);
  const open = await aged(co.li, 60, 40);
  const voided = await aged(co.li, 60, 40);
  const paid = await aged(co.li, 60, 40);
  const contract = (customerId: number, status: string, n: number, paidAt: Date | null = null) => ({
    code: `HT-POOL-${customerId}-${n}`, title: '年度采购合同', customerId, amount: '1000.00', status, ownerId: co.li.user.id, createdById: co.li.user.id, paidAt,
  });
  await db.getRepository('contract').insert([contract(open.id, 'APPROVED', 1), contract(voided.id, 'VOID', 2), contract(paid.id, 'APPROVED', 3, ago(50))]);
  await runPoolRecycle(db);
  const rows = new Map((await db.getRepository(Customer).findBy({ id: In([open.id, voided.id, paid.id]) })).map((c) => [c.id, c.ownerId]));
  expect([rows.get(open.id), rows.get(voided.id), rows.get(paid.id)]).toEqual([co.li.user.id, null, null]);
});

test('with the opportunity module: no new opportunity for N days recycles, an open opportunity exempts by switch', async () => {
  if (!relatedChecks(db.manager).opportunity) return expect(db.hasMetadata('opportunity')).toBe(false);
  await enable(co.defaultPool, {}, { noFollowUpDays: null, noDealDays: null, noOpportunityDays: 30 });
  const none = await aged(co.li, 60, 1);
  const recent = await aged(co.li, 60, 1);
  const open = await aged(co.li, 60, 1);
  const opportunity = (customerId: number, category: string, createdDaysAgo: number) => ({
    name: '数据中心扩容项目', customerId, amount: '50000.00', category, stageId: 1, expectedCloseDate: '2027-06-30',
    ownerId: co.li.user.id, createdById: co.li.user.id, createdAt: ago(createdDaysAgo),
  });
  await db.getRepository('opportunity').insert([opportunity(recent.id, 'LOST', 10), opportunity(open.id, 'MID_TERM', 100)]);
  await runPoolRecycle(db);
  const owner = async (id: number) => (await db.getRepository(Customer).findOneByOrFail({ id })).ownerId;
  expect([await owner(none.id), await owner(recent.id), await owner(open.id)]).toEqual([null, co.li.user.id, co.li.user.id]);
  expect((await db.getRepository(Customer).findOneByOrFail({ id: none.id })).poolReason).toBe(PoolReason.NO_NEW_OPPORTUNITY);
  await enable(co.defaultPool, { exemptOpenOpportunities: false }, { noFollowUpDays: null, noDealDays: null, noOpportunityDays: 30 });
  await runPoolRecycle(db);
  expect(await owner(open.id)).toBeNull();
  expect(await owner(recent.id)).toBe(co.li.user.id);
});

test('two job runs at the same moment recycle each customer once, with one audit entry, one notice and one warning each', async () => {
  await enable(co.defaultPool, { warnDays: 5 }, { noDealDays: null });
  const stale = await Promise.all(Array.from({ length: 12 }, () => aged(co.li, 90, 45)));
  const warned = await Promise.all(Array.from({ length: 6 }, () => aged(co.sun, 90, 27)));
  // On MariaDB the second run has its own DataSource (its own connections), as a second app instance would;
  // in-memory SQLite has one database per connection, so there both runs share the process's DataSource.
  const other = onMysql() ? await openDataSource() : db;
  try {
    const [a, b] = await Promise.all([runPoolRecycle(db), runPoolRecycle(other)]);
    expect(a.recycled + b.recycled).toBe(stale.length);
    expect(a.recycled).toBeGreaterThan(0);
  } finally {
    if (other !== db) await other.destroy();
  }
  for (const c of stale) {
    const row = await db.getRepository(Customer).findOneByOrFail({ id: c.id });
    expect([row.ownerId, row.poolId]).toEqual([null, co.defaultPool.id]);
    expect(await db.getRepository(AuditLog).countBy({ entityType: 'customer', entityId: c.id, action: 'pool.recycle' })).toBe(1);
    expect(await db.getRepository(CustomerPoolHistory).countBy({ customerId: c.id, event: PoolEvent.ENTER })).toBe(1);
    expect(await db.getRepository(Notification).countBy({ entityId: c.id, kind: 'pool.recycled' })).toBe(1);
  }
  for (const c of warned) expect(await db.getRepository(Notification).countBy({ entityId: c.id, kind: 'pool.warning' })).toBe(1);
});
