// offboardingPreview: exact counts of a user's open records, and the same permission as disabling the user.
import { DataSource, IsNull } from 'typeorm';
import { ApiToken, AuditLog, Customer, User } from '@/entities';
import { UserStatus } from '@/entities/user.entity';
import { closeTestDatabase, openTestDatabase } from '../support/database';
import { codeOf, gql, ok } from '../support/api';
import { makeCustomer } from '../support/factories';
import { OffboardingCompany, PREVIEW, offboardingCompany, portfolio } from './offboarding-support';

let db: DataSource;
let c: OffboardingCompany;

beforeAll(async () => {
  db = await openTestDatabase();
  c = await offboardingCompany(db);
  await portfolio(db, c.li.user, c.zhou.user);
});
afterAll(async () => closeTestDatabase(db));

test('counts the live records that would move, leaving out the recycle bin, converted leads and finished tasks', async () => {
  const preview = (await ok(c.admin.as, PREVIEW, { userId: String(c.li.user.id) })).offboardingPreview;
  expect(preview.user).toEqual({ id: String(c.li.user.id), name: '李娜', status: 'ACTIVE' });
  expect(preview.records).toEqual({ customers: 2, contacts: 3, opportunities: 2, contracts: 2, leads: 1, openTasks: 2, total: 12 });
  // A colleague's records are not counted as the leaver's.
  expect((await ok(c.admin.as, PREVIEW, { userId: String(c.sun.user.id) })).offboardingPreview.records.total).toBe(0);
});

test('a preview changes nothing', async () => {
  const audits = await db.getRepository(AuditLog).count();
  const tokens = await db.getRepository(ApiToken).countBy({ userId: c.li.user.id, revokedAt: IsNull() });
  expect(tokens).toBeGreaterThan(0);
  await ok(c.admin.as, PREVIEW, { userId: String(c.li.user.id) });
  expect(await db.getRepository(AuditLog).count()).toBe(audits);
  expect((await db.getRepository(User).findOneByOrFail({ id: c.li.user.id })).status).toBe(UserStatus.ACTIVE);
  expect(await db.getRepository(ApiToken).countBy({ userId: c.li.user.id, revokedAt: IsNull() })).toBe(tokens);
  expect(await db.getRepository(Customer).countBy({ ownerId: c.li.user.id })).toBe(3);
});

test('a user administrator previews users within their own rights (system:user, without seeing their customer data)', async () => {
  expect((await ok(c.it.as, PREVIEW, { userId: String(c.li.user.id) })).offboardingPreview.records.customers).toBe(2);
});

test('a department manager previews users of their subtree only; others are NOT_FOUND to them', async () => {
  expect((await ok(c.manager.as, PREVIEW, { userId: String(c.li.user.id) })).offboardingPreview.records.total).toBe(12);
  expect(codeOf(await gql(c.manager.as, PREVIEW, { userId: String(c.zhou.user.id) }))).toBe('NOT_FOUND');
  // A super administrator outside the subtree is as invisible as anyone else there.
  expect(codeOf(await gql(c.manager.as, PREVIEW, { userId: String(c.admin.user.id) }))).toBe('NOT_FOUND');
});

test('a salesperson may not preview anybody; anonymous callers are refused', async () => {
  expect(codeOf(await gql(c.sun.as, PREVIEW, { userId: String(c.li.user.id) }))).toBe('FORBIDDEN');
  expect(codeOf(await gql(null, PREVIEW, { userId: String(c.li.user.id) }))).toBe('UNAUTHENTICATED');
});

test('unknown and malformed ids, and oneself, are refused with the right codes', async () => {
  expect(codeOf(await gql(c.admin.as, PREVIEW, { userId: '999999' }))).toBe('NOT_FOUND');
  const bad = await gql(c.admin.as, PREVIEW, { userId: 'abc' });
  expect(codeOf(bad)).toBe('BAD_USER_INPUT');
  expect(bad.errors?.[0].extensions?.fields).toEqual([{ field: 'userId', message: 'is not a valid id' }]);
  expect(codeOf(await gql(c.admin.as, PREVIEW, { userId: String(c.admin.user.id) }))).toBe('BAD_USER_INPUT');
});

test('customers handed over before the preview are no longer counted', async () => {
  const extra = await makeCustomer(db, c.sun.user);
  expect((await ok(c.admin.as, PREVIEW, { userId: String(c.sun.user.id) })).offboardingPreview.records.customers).toBe(1);
  await db.getRepository(Customer).update({ id: extra.id }, { ownerId: c.zhou.user.id });
  expect((await ok(c.admin.as, PREVIEW, { userId: String(c.sun.user.id) })).offboardingPreview.records.customers).toBe(0);
});
