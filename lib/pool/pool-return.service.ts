// Putting customers (back) into pools: an owner returns customers with a reason (退回公海), and a pool's
// administrators move waiting customers to another pool. All or nothing, audited.
import { DataSource, In } from 'typeorm';
import { Customer } from '@/entities';
import { PoolReason } from '@/entities/pool.entity';
import { Viewer, requireAccess, requireIds } from '@/lib/access';
import { DomainError, badInput, conflict, forbidden } from '@/lib/errors';
import { actorOf } from '@/lib/customer/customer.service';
import { CUSTOMER_OWNER_TABLE } from '@/lib/customer/customer.tables';
import { canAdministerPool, canSeePool, poolView } from './pool-access';
import { readablePoolCustomers } from './pool-claim.service';
import { poolTransaction } from './pool-lock';
import { requirePool } from './pool.service';
import { movePool, releaseToPool } from './pool-transitions';

export const RETURN_REASON_MAX = 200;

/**
 * The owner (or anyone with the customer in their owner write scope) returns customers to the owner's home pool.
 * Locked customers are refused: a lock says "keep this one", so it must be lifted first, which the audit log
 * then shows as a deliberate step.
 */
export async function returnCustomersToPool(db: DataSource, viewer: Viewer, rawIds: readonly (string | number)[], reason: string, now = new Date()): Promise<Customer[]> {
  const ids = requireIds(rawIds);
  const note = (reason ?? '').trim();
  if (!note) throw badInput('reason', 'is required');
  if ([...note].length > RETURN_REASON_MAX) throw badInput('reason', `must be at most ${RETURN_REASON_MAX} characters`);
  return poolTransaction(db, async (manager) => {
    await requireAccess(manager, viewer, CUSTOMER_OWNER_TABLE, ids, 'write');
    const customers = await manager.findBy(Customer, { id: In(ids) });
    const pooled = customers.find((c) => c.ownerId === null);
    if (pooled) throw badInput('ids', `${pooled.name} is already in the pool`);
    const locked = customers.find((c) => c.locked);
    if (locked) {
      const message = `${locked.name} is locked: unlock it before returning it to the pool`;
      throw new DomainError('BAD_USER_INPUT', message, { fields: [{ field: 'ids', message }], rule: 'LOCKED_CUSTOMER', customerName: locked.name });
    }
    const moved = await releaseToPool(manager, actorOf(viewer), ids, PoolReason.MANUAL_RETURN, { note, action: 'pool.return', now });
    if (moved.length !== ids.length) throw conflict('Someone else changed these customers at the same moment; please try again');
    return manager.findBy(Customer, { id: In(ids) });
  });
}

/** Moves pool customers to another pool; the viewer must administer each customer's current pool. */
export async function moveCustomersToPool(db: DataSource, viewer: Viewer, rawIds: readonly (string | number)[], poolId: number, now = new Date()): Promise<Customer[]> {
  const ids = requireIds(rawIds);
  return poolTransaction(db, async (manager) => {
    const view = await poolView(manager, viewer);
    const target = await requirePool(manager, viewer, Number(poolId)).catch((error) => {
      if (error instanceof DomainError && error.code === 'NOT_FOUND') throw badInput('poolId', 'is not a pool you can see');
      throw error;
    });
    const customers = await readablePoolCustomers(manager, viewer, view, ids);
    const already = customers.find((c) => c.poolId === target.id);
    if (already) throw badInput('poolId', `${already.name} is already in this pool`);
    const notAdmin = customers.find((c) => !canAdministerPool(view, c.poolId!));
    if (notAdmin) throw forbidden(`Only the administrators of its pool may move ${notAdmin.name}`);
    if (!canSeePool(view, target.id)) throw badInput('poolId', 'is not a pool you can see');
    for (const customer of customers) {
      const moved = await movePool(manager, actorOf(viewer), { customerId: customer.id, fromPoolId: customer.poolId!, toPoolId: target.id, now });
      if (!moved) throw conflict(`Someone else has just taken ${customer.name} from the pool`, { customerId: String(customer.id) });
    }
    return manager.findBy(Customer, { id: In(ids) });
  });
}
