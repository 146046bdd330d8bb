// What the database triggers keep for the dashboard (issue 10), on SQLite and MariaDB alike: the customer month and
// opportunity stage rollups, the follow-up month rollup, and each follow-up's copy of its parent's owner and liveness. Every write path reaches them — the app's
// services, bulk query-builder updates, a raw UPDATE — so they are tested here at the SQL level, step by step
// against a fresh count; closeTestDatabase (tests/support/database.ts) then checks both after every test file.
import { DataSource, IsNull } from 'typeorm';
import { Customer, FollowUp, Opportunity, OpportunityStage } from '@/entities';
import { OpportunityCategory } from '@/entities/opportunity.entity';
import { FollowUpMethod } from '@/entities/follow-up.entity';
import {
  customerRollupDrift, followUpRollupDrift, opportunityRollupDrift, rebuildCustomerRollup, rebuildFollowUpRollup, rebuildOpportunityRollup,
} from '@/lib/insight/rollup';
import { closeTestDatabase, openTestDatabase } from '../support/database';
import { OrgModel, clearOrg, generateOrg } from '../support/org-generator';
import { makeUser, roleByCode, rootDepartment } from '../support/factories';
import { loadViewer } from '@/lib/access';
import { followUpCounts, followUpParentDrift } from '@/lib/insight/followups';
import { span } from '@/lib/insight/period';
import { derivedDataDrift, rebuildDerivedData } from '@/lib/insight/derived';

let db: DataSource;
let model: OrgModel;
beforeAll(async () => {
  db = await openTestDatabase();
  model = await generateOrg(db, 4242, { departments: 4, roles: 4, users: 12, customers: 40 });
});
afterAll(async () => {
  await clearOrg(db);
  await closeTestDatabase(db);
});

type Copy = { owner: number | null; live: boolean };
async function copyOf(followUpId: number): Promise<Copy> {
  const [row] = await db.query('SELECT parent_owner_id AS o, parent_live AS l FROM follow_up WHERE id = ?', [followUpId]);
  return { owner: row.o === null ? null : Number(row.o), live: Number(row.l) === 1 };
}
const rollupOf = async (ownerId: number): Promise<number> =>
  Number((await db.query('SELECT COALESCE(SUM(customers), 0) AS n FROM rollup_customer_month WHERE owner_id = ?', [ownerId]))[0].n);
const liveOwned = (ownerId: number) => db.getRepository(Customer).countBy({ ownerId, deletedAt: IsNull() });

async function followUpOn(parentType: string, parentId: number): Promise<number> {
  const result = await db.getRepository(FollowUp).insert({
    parentType, parentId, subject: '致电', method: FollowUpMethod.PHONE, objective: '目的', result: '结果',
    occurredAt: new Date(), substantive: true, authorId: model.users[0].id,
  });
  return Number(result.identifiers[0].id);
}

test('a follow-up takes its parent owner and liveness when written, and follows every change of the parent', async () => {
  const customer = model.customers.find((c) => c.ownerId !== null)!;
  const other = model.users.find((u) => u.id !== customer.ownerId)!.id;
  const id = await followUpOn('customer', customer.id);
  expect(await copyOf(id)).toEqual({ owner: customer.ownerId, live: true });

  await db.createQueryBuilder().update(Customer).set({ ownerId: other }).where('id = :id', { id: customer.id }).execute();
  expect(await copyOf(id)).toEqual({ owner: other, live: true });
  await db.query('UPDATE customer SET owner_id = NULL WHERE id = ?', [customer.id]);
  expect(await copyOf(id)).toEqual({ owner: null, live: true });
  await db.getRepository(Customer).update(customer.id, { ownerId: customer.ownerId, deletedAt: new Date() });
  expect(await copyOf(id)).toEqual({ owner: customer.ownerId, live: false });
  await db.getRepository(Customer).update(customer.id, { deletedAt: null });
  expect(await copyOf(id)).toEqual({ owner: customer.ownerId, live: true });

  // Moved to another parent (a merge, a lead's conversion): it takes the new parent's.
  const contact = model.contacts.find((c) => c.ownerId !== null && c.ownerId !== customer.ownerId)!;
  await db.getRepository(FollowUp).update(id, { parentType: 'contact', parentId: contact.id });
  expect(await copyOf(id)).toEqual({ owner: contact.ownerId, live: true });
  // A follow-up's own changes leave the copy alone.
  await db.getRepository(FollowUp).update(id, { result: '新的结果', deletedAt: new Date() });
  expect(await copyOf(id)).toEqual({ owner: contact.ownerId, live: true });
  expect(await followUpParentDrift(db.manager)).toEqual([]);
  expect(await followUpRollupDrift(db.manager)).toEqual([]);
});

