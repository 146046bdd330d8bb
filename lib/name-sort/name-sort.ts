// Keeps the stored pinyin sort keys (`*_sort` columns, lib/name-sort/sort-key.ts) equal to the names they sort.
// A TypeORM subscriber sets them before every insert and update that carries the name — save, insert and update
// by entity or query builder alike — so creating, renaming, imports, merges and conversions cannot forget them.
// For an update by query builder the key is added to the very object given to `set()` (TypeORM hands the subscriber
// that object): callers that audit should take their changes before writing, as they do. Raw SQL writers (the
// bench generator) call `fillSortKeys` afterwards.
import { EntityManager, EntitySubscriberInterface, EventSubscriber, InsertEvent, ObjectLiteral, UpdateEvent } from 'typeorm';
import { Customer, Lead, Opportunity, Product, User } from '@/entities';
import { nameSortKey } from './sort-key';

export interface SortedName {
  /** The name's property and column. */
  property: string; column: string;
  /** Its key's property and column. */
  sortProperty: string; sortColumn: string;
  kind: 'person' | 'name';
}

const name = (kind: SortedName['kind'] = 'name'): SortedName => ({ property: 'name', column: 'name', sortProperty: 'nameSort', sortColumn: 'name_sort', kind });

export interface SortedTable { table: string; names: SortedName[] }

/** The sorted names per entity (and per table, for raw fills). */
export const SORTED_NAMES = new Map<unknown, SortedTable>([
  [Customer, { table: 'customer', names: [name()] }],
  [Lead, { table: 'lead', names: [name('person'), { property: 'company', column: 'company', sortProperty: 'companySort', sortColumn: 'company_sort', kind: 'name' }] }],
  [Opportunity, { table: 'opportunity', names: [name()] }],
  [Product, { table: 'product', names: [name()] }],
  [User, { table: 'user', names: [name('person')] }],
]);

/** Sets the keys of the names present in a row being written (an entity or a query builder's values). */
function fillKeys(target: unknown, row: ObjectLiteral | undefined) {
  const sorted = SORTED_NAMES.get(target);
  if (!sorted || !row) return;
  for (const n of sorted.names) {
    const value = row[n.property];
    // A name set by an SQL expression (a function) cannot be read here; none of the writers does that.
    if (typeof value === 'string' || value === null) row[n.sortProperty] = nameSortKey(value, n.kind);
  }
}

// Registered by lib/db/data-source.ts (`subscribers`).
@EventSubscriber()
export class NameSortSubscriber implements EntitySubscriberInterface {
  beforeInsert(event: InsertEvent<ObjectLiteral>) {
    fillKeys(event.metadata.target, event.entity);
  }

  beforeUpdate(event: UpdateEvent<ObjectLiteral>) {
    fillKeys(event.metadata.target, event.entity);
  }
}

/** Keys computed per batch; a batch's parameters stay far below SQLite's limit of 32 766. */
const MAX_BATCH = 5000;
const MAX_PARAMETERS = 30_000;

/**
 * Computes the keys of a table's rows in id order (keyset), a few thousand per batch, one `CASE id` UPDATE per
 * batch; `onlyMissing` reads only rows whose first key is still empty (after raw inserts). `updated_at` keeps its
 * value (MariaDB would otherwise stamp it). Returns the rows written. Used by the migration that added the keys
 * and by the bench generator's fills.
 */
export async function fillSortKeys(manager: EntityManager, table: string, names: readonly Pick<SortedName, 'column' | 'sortColumn' | 'kind'>[], options: { batch?: number; onlyMissing?: boolean } = {}): Promise<number> {
  const q = (identifier: string) => manager.connection.driver.escape(identifier);
  const batch = Math.min(options.batch ?? MAX_BATCH, Math.floor(MAX_PARAMETERS / (1 + 2 * names.length)));
  const missing = options.onlyMissing ? ` AND ${q(names[0].sortColumn)} = '' AND ${q(names[0].column)} <> ''` : '';
  let last = 0;
  let written = 0;
  for (;;) {
    const rows: Record<string, unknown>[] = await manager.query(
      `SELECT ${q('id')}, ${names.map((n) => q(n.column)).join(', ')} FROM ${q(table)} WHERE ${q('id')} > ?${missing} ORDER BY ${q('id')} LIMIT ${batch}`, [last],
    );
    if (!rows.length) return written;
    const ids = rows.map((row) => Number(row.id));
    const params: unknown[] = [];
    const sets = names.map((n) => {
      const cases = rows.map((row) => { params.push(Number(row.id), nameSortKey(row[n.column] as string | null, n.kind)); return 'WHEN ? THEN ?'; });
      return `${q(n.sortColumn)} = CASE ${q('id')} ${cases.join(' ')} END`;
    });
    await manager.query(
      `UPDATE ${q(table)} SET ${sets.join(', ')}, ${q('updated_at')} = ${q('updated_at')} WHERE ${q('id')} IN (${ids.map(() => '?').join(', ')})`, [...params, ...ids],
    );
    written += rows.length;
    last = ids[ids.length - 1];
  }
}
