// Login (lib/auth/login.service.ts): every attempt logged, throttling per username and per IP within the window
// (lib/auth/login-throttle.ts), disabled users refused, and the first login activating the account with a forced
// password change.
import { DataSource } from 'typeorm';
import { LoginLog, LoginThrottle, User } from '@/entities';
import { UserStatus } from '@/entities/user.entity';
import { THROTTLE, login } from '@/lib/auth/login.service';
import { closeTestDatabase, openTestDatabase } from '../support/database';
import { codeOf, gql, ok, sessionCookieFor } from '../support/api';
import { TEST_PASSWORD, makeUser, roleByCode, rootDepartment } from '../support/factories';
import { actor } from './org-support';

let db: DataSource;
beforeAll(async () => { db = await openTestDatabase(); });
afterAll(async () => closeTestDatabase(db));

const attempt = (username: string, password: string, ip = '192.0.2.1') => login(db, { username, password, ip, userAgent: 'jest' });
const logsOf = (username: string) => db.getRepository(LoginLog).find({ where: { username }, order: { id: 'ASC' } });

test('five failures lock the username for the window, even for the right password; every attempt is logged', async () => {
  expect(THROTTLE.maxPerUsername).toBe(5);
  const user = await makeUser(db, await rootDepartment(db), [await roleByCode(db, 'SALES')]);
  for (let i = 0; i < 5; i++) expect(await attempt(user.username, 'wrong-pass-1', `198.51.100.${i}`)).toEqual({ ok: false, reason: 'BAD_CREDENTIALS' });
  expect(await attempt(user.username, TEST_PASSWORD, '198.51.100.9')).toEqual({ ok: false, reason: 'THROTTLED' });
  const logs = await logsOf(user.username);
  expect(logs.map((l) => l.reason)).toEqual(['BAD_CREDENTIALS', 'BAD_CREDENTIALS', 'BAD_CREDENTIALS', 'BAD_CREDENTIALS', 'BAD_CREDENTIALS', 'THROTTLED']);
  expect(logs.every((l) => !l.success && l.userAgent === 'jest')).toBe(true);
  expect(logs[0]).toMatchObject({ userId: user.id, ip: '198.51.100.0' });

  // Once the window has run out, the right password works again.
  const old = new Date(Date.now() - THROTTLE.windowMs - 60_000);
  await db.getRepository(LoginThrottle).update({ key: `user:${user.username.toLowerCase()}` }, { windowStart: old });
  const result = await attempt(user.username, TEST_PASSWORD);
  expect(result.ok).toBe(true);
  expect((await logsOf(user.username)).at(-1)).toMatchObject({ success: true, reason: null, userId: user.id });
});

test('unknown usernames are logged without a user; many failures from one IP lock that IP', async () => {
  expect(await attempt('nobody-here', 'whatever-1')).toEqual({ ok: false, reason: 'BAD_CREDENTIALS' });
  expect((await logsOf('nobody-here'))[0]).toMatchObject({ userId: null, success: false, reason: 'BAD_CREDENTIALS' });

  const user = await makeUser(db, await rootDepartment(db), []);
  const ip = '203.0.113.50';
  for (let i = 0; i < THROTTLE.maxPerIp; i++) await attempt(`ghost${i}`, 'wrong-pass-1', ip);
  expect(await attempt(user.username, TEST_PASSWORD, ip)).toEqual({ ok: false, reason: 'THROTTLED' });
  expect((await attempt(user.username, TEST_PASSWORD, '203.0.113.51')).ok).toBe(true);
});

test('a disabled user cannot log in, and the refusal is logged', async () => {
  const user = await makeUser(db, await rootDepartment(db), [], { status: UserStatus.DISABLED });
  expect(await attempt(user.username, TEST_PASSWORD)).toEqual({ ok: false, reason: 'DISABLED' });
  expect((await logsOf(user.username))[0]).toMatchObject({ success: false, reason: 'DISABLED', userId: user.id });
});

test('the first login turns INACTIVE into ACTIVE; until changePassword everything but me is PASSWORD_CHANGE_REQUIRED', async () => {
  const admin = await actor(db, ['SYSTEM_ADMIN', 'SALES']);
  const root = await rootDepartment(db);
  const sales = await roleByCode(db, 'SALES');
  const created = await ok(admin.as, 'mutation($input: CreateUserInput!) { createUser(input: $input) { id status mustChangePassword } }', {
    input: { username: 'newcomer', name: '新人', departmentId: root.id, roleIds: [sales.id], password: 'Initial123' },
  });
  expect(created.createUser).toMatchObject({ status: 'INACTIVE', mustChangePassword: true });

  const result = await attempt('newcomer', 'Initial123');
  expect(result.ok).toBe(true);
  const user = await db.getRepository(User).findOneByOrFail({ username: 'newcomer' });
  expect(user.status).toBe(UserStatus.ACTIVE);
  expect(user.lastLoginAt).not.toBeNull();

  const session = await sessionCookieFor(user);
  expect((await ok(session, '{ me { mustChangePassword user { status } } }')).me).toEqual({ mustChangePassword: true, user: { status: 'ACTIVE' } });
  for (const query of ['{ customers { totalCount } }', '{ departments { id } }', '{ apiTokens { id } }']) {
    const blocked = await gql(session, query);
    expect([query, codeOf(blocked), blocked.errors![0].message]).toEqual([query, 'FORBIDDEN', 'PASSWORD_CHANGE_REQUIRED']);
  }
  const CHANGE = 'mutation($o: String!, $n: String!) { changePassword(oldPassword: $o, newPassword: $n) { mustChangePassword } }';
  const wrongOld = await gql(session, CHANGE, { o: 'Nope12345', n: 'MyOwn12345' });
  expect(codeOf(wrongOld)).toBe('BAD_USER_INPUT');
  expect(wrongOld.errors![0].extensions!.fields).toEqual([{ field: 'oldPassword', message: 'is not your current password' }]);
  expect((await ok(session, CHANGE, { o: 'Initial123', n: 'MyOwn12345' })).changePassword.mustChangePassword).toBe(false);

  // The password change ends the old session; signing in again opens everything the role allows.
  expect(codeOf(await gql(session, '{ me { user { id } } }'))).toBe('UNAUTHENTICATED');
  const again = await attempt('newcomer', 'MyOwn12345');
  expect(again.ok).toBe(true);
  const next = await sessionCookieFor(await db.getRepository(User).findOneByOrFail({ username: 'newcomer' }));
  expect((await ok(next, '{ customers { totalCount } }')).customers.totalCount).toBe(0);
});
