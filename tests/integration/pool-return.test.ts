// Returning customers to the pool (退回公海) and moving pool customers between pools: where they go, what
// follows them, and every refusal.
import { DataSource } from 'typeorm';
import { AuditLog, Contact, CustomerTeamMember } from '@/entities';
import { PoolEvent } from '@/entities/customer-pool-history.entity';
import { closeTestDatabase, openTestDatabase } from '../support/database';
import { codeOf, gql, ok } from '../support/api';
import { makeContact, makeCustomer } from '../support/factories';
import { MOVE, POOL_CUSTOMERS, PoolCompany, RETURN, customerRow, expectNothingChanged, fieldsOf, historyOf, poolCompany, poolCustomer, setCaps } from './pool-support';

let db: DataSource;
let co: PoolCompany;
beforeAll(async () => { db = await openTestDatabase(); });
afterAll(async () => closeTestDatabase(db));
beforeEach(async () => { co = await poolCompany(db); await setCaps(db, {}); });

describe('returnCustomersToPool', () => {
  test('an owner returns a customer with a reason: it waits in their home pool with why, when and from whom', async () => {
    const x = await makeCustomer(db, co.li.user);
    await makeContact(db, x);
    const colleagues = await makeContact(db, x, { ownerId: co.sun.user.id });
    await db.getRepository(CustomerTeamMember).insert({ customerId: x.id, userId: co.sun.user.id, canEdit: true });
    const data = await ok(co.li.as, RETURN, { ids: [String(x.id)], reason: '  客户已合并到集团采购  ' });
    expect(data.returnCustomersToPool[0]).toMatchObject({
      ownerId: null, poolId: String(co.defaultPool.id), poolReason: 'MANUAL_RETURN', poolNote: '客户已合并到集团采购',
      previousOwnerId: String(co.li.user.id), pool: { id: String(co.defaultPool.id) },
    });
    const contacts = await db.getRepository(Contact).find({ where: { customerId: x.id }, order: { id: 'ASC' } });
    expect(contacts.map((c) => c.ownerId)).toEqual([null, co.sun.user.id]);
    expect(colleagues.ownerId).toBe(co.sun.user.id);
    expect(await db.getRepository(CustomerTeamMember).countBy({ customerId: x.id })).toBe(0);
    const [entry] = await historyOf(db, x.id);
    expect([entry.event, entry.reason, entry.note, entry.fromOwnerId, entry.actorId]).toEqual([PoolEvent.ENTER, 'MANUAL_RETURN', '客户已合并到集团采购', co.li.user.id, co.li.user.id]);
    const audit = await db.getRepository(AuditLog).findOneByOrFail({ entityType: 'customer', entityId: x.id, action: 'pool.return' });
    expect(audit.changes).toMatchObject({ ownerId: [co.li.user.id, null], poolId: co.defaultPool.id, teamRemoved: [co.sun.user.id] });
    // Another member sees it waiting, with its story.
    const pool = await ok(co.sun.as, POOL_CUSTOMERS, { poolId: String(co.defaultPool.id), filter: { reason: 'MANUAL_RETURN' } });
    expect(pool.poolCustomers.nodes).toEqual([expect.objectContaining({ id: String(x.id), poolNote: '客户已合并到集团采购', previousOwner: { id: String(co.li.user.id), name: '李娜' } })]);
  });

  test('a south salesperson\'s customer goes to the south pool', async () => {
    const x = await makeCustomer(db, co.zhou.user);
    const data = await ok(co.zhou.as, RETURN, { ids: [String(x.id)], reason: '区域调整' });
    expect(data.returnCustomersToPool[0].poolId).toBe(String(co.southPool.id));
    expect((await ok(co.li.as, 'query($id: ID!) { customer(id: $id) { id } }', { id: String(x.id) })).customer).toBeNull();
  });

  test('refusals: no reason, a locked customer, someone else\'s customer, a can-edit team seat (owners only), a pool customer', async () => {
    const mine = await makeCustomer(db, co.li.user);
    const locked = await makeCustomer(db, co.li.user, { locked: true });
    const others = await makeCustomer(db, co.sun.user);
    const seat = await makeCustomer(db, co.sun.user);
    await db.getRepository(CustomerTeamMember).insert({ customerId: seat.id, userId: co.li.user.id, canEdit: true });
    const waiting = await poolCustomer(db, co.defaultPool);
    await expectNothingChanged(db, async () => {
      const blank = await gql(co.li.as, RETURN, { ids: [String(mine.id)], reason: '   ' });
      expect([codeOf(blank), fieldsOf(blank)]).toEqual(['BAD_USER_INPUT', ['reason']]);
      expect(fieldsOf(await gql(co.li.as, RETURN, { ids: [String(mine.id)], reason: '长'.repeat(201) }))).toEqual(['reason']);
      const lockedResult = await gql(co.li.as, RETURN, { ids: [String(mine.id), String(locked.id)], reason: '不再跟进' });
      expect([codeOf(lockedResult), lockedResult.errors?.[0].extensions?.rule]).toEqual(['BAD_USER_INPUT', 'LOCKED_CUSTOMER']);
      expect(codeOf(await gql(co.li.as, RETURN, { ids: [String(others.id)], reason: '不再跟进' }))).toBe('NOT_FOUND');
      expect(codeOf(await gql(co.li.as, RETURN, { ids: [String(seat.id)], reason: '不再跟进' }))).toBe('FORBIDDEN');
      expect(codeOf(await gql(co.li.as, RETURN, { ids: [String(waiting.id)], reason: '不再跟进' }))).toBe('FORBIDDEN');
      expect(codeOf(await gql(co.li.as, RETURN, { ids: [], reason: '不再跟进' }))).toBe('BAD_USER_INPUT');
    });
    // The super administrator may act on a pool customer by scope, but it is already in the pool.
    expect(fieldsOf(await gql(co.admin.as, RETURN, { ids: [String(waiting.id)], reason: '整理' }))).toEqual(['ids']);
  });
});

