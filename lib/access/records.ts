// Registry of business record types (customer, contact, lead, …) and how each meets the scope module, so
// generic features — notifications, comments, follow-ups, attachments, audit views — check visibility the same way.
// Two kinds: owned types (a ScopedTable: owner column + module scope) and derived types, which have no owner of
// their own and are visible exactly when the record they hang under is (SPEC 2.3: follow-ups, comments, …).
import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { forbidden, notFound } from '@/lib/errors';
import { AccessMode } from './scopes';
import { DeletedState, ScopedTable, idsInScope } from './guard';
import { ScopeColumns, applyScope, resolveScope, scopeIsEmpty } from './scope';
import { Viewer } from './viewer';

const tables = new Map<string, ScopedTable<ObjectLiteral>>();

export function registerRecordType<E extends ObjectLiteral>(type: string, table: ScopedTable<E>) {
  tables.set(type, table as unknown as ScopedTable<ObjectLiteral>);
}

/** The table of an owned record type, or undefined for an unknown or derived type (callers deny). */
export const recordTable = (type: string) => tables.get(type);
/** Owned record types only; derived ones are listed by `derivedRecordTypes()`. */
export const recordTypes = () => [...tables.keys()];

/**
 * Owned types that hang under a customer (their team-customer column is not their own id): a customer's
 * contacts, opportunities, contracts, … as they are registered. `customerColumn` is e.g. `ct.customerId`.
 */
export function customerChildTypes(): { type: string; table: ScopedTable<ObjectLiteral>; customerColumn: string }[] {
  return [...tables.entries()]
    .filter(([, t]) => t.columns.teamCustomer && t.columns.teamCustomer !== `${t.alias}.id`)
    .map(([type, table]) => ({ type, table, customerColumn: table.columns.teamCustomer! }));
}

/** A record type without an owner: its row names the record it hangs under (type + id columns). */
export interface DerivedRecordType<E extends ObjectLiteral> {
  entity: EntityTarget<E>;
  alias: string;
  label: string;
  /** Columns holding the type and id of the record this one hangs under, e.g. `f.parentType`, `f.parentId`. */
  parentType: string;
  parentId: string;
  /**
   * The owned types the parent may be (default: every owned type). A derived record always hangs directly
   * under an owned one — its "root" (record-roots.ts) — so visibility never recurses more than one level.
   */
  parentTypes?: readonly string[];
  deletedColumn?: string;
  /** Column of the user who wrote it (told about comments on it), e.g. `f.authorId`. */
  author?: string;
}

const derived = new Map<string, DerivedRecordType<ObjectLiteral>>();

export function registerDerivedRecordType<E extends ObjectLiteral>(type: string, definition: DerivedRecordType<E>) {
  derived.set(type, definition as unknown as DerivedRecordType<ObjectLiteral>);
}

export const derivedRecordType = (type: string) => derived.get(type);
export const derivedRecordTypes = () => [...derived.keys()];
export const isRecordType = (type: string | null | undefined): type is string => !!type && (tables.has(type) || derived.has(type));
export const recordLabel = (type: string) => tables.get(type)?.label ?? derived.get(type)?.label ?? 'Record';

const MAX_DEPTH = 4;

/** Ids among `ids` of a record type (owned or derived) that the viewer may read/write. Unknown types: none. */
export async function recordIdsInScope(
  manager: EntityManager, viewer: Viewer, type: string, ids: readonly number[], mode: AccessMode, state: DeletedState = 'live', depth = 0,
): Promise<Set<number>> {
  const table = tables.get(type);
  if (table) return idsInScope(manager, viewer, table, [...ids], mode, state);
  const def = derived.get(type);
  if (!def || !ids.length || depth > MAX_DEPTH) return new Set();
  const qb = manager.createQueryBuilder(def.entity, def.alias)
    .select(`${def.alias}.id`, 'id').addSelect(def.parentType, 'ptype').addSelect(def.parentId, 'pid')
    .where(`${def.alias}.id IN (:...ids)`, { ids: [...ids] });
  if (def.deletedColumn && state !== 'any') qb.andWhere(`${def.deletedColumn} ${state === 'live' ? 'IS NULL' : 'IS NOT NULL'}`);
  const rows = (await qb.getRawMany<{ id: number; ptype: string; pid: number }>()).map((r) => ({ id: Number(r.id), type: String(r.ptype), parentId: Number(r.pid) }));
  const byType = new Map<string, number[]>();
  for (const row of rows) byType.set(row.type, [...(byType.get(row.type) ?? []), row.parentId]);
  const visible = new Map<string, Set<number>>();
  for (const [parentType, parentIds] of byType) {
    if (!tables.has(parentType) || (def.parentTypes && !def.parentTypes.includes(parentType))) continue;
    visible.set(parentType, await recordIdsInScope(manager, viewer, parentType, parentIds, mode, state === 'any' ? 'any' : 'live', depth + 1));
  }
  return new Set(rows.filter((r) => visible.get(r.type)?.has(r.parentId)).map((r) => r.id));
}