test('the follow-up month rollup counts live follow-ups on live parents, per author, month, parent type and owner', async () => {
  const customer = model.customers.find((c) => c.ownerId !== null)!;
  const author = model.users[0].id;
  const of = async (ownerId: number) => {
    const rows: { n: unknown; s: unknown }[] = await db.query(`SELECT SUM(follow_ups) AS n, SUM(substantive) AS s FROM rollup_follow_up_month
      WHERE author_id = ? AND parent_type = 'customer' AND parent_owner_id = ?`, [author, ownerId]);
    return [Number(rows[0].n ?? 0), Number(rows[0].s ?? 0)];
  };
  const other = model.users.find((u) => u.id !== customer.ownerId && u.id !== author)!.id;
  const [before, beforeOther] = [await of(customer.ownerId!), await of(other)];
  const id = await followUpOn('customer', customer.id);
  expect(await of(customer.ownerId!)).toEqual([before[0] + 1, before[1] + 1]);
  await db.getRepository(FollowUp).update(id, { substantive: false });
  expect(await of(customer.ownerId!)).toEqual([before[0] + 1, before[1]]);
  // The parent moves: the follow-up is counted under its new owner; binned, nowhere; restored, back.
  await db.createQueryBuilder().update(Customer).set({ ownerId: other }).whereInIds([customer.id]).execute();
  expect([await of(customer.ownerId!), await of(other)]).toEqual([[before[0], before[1]], [beforeOther[0] + 1, beforeOther[1]]]);
  await db.createQueryBuilder().update(Customer).set({ deletedAt: new Date() }).whereInIds([customer.id]).execute();
  expect(await of(other)).toEqual(beforeOther);
  await db.query('UPDATE customer SET deleted_at = NULL, owner_id = ? WHERE id = ?', [customer.ownerId, customer.id]);
  expect(await of(customer.ownerId!)).toEqual([before[0] + 1, before[1]]);
  await db.createQueryBuilder().update(FollowUp).set({ deletedAt: new Date() }).whereInIds([id]).execute();
  expect(await of(customer.ownerId!)).toEqual(before);
  expect(await followUpRollupDrift(db.manager)).toEqual([]);
  await db.query('UPDATE rollup_follow_up_month SET follow_ups = follow_ups + 2 WHERE author_id = ?', [author]);
  expect((await followUpRollupDrift(db.manager)).length).toBeGreaterThan(0);
  await rebuildFollowUpRollup(db.manager);
  expect(await followUpRollupDrift(db.manager)).toEqual([]);
});

test('the customer month rollup follows inserts, transfers, the recycle bin and the pool, and equals a rebuild', async () => {
  const [a, b] = model.users.map((u) => u.id);
  const before = { a: await rollupOf(a), b: await rollupOf(b) };
  const created = await db.getRepository(Customer).save(db.getRepository(Customer).create({ name: '触发器测试客户', code: 'TRG-0001', ownerId: a, createdById: a }));
  expect(await rollupOf(a)).toBe(before.a + 1);
  await db.createQueryBuilder().update(Customer).set({ ownerId: b }).whereInIds([created.id]).execute();
  expect([await rollupOf(a), await rollupOf(b)]).toEqual([before.a, before.b + 1]);
  await db.createQueryBuilder().update(Customer).set({ deletedAt: new Date() }).whereInIds([created.id]).execute();
  expect(await rollupOf(b)).toBe(before.b);
  await db.query('UPDATE customer SET deleted_at = NULL, owner_id = NULL WHERE id = ?', [created.id]);
  expect(await rollupOf(b)).toBe(before.b);
  await db.query('UPDATE customer SET owner_id = ? WHERE id = ?', [b, created.id]);
  expect(await rollupOf(b)).toBe(before.b + 1);
  expect(await rollupOf(b)).toBe(await liveOwned(b));
  expect(await customerRollupDrift(db.manager)).toEqual([]);

  // A tampered rollup is seen as drift, and a rebuild repairs it.
  await db.query('UPDATE rollup_customer_month SET customers = customers + 5 WHERE owner_id = ?', [b]);
  expect((await customerRollupDrift(db.manager)).map((d) => d.ownerId)).toContain(b);
  await rebuildCustomerRollup(db.manager);
  expect(await customerRollupDrift(db.manager)).toEqual([]);
});