describe('moveCustomersToPool', () => {
  test('the south pool\'s administrator moves its customers to the default pool', async () => {
    const x = await poolCustomer(db, co.southPool, { from: co.zhou.user });
    const data = await ok(co.chen.as, MOVE, { ids: [String(x.id)], poolId: String(co.defaultPool.id) });
    expect(data.moveCustomersToPool).toEqual([{ id: String(x.id), poolId: String(co.defaultPool.id) }]);
    const row = await customerRow(db, x.id);
    expect([row.ownerId, row.poolReason, row.previousOwnerId]).toEqual([null, 'NO_FOLLOW_UP', co.zhou.user.id]);
    const history = await historyOf(db, x.id);
    expect(history.map((h) => [h.event, h.fromPoolId, h.poolId])).toEqual([[PoolEvent.ENTER, null, co.southPool.id], [PoolEvent.MOVE, co.southPool.id, co.defaultPool.id]]);
    expect(await db.getRepository(AuditLog).countBy({ entityId: x.id, entityType: 'customer', action: 'pool.move' })).toBe(1);
    // Now a north salesperson sees it.
    expect((await ok(co.li.as, 'query($id: ID!) { customer(id: $id) { id } }', { id: String(x.id) })).customer).toEqual({ id: String(x.id) });
  });

  test('refusals: not an administrator of its pool, the same pool, an unknown pool, an owned customer', async () => {
    const x = await poolCustomer(db, co.southPool);
    const y = await poolCustomer(db, co.defaultPool);
    const owned = await makeCustomer(db, co.zhou.user);
    await expectNothingChanged(db, async () => {
      expect(codeOf(await gql(co.zhou.as, MOVE, { ids: [String(x.id)], poolId: String(co.defaultPool.id) }))).toBe('FORBIDDEN');
      expect(codeOf(await gql(co.chen.as, MOVE, { ids: [String(y.id)], poolId: String(co.southPool.id) }))).toBe('FORBIDDEN');
      expect(fieldsOf(await gql(co.chen.as, MOVE, { ids: [String(x.id)], poolId: String(co.southPool.id) }))).toEqual(['poolId']);
      expect(fieldsOf(await gql(co.chen.as, MOVE, { ids: [String(x.id)], poolId: '999999' }))).toEqual(['poolId']);
      expect(codeOf(await gql(co.li.as, MOVE, { ids: [String(x.id)], poolId: String(co.defaultPool.id) }))).toBe('NOT_FOUND');
      expect(codeOf(await gql(co.admin.as, MOVE, { ids: [String(owned.id)], poolId: String(co.defaultPool.id) }))).toBe('CONFLICT');
      expect(codeOf(await gql(co.it.as, MOVE, { ids: [String(x.id)], poolId: String(co.defaultPool.id) }))).toBe('FORBIDDEN');
    });
  });
});
