// Session revocation: a user's existing session cookie and API token stop on the very next request after
// disableUser and after resetPassword; re-enabling does not bring old credentials back.
import { DataSource } from 'typeorm';
import { Department, User } from '@/entities';
import { closeTestDatabase, openTestDatabase } from '../support/database';
import { As, codeOf, gql, ok, sessionCookieFor, tokenFor } from '../support/api';
import { makeCustomer, makeUser, roleByCode, rootDepartment } from '../support/factories';
import { Actor, actor } from './org-support';

let db: DataSource;
let root: Department;
let admin: Actor;

const ME = '{ me { user { id username } mustChangePassword } }';
const CUSTOMERS = '{ customers { totalCount } }';

beforeAll(async () => {
  db = await openTestDatabase();
  root = await rootDepartment(db);
  // A password reset lets the administrator act as the user, so only someone who already reaches the user's records
  // may do it (issue 8): here a super administrator.
  admin = await actor(db, ['SUPER_ADMIN']);
});
afterAll(async () => closeTestDatabase(db));

async function signedInSeller(): Promise<{ user: User; cookie: As; token: As }> {
  const user = await makeUser(db, root, [await roleByCode(db, 'SALES')], { lastLoginAt: new Date() });
  await makeCustomer(db, user);
  const cookie = await sessionCookieFor(user);
  const token = await tokenFor(db, user);
  // Both credentials work before the change.
  expect((await ok(cookie, ME)).me.user.id).toBe(String(user.id));
  expect((await ok(token, CUSTOMERS)).customers.totalCount).toBe(1);
  return { user, cookie, token };
}

test('disableUser: the session cookie and the API token are UNAUTHENTICATED on the next request', async () => {
  const { user, cookie, token } = await signedInSeller();
  await ok(admin.as, 'mutation($id: ID!) { disableUser(id: $id) { status } }', { id: user.id });
  expect(codeOf(await gql(cookie, ME))).toBe('UNAUTHENTICATED');
  expect(codeOf(await gql(token, CUSTOMERS))).toBe('UNAUTHENTICATED');

  // Re-enabled, the user signs in afresh: the old cookie and the revoked token stay dead.
  await ok(admin.as, 'mutation($id: ID!) { enableUser(id: $id) { status } }', { id: user.id });
  expect(codeOf(await gql(cookie, ME))).toBe('UNAUTHENTICATED');
  expect(codeOf(await gql(token, CUSTOMERS))).toBe('UNAUTHENTICATED');
  const fresh = await db.getRepository(User).findOneByOrFail({ id: user.id });
  expect((await ok(await sessionCookieFor(fresh), CUSTOMERS)).customers.totalCount).toBe(1);
});

test('resetPassword: old credentials are UNAUTHENTICATED; a new session must change the password first', async () => {
  const { user, cookie, token } = await signedInSeller();
  await ok(admin.as, 'mutation($id: ID!) { resetPassword(id: $id, newPassword: "Temporary123") { id } }', { id: user.id });
  expect(codeOf(await gql(cookie, ME))).toBe('UNAUTHENTICATED');
  expect(codeOf(await gql(token, CUSTOMERS))).toBe('UNAUTHENTICATED');

  const fresh = await db.getRepository(User).findOneByOrFail({ id: user.id });
  const session = await sessionCookieFor(fresh);
  expect((await ok(session, ME)).me.mustChangePassword).toBe(true);
  const blocked = await gql(session, CUSTOMERS);
  expect(codeOf(blocked)).toBe('FORBIDDEN');
  expect(blocked.errors![0].message).toBe('PASSWORD_CHANGE_REQUIRED');
});

test('an unrelated user keeps working while a colleague is disabled', async () => {
  const { user } = await signedInSeller();
  const bystander = await signedInSeller();
  await ok(admin.as, 'mutation($id: ID!) { disableUser(id: $id) { status } }', { id: user.id });
  expect((await ok(bystander.cookie, ME)).me.user.id).toBe(String(bystander.user.id));
  expect((await ok(bystander.token, CUSTOMERS)).customers.totalCount).toBe(1);
});
