// Backup and restore (issue 13, item 7): the demo company with attachment files goes into one archive and comes
// back into an empty database with every table's row count and checksum and every file equal; a non-empty
// target, a newer schema and a damaged archive are refused before anything is written.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as tar from 'tar';
import { DataSource } from 'typeorm';
import { FollowUp, Lead, Opportunity, User } from '@/entities';
import { FollowUpMethod } from '@/entities/follow-up.entity';
import { loadViewer } from '@/lib/access';
import { uploadAttachment } from '@/lib/attachment/attachment.service';
import { createBackup } from '@/lib/backup/backup';
import { BackupError, Manifest } from '@/lib/backup/manifest';
import { restoreBackup } from '@/lib/backup/restore';
import { openDataSource } from '@/lib/db/data-source';
import { seedDemo } from '@/lib/demo/seed';
import { bootstrap } from '@/lib/org/bootstrap';
import { derivedDataDrift } from '@/lib/insight/derived';
import { NextRequest } from 'next/server';
import { AuditLog } from '@/entities';
import { GET as downloadBackup } from '@/app/api/admin/backup/route';
import { tokenFor } from '../support/api';
import { closeTestDatabase, onMysql, openTestDatabase } from '../support/database';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'crm-backup-test-'));
const sourceFiles = path.join(work, 'files-source');
const targetFiles = path.join(work, 'files-target');
let source: DataSource;
let sourceUrl: string;
let targetUrl: string;

/** A second, empty database beside the test's own: another MariaDB database, or another SQLite file. */
async function emptyTarget(): Promise<string> {
  if (!onMysql()) {
    const file = path.join(work, `target-${Date.now()}.sqlite`);
    return `file:${file}`;
  }
  const url = new URL(process.env.DATABASE_URL!);
  const name = `${url.pathname.slice(1)}_restore`;
  const mysql = await import('mysql2/promise');
  const server = new URL(url.toString());
  server.pathname = '/';
  const connection = await mysql.createConnection(server.toString());
  await connection.query(`DROP DATABASE IF EXISTS \`${name}\``);
  await connection.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await connection.end();
  url.pathname = `/${name}`;
  return url.toString();
}

const archive = (name: string) => path.join(work, name);
const comparable = (m: Manifest) => ({ migrations: m.migrations, tables: m.tables, attachments: m.attachments });

async function repack(from: string, to: string, change: (dir: string) => void) {
  const dir = fs.mkdtempSync(path.join(work, 'repack-'));
  await tar.x({ file: from, cwd: dir });
  change(dir);
  await tar.c({ gzip: true, file: to, cwd: dir }, fs.readdirSync(dir));
}

beforeAll(async () => {
  if (onMysql()) {
    source = await openTestDatabase();
    sourceUrl = process.env.DATABASE_URL!;
  } else {
    // The in-memory test database cannot be read by a second connection: the source is a file.
    sourceUrl = `file:${path.join(work, 'source.sqlite')}`;
    source = await openDataSource(sourceUrl);
    await source.runMigrations();
    await bootstrap(source);
    // The download route reads the app's database: point it at the file.
    process.env.DATABASE_URL = sourceUrl;
    (globalThis as unknown as { __crmDataSource?: Promise<DataSource> }).__crmDataSource = Promise.resolve(source);
  }
  await seedDemo(source);
  const li = (await loadViewer(source.manager, (await source.getRepository(User).findOneByOrFail({ username: 'li' })).id))!.viewer;
  // Follow-ups on a lead and an opportunity: tables restored after follow_up, whose owner each follow-up copies.
  for (const [parentType, entity] of [['lead', Lead], ['opportunity', Opportunity]] as const) {
    const parent = await source.getRepository(entity).findOneOrFail({ where: { ownerId: li.userId }, order: { id: 'ASC' } });
    await source.getRepository(FollowUp).insert({
      parentType, parentId: parent.id, subject: '致电', method: FollowUpMethod.PHONE, objective: '确认需求', result: '约了下周拜访', occurredAt: new Date(), substantive: true, authorId: li.userId,
    });
  }
  for (const [name, text] of [['合同扫描件.pdf', '%PDF-1.4 签字页'], ['报价单.xlsx', 'not really a workbook']]) {
    await uploadAttachment(source, li, { name, bytes: new TextEncoder().encode(text) }, null, { dir: sourceFiles, maxBytes: 1 << 20, types: ['pdf', 'xlsx'] });
  }
}, 300_000);

afterAll(async () => {
  if (onMysql()) await closeTestDatabase(source);
  else {
    delete process.env.DATABASE_URL;
    (globalThis as unknown as { __crmDataSource?: Promise<DataSource> }).__crmDataSource = undefined;
    await source.destroy();
  }
  fs.rmSync(work, { recursive: true, force: true });
});

