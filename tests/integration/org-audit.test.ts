// Audit and login logs for administrators (system:audit). Entries about business records appear only when
// the record is in the viewer's read scope (SPEC 2.3); system entries need the matching system permission.
import { DataSource } from 'typeorm';
import { AuditLog, Customer, CustomerTeamMember, Department } from '@/entities';
import { ScopeLevel } from '@/lib/access';
import { login } from '@/lib/auth/login.service';
import { closeTestDatabase, openTestDatabase } from '../support/database';
import { codeOf, gql, ok, tokenFor } from '../support/api';
import { makeDepartment, makeRole, makeUser, roleByCode, rootDepartment, TEST_PASSWORD } from '../support/factories';
import { Actor, actor } from './org-support';

let db: DataSource;
let root: Department;
let superAdmin: Actor;
let auditor: Actor;
let colleague: Actor;
let mineId: number;
let theirsId: number;
let theirContactId: number;

const LOGS = `query($f: AuditLogFilter, $first: Int) { auditLogs(filter: $f, first: $first) {
  totalCount nodes { id action entityType entityId changes actor { id username } } } }`;
type Entry = { entityType: string; entityId: string; action: string; changes: string | null; actor: { id: string } | null };
const entriesOf = async (as: Actor['as'], f: Record<string, unknown> = {}) => (await ok(as, LOGS, { f, first: 200 })).auditLogs as { totalCount: number; nodes: Entry[] };

beforeAll(async () => {
  db = await openTestDatabase();
  root = await rootDepartment(db);
  const dept = await makeDepartment(db, root, '审计部');
  superAdmin = await actor(db, ['SUPER_ADMIN']);
  // Reads only their own customers (SELF), may create and edit them, and may read the audit log.
  const auditorRole = await makeRole(db, { name: '审计员', read: ScopeLevel.SELF, permissions: ['system:audit', 'customer:create', 'customer:update', 'contact:create'] });
  const auditorUser = await makeUser(db, dept, [auditorRole]);
  auditor = { user: auditorUser, as: await tokenFor(db, auditorUser) };
  colleague = await actor(db, ['SALES'], dept);
  const CREATE = 'mutation($name: String!) { createCustomer(input: { name: $name }) { id } }';
  mineId = Number((await ok(auditor.as, CREATE, { name: '审计员自己的客户有限公司' })).createCustomer.id);
  theirsId = Number((await ok(colleague.as, CREATE, { name: '同事的客户有限公司' })).createCustomer.id);
  await ok(colleague.as, 'mutation($id: ID!) { updateCustomer(id: $id, input: { industry: "制造业" }) { id } }', { id: theirsId });
  const contact = await ok(colleague.as, 'mutation($c: ID!) { createContact(input: { customerId: $c, name: "王经理" }) { id } }', { c: theirsId });
  theirContactId = Number(contact.createContact.id);
  await ok(superAdmin.as, 'mutation($input: CreateDepartmentInput!) { createDepartment(input: $input) { id } }', { input: { name: '审计测试部', parentId: root.id } });
});
afterAll(async () => closeTestDatabase(db));

test('business entries are limited to records in the read scope, in lists, filters and totalCount', async () => {
  const seen = await entriesOf(auditor.as);
  expect(seen.nodes.length).toBe(seen.totalCount);
  expect(seen.nodes.every((e) => e.entityType === 'customer' && Number(e.entityId) === mineId)).toBe(true);
  expect(seen.totalCount).toBe(1);
  expect((await entriesOf(auditor.as, { entityType: 'customer', entityId: theirsId })).totalCount).toBe(0);
  expect((await entriesOf(auditor.as, { entityType: 'contact' })).totalCount).toBe(0);
  expect((await entriesOf(auditor.as, { actorId: colleague.user.id })).totalCount).toBe(0);
  expect((await entriesOf(auditor.as, { entityType: 'department' })).totalCount).toBe(0);

  const all = await entriesOf(superAdmin.as, { entityType: 'customer', entityId: theirsId });
  expect(all.nodes.map((e) => e.action).sort()).toEqual(['create', 'update']);
  expect((await entriesOf(superAdmin.as, { entityType: 'contact', entityId: theirContactId })).totalCount).toBe(1);
});

