// Personal API tokens: shown once at creation, stored only as a hash, usable as a Bearer token with the
// user's current permissions, stopped by revocation and by expiry.
import { DataSource } from 'typeorm';
import { ApiToken, User } from '@/entities';
import { hashToken } from '@/lib/auth/api-token.service';
import { closeTestDatabase, openTestDatabase } from '../support/database';
import { As, codeOf, gql, ok, sessionCookieFor } from '../support/api';
import { makeCustomer, makeUser, roleByCode, rootDepartment } from '../support/factories';

let db: DataSource;
let user: User;
let session: As;

const CREATE = 'mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { token apiToken { id name prefix expiresAt revokedAt } } }';
const REVOKE = 'mutation($id: ID!) { revokeApiToken(id: $id) { id revokedAt } }';
const inDays = (days: number) => new Date(Date.now() + days * 86400_000).toISOString();

beforeAll(async () => {
  db = await openTestDatabase();
  user = await makeUser(db, await rootDepartment(db), [await roleByCode(db, 'SALES')]);
  await makeCustomer(db, user, { name: '令牌测试有限公司' });
  session = await sessionCookieFor(user);
});
afterAll(async () => closeTestDatabase(db));

test('createApiToken returns the token once; only its hash is stored and the list never shows it', async () => {
  const created = (await ok(session, CREATE, { input: { name: '报表脚本', expiresAt: inDays(30) } })).createApiToken;
  expect(created.token).toMatch(/^crm_/);
  expect(created.apiToken).toMatchObject({ name: '报表脚本', prefix: created.token.slice(0, 12), revokedAt: null });
  const stored = await db.getRepository(ApiToken).findOneByOrFail({ id: Number(created.apiToken.id) });
  expect(stored.tokenHash).toBe(hashToken(created.token));
  expect(JSON.stringify(stored)).not.toContain(created.token);
  const fields = await ok(session, '{ __type(name: "ApiToken") { fields { name } } }');
  const names = fields.__type.fields.map((f: { name: string }) => f.name);
  expect(names).not.toContain('token');
  expect(names).not.toContain('tokenHash');
  const list = await ok(session, '{ apiTokens { id name } }');
  expect(list.apiTokens).toContainEqual({ id: created.apiToken.id, name: '报表脚本' });
});

test('the token works as a Bearer token with the user\'s scope, and revokeApiToken stops it at once', async () => {
  const created = (await ok(session, CREATE, { input: { name: '同步', expiresAt: inDays(7) } })).createApiToken;
  const bearer: As = { token: created.token };
  const data = await ok(bearer, '{ me { user { id } } customers { totalCount nodes { name } } }');
  expect(data.me.user.id).toBe(String(user.id));
  expect(data.customers.nodes).toEqual([{ name: '令牌测试有限公司' }]);
  expect((await ok(session, REVOKE, { id: created.apiToken.id })).revokeApiToken.revokedAt).not.toBeNull();
  expect(codeOf(await gql(bearer, '{ me { user { id } } }'))).toBe('UNAUTHENTICATED');
});

test('an expired token is refused; unknown tokens are refused', async () => {
  const created = (await ok(session, CREATE, { input: { name: '短期', expiresAt: inDays(1) } })).createApiToken;
  const bearer: As = { token: created.token };
  await ok(bearer, '{ me { user { id } } }');
  await db.getRepository(ApiToken).update({ id: Number(created.apiToken.id) }, { expiresAt: new Date(Date.now() - 1000) });
  expect(codeOf(await gql(bearer, '{ me { user { id } } }'))).toBe('UNAUTHENTICATED');
  expect(codeOf(await gql({ token: 'crm_not-a-real-token' }, '{ me { user { id } } }'))).toBe('UNAUTHENTICATED');
});

test('validation and ownership: past or far expiry is BAD_USER_INPUT; another user\'s token is NOT_FOUND', async () => {
  const past = await gql(session, CREATE, { input: { name: '过期', expiresAt: inDays(-1) } });
  expect(codeOf(past)).toBe('BAD_USER_INPUT');
  expect(past.errors![0].extensions!.fields.map((f: { field: string }) => f.field)).toEqual(['expiresAt']);
  expect(codeOf(await gql(session, CREATE, { input: { name: '太久', expiresAt: inDays(400) } }))).toBe('BAD_USER_INPUT');
  expect(codeOf(await gql(session, CREATE, { input: { name: ' ', expiresAt: inDays(3) } }))).toBe('BAD_USER_INPUT');

  const other = await makeUser(db, await rootDepartment(db), [await roleByCode(db, 'SALES')]);
  const theirs = (await ok(await sessionCookieFor(other), CREATE, { input: { name: '别人的', expiresAt: inDays(3) } })).createApiToken;
  expect(codeOf(await gql(session, REVOKE, { id: theirs.apiToken.id }))).toBe('NOT_FOUND');
  expect(await db.getRepository(ApiToken).findOneByOrFail({ id: Number(theirs.apiToken.id) })).toMatchObject({ revokedAt: null });
  expect(codeOf(await gql(null, CREATE, { input: { name: '匿名', expiresAt: inDays(3) } }))).toBe('UNAUTHENTICATED');
});
