// One transaction per service call that changes data; nested calls reuse the outer transaction.
import { DataSource, EntityManager } from 'typeorm';

export async function inTransaction<T>(db: DataSource | EntityManager, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  if (db instanceof DataSource) return db.transaction(work);
  if (db.queryRunner?.isTransactionActive) return work(db);
  return db.transaction(work);
}
