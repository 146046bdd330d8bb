// The one DataSource: embedded SQLite (data/crm.sqlite) by default, MySQL/MariaDB when DATABASE_URL is mysql://.
import 'reflect-metadata';
import path from 'node:path';
import fs from 'node:fs';
import { DataSource, DataSourceOptions } from 'typeorm';
import { entities } from '@/entities';
import { migrations } from './migrations';
import { AccessVersionSubscriber } from '@/lib/access/access-version';
import { SearchIndexSubscriber } from '@/lib/search/search-index';
import { NameSortSubscriber } from '@/lib/name-sort/name-sort';

export type DatabaseKind = 'sqlite' | 'mysql';

export function databaseKind(url = process.env.DATABASE_URL): DatabaseKind {
  if (!url) return 'sqlite';
  if (/^(mysql|mariadb):\/\//.test(url)) return 'mysql';
  if (/^(file|sqlite):/.test(url)) return 'sqlite';
  throw new Error(`DATABASE_URL must start with mysql:// or file: (got ${url.split(':')[0]}:)`);
}

export function sqliteFile(url?: string): string {
  if (url && /^(file|sqlite):/.test(url)) return url.replace(/^(file|sqlite):(\/\/)?/, '');
  return path.join(process.cwd(), 'data', 'crm.sqlite');
}

/** MySQL and MariaDB differ in how they report schema details; TypeORM needs to know which one it talks to. */
export type MysqlFlavour = 'mysql' | 'mariadb';

export async function detectMysqlFlavour(url: string): Promise<MysqlFlavour> {
  if (url.startsWith('mariadb:')) return 'mariadb';
  const mysql = await import('mysql2/promise');
  const connection = await mysql.createConnection(url);
  try {
    const [rows] = await connection.query('SELECT VERSION() AS v');
    return /mariadb/i.test(String((rows as { v: string }[])[0]?.v)) ? 'mariadb' : 'mysql';
  } finally {
    await connection.end();
  }
}

export function dataSourceOptions(url = process.env.DATABASE_URL, flavour: MysqlFlavour = 'mysql'): DataSourceOptions {
  // Subscribers: the access version bumped with every change scopes depend on (lib/access/access-version.ts); the
  // keyword index written with the records it indexes (lib/search/search-index.ts); the pinyin sort keys set with
  // the names they sort (lib/name-sort/name-sort.ts).
  const subscribers = [AccessVersionSubscriber, SearchIndexSubscriber, NameSortSubscriber];
  const common = { entities, migrations, subscribers, logging: process.env.DB_LOG === '1' } as const;
  if (databaseKind(url) === 'mysql') {
    return {
      ...common,
      type: flavour,
      url: url!.replace(/^mariadb:/, 'mysql:'),
      timezone: 'Z',
      charset: 'utf8mb4_unicode_ci',
      extra: { connectionLimit: Number(process.env.DB_POOL_SIZE ?? 10) },
    };
  }
  const database = sqliteFile(url);
  if (database !== ':memory:') fs.mkdirSync(path.dirname(database), { recursive: true });
  return {
    ...common,
    type: 'better-sqlite3',
    database,
    // WAL lets readers go on while one writer commits; busy_timeout waits instead of failing at once.
    prepareDatabase: (db: { pragma(sql: string): unknown }) => {
      db.pragma('journal_mode = WAL');
      db.pragma('busy_timeout = 5000');
      db.pragma('foreign_keys = ON');
    },
  };
}

export function createDataSource(url = process.env.DATABASE_URL, flavour: MysqlFlavour = 'mysql'): DataSource {
  return new DataSource(dataSourceOptions(url, flavour));
}

/** Creates and initialises a DataSource, detecting MySQL vs MariaDB first. */
export async function openDataSource(url = process.env.DATABASE_URL): Promise<DataSource> {
  const flavour = databaseKind(url) === 'mysql' ? await detectMysqlFlavour(url!.replace(/^mariadb:/, 'mysql:')) : 'mysql';
  return createDataSource(url, flavour).initialize();
}

const holder = globalThis as unknown as { __crmDataSource?: Promise<DataSource> };

/** The process-wide DataSource, initialised once (also across Next.js hot reloads). */
export function getDataSource(): Promise<DataSource> {
  holder.__crmDataSource ??= openDataSource()
    .catch((error) => {
      holder.__crmDataSource = undefined;
      throw error;
    });
  return holder.__crmDataSource;
}
