// Bug class: a second door to the password check. changePassword, reachable with any session or API token, checks
// the old password under the same limits as a sign-in (shared counters, so the two doors do not add up), writes
// every refusal to the login log, and ends the old credentials: a password change or an administrator's reset
// revokes every API token of the user at once.
import { DataSource, IsNull } from 'typeorm';
import { ApiToken, AuditLog, LoginLog, User } from '@/entities';
import { login, THROTTLE } from '@/lib/auth/login.service';
import { verifyPassword } from '@/lib/auth/password';
import { closeTestDatabase, openTestDatabase } from '../../support/database';
import { As, codeOf, gql, ok, sessionCookieFor, tokenFor } from '../../support/api';
import { TEST_PASSWORD, makeUser, roleByCode, rootDepartment } from '../../support/factories';

let db: DataSource;
beforeAll(async () => { db = await openTestDatabase(); });
afterAll(async () => closeTestDatabase(db));

const CHANGE = 'mutation($o: String!, $n: String!) { changePassword(oldPassword: $o, newPassword: $n) { id } }';
const CREATE_TOKEN = 'mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { token apiToken { id } } }';
const RESET = 'mutation($id: ID!, $p: String!) { resetPassword(id: $id, newPassword: $p) { id } }';
const ME = '{ me { user { id } } }';

const seller = async () => makeUser(db, await rootDepartment(db), [await roleByCode(db, 'SALES')]);
const messageOf = (result: { errors?: { extensions?: Record<string, any> }[] }) => result.errors?.[0]?.extensions?.fields?.[0];
const passwordStill = async (user: User, plain: string) => verifyPassword(plain, (await db.getRepository(User).findOneByOrFail({ id: user.id })).passwordHash);

async function newToken(as: As): Promise<As> {
  const created = await ok(as, CREATE_TOKEN, { input: { name: '脚本', expiresAt: new Date(Date.now() + 7 * 86400_000).toISOString() } });
  return { token: created.createApiToken.token };
}

test('wrong old passwords are limited like sign-ins: after the limit even the right one is refused, and so is login', async () => {
  const user = await seller();
  const as = await tokenFor(db, user);
  for (let i = 0; i < THROTTLE.maxPerUsername; i++) {
    const wrong = await gql(as, CHANGE, { o: `Guess${i}pass`, n: 'Brand-new-1' });
    expect([codeOf(wrong), messageOf(wrong)]).toEqual(['BAD_USER_INPUT', { field: 'oldPassword', message: 'is not your current password' }]);
  }
  const right = await gql(as, CHANGE, { o: TEST_PASSWORD, n: 'Brand-new-1' });
  expect([codeOf(right), messageOf(right)?.message]).toEqual(['BAD_USER_INPUT', 'too many failed attempts; try again in 15 minutes']);
  expect(await passwordStill(user, TEST_PASSWORD)).toBe(true);
  // The counter is the sign-in counter: guessing through changePassword locks the login too, and vice versa.
  expect(await login(db, { username: user.username, password: TEST_PASSWORD, ip: '192.0.2.30', userAgent: 'jest' })).toEqual({ ok: false, reason: 'THROTTLED' });
});

test('a parallel burst of guesses checks no more old passwords than the limit allows', async () => {
  const user = await seller();
  const as = await tokenFor(db, user);
  const burst = await Promise.all(Array.from({ length: 20 }, (_, i) => gql(as, CHANGE, { o: `Parallel${i}guess`, n: 'Brand-new-2' })));
  const checked = burst.filter((r) => messageOf(r)?.message === 'is not your current password');
  expect(checked).toHaveLength(THROTTLE.maxPerUsername);
  expect(burst.every((r) => codeOf(r) === 'BAD_USER_INPUT')).toBe(true);
});

test('every refused change is in the login log with the user, the reason and the address', async () => {
  const user = await seller();
  const as = await tokenFor(db, user);
  await gql(as, CHANGE, { o: 'Wrong1pass', n: 'Brand-new-3' });
  for (let i = 0; i < THROTTLE.maxPerUsername; i++) await gql(as, CHANGE, { o: `Wrong${i}again`, n: 'Brand-new-3' });
  const rows = await db.getRepository(LoginLog).find({ where: { username: user.username }, order: { id: 'ASC' } });
  expect(rows.map((r) => r.reason)).toEqual([...Array(THROTTLE.maxPerUsername).fill('PASSWORD_CHANGE_REFUSED'), 'PASSWORD_CHANGE_THROTTLED']);
  expect(rows.every((r) => !r.success && r.userId === user.id && r.ip === '10.0.0.7')).toBe(true);
  const admin = await makeUser(db, await rootDepartment(db), [await roleByCode(db, 'SUPER_ADMIN')]);
  const listed = await ok(await tokenFor(db, admin), 'query($u: String) { loginLogs(filter: { username: $u }) { totalCount nodes { reason success } } }', { u: user.username });
  expect(listed.loginLogs.totalCount).toBe(rows.length);
});

test('a password change revokes every API token of the user, the one used for it too, and says how many', async () => {
  const user = await seller();
  const session = await sessionCookieFor(user);
  const [first, second] = [await newToken(session), await newToken(session)];
  await ok(first, ME);
  await ok(first, CHANGE, { o: TEST_PASSWORD, n: 'Brand-new-4' });
  expect(codeOf(await gql(first, ME))).toBe('UNAUTHENTICATED');
  expect(codeOf(await gql(second, ME))).toBe('UNAUTHENTICATED');
  expect(codeOf(await gql(session, ME))).toBe('UNAUTHENTICATED');
  expect(await db.getRepository(ApiToken).countBy({ userId: user.id, revokedAt: IsNull() })).toBe(0);
  const entry = await db.getRepository(AuditLog).findOneByOrFail({ entityType: 'user', entityId: user.id, action: 'password.change' });
  expect(entry.changes).toEqual({ apiTokensRevoked: 2 });
  // A successful change gives its throttle slot back: it is not a failure.
  expect(await db.getRepository(LoginLog).countBy({ username: user.username })).toBe(0);
});

test('an administrator\'s password reset revokes the user\'s tokens as well', async () => {
  const user = await seller();
  const token = await newToken(await sessionCookieFor(user));
  const admin = await makeUser(db, await rootDepartment(db), [await roleByCode(db, 'SUPER_ADMIN')]);
  await ok(await tokenFor(db, admin), RESET, { id: user.id, p: 'Temporary-9' });
  expect(codeOf(await gql(token, ME))).toBe('UNAUTHENTICATED');
  expect(await db.getRepository(ApiToken).countBy({ userId: user.id, revokedAt: IsNull() })).toBe(0);
});
