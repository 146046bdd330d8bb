// Data the application derives from rows when it writes them (so raw INSERTs skip it): filled here after
// generation and after any pending migration. A schema change that adds such data adds its fill below, written
// to be idempotent, and only where its columns exist (the bench must also run on older checkouts).
import { openDataSource } from '@/lib/db/data-source';
import { rebuildSearchIndex } from '@/lib/search/search-index';
import { SEARCH_TYPES, SearchTypeName } from '@/lib/search/search-types';
import { SORTED_NAMES, SortedTable, fillSortKeys } from '@/lib/name-sort/name-sort';
import { Conn, rows, step } from './sql';

async function hasColumn(conn: Conn, table: string, column: string) {
  const found = await rows(conn, 'SELECT 1 FROM information_schema.columns WHERE table_schema = DATABASE() AND table_name = ? AND column_name = ?', [table, column]);
  return found.length > 0;
}

/** Notifications and comments carry the owned record they hang under (lib/access/record-roots.ts). */
async function recordRoots(conn: Conn) {
  for (const [table, type, id] of [['notification', 'entity_type', 'entity_id'], ['comment', 'target_type', 'target_id']]) {
    if (!(await hasColumn(conn, table, 'root_type'))) continue;
    await step(conn, `${table} roots (owned)`, `UPDATE \`${table}\` SET root_type = ${type}, root_id = ${id}
      WHERE root_type IS NULL AND ${type} IS NOT NULL AND ${type} NOT IN ('followup', 'payment_plan', 'receivable')`);
    await step(conn, `${table} roots (follow-ups)`, `UPDATE \`${table}\` t JOIN follow_up f ON f.id = t.${id}
      SET t.root_type = f.parent_type, t.root_id = f.parent_id WHERE t.root_type IS NULL AND t.${type} = 'followup'`);
  }
}

/**
 * The keyword index (lib/search), which the application writes with each customer, contact and lead: rebuilt through
 * the application's own code for every type whose indexed documents fall short of its rows (minutes at 1M).
 */
async function searchIndex(conn: Conn, url: string) {
  const [table] = await rows(conn, "SELECT 1 FROM information_schema.tables WHERE table_schema = DATABASE() AND table_name = 'search_document'");
  if (!table) return;
  const db = await openDataSource(url);
  try {
    for (const name of Object.keys(SEARCH_TYPES) as SearchTypeName[]) {
      const { tableName } = db.getMetadata(SEARCH_TYPES[name].entity);
      const [{ n: records }] = await rows<{ n: number }>(conn, `SELECT COUNT(*) AS n FROM \`${tableName}\``);
      const [{ n: indexed }] = await rows<{ n: number }>(conn, 'SELECT COUNT(*) AS n FROM search_document WHERE record_type = ?', [SEARCH_TYPES[name].code]);
      if (Number(indexed) >= Number(records)) continue;
      const start = performance.now();
      const done = await rebuildSearchIndex(db.manager, name, 5000);
      console.log(`  search index of ${tableName}: ${done} records in ${((performance.now() - start) / 1000).toFixed(1)} s`);
    }
  } finally {
    await db.destroy();
  }
}

/**
 * The pinyin sort keys (lib/name-sort) of names inserted by raw SQL (left at the column's default ''): computed in
 * JS in keyset batches of 5 000 rows, one CASE update each; rows that have their key are skipped.
 */
async function nameSortKeys(conn: Conn, url: string) {
  const present: SortedTable[] = [];
  for (const { table, names } of SORTED_NAMES.values()) if (await hasColumn(conn, table, names[0].sortColumn)) present.push({ table, names });
  if (!present.length) return;
  const db = await openDataSource(url);
  try {
    for (const { table, names } of present) {
      const start = performance.now();
      const done = await fillSortKeys(db.manager, table, names, { onlyMissing: true });
      if (done) console.log(`  pinyin sort keys of ${table}: ${done} rows in ${((performance.now() - start) / 1000).toFixed(1)} s`);
    }
  } finally {
    await db.destroy();
  }
}

export const DERIVED_FILLS: { name: string; run: (conn: Conn, url: string) => Promise<void> }[] = [
  { name: 'record roots', run: recordRoots },
  { name: 'keyword index', run: searchIndex },
  { name: 'pinyin sort keys', run: nameSortKeys },
];

export async function fillDerived(conn: Conn, url: string) {
  for (const fill of DERIVED_FILLS) await fill.run(conn, url);
}
