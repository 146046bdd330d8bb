// At most a few heavy operations (exports, imports, big reports) per user at a time, across every app server:
// each runs while holding one of the user's numbered slots in the database (operation_lease). A slot is a row
// keyed by (user, slot): taking it is one INSERT, which the primary key lets only one server win; releasing
// it deletes the row (a lock, not a record: nothing is left once the operation is over). A slot left behind
// by a crashed server frees itself when its lease expires.
import crypto from 'node:crypto';
import { DataSource, LessThanOrEqual } from 'typeorm';
import { OperationLease } from '@/entities';
import { isUniqueViolation } from '@/lib/db/errors';

export const heavySlotsPerUser = () => Number(process.env.HEAVY_OPERATIONS_PER_USER ?? 2);
/** Longer than any heavy operation may take; it only matters when a server dies holding a slot. */
export const heavyLeaseMs = () => Number(process.env.HEAVY_OPERATION_LEASE_SECONDS ?? 300) * 1000;

export interface Lease { userId: number; slot: number; holder: string }

/** A free slot of the user, or null when all of them are held by running operations. */
export async function takeHeavySlot(db: DataSource, userId: number, operation: string): Promise<Lease | null> {
  const repo = db.getRepository(OperationLease);
  const holder = crypto.randomUUID();
  const now = new Date();
  const expiresAt = new Date(now.getTime() + heavyLeaseMs());
  const values = { holder, operation: operation.slice(0, 100), expiresAt };
  for (let slot = 1; slot <= heavySlotsPerUser(); slot++) {
    await repo.delete({ userId, slot, expiresAt: LessThanOrEqual(now) });
    try {
      await repo.insert({ userId, slot, ...values });
      return { userId, slot, holder };
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
  }
  return null;
}

/** Frees the slot, unless someone took it over after it expired. */
export async function releaseHeavySlot(db: DataSource, lease: Lease) {
  await db.getRepository(OperationLease).delete({ userId: lease.userId, slot: lease.slot, holder: lease.holder });
}

/** Runs the work while holding a slot; null (nothing run) when the user has none free. */
export async function withHeavySlot<T>(db: DataSource, userId: number, operation: string, work: () => Promise<T>): Promise<{ value: T } | null> {
  const lease = await takeHeavySlot(db, userId, operation);
  if (!lease) return null;
  try {
    return { value: await work() };
  } finally {
    await releaseHeavySlot(db, lease);
  }
}