test("entries of a customer in the recycle bin stay visible to whoever may read it", async () => {
  await db.getRepository(Customer).update({ id: mineId }, { deletedAt: new Date() });
  try {
    expect((await entriesOf(auditor.as, { entityType: 'customer', entityId: mineId })).totalCount).toBe(1);
    expect((await entriesOf(superAdmin.as, { entityType: 'customer', entityId: mineId })).totalCount).toBe(1);
  } finally {
    await db.getRepository(Customer).update({ id: mineId }, { deletedAt: null });
  }
});

test('team membership brings the customer and its entries into scope', async () => {
  const team = db.getRepository(CustomerTeamMember);
  await team.insert({ customerId: theirsId, userId: auditor.user.id, canEdit: false });
  const seen = await entriesOf(auditor.as, { entityType: 'customer', entityId: theirsId });
  expect(seen.nodes.map((e) => e.action).sort()).toEqual(['create', 'update']);
  await team.delete({ customerId: theirsId, userId: auditor.user.id });
  expect((await entriesOf(auditor.as, { entityType: 'customer', entityId: theirsId })).totalCount).toBe(0);
});

test('system entries need the matching permission: departments with system:department, users with system:user', async () => {
  const deptAuditorRole = await makeRole(db, { name: '组织审计', read: ScopeLevel.NONE, permissions: ['system:audit', 'system:department'] });
  const deptAuditor = await makeUser(db, root, [deptAuditorRole]);
  const as = await tokenFor(db, deptAuditor);
  const seen = await entriesOf(as);
  expect(seen.totalCount).toBeGreaterThan(0);
  expect(new Set(seen.nodes.map((e) => e.entityType))).toEqual(new Set(['department']));
  expect((await entriesOf(as, { entityType: 'user' })).totalCount).toBe(0);
  expect((await entriesOf(as, { entityType: 'customer' })).totalCount).toBe(0);
});

test('filters by action, actor and time; entries carry actor and changes; without system:audit it is FORBIDDEN', async () => {
  const updates = await entriesOf(superAdmin.as, { action: 'update', actorId: colleague.user.id });
  expect(updates.totalCount).toBe(1);
  expect(updates.nodes[0]).toMatchObject({ entityType: 'customer', actor: { id: String(colleague.user.id) } });
  expect(JSON.parse(updates.nodes[0].changes!)).toEqual({ industry: [null, '制造业'] });
  expect((await entriesOf(superAdmin.as, { from: new Date(Date.now() + 3600_000).toISOString() })).totalCount).toBe(0);
  expect((await entriesOf(superAdmin.as, { to: new Date(Date.now() - 3600_000).toISOString() })).totalCount).toBe(0);
  const total = await db.getRepository(AuditLog).count();
  expect((await entriesOf(superAdmin.as)).totalCount).toBe(total);
  expect(codeOf(await gql(colleague.as, LOGS, {}))).toBe('FORBIDDEN');
  expect(codeOf(await gql(colleague.as, '{ loginLogs { totalCount } }'))).toBe('FORBIDDEN');
});

test('loginLogs lists every attempt, filtered by username, success and time', async () => {
  const target = await makeUser(db, root, [await roleByCode(db, 'SALES')]);
  await login(db, { username: target.username, password: 'wrong-password1', ip: '10.1.1.1', userAgent: 'jest' });
  await login(db, { username: target.username, password: TEST_PASSWORD, ip: '10.1.1.1', userAgent: 'jest' });
  const Q = 'query($f: LoginLogFilter) { loginLogs(filter: $f) { totalCount nodes { username userId success reason ip userAgent } } }';
  const both = (await ok(superAdmin.as, Q, { f: { username: target.username } })).loginLogs;
  expect(both.totalCount).toBe(2);
  expect(both.nodes[0]).toMatchObject({ success: true, userId: String(target.id), ip: '10.1.1.1', userAgent: 'jest' });
  expect(both.nodes[1]).toMatchObject({ success: false, reason: 'BAD_CREDENTIALS' });
  const failed = (await ok(superAdmin.as, Q, { f: { username: target.username, success: false } })).loginLogs;
  expect(failed.totalCount).toBe(1);
  const future = (await ok(superAdmin.as, Q, { f: { from: new Date(Date.now() + 3600_000).toISOString() } })).loginLogs;
  expect(future.totalCount).toBe(0);
});
