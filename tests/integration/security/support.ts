// Helpers for the security tests: raw HTTP requests to the real GraphQL route handler, the log lines a
// request wrote, and a checksum of every table (to prove that refused requests wrote nothing).
import { NextRequest } from 'next/server';
import { DataSource } from 'typeorm';
import { GET, POST } from '@/app/api/graphql/route';
import { logger } from '@/lib/logger';

export interface RawAnswer { status: number; contentType: string | null; text: string; json: any } // eslint-disable-line @typescript-eslint/no-explicit-any

/** Sends exactly these bytes/headers to the route handler (GET or POST) and reads the answer whatever it is. */
export async function raw(init: { method?: string; headers?: Record<string, string>; body?: BodyInit | null; search?: string }): Promise<RawAnswer> {
  const method = init.method ?? 'POST';
  const req = new NextRequest(`http://localhost/api/graphql${init.search ?? ''}`, { method, headers: init.headers, body: init.body ?? null, duplex: 'half' } as ConstructorParameters<typeof NextRequest>[1]);
  const res = await (method === 'GET' ? GET(req) : POST(req));
  const text = await res.text();
  let json: unknown;
  try { json = JSON.parse(text); } catch { json = undefined; }
  return { status: res.status, contentType: res.headers.get('content-type'), text, json };
}

type Level = 'trace' | 'debug' | 'info' | 'warn' | 'error' | 'fatal';
const LEVELS: Level[] = ['trace', 'debug', 'info', 'warn', 'error', 'fatal'];

/** Records every pino call (level and arguments) while `work` runs. */
export async function logged<T>(work: () => Promise<T>): Promise<{ result: T; lines: { level: Level; args: unknown[] }[] }> {
  const lines: { level: Level; args: unknown[] }[] = [];
  const spies = LEVELS.map((level) => jest.spyOn(logger, level).mockImplementation(((...args: unknown[]) => { lines.push({ level, args }); }) as never));
  const consoleSpy = jest.spyOn(console, 'error').mockImplementation((...args: unknown[]) => { lines.push({ level: 'error', args }); });
  try {
    return { result: await work(), lines };
  } finally {
    spies.forEach((s) => s.mockRestore());
    consoleSpy.mockRestore();
  }
}

/** True when a logged value carries a stack trace (an Error, or a string that looks like one). */
export function hasStack(value: unknown): boolean {
  if (value instanceof Error) return true;
  const text = (() => { try { return JSON.stringify(value) ?? ''; } catch { return String(value); } })();
  return /\n\s+at |"stack"|\bat [\w.<>]+ \(/.test(text);
}

/** Every table of the database (entities, join tables, the migrations table), by name. */
async function tableNames(db: DataSource): Promise<string[]> {
  const rows: Record<string, string>[] = db.options.type === 'better-sqlite3'
    ? await db.query("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    : await db.query('SHOW TABLES');
  return rows.map((r) => Object.values(r)[0]).sort();
}

/** Columns a request may touch without writing anything of the user's: a token's last use. */
const VOLATILE = new Set(['last_used_at']);

/** Row count and a content hash of every table: equal before and after means nothing was written. */
export async function tableChecksums(db: DataSource): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const table of await tableNames(db)) {
    const rows: unknown[] = await db.query(`SELECT * FROM ${db.driver.escape(table)}`);
    const text = rows.map((r) => JSON.stringify(r, (k, v) => (VOLATILE.has(k) ? undefined : typeof v === 'bigint' ? String(v) : v))).sort().join('\n');
    out[table] = `${rows.length}:${hash(text)}`;
  }
  return out;
}

function hash(text: string) {
  return require('node:crypto').createHash('sha256').update(text).digest('hex').slice(0, 16); // eslint-disable-line @typescript-eslint/no-require-imports
}
