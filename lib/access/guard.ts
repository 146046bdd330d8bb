// Record-level checks for operations on ids: unreadable ids are NOT_FOUND (indistinguishable from missing),
// readable but not writable (or, for a transfer, not transferable) ids are FORBIDDEN. Uses the same scope condition as the lists.
import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { notFound, forbidden, badInput } from '@/lib/errors';
import { AccessMode, DataModule } from './scopes';
import { ScopeColumns, resolveScope, applyScope } from './scope';
import { Viewer } from './viewer';

export interface ScopedTable<E extends ObjectLiteral> {
  entity: EntityTarget<E>;
  alias: string;
  module: DataModule;
  columns: ScopeColumns;
  /** Columns for the write and transfer checks when they are narrower than reading (team seats may read but not delete). */
  writeColumns?: ScopeColumns;
  /** Human name used in NOT_FOUND messages. */
  label: string;
  /** Column of the soft-delete timestamp, when the table has one. */
  deletedColumn?: string;
}

export type DeletedState = 'live' | 'deleted' | 'any';

/** Ids among `ids` that the viewer may read/write/transfer, in the given deleted state. */
export async function idsInScope<E extends ObjectLiteral>(
  manager: EntityManager, viewer: Viewer, table: ScopedTable<E>, ids: number[], mode: AccessMode, state: DeletedState = 'live',
): Promise<Set<number>> {
  if (!ids.length) return new Set();
  const qb = manager.createQueryBuilder(table.entity, table.alias).select(`${table.alias}.id`, 'id').where(`${table.alias}.id IN (:...ids)`, { ids });
  if (table.deletedColumn && state !== 'any') qb.andWhere(`${table.deletedColumn} ${state === 'live' ? 'IS NULL' : 'IS NOT NULL'}`);
  const columns = mode !== 'read' && table.writeColumns ? table.writeColumns : table.columns;
  applyScope(qb, await resolveScope(manager, viewer, table.module, mode), columns);
  return new Set((await qb.getRawMany<{ id: number }>()).map((r) => Number(r.id)));
}

/** Parses and de-duplicates ids; an empty list is refused, never read as "all records". */
export function requireIds(raw: readonly (string | number)[], field = 'ids', max = 500): number[] {
  const ids = [...new Set(raw.map((v) => Number(v)))];
  if (!ids.length) throw badInput(field, 'at least one id is required');
  if (ids.length > max) throw badInput(field, `at most ${max} ids at a time`);
  if (ids.some((id) => !Number.isSafeInteger(id) || id <= 0)) throw badInput(field, 'contains an invalid id');
  return ids;
}

/** Throws NOT_FOUND unless every id is readable, then FORBIDDEN unless every id is in the scope of `mode`. */
export async function requireAccess<E extends ObjectLiteral>(
  manager: EntityManager, viewer: Viewer, table: ScopedTable<E>, ids: number[], mode: AccessMode, state: DeletedState = 'live',
): Promise<void> {
  const readable = await idsInScope(manager, viewer, table, ids, 'read', state);
  if (ids.some((id) => !readable.has(id))) throw notFound(table.label);
  if (mode === 'read') return;
  const allowed = await idsInScope(manager, viewer, table, ids, mode, state);
  if (ids.some((id) => !allowed.has(id))) throw forbidden(`You may not ${mode === 'transfer' ? 'transfer' : 'change'} this ${table.label.toLowerCase()}`);
}
