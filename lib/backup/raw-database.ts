// A raw connection of its own for backup and restore: tables, columns, ordered row streams and batched inserts,
// on MySQL/MariaDB (mysql2) and SQLite (better-sqlite3). Separate from the app's DataSource so a long read
// snapshot never holds the app's connection, and values pass through untouched (dates as stored, JSON as text).
import { databaseKind, sqliteFile } from '@/lib/db/data-source';

export type Cell = string | number | null | { b64: string };

export interface RawDatabase {
  kind: 'mysql' | 'sqlite';
  /** User tables, sorted by name (TypeORM's own `migrations` table included). */
  tables(): Promise<string[]>;
  columns(table: string): Promise<string[]>;
  /** Starts a read snapshot: every following read sees the database as of this moment; writers are not blocked. */
  beginSnapshot(): Promise<void>;
  /** Rows as arrays in `columns` order, ordered by the primary key (so the same data always dumps the same bytes). */
  rows(table: string, columns: string[]): AsyncIterable<Cell[]>;
  /**
   * Runs `work` in one transaction with foreign-key checks off (rows arrive in table order, not dependency order);
   * `clear` empties a table first.
   */
  loadInTransaction(work: (insert: (table: string, columns: string[], rows: Cell[][]) => Promise<void>, clear: (table: string) => Promise<void>) => Promise<void>): Promise<void>;
  close(): Promise<void>;
}

const fromBuffer = (value: unknown): Cell => {
  if (value === null || value === undefined) return null;
  if (Buffer.isBuffer(value)) return { b64: value.toString('base64') };
  if (typeof value === 'bigint') return value.toString();
  return value as string | number;
};
const toDriver = (cell: Cell) => (cell !== null && typeof cell === 'object' ? Buffer.from(cell.b64, 'base64') : cell);

async function openMysql(url: string): Promise<RawDatabase> {
  const mysql = await import('mysql2/promise');
  const raw = await import('mysql2');
  const options = {
    uri: url.replace(/^mariadb:/, 'mysql:'),
    // Dates and big numbers as the server prints them; JSON as its text: the dump is byte-stable and lossless.
    dateStrings: true, supportBigNumbers: true, bigNumberStrings: true, multipleStatements: false,
    typeCast: (field: { type: string; string(): string | null }, next: () => unknown) => (field.type === 'JSON' ? field.string() : next()),
  };
  const connection = await mysql.createConnection(options);
  const streaming = raw.createConnection(options);
  const database = String(((await connection.query('SELECT DATABASE() AS db')) as unknown as [{ db: string }[]])[0][0].db);
  const quote = (name: string) => `\`${name.replace(/`/g, '``')}\``;
  const primaryKey = async (table: string) => {
    const [rows] = await connection.query(
      `SELECT COLUMN_NAME AS c FROM information_schema.KEY_COLUMN_USAGE WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ? AND CONSTRAINT_NAME = 'PRIMARY' ORDER BY ORDINAL_POSITION`,
      [database, table]);
    return (rows as { c: string }[]).map((r) => r.c);
  };
  return {
    kind: 'mysql',
    async tables() {
      const [rows] = await connection.query(`SELECT TABLE_NAME AS t FROM information_schema.TABLES WHERE TABLE_SCHEMA = ? AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME`, [database]);
      return (rows as { t: string }[]).map((r) => r.t);
    },
    async columns(table) {
      const [rows] = await connection.query(`SELECT COLUMN_NAME AS c FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ? ORDER BY ORDINAL_POSITION`, [database, table]);
      return (rows as { c: string }[]).map((r) => r.c);
    },
    async beginSnapshot() {
      // InnoDB MVCC: a consistent snapshot without locks, so the app keeps writing while the backup reads.
      await new Promise<void>((resolve, reject) => streaming.query('SET SESSION TRANSACTION ISOLATION LEVEL REPEATABLE READ', (e) => (e ? reject(e) : resolve())));
      await new Promise<void>((resolve, reject) => streaming.query('START TRANSACTION WITH CONSISTENT SNAPSHOT, READ ONLY', (e) => (e ? reject(e) : resolve())));
    },
    async *rows(table, columns) {
      const order = (await primaryKey(table)).map(quote).join(', ') || columns.map(quote).join(', ');
      const stream = streaming.query({ sql: `SELECT ${columns.map(quote).join(', ')} FROM ${quote(table)} ORDER BY ${order}`, rowsAsArray: true }).stream({ highWaterMark: 500 });
      for await (const row of stream as AsyncIterable<unknown[]>) yield row.map(fromBuffer);
    },
    async loadInTransaction(work) {
      await connection.query('SET FOREIGN_KEY_CHECKS = 0');
      await connection.beginTransaction();
      try {
        await work(async (table, columns, rows) => {
          if (!rows.length) return;
          const placeholders = `(${columns.map(() => '?').join(', ')})`;
          await connection.query(`INSERT INTO ${quote(table)} (${columns.map(quote).join(', ')}) VALUES ${rows.map(() => placeholders).join(', ')}`, rows.flat().map(toDriver));
        }, async (table) => { await connection.query(`DELETE FROM ${quote(table)}`); });
        await connection.commit();
      } catch (error) {
        await connection.rollback();
        throw error;
      } finally {
        await connection.query('SET FOREIGN_KEY_CHECKS = 1');
      }
    },
    async close() {
      await connection.end();
      await new Promise<void>((resolve) => streaming.end(() => resolve()));
    },
  };
}

