// The CLI `npm run crm -- create-admin` on an empty SQLite database, run as a child process exactly as an
// operator would: migrations, bootstrap, an ACTIVE super administrator who must change the password.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { DataSource, IsNull } from 'typeorm';
import { AuditLog, Department, Role, User, UserRole } from '@/entities';
import { UserStatus } from '@/entities/user.entity';
import { createDataSource } from '@/lib/db/data-source';
import { verifyPassword } from '@/lib/auth/password';
import { BUILTIN_ROLES } from '@/lib/org/builtin-roles';

const run = promisify(execFile);
const ROOT = path.join(__dirname, '..', '..');
let dir: string;
let file: string;

async function crm(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['-r', './scripts/register.js', 'scripts/crm.ts', ...args], {
      cwd: ROOT, env: { ...process.env, DATABASE_URL: `file:${file}`, BCRYPT_ROUNDS: '4' }, timeout: 60_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

async function withDb<T>(work: (db: DataSource) => Promise<T>): Promise<T> {
  const db = createDataSource(`file:${file}`);
  await db.initialize();
  try { return await work(db); } finally { await db.destroy(); }
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crm-cli-'));
  file = path.join(dir, 'crm.sqlite');
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test('create-admin on an empty database migrates, bootstraps and prints a generated password once', async () => {
  const result = await crm('create-admin', 'admin', '--name', '系统管理员');
  expect(result.code).toBe(0);
  const password = /Initial password \(shown only this once\): (\S+)/.exec(result.stdout)?.[1];
  expect(password).toMatch(/^(?=.*[A-Za-z])(?=.*\d)\S{20}$/);

  await withDb(async (db) => {
    const admin = await db.getRepository(User).findOneByOrFail({ username: 'admin' });
    const root = await db.getRepository(Department).findOneByOrFail({ parentId: IsNull() });
    expect(admin).toMatchObject({ name: '系统管理员', status: UserStatus.ACTIVE, mustChangePassword: true, departmentId: root.id });
    expect(await verifyPassword(password!, admin.passwordHash)).toBe(true);
    const links = await db.getRepository(UserRole).findBy({ userId: admin.id });
    const roles = await db.getRepository(Role).findBy(links.map((l) => ({ id: l.roleId })));
    expect(roles.map((r) => r.code)).toEqual(['SUPER_ADMIN']);
    expect(await db.getRepository(Role).count()).toBe(BUILTIN_ROLES.length);
    expect(await db.getRepository(AuditLog).countBy({ entityType: 'user', entityId: admin.id, action: 'create' })).toBe(1);
  });
});

test('create-admin with --password uses it and prints no password; an existing username is refused', async () => {
  const ok = await crm('create-admin', 'boss', '--password', 'Chosen12345');
  expect(ok.code).toBe(0);
  expect(ok.stdout).not.toContain('Chosen12345');
  expect(ok.stdout).not.toMatch(/Initial password/);

  const taken = await crm('create-admin', 'boss');
  expect(taken.code).toBe(1);
  expect(taken.stderr).toMatch(/already exists/);
  const weak = await crm('create-admin', 'weakling', '--password', 'short');
  expect(weak.code).toBe(1);
  expect(weak.stderr).toMatch(/password/);
  const usage = await crm('create-admin');
  expect(usage.code).toBe(2);

  await withDb(async (db) => {
    const boss = await db.getRepository(User).findOneByOrFail({ username: 'boss' });
    expect(await verifyPassword('Chosen12345', boss.passwordHash)).toBe(true);
    expect(await db.getRepository(User).count()).toBe(2);
    expect(await db.getRepository(Department).count()).toBe(1);
  });
});
