// Claiming (领取) and assigning (分配) pool customers: ownership, history, audit, notifications, every refusal,
// the caps, the re-claim bar, and two users claiming one customer at the same moment.
import { DataSource } from 'typeorm';
import { AuditLog, Contact, CustomerPoolHistory, Notification } from '@/entities';
import { PoolEvent } from '@/entities/customer-pool-history.entity';
import { UserStatus } from '@/entities/user.entity';
import { closeTestDatabase, openTestDatabase } from '../support/database';
import { codeOf, gql, ok } from '../support/api';
import { makeCustomer, makeRole, makeUser } from '../support/factories';
import { ASSIGN, CLAIM, POOL_CUSTOMERS, PoolCompany, customerRow, expectNothingChanged, fieldsOf, historyOf, poolCompany, poolCustomer, setCaps } from './pool-support';

let db: DataSource;
let co: PoolCompany;
beforeAll(async () => { db = await openTestDatabase(); });
afterAll(async () => closeTestDatabase(db));
beforeEach(async () => { co = await poolCompany(db); await setCaps(db, {}); });

describe('claimCustomers', () => {
  test('a member claims a pool customer: owner, contacts, history and audit follow, and the pool no longer lists it', async () => {
    const x = await poolCustomer(db, co.defaultPool, { from: co.sun.user, daysAgo: 3 });
    const data = await ok(co.li.as, CLAIM, { ids: [String(x.id)] });
    expect(data.claimCustomers).toEqual([{ id: String(x.id), ownerId: String(co.li.user.id), poolId: null, owner: { id: String(co.li.user.id) } }]);
    const row = await customerRow(db, x.id);
    expect([row.ownerId, row.poolId, row.poolReason, row.previousOwnerId]).toEqual([co.li.user.id, null, null, null]);
    expect(row.poolExitedAt).not.toBeNull();
    expect((await db.getRepository(Contact).findBy({ customerId: x.id })).map((c) => c.ownerId)).toEqual([co.li.user.id]);
    const history = await historyOf(db, x.id);
    expect(history.map((h) => [h.event, h.poolId, h.toOwnerId, h.actorId])).toEqual([
      [PoolEvent.ENTER, co.defaultPool.id, null, null], [PoolEvent.CLAIM, co.defaultPool.id, co.li.user.id, co.li.user.id],
    ]);
    const audit = await db.getRepository(AuditLog).findBy({ entityType: 'customer', entityId: x.id, action: 'pool.claim' });
    expect(audit).toHaveLength(1);
    expect(audit[0].changes).toMatchObject({ ownerId: [null, co.li.user.id], poolId: co.defaultPool.id });
    const pool = await ok(co.sun.as, POOL_CUSTOMERS, { poolId: String(co.defaultPool.id) });
    expect(pool.poolCustomers.nodes.map((n: { id: string }) => n.id)).not.toContain(String(x.id));
    const mine = await ok(co.li.as, 'query($id: ID!) { customer(id: $id) { id ownerId poolHistory { event toOwner { id } } } }', { id: String(x.id) });
    expect(mine.customer.poolHistory[0]).toEqual({ event: 'CLAIM', toOwner: { id: String(co.li.user.id) } });
  });

  test('refusals: no permission, no ids, unknown or hidden ids, a pool the user does not belong to; nothing changes', async () => {
    const x = await poolCustomer(db, co.defaultPool);
    const south = await poolCustomer(db, co.southPool);
    const owned = await makeCustomer(db, co.sun.user);
    expect(codeOf(await gql(co.it.as, CLAIM, { ids: [String(x.id)] }))).toBe('FORBIDDEN');
    const noIds = await gql(co.li.as, CLAIM, { ids: [] });
    expect([codeOf(noIds), fieldsOf(noIds)]).toEqual(['BAD_USER_INPUT', ['ids']]);
    await expectNothingChanged(db, async () => {
      expect(codeOf(await gql(co.li.as, CLAIM, { ids: ['999999'] }))).toBe('NOT_FOUND');
      expect(codeOf(await gql(co.li.as, CLAIM, { ids: [String(owned.id)] }))).toBe('NOT_FOUND'); // sun's: invisible to li
      expect(codeOf(await gql(co.li.as, CLAIM, { ids: [String(south.id)] }))).toBe('NOT_FOUND'); // not li's pool
      // The super administrator reads every customer but belongs only to the default pool.
      expect(codeOf(await gql(co.admin.as, CLAIM, { ids: [String(south.id)] }))).toBe('FORBIDDEN');
      // All or nothing: one bad id stops the whole batch.
      expect(codeOf(await gql(co.li.as, CLAIM, { ids: [String(x.id), String(owned.id)] }))).toBe('NOT_FOUND');
    });
    expect((await customerRow(db, x.id)).ownerId).toBeNull();
    // A south member claims from the south pool.
    expect((await ok(co.zhou.as, CLAIM, { ids: [String(south.id)] })).claimCustomers[0].ownerId).toBe(String(co.zhou.user.id));
  });

  test('a customer someone else has just claimed answers CONFLICT, and an own customer too', async () => {
    const x = await poolCustomer(db, co.defaultPool);
    await ok(co.sun.as, CLAIM, { ids: [String(x.id)] });
    const again = await gql(co.li.as, CLAIM, { ids: [String(x.id)] });
    expect(codeOf(again)).toBe('CONFLICT');
    expect(codeOf(await gql(co.sun.as, CLAIM, { ids: [String(x.id)] }))).toBe('CONFLICT');
    expect((await customerRow(db, x.id)).ownerId).toBe(co.sun.user.id);
  });

  test('two users claiming the same customer at the same moment: exactly one wins, the other gets CONFLICT', async () => {
    for (let round = 0; round < 3; round++) {
      const x = await poolCustomer(db, co.defaultPool);
      const y = await poolCustomer(db, co.defaultPool);
      const [a, b] = await Promise.all([
        gql(co.li.as, CLAIM, { ids: [String(x.id), String(y.id)] }),
        gql(co.sun.as, CLAIM, { ids: [String(y.id), String(x.id)] }),
      ]);
      const codes = [codeOf(a), codeOf(b)];
      expect(codes.filter((c) => c === undefined)).toHaveLength(1);
      expect(codes.filter((c) => c === 'CONFLICT')).toHaveLength(1);
      const winner = codeOf(a) === undefined ? co.li.user.id : co.sun.user.id;
      for (const id of [x.id, y.id]) {
        expect((await customerRow(db, id)).ownerId).toBe(winner);
        expect(await db.getRepository(CustomerPoolHistory).countBy({ customerId: id, event: PoolEvent.CLAIM })).toBe(1);
        expect(await db.getRepository(AuditLog).countBy({ entityId: id, entityType: 'customer', action: 'pool.claim' })).toBe(1);
      }
    }
  });

  test('the owned-customer cap and the daily claim cap refuse the whole batch', async () => {
    await setCaps(db, { maxOwnedCustomers: 2 });
    await makeCustomer(db, co.li.user);
    const [a, b] = [await poolCustomer(db, co.defaultPool), await poolCustomer(db, co.defaultPool)];
    const over = await gql(co.li.as, CLAIM, { ids: [String(a.id), String(b.id)] });
    expect([codeOf(over), over.errors?.[0].extensions?.rule, fieldsOf(over)]).toEqual(['BAD_USER_INPUT', 'POOL_OWNED_CAP', ['ids']]);
    expect((await customerRow(db, a.id)).ownerId).toBeNull();
    await ok(co.li.as, CLAIM, { ids: [String(a.id)] });

    await setCaps(db, { maxClaimsPerDay: 2 });
    const [c, d, e] = [await poolCustomer(db, co.defaultPool), await poolCustomer(db, co.defaultPool), await poolCustomer(db, co.defaultPool)];
    await ok(co.li.as, CLAIM, { ids: [String(c.id)] });
    const daily = await gql(co.li.as, CLAIM, { ids: [String(d.id), String(e.id)] });
    expect([codeOf(daily), daily.errors?.[0].extensions?.rule]).toEqual(['BAD_USER_INPUT', 'POOL_DAILY_CLAIM_CAP']);
    // Yesterday's claims do not count against today.
    await db.getRepository(CustomerPoolHistory).update({ toOwnerId: co.li.user.id, event: PoolEvent.CLAIM }, { createdAt: new Date(Date.now() - 2 * 86_400_000) });
    await ok(co.li.as, CLAIM, { ids: [String(d.id), String(e.id)] });
    const quota = await ok(co.li.as, '{ poolClaimQuota { ownedCustomers claimedToday maxClaimsPerDay maxOwnedCustomers reclaimBarDays } }');
    expect(quota.poolClaimQuota).toEqual({ ownedCustomers: 5, claimedToday: 2, maxClaimsPerDay: 2, maxOwnedCustomers: null, reclaimBarDays: 0 });
  });

  test('the re-claim bar: a customer the user lost to the pool within D days is theirs to claim only after D days', async () => {
    await setCaps(db, { reclaimBarDays: 7 });
    const lost = await poolCustomer(db, co.defaultPool, { from: co.li.user, daysAgo: 2 });
    const barred = await gql(co.li.as, CLAIM, { ids: [String(lost.id)] });
    expect([codeOf(barred), barred.errors?.[0].extensions?.rule]).toEqual(['BAD_USER_INPUT', 'POOL_RECLAIM_BAR']);
    expect(barred.errors?.[0].extensions?.availableFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await db.getRepository(CustomerPoolHistory).update({ customerId: lost.id }, { createdAt: new Date(Date.now() - 8 * 86_400_000) });
    await ok(co.li.as, CLAIM, { ids: [String(lost.id)] });
    // Somebody else was never barred.
    const other = await poolCustomer(db, co.defaultPool, { from: co.li.user, daysAgo: 1 });
    await ok(co.sun.as, CLAIM, { ids: [String(other.id)] });
  });
});

describe('assignCustomers', () => {
  test('a leader assigns pool customers to a colleague in their write scope, who is notified', async () => {
    const [x, y] = [await poolCustomer(db, co.defaultPool), await poolCustomer(db, co.defaultPool)];
    const data = await ok(co.wang.as, ASSIGN, { ids: [String(x.id), String(y.id)], userId: String(co.li.user.id) });
    expect(data.assignCustomers.map((c: { ownerId: string }) => c.ownerId)).toEqual([String(co.li.user.id), String(co.li.user.id)]);
    const history = await historyOf(db, x.id);
    expect(history.map((h) => [h.event, h.toOwnerId, h.actorId])).toEqual([[PoolEvent.ASSIGN, co.li.user.id, co.wang.user.id]]);
    expect(await db.getRepository(AuditLog).countBy({ entityId: x.id, entityType: 'customer', action: 'pool.assign', actorId: co.wang.user.id })).toBe(1);
    const notes = await db.getRepository(Notification).findBy({ userId: co.li.user.id, kind: 'pool.assign' });
    expect(notes.map((n) => n.entityId).sort()).toEqual([x.id, y.id].sort());
    const list = await ok(co.li.as, '{ notifications { nodes { kind entityId } } }');
    expect(list.notifications.nodes.filter((n: { kind: string }) => n.kind === 'pool.assign')).toHaveLength(2);
  });

  test('refusals: no pool:assign, a target outside the write scope or not active, the owned cap of the target', async () => {
    const x = await poolCustomer(db, co.defaultPool);
    await expectNothingChanged(db, async () => {
      expect(codeOf(await gql(co.li.as, ASSIGN, { ids: [String(x.id)], userId: String(co.sun.user.id) }))).toBe('FORBIDDEN');
      const outside = await gql(co.wang.as, ASSIGN, { ids: [String(x.id)], userId: String(co.zhou.user.id) });
      expect([codeOf(outside), fieldsOf(outside)]).toEqual(['BAD_USER_INPUT', ['userId']]);
      const unknown = await gql(co.wang.as, ASSIGN, { ids: [String(x.id)], userId: '999999' });
      expect([codeOf(unknown), fieldsOf(unknown)]).toEqual(['BAD_USER_INPUT', ['userId']]);
    });
    const newcomer = await makeUser(db, co.beijing, [await makeRole(db)], { status: UserStatus.INACTIVE });
    expect(fieldsOf(await gql(co.wang.as, ASSIGN, { ids: [String(x.id)], userId: String(newcomer.id) }))).toEqual(['userId']);
    await setCaps(db, { maxOwnedCustomers: 0 });
    const capped = await gql(co.wang.as, ASSIGN, { ids: [String(x.id)], userId: String(co.li.user.id) });
    expect([codeOf(capped), capped.errors?.[0].extensions?.rule]).toEqual(['BAD_USER_INPUT', 'POOL_OWNED_CAP']);
    expect((await customerRow(db, x.id)).ownerId).toBeNull();
    // A customer that is no longer in the pool.
    const owned = await makeCustomer(db, co.sun.user);
    await setCaps(db, {});
    expect(codeOf(await gql(co.wang.as, ASSIGN, { ids: [String(owned.id)], userId: String(co.li.user.id) }))).toBe('CONFLICT');
  });
});