/** The part of better-sqlite3 used here (the package ships no types). */
interface SqliteStatement { run(...params: unknown[]): unknown; get(): unknown; all(): unknown[]; iterate(): Iterable<unknown>; raw(on: boolean): SqliteStatement }
interface SqliteDatabase { prepare(sql: string): SqliteStatement; pragma(sql: string): unknown; close(): void; inTransaction: boolean }
type SqliteConstructor = new (file: string) => SqliteDatabase;

async function openSqlite(url: string): Promise<RawDatabase> {
  const file = url.replace(/^(file|sqlite):(\/\/)?/, '');
  if (!file || file === ':memory:') throw new Error('backup and restore need a database file, not an in-memory database');
  const db = new (require('better-sqlite3') as SqliteConstructor)(file);
  db.pragma('busy_timeout = 5000');
  const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;
  return {
    kind: 'sqlite',
    async tables() {
      return (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`).all() as { name: string }[]).map((r) => r.name);
    },
    async columns(table) {
      return (db.prepare(`PRAGMA table_info(${quote(table)})`).all() as { name: string }[]).map((r) => r.name);
    },
    async beginSnapshot() {
      // In WAL mode a read transaction sees one snapshot from its first read on, and writers go on meanwhile.
      db.prepare('BEGIN').run();
      db.prepare('SELECT COUNT(*) FROM sqlite_master').get();
    },
    async *rows(table, columns) {
      const info = db.prepare(`PRAGMA table_info(${quote(table)})`).all() as { name: string; pk: number }[];
      const key = info.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk).map((c) => quote(c.name));
      const statement = db.prepare(`SELECT ${columns.map(quote).join(', ')} FROM ${quote(table)} ORDER BY ${key.length ? key.join(', ') : 'rowid'}`).raw(true);
      for (const row of statement.iterate() as Iterable<unknown[]>) yield row.map(fromBuffer);
    },
    async loadInTransaction(work) {
      db.pragma('foreign_keys = OFF');
      db.prepare('BEGIN IMMEDIATE').run();
      try {
        await work(async (table, columns, rows) => {
          if (!rows.length) return;
          const insert = db.prepare(`INSERT INTO ${quote(table)} (${columns.map(quote).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`);
          for (const row of rows) insert.run(row.map(toDriver));
        }, async (table) => { db.prepare(`DELETE FROM ${quote(table)}`).run(); });
        db.prepare('COMMIT').run();
      } catch (error) {
        db.prepare('ROLLBACK').run();
        throw error;
      } finally {
        db.pragma('foreign_keys = ON');
      }
    },
    async close() {
      if (db.inTransaction) db.prepare('ROLLBACK').run();
      db.close();
    },
  };
}

export async function openRawDatabase(url: string | undefined): Promise<RawDatabase> {
  const kind = databaseKind(url);
  if (kind === 'mysql') return openMysql(url!);
  return openSqlite(`file:${sqliteFile(url)}`);
}
