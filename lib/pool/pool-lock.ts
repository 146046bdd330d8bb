// Transactions for pool changes. On MySQL, row locks and conditional UPDATEs decide races, and a lock
// conflict the database breaks (deadlock, lock wait timeout) becomes CONFLICT ("try again"), never a 500.
// On SQLite the one connection of a process nests concurrent TypeORM transactions as savepoints of each
// other, so a rollback of one could undo another: pool changes queue up in-process instead.
import { DataSource, EntityManager } from 'typeorm';
import { User } from '@/entities';
import { forUpdate, isMysql } from '@/lib/db/lock';
import { inTransaction } from '@/lib/db/transaction';
import { conflict } from '@/lib/errors';

const queues = new WeakMap<DataSource, Promise<unknown>>();

export function isLockConflict(error: unknown): boolean {
  const e = error as { code?: string; errno?: number; driverError?: { code?: string; errno?: number } };
  const code = e?.driverError?.code ?? e?.code;
  const errno = e?.driverError?.errno ?? e?.errno;
  return code === 'ER_LOCK_DEADLOCK' || code === 'ER_LOCK_WAIT_TIMEOUT' || errno === 1213 || errno === 1205 || code === 'SQLITE_BUSY';
}

export function poolTransaction<T>(db: DataSource, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  const guarded = () => inTransaction(db, work).catch((error: unknown) => {
    if (isLockConflict(error)) throw conflict('Someone else changed these customers at the same moment; please try again');
    throw error;
  });
  if (isMysql(db.manager)) return guarded();
  const run = (queues.get(db) ?? Promise.resolve()).then(guarded);
  queues.set(db, run.catch(() => undefined));
  return run;
}

/** Locks a user's row until the transaction ends, so two claims of one user count their caps in turn. */
export async function lockUser(manager: EntityManager, userId: number) {
  await forUpdate(manager, manager.createQueryBuilder(User, 'u').select('u.id').where('u.id = :userId', { userId })).getOne();
}