test('a backup restored into an empty database gives back every table and every attachment file, byte for byte', async () => {
  const first = await createBackup({ databaseUrl: sourceUrl, attachmentDir: sourceFiles, file: archive('first.tar.gz') });
  expect(first.tables.find((t) => t.name === 'customer')!.rows).toBeGreaterThan(100);
  expect(first.tables.find((t) => t.name === 'user')!.rows).toBeGreaterThanOrEqual(9);
  expect(first.attachments).toHaveLength(2);
  expect(first.tables.map((t) => t.name)).not.toContain('migrations');

  targetUrl = await emptyTarget();
  const restored = await restoreBackup({ databaseUrl: targetUrl, attachmentDir: targetFiles, file: archive('first.tar.gz') });
  expect(comparable(restored)).toEqual(comparable(first));

  const second = await createBackup({ databaseUrl: targetUrl, attachmentDir: targetFiles, file: archive('second.tar.gz') });
  expect(comparable(second)).toEqual(comparable(first));
  for (const file of first.attachments) {
    expect(fs.readFileSync(path.join(targetFiles, file.path))).toEqual(fs.readFileSync(path.join(sourceFiles, file.path)));
  }

  // The restored database is a working CRM: the same people sign in and own the same customers.
  const restoredDb = await openDataSource(targetUrl);
  try {
    const wang = await restoredDb.getRepository(User).findOneByOrFail({ username: 'wang' });
    expect(wang.passwordHash).toBe((await source.getRepository(User).findOneByOrFail({ username: 'wang' })).passwordHash);
    expect(await restoredDb.query('SELECT COUNT(*) AS n FROM customer WHERE owner_id = ?', [wang.id])).toEqual(await source.query('SELECT COUNT(*) AS n FROM customer WHERE owner_id = ?', [wang.id]));
    // What triggers keep (the dashboard's rollups, each follow-up's copy of its parent) holds in the restored rows.
    expect(await derivedDataDrift(restoredDb.manager)).toEqual([]);
    expect(Number((await restoredDb.query("SELECT COUNT(*) AS n FROM follow_up WHERE parent_type IN ('lead', 'opportunity')"))[0].n)).toBeGreaterThan(0);
  } finally {
    await restoredDb.destroy();
  }
}, 300_000);

test('restore refuses a database that is not empty, and writes nothing', async () => {
  const before = await createBackup({ databaseUrl: targetUrl, attachmentDir: targetFiles, file: archive('before.tar.gz') });
  await expect(restoreBackup({ databaseUrl: targetUrl, attachmentDir: targetFiles, file: archive('first.tar.gz') })).rejects.toThrow(/not empty/);
  const after = await createBackup({ databaseUrl: targetUrl, attachmentDir: targetFiles, file: archive('after.tar.gz') });
  expect(comparable(after)).toEqual(comparable(before));
}, 120_000);

test('restore refuses an archive of a newer schema, a damaged table file, a truncated archive and a file that is no archive', async () => {
  await repack(archive('first.tar.gz'), archive('newer.tar.gz'), (dir) => {
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
    manifest.migrations.push('FromTheFuture1999999999999');
    fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest));
  });
  await repack(archive('first.tar.gz'), archive('tampered.tar.gz'), (dir) => {
    const file = path.join(dir, 'tables', 'customer.jsonl');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('客户', '顾客'));
  });
  const whole = Uint8Array.from(fs.readFileSync(archive('first.tar.gz')));
  fs.writeFileSync(archive('truncated.tar.gz'), whole.subarray(0, Math.floor(whole.length / 2)));
  fs.writeFileSync(archive('garbage.tar.gz'), 'this is not an archive');

  const cases: [string, RegExp][] = [
    ['newer.tar.gz', /schema is newer/], ['tampered.tar.gz', /checksum mismatch in table customer/],
    ['truncated.tar.gz', /damaged archive/], ['garbage.tar.gz', /damaged archive|not a backup/],
  ];
  for (const [file, reason] of cases) {
    const target = await emptyTarget();
    const error = await restoreBackup({ databaseUrl: target, attachmentDir: path.join(work, 'files-refused'), file: archive(file) }).catch((e) => e);
    expect([file, error]).toEqual([file, expect.any(BackupError)]);
    expect(error.message).toMatch(reason);
    // Nothing was written: the target database is still empty and no file was copied.
    const check = await openDataSource(target);
    try {
      const tables = onMysql() ? await check.query('SHOW TABLES') : await check.query(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`);
      expect(tables).toEqual([]);
    } finally {
      await check.destroy();
    }
    expect(fs.existsSync(path.join(work, 'files-refused'))).toBe(false);
  }
}, 300_000);

test('a super administrator downloads a backup from the settings page; everyone else gets 404 as if it did not exist', async () => {
  const request = async (username: string | null) => {
    const headers: Record<string, string> = {};
    if (username) {
      const as = await tokenFor(source, await source.getRepository(User).findOneByOrFail({ username }));
      headers.authorization = `Bearer ${(as as { token: string }).token}`;
    }
    return downloadBackup(new NextRequest('http://localhost/api/admin/backup', { headers }));
  };
  for (const who of [null, 'it', 'wang', 'li']) expect([who, (await request(who)).status]).toEqual([who, 404]);

  const response = await request('admin');
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('application/gzip');
  expect(response.headers.get('content-disposition')).toMatch(/crm-backup-\d{8}-\d{6}\.tar\.gz/);
  const file = archive('downloaded.tar.gz');
  fs.writeFileSync(file, new Uint8Array(await response.arrayBuffer()));
  const dir = fs.mkdtempSync(path.join(work, 'downloaded-'));
  await tar.x({ file, cwd: dir });
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as Manifest;
  expect(manifest.tables.find((t) => t.name === 'customer')!.rows).toBeGreaterThan(100);

  const admin = await source.getRepository(User).findOneByOrFail({ username: 'admin' });
  const entries = await source.getRepository(AuditLog).findBy({ action: 'backup', actorId: admin.id });
  expect(entries).toHaveLength(1);
}, 120_000);
