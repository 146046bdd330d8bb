// `npm run crm -- backup FILE`: one consistent archive (.tar.gz) of every table and every attachment file, with a
// manifest. Tables are read inside one snapshot (InnoDB consistent snapshot / SQLite WAL read transaction), so
// writers are never blocked; rows are streamed to disk, never held in memory.
import crypto from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { once } from 'node:events';
import * as tar from 'tar';
import { ATTACHMENT_DIR, FORMAT, FORMAT_VERSION, FileEntry, MANIFEST_FILE, MIGRATIONS_TABLE, Manifest, TABLE_DIR, TableEntry, sha256OfFile } from './manifest';
import { RawDatabase, openRawDatabase } from './raw-database';

export interface BackupOptions {
  databaseUrl: string | undefined;
  attachmentDir: string;
  /** Where the .tar.gz goes. */
  file: string;
}

async function dumpTable(db: RawDatabase, table: string, file: string): Promise<TableEntry> {
  const columns = await db.columns(table);
  const hash = crypto.createHash('sha256');
  const out = fs.createWriteStream(file);
  let rows = 0;
  for await (const row of db.rows(table, columns)) {
    const line = `${JSON.stringify(row)}\n`;
    hash.update(line);
    rows++;
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return { name: table, columns, rows, sha256: hash.digest('hex') };
}

async function appliedMigrations(db: RawDatabase): Promise<string[]> {
  if (!(await db.tables()).includes(MIGRATIONS_TABLE)) return [];
  const names: { id: number; name: string }[] = [];
  for await (const [id, name] of db.rows(MIGRATIONS_TABLE, ['id', 'name'])) names.push({ id: Number(id), name: String(name) });
  return names.sort((a, b) => a.id - b.id).map((m) => m.name);
}

/** Attachment files: the two-character sub-directories of stored files (lib/attachment/attachment.storage.ts). */
async function attachmentFiles(dir: string): Promise<FileEntry[]> {
  if (!fs.existsSync(dir)) return [];
  const entries: FileEntry[] = [];
  for (const sub of (await fsp.readdir(dir, { withFileTypes: true })).filter((d) => d.isDirectory() && /^[0-9a-f]{2}$/.test(d.name)).sort((a, b) => a.name.localeCompare(b.name))) {
    for (const name of (await fsp.readdir(path.join(dir, sub.name))).filter((n) => /^[0-9a-f]{40}$/.test(n)).sort()) {
      const file = path.join(dir, sub.name, name);
      entries.push({ path: `${sub.name}/${name}`, bytes: (await fsp.stat(file)).size, sha256: await sha256OfFile(file) });
    }
  }
  return entries;
}

export async function createBackup(options: BackupOptions): Promise<Manifest> {
  const work = await fsp.mkdtemp(path.join(os.tmpdir(), 'crm-backup-'));
  const db = await openRawDatabase(options.databaseUrl);
  try {
    await fsp.mkdir(path.join(work, TABLE_DIR));
    await db.beginSnapshot();
    const migrations = await appliedMigrations(db);
    const tables: TableEntry[] = [];
    for (const table of (await db.tables()).filter((t) => t !== MIGRATIONS_TABLE)) {
      tables.push(await dumpTable(db, table, path.join(work, TABLE_DIR, `${table}.jsonl`)));
    }
    // Files are written once and never changed, so listing them after the snapshot misses nothing it references.
    const attachments = await attachmentFiles(options.attachmentDir);
    const manifest: Manifest = {
      format: FORMAT, formatVersion: FORMAT_VERSION, createdAt: new Date().toISOString(), databaseKind: db.kind, migrations, tables, attachments,
    };
    await fsp.writeFile(path.join(work, MANIFEST_FILE), JSON.stringify(manifest, null, 2));
    const entries = [MANIFEST_FILE, TABLE_DIR];
    if (attachments.length) {
      await fsp.mkdir(path.join(work, ATTACHMENT_DIR));
      for (const a of attachments) {
        await fsp.mkdir(path.join(work, ATTACHMENT_DIR, path.dirname(a.path)), { recursive: true });
        await fsp.link(path.join(options.attachmentDir, a.path), path.join(work, ATTACHMENT_DIR, a.path)).catch(() => fsp.copyFile(path.join(options.attachmentDir, a.path), path.join(work, ATTACHMENT_DIR, a.path)));
      }
      entries.push(ATTACHMENT_DIR);
    }
    await fsp.mkdir(path.dirname(path.resolve(options.file)), { recursive: true });
    const partial = `${options.file}.partial`;
    await tar.c({ gzip: true, file: partial, cwd: work, portable: true }, entries);
    await fsp.rename(partial, options.file);
    return manifest;
  } finally {
    await db.close();
    await fsp.rm(work, { recursive: true, force: true });
  }
}
