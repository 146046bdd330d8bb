// Which index a scoped list should walk (docs/scale/EXPLAIN.md). A narrow scope (a salesperson, a small team)
// reads its owners' ranges of an (owner, deleted, order) index and sorts those few rows; a wide one (a big
// manager, ALL) walks the (deleted, order, id, owner) index in list order and tests the owner inside the index,
// so a first page reads about page-size ÷ share-of-rows entries. MariaDB picks the wide index for a narrow
// scope's next page (an order range looks cheap to it), so the list says which one to use.
import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { ResolvedScope } from './scope';

/** Up to this many owners a scope reads its owners' ranges; above it, the order index. */
export const NARROW_SCOPE_OWNERS = 10;

export type ScopeShape = 'narrow' | 'wide';

/** Pool members reach thousands of owner-less customers: a scope with pools is wide, whatever its owners. */
export const scopeShape = (scope: ResolvedScope): ScopeShape =>
  !scope.all && scope.ownerIds.length <= NARROW_SCOPE_OWNERS && !scope.poolIds?.length ? 'narrow' : 'wide';

/** True when a list filter narrows nothing (every value empty): the case the fixed index rule is made for. */
export const isPlainFilter = (filter: object | null | undefined) =>
  Object.entries(filter ?? {}).every(([key, value]) => value === undefined || value === null || value === '' || (key === 'deleted' && value === false));

/**
 * USE INDEX for the scope's shape (MariaDB/MySQL only; SQLite plans these lists well by itself). A narrow shape
 * names its owner index with the indexes its other branches need (team seats by customer, grants by id), so
 * the optimizer can still merge them; without a wide index the optimizer chooses alone for wide scopes.
 */
export function useListIndex<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, scope: ResolvedScope, indexes: { narrow: string[]; wide?: string }) {
  if (qb.connection.options.type === 'better-sqlite3') return qb;
  if (scopeShape(scope) === 'narrow') return qb.useIndex(indexes.narrow);
  return indexes.wide ? qb.useIndex(indexes.wide) : qb;
}
