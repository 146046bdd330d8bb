// Row locks where the database has them. SQLite serialises writers with its database lock instead.
import { EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';

export const isMysql = (manager: EntityManager) => manager.connection.options.type !== 'better-sqlite3';

export function forUpdate<T extends ObjectLiteral>(manager: EntityManager, qb: SelectQueryBuilder<T>): SelectQueryBuilder<T> {
  return isMysql(manager) ? qb.setLock('pessimistic_write') : qb;
}
