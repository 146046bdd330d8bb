// The backup archive's manifest: what the archive holds (schema version, every table with its row count and
// checksum, every attachment file with its size and checksum), and the checks a restore makes before writing.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { migrations } from '@/lib/db/migrations';

export const FORMAT = 'crm-backup';
export const FORMAT_VERSION = 1;
export const MANIFEST_FILE = 'manifest.json';
export const TABLE_DIR = 'tables';
export const ATTACHMENT_DIR = 'attachments';
/** TypeORM's own table: rebuilt by running the migrations the manifest names, never copied row by row. */
export const MIGRATIONS_TABLE = 'migrations';

export interface TableEntry { name: string; columns: string[]; rows: number; sha256: string }
export interface FileEntry { path: string; bytes: number; sha256: string }

export interface Manifest {
  format: typeof FORMAT;
  formatVersion: number;
  createdAt: string;
  databaseKind: 'mysql' | 'sqlite';
  /** Names of the migrations applied to the database that was backed up, in order: its schema version. */
  migrations: string[];
  tables: TableEntry[];
  attachments: FileEntry[];
}

/** Migration names this code knows, in order. */
export const knownMigrations = (): string[] => migrations.map((m) => (new m() as { name?: string }).name ?? m.name);

export class BackupError extends Error {}

export async function sha256OfFile(file: string): Promise<string> {
  const hash = crypto.createHash('sha256');
  for await (const chunk of fs.createReadStream(file)) hash.update(chunk as Uint8Array);
  return hash.digest('hex');
}

/** Reads and checks the manifest's shape and schema version; throws BackupError with a plain reason. */
export function readManifest(dir: string): Manifest {
  const file = path.join(dir, MANIFEST_FILE);
  if (!fs.existsSync(file)) throw new BackupError('not a backup archive: manifest.json is missing');
  let manifest: Manifest;
  try {
    manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as Manifest;
  } catch {
    throw new BackupError('damaged archive: manifest.json is not valid JSON');
  }
  if (manifest?.format !== FORMAT || !Array.isArray(manifest.tables) || !Array.isArray(manifest.attachments) || !Array.isArray(manifest.migrations)) {
    throw new BackupError('not a backup archive of this CRM');
  }
  if (manifest.formatVersion > FORMAT_VERSION) throw new BackupError(`archive format ${manifest.formatVersion} is newer than this version of the CRM understands (${FORMAT_VERSION})`);
  const known = knownMigrations();
  // By name, not position: TypeORM applies migrations by timestamp, and one merged late runs after newer ones.
  const unknown = manifest.migrations.find((name) => !known.includes(name));
  if (unknown) throw new BackupError(`the archive's schema is newer than (or different from) this version of the CRM: unknown migration ${unknown}`);
  for (const entry of [...manifest.tables.map((t) => t.name), ...manifest.attachments.map((a) => a.path)]) {
    if (typeof entry !== 'string' || !/^[A-Za-z0-9_./-]+$/.test(entry) || entry.split('/').includes('..')) throw new BackupError(`damaged archive: invalid entry name ${String(entry)}`);
  }
  return manifest;
}

/** Every table file and attachment is present with the size and checksum the manifest gives. */
export async function verifyContents(dir: string, manifest: Manifest) {
  for (const table of manifest.tables) {
    const file = path.join(dir, TABLE_DIR, `${table.name}.jsonl`);
    if (!fs.existsSync(file)) throw new BackupError(`damaged archive: the rows of table ${table.name} are missing`);
    if ((await sha256OfFile(file)) !== table.sha256) throw new BackupError(`damaged archive: checksum mismatch in table ${table.name}`);
  }
  for (const attachment of manifest.attachments) {
    const file = path.join(dir, ATTACHMENT_DIR, attachment.path);
    if (!fs.existsSync(file) || fs.statSync(file).size !== attachment.bytes) throw new BackupError(`damaged archive: attachment ${attachment.path} is missing or truncated`);
    if ((await sha256OfFile(file)) !== attachment.sha256) throw new BackupError(`damaged archive: checksum mismatch in attachment ${attachment.path}`);
  }
}