/** NOT_FOUND unless every id is readable (as if missing), then FORBIDDEN unless every id is writable. */
export async function requireRecordAccess(
  manager: EntityManager, viewer: Viewer, type: string, ids: readonly number[], mode: AccessMode, state: DeletedState = 'live',
): Promise<void> {
  const readable = await recordIdsInScope(manager, viewer, type, ids, 'read', state);
  if (!ids.length || ids.some((id) => !readable.has(id))) throw notFound(recordLabel(type));
  if (mode === 'read') return;
  const allowed = await recordIdsInScope(manager, viewer, type, ids, mode, state);
  if (ids.some((id) => !allowed.has(id))) throw forbidden(`You may not ${mode === 'transfer' ? 'transfer' : 'change'} this ${recordLabel(type).toLowerCase()}`);
}

export interface SqlCondition { sql: string; params: Record<string, unknown> }

let seq = 0;
const renamed = (column: string, from: string, to: string) => column.replace(`${from}.`, `${to}.`);
/** The table's scope columns (owner, team customer, pool, …) moved onto another alias of the same table. */
const renamedColumns = (columns: ScopeColumns, from: string, to: string) =>
  Object.fromEntries(Object.entries(columns).map(([k, v]) => [k, typeof v === 'string' ? renamed(v, from, to) : v])) as unknown as ScopeColumns;

/** An always-false condition (a scope that reaches nothing). */
const NONE: SqlCondition = { sql: '1 = 0', params: {} };

/**
 * SQL that holds when the OWNED record of `type` whose id is in the outer column `idColumn` is readable: a
 * correlated EXISTS probing the record by primary key with the scope applied, so it stays index-driven even
 * under OR (MariaDB cannot flatten `IN (subquery)` there). Null for a type that is not owned.
 */
async function readableOwnedCondition(
  manager: EntityManager, viewer: Viewer, type: string, idColumn: string, state: DeletedState,
): Promise<SqlCondition | null> {
  const table = tables.get(type);
  if (!table) return null;
  const scope = await resolveScope(manager, viewer, table.module, 'read');
  if (scopeIsEmpty(scope)) return NONE;
  // Everything readable and no deleted-state test: nothing to probe (rows are never physically deleted).
  if (scope.all && (state === 'any' || !table.deletedColumn)) return { sql: '1 = 1', params: {} };
  const alias = `rr${++seq}`;
  const sub = manager.createQueryBuilder(table.entity, alias).select('1').where(`${alias}.id = ${idColumn}`);
  if (table.deletedColumn && state !== 'any') sub.andWhere(`${renamed(table.deletedColumn, table.alias, alias)} ${state === 'live' ? 'IS NULL' : 'IS NOT NULL'}`);
  applyScope(sub, scope, renamedColumns(table.columns, table.alias, alias));
  return { sql: `EXISTS (${sub.getQuery()})`, params: sub.getParameters() };
}

/**
 * SQL for a reference to an OWNED record (a type column and an id column — e.g. a notification's or a comment's
 * root, a follow-up's parent): holds when the record is one of `types` (default: every owned type) and
 * readable. One primary-key probe per owned type, each with its module's owner list once: the size grows with
 * the number of owned types plus the scope's owners, never with nesting.
 */
