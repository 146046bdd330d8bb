// The database settings a bench run uses, printed with its figures. The bench sets the InnoDB buffer pool
// (SET GLOBAL innodb_buffer_pool_size, BENCH_BUFFER_POOL, default 4G; "keep" leaves the server as it is) because
// MariaDB's default 128 MiB holds a fifth of the 1M-customer table and every figure would measure the disk.
import { Conn, rows } from './generate/sql';

const SHOWN = ['version', 'innodb_buffer_pool_size', 'innodb_log_file_size', 'innodb_flush_log_at_trx_commit', 'innodb_io_capacity',
  'max_connections', 'tmp_table_size', 'max_heap_table_size', 'sort_buffer_size', 'join_buffer_size', 'table_open_cache', 'optimizer_switch'];

const parseSize = (text: string) => {
  const m = /^(\d+)([KMG]?)$/i.exec(text.trim());
  if (!m) throw new Error(`BENCH_BUFFER_POOL must look like 4G, 512M or a byte count (got ${text})`);
  return Number(m[1]) * ({ '': 1, K: 1024, M: 1024 ** 2, G: 1024 ** 3 } as Record<string, number>)[m[2].toUpperCase()];
};

const variable = async (conn: Conn, name: string) =>
  String((await rows<{ Value: string }>(conn, 'SHOW GLOBAL VARIABLES LIKE ?', [name]))[0]?.Value ?? '');

/** Sets the buffer pool (waiting for the online resize to finish) unless BENCH_BUFFER_POOL=keep. */
export async function applyDatabaseSettings(conn: Conn) {
  const wanted = process.env.BENCH_BUFFER_POOL ?? '4G';
  if (wanted === 'keep') return;
  const bytes = parseSize(wanted);
  if (Number(await variable(conn, 'innodb_buffer_pool_size')) >= bytes) return;
  console.log(`SET GLOBAL innodb_buffer_pool_size = ${bytes} (${wanted}); BENCH_BUFFER_POOL=keep leaves the server's setting alone`);
  await conn.query('SET GLOBAL innodb_buffer_pool_size = ?', [bytes]);
  for (let i = 0; i < 600; i++) {
    const status = (await rows<{ Value: string }>(conn, "SHOW GLOBAL STATUS LIKE 'Innodb_buffer_pool_resize_status'"))[0]?.Value ?? '';
    if (Number(await variable(conn, 'innodb_buffer_pool_size')) >= bytes && !/started|resizing|withdrawing|allocating/i.test(status)) return;
    await new Promise((r) => setTimeout(r, 500));
  }
}

/** The settings in force, as name → value, for the printed report. */
export async function databaseSettings(conn: Conn): Promise<Record<string, string>> {
  const result: Record<string, string> = {};
  for (const name of SHOWN) {
    const value = await variable(conn, name);
    result[name] = name === 'optimizer_switch' ? value.split(',').filter((s) => /=on$/.test(s) && /condition_pushdown|derived|semijoin|rowid_filter|split/.test(s)).join(',') : value;
  }
  return result;
}

export const formatBytes = (value: string) => (/^\d+$/.test(value) && Number(value) >= 1024 * 1024 ? `${(Number(value) / 1024 ** 2).toFixed(0)} MiB` : value);
