// SQL building blocks for the set-based generator: a connection, timed statements, hash-based "random" numbers.
import mysql from 'mysql2/promise';

export type Conn = mysql.Connection;

export async function connect(url: string, database?: string): Promise<Conn> {
  const u = new URL(url.replace(/^mariadb:/, 'mysql:'));
  return mysql.createConnection({
    host: u.hostname, port: Number(u.port || 3306), user: decodeURIComponent(u.username || 'root'),
    password: decodeURIComponent(u.password), database: database ?? (u.pathname.slice(1) || undefined),
    multipleStatements: false, timezone: 'Z', charset: 'utf8mb4_unicode_ci', dateStrings: true,
  });
}

export const databaseName = (url: string) => new URL(url.replace(/^mariadb:/, 'mysql:')).pathname.slice(1);

export async function rows<T = Record<string, unknown>>(conn: Conn, sql: string, params: unknown[] = []): Promise<T[]> {
  const [result] = await conn.query(sql, params);
  return result as T[];
}

/** Runs one statement, logging what it did and how long it took. */
export async function step(conn: Conn, label: string, sql: string, params: unknown[] = []): Promise<number> {
  const start = performance.now();
  const [result] = await conn.query(sql, params);
  const affected = (result as { affectedRows?: number }).affectedRows ?? 0;
  if (process.env.BENCH_QUIET !== '1') console.log(`  ${label}: ${affected} rows in ${((performance.now() - start) / 1000).toFixed(1)} s`);
  return affected;
}

/** A deterministic number in [0, 1) from an integer SQL expression and a salt (CRC32 spreads consecutive ids). */
export const rnd = (expr: string, salt: string) => `(CRC32(CONCAT('${salt}', ${expr})) / 4294967296)`;
/** A deterministic integer in [0, n) from an integer SQL expression and a salt. */
export const rint = (expr: string, salt: string, n: number) => `(CRC32(CONCAT('${salt}', ${expr})) MOD ${n})`;

/** Calls `body(from, to)` over 1..total in chunks, so each statement stays a moderate transaction. */
export async function chunked(total: number, size: number, body: (from: number, to: number) => Promise<unknown>) {
  for (let from = 1; from <= total; from += size) await body(from, Math.min(total, from + size - 1));
}

/** The sequence-engine table for from..to (MariaDB's built-in `seq_1_to_N` tables). */
export const seq = (from: number, to: number) => `seq_${from}_to_${to}`;

export async function maxId(conn: Conn, table: string): Promise<number> {
  const [row] = await rows<{ m: number | null }>(conn, `SELECT MAX(id) AS m FROM \`${table}\``);
  return Number(row.m ?? 0);
}
