// Taking customers out of the pool: claim (领取, pool:claim, within the caps) and assign (分配, pool:assign,
// to a user in the assigner's write scope). All or nothing; concurrent takers of one customer: the first
// conditional UPDATE wins and everyone else gets CONFLICT.
import { DataSource, EntityManager, In } from 'typeorm';
import { Customer, CustomerPoolHistory } from '@/entities';
import { PoolEvent } from '@/entities/customer-pool-history.entity';
import { Viewer, hasPermission, idsInScope, requireIds } from '@/lib/access';
import { conflict, DomainError, forbidden, notFound } from '@/lib/errors';
import { actorOf } from '@/lib/customer/customer.service';
import { CUSTOMER_TABLE } from '@/lib/customer/customer.tables';
import { assertTransferTarget } from '@/lib/customer/customer-transfer.service';
import { notify } from '@/lib/notification/notification.service';
import { PoolView, canListPool, poolView } from './pool-access';
import { assertDailyClaimCap, assertOwnedCap, assertReclaimBar, poolSettings } from './pool-caps';
import { lockUser, poolTransaction } from './pool-lock';
import { exitPool } from './pool-transitions';

/** True when the customer's last pool event is leaving a pool the viewer could list: someone just took it. */
async function justTaken(manager: EntityManager, view: PoolView, customerId: number) {
  const last = await manager.findOne(CustomerPoolHistory, { where: { customerId }, order: { createdAt: 'DESC', id: 'DESC' } });
  return !!last && (last.event === PoolEvent.CLAIM || last.event === PoolEvent.ASSIGN) && canListPool(view, last.poolId);
}

/**
 * The customers behind `ids`, each readable and waiting in a pool, in id order (so concurrent batches lock rows
 * in the same order). Unreadable: NOT_FOUND — or CONFLICT when it just left one of the viewer's pools.
 */
export async function readablePoolCustomers(manager: EntityManager, viewer: Viewer, view: PoolView, ids: number[]): Promise<Customer[]> {
  const readable = await idsInScope(manager, viewer, CUSTOMER_TABLE, ids, 'read');
  const rows = new Map((await manager.findBy(Customer, { id: In(ids) })).map((c) => [c.id, c]));
  const out: Customer[] = [];
  for (const id of [...ids].sort((a, b) => a - b)) {
    const customer = rows.get(id);
    if (!customer || !readable.has(id)) {
      if (customer && !customer.deletedAt && await justTaken(manager, view, id)) throw conflict('Someone else has just taken this customer from the pool', { customerId: String(id) });
      throw notFound('Customer');
    }
    if (customer.ownerId !== null || customer.poolId === null) {
      throw conflict(`${customer.name} is no longer in the pool`, { customerId: String(id), customerName: customer.name });
    }
    out.push(customer);
  }
  return out;
}

export async function claimCustomers(db: DataSource, viewer: Viewer, rawIds: readonly (string | number)[], now = new Date()): Promise<Customer[]> {
  if (!hasPermission(viewer, 'pool:claim')) throw forbidden('Missing permission pool:claim');
  const ids = requireIds(rawIds);
  return poolTransaction(db, async (manager) => {
    await lockUser(manager, viewer.userId);
    const view = await poolView(manager, viewer);
    const customers = await readablePoolCustomers(manager, viewer, view, ids);
    const outside = customers.find((c) => !view.memberOf.has(c.poolId!));
    if (outside) throw forbidden(`You may only claim from pools you belong to (${outside.name})`);
    const settings = await poolSettings(manager);
    await assertReclaimBar(manager, settings, viewer.userId, customers, now);
    await assertDailyClaimCap(manager, settings, viewer.userId, customers.length, now);
    await assertOwnedCap(manager, settings, { id: viewer.userId, name: viewer.name }, customers.length);
    for (const customer of customers) {
      const won = await exitPool(manager, actorOf(viewer), { customerId: customer.id, poolId: customer.poolId!, toOwnerId: viewer.userId, event: PoolEvent.CLAIM, now });
      if (!won) throw conflict(`Someone else has just taken ${customer.name} from the pool`, { customerId: String(customer.id), customerName: customer.name });
    }
    return manager.findBy(Customer, { id: In(ids) });
  });
}

/** The assignment target: an active user in the assigner's customer transfer scope (field `userId`). */
async function assignTarget(manager: EntityManager, viewer: Viewer, userId: number) {
  try {
    return await assertTransferTarget(manager, viewer, userId);
  } catch (error) {
    if (error instanceof DomainError && error.code === 'BAD_USER_INPUT') {
      const fields = (error.details.fields as { field: string; message: string }[]).map((f) => ({ ...f, field: 'userId' }));
      throw new DomainError('BAD_USER_INPUT', fields.map((f) => `${f.field}: ${f.message}`).join('; '), { fields });
    }
    throw error;
  }
}

export async function assignCustomers(db: DataSource, viewer: Viewer, rawIds: readonly (string | number)[], userId: number, now = new Date()): Promise<Customer[]> {
  if (!hasPermission(viewer, 'pool:assign')) throw forbidden('Missing permission pool:assign');
  const ids = requireIds(rawIds);
  return poolTransaction(db, async (manager) => {
    const target = await assignTarget(manager, viewer, Number(userId));
    await lockUser(manager, target.id);
    const view = await poolView(manager, viewer);
    const customers = await readablePoolCustomers(manager, viewer, view, ids);
    await assertOwnedCap(manager, await poolSettings(manager), target, customers.length);
    for (const customer of customers) {
      const won = await exitPool(manager, actorOf(viewer), { customerId: customer.id, poolId: customer.poolId!, toOwnerId: target.id, event: PoolEvent.ASSIGN, now });
      if (!won) throw conflict(`Someone else has just taken ${customer.name} from the pool`, { customerId: String(customer.id), customerName: customer.name });
      await notify(manager, {
        recipients: [target.id], kind: 'pool.assign', title: `公海客户已分配给你：${customer.name}`,
        body: `${viewer.name} 将公海客户 ${customer.code} ${customer.name} 分配给你跟进`, entityType: 'customer', entityId: customer.id, actorId: viewer.userId,
      });
    }
    return manager.findBy(Customer, { id: In(ids) });
  });
}