export async function readableRootCondition(
  manager: EntityManager, viewer: Viewer, typeColumn: string, idColumn: string,
  options: { types?: readonly string[]; state?: DeletedState } = {},
): Promise<SqlCondition> {
  const types = (options.types ?? [...tables.keys()]).filter((t) => tables.has(t));
  const parts: string[] = [];
  const params: Record<string, unknown> = {};
  for (const type of types) {
    const condition = await readableOwnedCondition(manager, viewer, type, idColumn, options.state ?? 'live');
    if (!condition || condition === NONE) continue;
    const typeParam = `refType${++seq}`;
    parts.push(condition.sql === '1 = 1' ? `${typeColumn} = :${typeParam}` : `(${typeColumn} = :${typeParam} AND ${condition.sql})`);
    Object.assign(params, condition.params, { [typeParam]: type });
  }
  return parts.length ? { sql: parts.join(' OR '), params } : NONE;
}

/**
 * SQL that holds when the record of `type` (owned or derived) whose id is in the outer column `idColumn` is
 * readable. A derived record is probed by primary key and its parent checked with `readableRootCondition`:
 * one level, since derived records hang directly under owned ones.
 */
export async function readableRecordCondition(
  manager: EntityManager, viewer: Viewer, type: string, idColumn: string, state: DeletedState = 'live',
): Promise<SqlCondition> {
  const owned = await readableOwnedCondition(manager, viewer, type, idColumn, state);
  if (owned) return owned;
  const def = derived.get(type);
  if (!def) return NONE;
  const alias = `rd${++seq}`;
  const sub = manager.createQueryBuilder(def.entity, alias).select('1').where(`${alias}.id = ${idColumn}`);
  if (def.deletedColumn && state !== 'any') sub.andWhere(`${renamed(def.deletedColumn, def.alias, alias)} ${state === 'live' ? 'IS NULL' : 'IS NOT NULL'}`);
  const parent = await readableRootCondition(manager, viewer, renamed(def.parentType, def.alias, alias), renamed(def.parentId, def.alias, alias), {
    types: def.parentTypes, state: state === 'any' ? 'any' : 'live',
  });
  if (parent === NONE) return NONE;
  sub.andWhere(`(${parent.sql})`, parent.params);
  return { sql: `EXISTS (${sub.getQuery()})`, params: sub.getParameters() };
}

/**
 * SQL for a polymorphic reference (a type column and an id column, e.g. an audit entry's record): holds when
 * the referenced record is one of `types` (default: every registered type, owned and derived) and readable.
 * For a reference that can only name owned records, `readableRootCondition` is the same and smaller.
 */
export async function readableReferenceCondition(
  manager: EntityManager, viewer: Viewer, typeColumn: string, idColumn: string,
  options: { types?: readonly string[]; state?: DeletedState } = {},
): Promise<SqlCondition> {
  const types = (options.types ?? [...tables.keys(), ...derived.keys()]).filter(isRecordType);
  const owned = await readableRootCondition(manager, viewer, typeColumn, idColumn, { types: types.filter((t) => tables.has(t)), state: options.state });
  const parts = owned === NONE ? [] : [owned.sql];
  const params: Record<string, unknown> = { ...owned.params };
  for (const type of types.filter((t) => derived.has(t))) {
    const condition = await readableRecordCondition(manager, viewer, type, idColumn, options.state ?? 'live');
    if (condition === NONE) continue;
    const typeParam = `refType${++seq}`;
    parts.push(`(${typeColumn} = :${typeParam} AND ${condition.sql})`);
    Object.assign(params, condition.params, { [typeParam]: type });
  }
  return parts.length ? { sql: parts.join(' OR '), params } : NONE;
}

/** The user a record belongs to: its owner (owned types) or its author (derived types); null when none. */
export async function recordAuthorId(manager: EntityManager, type: string, id: number): Promise<number | null> {
  const table = tables.get(type);
  const def = derived.get(type);
  const source = table ? { entity: table.entity, alias: table.alias, column: table.columns.owner } : def?.author ? { entity: def.entity, alias: def.alias, column: def.author } : null;
  if (!source) return null;
  const row = await manager.createQueryBuilder(source.entity, source.alias).select(source.column, 'uid').where(`${source.alias}.id = :id`, { id }).getRawOne<{ uid: number | null }>();
  return row?.uid ? Number(row.uid) : null;
}

/** An owned type's scope columns moved onto another alias (for joins that name the table differently). */
export const scopeColumnsOn = (table: ScopedTable<ObjectLiteral>, alias: string) => renamedColumns(table.columns, table.alias, alias);
