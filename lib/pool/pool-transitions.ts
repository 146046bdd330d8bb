// The three moves of a customer between an owner and a pool, each one conditional UPDATE whose affected-row
// count says whether this caller won (a concurrent claim, assignment or recycle run finds the row changed and
// gets false), followed — only then — by contacts, team, history and audit in the same transaction.
// Other modules (offboarding, import) release customers through `releaseToPool`.
import { EntityManager, In, IsNull } from 'typeorm';
import { Contact, Customer, CustomerPoolHistory, CustomerTeamMember } from '@/entities';
import { PoolEvent } from '@/entities/customer-pool-history.entity';
import { PoolReason } from '@/entities/pool.entity';
import { AuditActor, audit } from '@/lib/audit/audit';
import { homePools } from './pool-membership';

/** Extra SQL the UPDATE must still satisfy (column names, not properties), e.g. the recycle job's rule. */
export interface Guard { sql: string; params: Record<string, unknown> }

export interface EnterInput {
  customerId: number;
  /** The owner the caller saw; the move happens only if the customer still has exactly this owner. */
  ownerId: number;
  poolId: number;
  reason: PoolReason;
  note?: string | null;
  action: string;
  now: Date;
  guard?: Guard;
}

/** An owned customer goes into a pool. False when the row no longer matches (someone else moved it first). */
export async function enterPool(manager: EntityManager, actor: AuditActor, input: EnterInput): Promise<boolean> {
  const { customerId, ownerId, poolId, reason, now } = input;
  const note = input.note ?? null;
  const qb = manager.createQueryBuilder().update(Customer)
    .set({ ownerId: null, poolId, poolEnteredAt: now, poolReason: reason, poolNote: note, previousOwnerId: ownerId })
    .where('id = :customerId AND owner_id = :ownerId AND deleted_at IS NULL', { customerId, ownerId });
  if (input.guard) qb.andWhere(input.guard.sql, input.guard.params);
  const result = await qb.execute();
  if (result.affected !== 1) return false;
  // The owner's contacts go with the customer; colleagues' own contacts under it stay theirs.
  const contacts = await manager.update(Contact, { customerId, ownerId }, { ownerId: null });
  // A team belongs to an owner's way of working the customer; whoever claims it starts with none.
  const team = await manager.findBy(CustomerTeamMember, { customerId });
  if (team.length) await manager.delete(CustomerTeamMember, { customerId });
  await manager.insert(CustomerPoolHistory, {
    customerId, event: PoolEvent.ENTER, poolId, fromPoolId: null, reason, note, fromOwnerId: ownerId, toOwnerId: null, actorId: actor.userId, createdAt: now,
  });
  await audit(manager, actor, {
    action: input.action, entityType: 'customer', entityId: customerId,
    changes: { ownerId: [ownerId, null], poolId, reason, note, contactsReleased: contacts.affected ?? 0, teamRemoved: team.map((t) => t.userId) },
  });
  return true;
}

export interface ExitInput {
  customerId: number;
  /** The pool the caller saw the customer in. */
  poolId: number;
  toOwnerId: number;
  event: PoolEvent.CLAIM | PoolEvent.ASSIGN;
  now: Date;
}

/** A pool customer gets an owner (claim or assignment). False when it is no longer in that pool. */
export async function exitPool(manager: EntityManager, actor: AuditActor, input: ExitInput): Promise<boolean> {
  const { customerId, poolId, toOwnerId, event, now } = input;
  const before = await manager.findOneBy(Customer, { id: customerId });
  const result = await manager.createQueryBuilder().update(Customer)
    .set({ ownerId: toOwnerId, poolId: null, poolEnteredAt: null, poolReason: null, poolNote: null, previousOwnerId: null, poolExitedAt: now })
    .where('id = :customerId AND owner_id IS NULL AND pool_id = :poolId AND deleted_at IS NULL', { customerId, poolId })
    .execute();
  if (result.affected !== 1) return false;
  const contacts = await manager.update(Contact, { customerId, ownerId: IsNull() }, { ownerId: toOwnerId });
  await manager.insert(CustomerPoolHistory, {
    customerId, event, poolId, fromPoolId: null, reason: null, note: null, fromOwnerId: null, toOwnerId, actorId: actor.userId, createdAt: now,
  });
  await audit(manager, actor, {
    action: event === PoolEvent.CLAIM ? 'pool.claim' : 'pool.assign', entityType: 'customer', entityId: customerId,
    changes: { ownerId: [null, toOwnerId], poolId, enteredPoolAt: before?.poolEnteredAt?.toISOString() ?? null, reason: before?.poolReason ?? null, contactsTaken: contacts.affected ?? 0 },
  });
  return true;
}

/** A pool customer moves to another pool, keeping why and from whom it entered. */
export async function movePool(manager: EntityManager, actor: AuditActor, input: { customerId: number; fromPoolId: number; toPoolId: number; now: Date }) {
  const { customerId, fromPoolId, toPoolId, now } = input;
  const before = await manager.findOneBy(Customer, { id: customerId });
  const result = await manager.createQueryBuilder().update(Customer)
    .set({ poolId: toPoolId, poolEnteredAt: now })
    .where('id = :customerId AND owner_id IS NULL AND pool_id = :fromPoolId AND deleted_at IS NULL', { customerId, fromPoolId })
    .execute();
  if (result.affected !== 1) return false;
  await manager.insert(CustomerPoolHistory, {
    customerId, event: PoolEvent.MOVE, poolId: toPoolId, fromPoolId, reason: before?.poolReason ?? null, note: null,
    fromOwnerId: null, toOwnerId: null, actorId: actor.userId, createdAt: now,
  });
  await audit(manager, actor, { action: 'pool.move', entityType: 'customer', entityId: customerId, changes: { poolId: [fromPoolId, toPoolId] } });
  return true;
}

/**
 * Releases owned customers to their owners' home pools (offboarding, import without owner, manual return).
 * Call inside the caller's transaction after its own access checks; returns the ids that moved.
 */
export async function releaseToPool(
  manager: EntityManager, actor: AuditActor, customerIds: number[], reason: PoolReason,
  options: { note?: string | null; poolId?: number | null; action?: string; now?: Date } = {},
): Promise<number[]> {
  const now = options.now ?? new Date();
  const customers = customerIds.length ? await manager.findBy(Customer, { id: In(customerIds) }) : [];
  const owners = [...new Set(customers.map((c) => c.ownerId).filter((id): id is number => id !== null))];
  const home = options.poolId ? null : await homePools(manager, owners);
  const moved: number[] = [];
  for (const customer of customers.sort((a, b) => a.id - b.id)) {
    if (customer.ownerId === null || customer.deletedAt) continue;
    const poolId = options.poolId ?? home!.get(customer.ownerId);
    if (poolId === undefined) continue;
    const ok = await enterPool(manager, actor, {
      customerId: customer.id, ownerId: customer.ownerId, poolId, reason, note: options.note ?? null,
      action: options.action ?? (reason === PoolReason.MANUAL_RETURN ? 'pool.return' : 'pool.release'), now,
    });
    if (ok) moved.push(customer.id);
  }
  return moved;
}
