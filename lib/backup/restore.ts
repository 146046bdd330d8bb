// `npm run crm -- restore FILE`: checks the archive (manifest, schema version, every checksum) before writing
// anything, then into an EMPTY database: the archive's migrations, its rows in one transaction, the migrations
// added since, and the attachment files. A newer schema or a damaged archive is refused.
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import * as tar from 'tar';
import { openDataSource } from '@/lib/db/data-source';
import { migrations as allMigrations } from '@/lib/db/migrations';
import { ATTACHMENT_DIR, BackupError, Manifest, TABLE_DIR, readManifest, verifyContents } from './manifest';
import { Cell, openRawDatabase } from './raw-database';

export interface RestoreOptions {
  databaseUrl: string | undefined;
  attachmentDir: string;
  file: string;
}

const BATCH = 500;

async function extract(file: string, into: string) {
  try {
    // node-tar refuses absolute paths and `..` by default; `strict` turns a corrupt archive into an error.
    await tar.x({ file, cwd: into, strict: true });
  } catch (error) {
    throw new BackupError(`damaged archive: ${(error as Error).message}`);
  }
}

/** Runs exactly the first `count` migrations (the archive's schema), or all of them. */
async function migrate(databaseUrl: string | undefined, count?: number) {
  const db = await openDataSource(databaseUrl);
  try {
    if (count !== undefined) db.migrations.splice(count);
    await db.runMigrations({ transaction: 'each' });
  } finally {
    await db.destroy();
  }
}

async function* lines(file: string): AsyncIterable<Cell[]> {
  const reader = readline.createInterface({ input: fs.createReadStream(file, 'utf8'), crlfDelay: Infinity });
  for await (const line of reader) if (line) yield JSON.parse(line) as Cell[];
}

/**
 * Tables whose rows database triggers derive from others load after them: a follow-up copies its parent's owner
 * when inserted (so after every parent table), and the rollups, which the inserts before them bump, are then
 * replaced by the archive's own rows (taken in the same snapshot, so equal to what the triggers would give).
 */
const rank = (table: string) => (table.startsWith('rollup_') ? 2 : table === 'follow_up' ? 1 : 0);
const loadOrder = <T extends { name: string }>(tables: T[]) => [...tables].sort((a, b) => rank(a.name) - rank(b.name));

async function loadRows(databaseUrl: string | undefined, dir: string, manifest: Manifest) {
  const db = await openRawDatabase(databaseUrl);
  try {
    const present = new Set(await db.tables());
    for (const table of manifest.tables) {
      if (!present.has(table.name)) throw new BackupError(`the archive's table ${table.name} does not exist at its schema version`);
      const columns = await db.columns(table.name);
      if (columns.length !== table.columns.length || table.columns.some((c) => !columns.includes(c))) throw new BackupError(`the columns of table ${table.name} differ from the archive's`);
    }
    await db.loadInTransaction(async (insert, clear) => {
      for (const table of loadOrder(manifest.tables)) {
        // Rows a migration seeded (e.g. the access version) are replaced by the archive's own.
        await clear(table.name);
        let batch: Cell[][] = [];
        for await (const row of lines(path.join(dir, TABLE_DIR, `${table.name}.jsonl`))) {
          batch.push(row);
          if (batch.length === BATCH) { await insert(table.name, table.columns, batch); batch = []; }
        }
        await insert(table.name, table.columns, batch);
      }
    });
  } finally {
    await db.close();
  }
}

async function requireEmptyDatabase(databaseUrl: string | undefined) {
  const db = await openRawDatabase(databaseUrl);
  try {
    const tables = await db.tables();
    if (tables.length) throw new BackupError(`the target database is not empty (${tables.length} tables): restore only into an empty database`);
  } finally {
    await db.close();
  }
}

async function copyAttachments(dir: string, manifest: Manifest, target: string) {
  for (const a of manifest.attachments) {
    const to = path.join(target, a.path);
    await fsp.mkdir(path.dirname(to), { recursive: true });
    // Storage names are random and files never change: an existing file of the same name is the same file.
    if (!fs.existsSync(to)) await fsp.copyFile(path.join(dir, ATTACHMENT_DIR, a.path), to);
  }
}

export async function restoreBackup(options: RestoreOptions): Promise<Manifest> {
  if (!fs.existsSync(options.file)) throw new BackupError(`no such file: ${options.file}`);
  const work = await fsp.mkdtemp(path.join(os.tmpdir(), 'crm-restore-'));
  try {
    await extract(options.file, work);
    const manifest = readManifest(work);
    await verifyContents(work, manifest);
    await requireEmptyDatabase(options.databaseUrl);
    await migrate(options.databaseUrl, manifest.migrations.length);
    await loadRows(options.databaseUrl, work, manifest);
    if (manifest.migrations.length < allMigrations.length) await migrate(options.databaseUrl);
    await copyAttachments(work, manifest, options.attachmentDir);
    return manifest;
  } finally {
    // A failed extraction may still be closing files: retry, and never let the clean-up hide the real error.
    await fsp.rm(work, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 }).catch(() => undefined);
  }
}