test('the opportunity stage rollup follows the stage, category, amount, owner and the recycle bin', async () => {
  const [a, b] = model.users.map((u) => u.id);
  const stages = await db.getRepository(OpportunityStage).find({ order: { sort: 'ASC' } });
  const of = async (ownerId: number, stageId: number, category: string) => {
    const [row] = await db.query('SELECT opportunities AS n, cents AS c FROM rollup_opportunity_stage WHERE owner_id = ? AND stage_id = ? AND category = ?', [ownerId, stageId, category]);
    return row ? [Number(row.n), String(row.c)] : [0, '0'];
  };
  const base = { a1: await of(a, stages[1].id, 'SHORT_TERM'), b2: await of(b, stages[2].id, 'MID_TERM') };
  const plus = (was: (number | string)[], n: number, cents: bigint) => [Number(was[0]) + n, String(BigInt(was[1]) + cents)];
  const repo = db.getRepository(Opportunity);
  const saved = await repo.save(repo.create({
    name: '触发器测试商机', customerId: model.customers[0].id, ownerId: a, createdById: a, amount: '1234.56',
    category: OpportunityCategory.SHORT_TERM, stageId: stages[1].id, expectedCloseDate: '2030-01-01',
  }));
  expect(await of(a, stages[1].id, 'SHORT_TERM')).toEqual(plus(base.a1, 1, 123456n));
  await repo.update(saved.id, { ownerId: b, stageId: stages[2].id, category: OpportunityCategory.MID_TERM, amount: '10.01' });
  expect(await of(a, stages[1].id, 'SHORT_TERM')).toEqual(plus(base.a1, 0, 0n));
  expect(await of(b, stages[2].id, 'MID_TERM')).toEqual(plus(base.b2, 1, 1001n));
  await db.createQueryBuilder().update(Opportunity).set({ deletedAt: new Date() }).whereInIds([saved.id]).execute();
  expect(await of(b, stages[2].id, 'MID_TERM')).toEqual(plus(base.b2, 0, 0n));
  await db.query('UPDATE opportunity SET deleted_at = NULL WHERE id = ?', [saved.id]);
  expect(await of(b, stages[2].id, 'MID_TERM')).toEqual(plus(base.b2, 1, 1001n));
  expect(await opportunityRollupDrift(db.manager)).toEqual([]);
  await db.query('UPDATE rollup_opportunity_stage SET cents = cents + 1 WHERE owner_id = ?', [b]);
  expect((await opportunityRollupDrift(db.manager)).length).toBeGreaterThan(0);
  await rebuildOpportunityRollup(db.manager);
  expect(await opportunityRollupDrift(db.manager)).toEqual([]);
});

test('follow-up counts of adjacent whole months split the hours between the company and UTC month starts right', async () => {
  // 2025-03-01 07:30 in Shanghai is still February in UTC: it ends February's UTC months and starts March's.
  const boss = await makeUser(db, await rootDepartment(db), [await roleByCode(db, 'SUPER_ADMIN')]);
  const { viewer } = (await loadViewer(db.manager, boss.id))!;
  const customer = model.customers.find((c) => c.ownerId !== null)!;
  const at = ['2025-02-28T23:00:00+08:00', '2025-03-01T07:30:00+08:00', '2025-03-31T20:00:00+08:00', '2025-04-01T03:00:00+08:00'];
  for (const when of at) await db.getRepository(FollowUp).update(await followUpOn('customer', customer.id), { occurredAt: new Date(when), authorId: boss.id });
  const [february, march] = await followUpCounts(db.manager, viewer, { all: false, ids: [boss.id] }, [span('2025-02-01', '2025-02-28'), span('2025-03-01', '2025-03-31')]);
  expect([february.get(boss.id)?.n, march.get(boss.id)?.n]).toEqual([1, 2]);
});

test('a tampered follow-up copy is seen as drift, and a rebuild repairs every kind', async () => {
  const customer = model.customers.find((c) => c.ownerId !== null)!;
  const id = await followUpOn('customer', customer.id);
  await db.query('UPDATE follow_up SET parent_live = 0 WHERE id = ?', [id]);
  expect(await followUpParentDrift(db.manager)).toEqual([{ id, parentType: 'customer' }]);
  await db.query('UPDATE rollup_customer_month SET customers = customers + 1 WHERE owner_id = ?', [customer.ownerId]);
  await db.query('UPDATE rollup_opportunity_stage SET opportunities = opportunities + 1');
  expect((await derivedDataDrift(db.manager)).length).toBe(3);
  await rebuildDerivedData(db.manager);
  expect(await derivedDataDrift(db.manager)).toEqual([]);
  expect(await copyOf(id)).toEqual({ owner: customer.ownerId, live: true });
});
