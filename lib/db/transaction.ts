// One transaction per service call that changes data; nested calls reuse the outer transaction.
import { AsyncLocalStorage } from 'node:async_hooks';
import { DataSource, EntityManager } from 'typeorm';

// SQLite runs on one connection per process: two transactions started at once would interleave on it
// ("cannot start a transaction within a transaction"), so they run one after another there.
const sqliteQueues = new WeakMap<DataSource, Promise<unknown>>();
const insideSqliteTransaction = new AsyncLocalStorage<boolean>();

function serialised<T>(connection: DataSource, start: () => Promise<T>): Promise<T> {
  if (connection.options.type !== 'better-sqlite3' || insideSqliteTransaction.getStore()) return start();
  const previous = sqliteQueues.get(connection) ?? Promise.resolve();
  const run = previous.then(() => insideSqliteTransaction.run(true, start));
  sqliteQueues.set(connection, run.catch(() => undefined));
  return run;
}

export async function inTransaction<T>(db: DataSource | EntityManager, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  if (db instanceof DataSource) return serialised(db, () => db.transaction(work));
  if (db.queryRunner?.isTransactionActive) return work(db);
  return serialised(db.connection, () => db.transaction(work));
}
