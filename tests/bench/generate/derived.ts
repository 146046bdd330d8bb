// Data the application derives from rows when it writes them (so raw INSERTs skip it): filled here after
// generation and after any pending migration. A schema change that adds such data adds its fill below, written
// to be idempotent, and only where its columns exist (the bench must also run on older checkouts).
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

export const DERIVED_FILLS: { name: string; run: (conn: Conn) => Promise<void> }[] = [
  { name: 'record roots', run: recordRoots },
];

export async function fillDerived(conn: Conn) {
  for (const fill of DERIVED_FILLS) await fill.run(conn);
}
