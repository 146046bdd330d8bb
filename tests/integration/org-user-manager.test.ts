// A department manager (DEPT_MANAGER, no system:user) administers ordinary users of their own department
// subtree only, and gives only roles not wider than their own (permissions and per-module scopes).
import { DataSource } from 'typeorm';
import { Department, Role, User } from '@/entities';
import { ScopeLevel } from '@/lib/access';
import { closeTestDatabase, openTestDatabase } from '../support/database';
import { codeOf, gql, ok } from '../support/api';
import { makeDepartment, makeRole, makeUser, roleByCode, rootDepartment } from '../support/factories';
import { Actor, actor, expectUnchanged } from './org-support';

let db: DataSource;
let root: Department;
let sales: Department;
let salesTeam: Department;
let other: Department;
let manager: Actor;
const roles: Record<string, Role> = {};

const CREATE = 'mutation($input: CreateUserInput!) { createUser(input: $input) { id status department { id } roles { name } } }';
const UPDATE = 'mutation($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { id name department { id } } }';
const DISABLE = 'mutation($id: ID!) { disableUser(id: $id) { id status } }';
const ENABLE = 'mutation($id: ID!) { enableUser(id: $id) { id status } }';
const newUser = (input: Record<string, unknown> = {}) => ({
  username: `m${Math.random().toString(36).slice(2, 10)}`, name: '组员', departmentId: salesTeam.id, roleIds: [roles.SALES.id], password: 'Welcome123', ...input,
});

beforeAll(async () => {
  db = await openTestDatabase();
  root = await rootDepartment(db);
  sales = await makeDepartment(db, root, '销售部');
  salesTeam = await makeDepartment(db, sales, '销售一组');
  other = await makeDepartment(db, root, '市场部');
  for (const code of ['SALES', 'DEPT_MANAGER', 'FINANCE', 'SYSTEM_ADMIN', 'SUPER_ADMIN']) roles[code] = await roleByCode(db, code);
  roles.customInside = await makeRole(db, { name: '一组定制', read: ScopeLevel.CUSTOM, write: ScopeLevel.SELF, permissions: ['customer:create'], customDepartments: [{ departmentId: salesTeam.id, includeChildren: true }] });
  roles.customOutside = await makeRole(db, { name: '市场定制', read: ScopeLevel.CUSTOM, write: ScopeLevel.SELF, permissions: ['customer:create'], customDepartments: [{ departmentId: other.id, includeChildren: true }] });
  roles.readAllContracts = await makeRole(db, { name: '合同全览', read: ScopeLevel.SELF, moduleScopes: { contract: { read: ScopeLevel.ALL, write: ScopeLevel.SELF } } });
  manager = await actor(db, ['DEPT_MANAGER'], sales);
});
afterAll(async () => closeTestDatabase(db));

test('creates users inside the own subtree with roles not wider than their own', async () => {
  const data = await ok(manager.as, CREATE, { input: newUser({ roleIds: [roles.SALES.id, roles.customInside.id] }) });
  expect(data.createUser).toMatchObject({ status: 'INACTIVE', department: { id: String(salesTeam.id) } });
  const peer = await ok(manager.as, CREATE, { input: newUser({ departmentId: sales.id, roleIds: [roles.DEPT_MANAGER.id] }) });
  expect(peer.createUser.roles).toEqual([{ name: roles.DEPT_MANAGER.name }]);
});

test('refuses departments outside the subtree and every role wider than their own', async () => {
  await expectUnchanged(db, async () => {
    const outside = await gql(manager.as, CREATE, { input: newUser({ departmentId: other.id }) });
    expect(codeOf(outside)).toBe('FORBIDDEN');
    expect(codeOf(await gql(manager.as, CREATE, { input: newUser({ departmentId: root.id }) }))).toBe('FORBIDDEN');
    for (const wide of ['FINANCE', 'SYSTEM_ADMIN', 'SUPER_ADMIN', 'customOutside', 'readAllContracts']) {
      const refused = await gql(manager.as, CREATE, { input: newUser({ roleIds: [roles.SALES.id, roles[wide].id] }) });
      expect([wide, codeOf(refused)]).toEqual([wide, 'FORBIDDEN']);
    }
  });
});

test('edits, disables and re-enables ordinary users of the subtree, but cannot move them out', async () => {
  const member = await makeUser(db, salesTeam, [roles.SALES], { lastLoginAt: new Date() });
  expect((await ok(manager.as, UPDATE, { id: member.id, input: { name: '改名组员', departmentId: sales.id } })).updateUser.name).toBe('改名组员');
  await expectUnchanged(db, async () => {
    expect(codeOf(await gql(manager.as, UPDATE, { id: member.id, input: { departmentId: other.id } }))).toBe('FORBIDDEN');
    expect(codeOf(await gql(manager.as, UPDATE, { id: member.id, input: { roleIds: [roles.FINANCE.id] } }))).toBe('FORBIDDEN');
  });
  expect((await ok(manager.as, DISABLE, { id: member.id })).disableUser.status).toBe('DISABLED');
  expect((await ok(manager.as, ENABLE, { id: member.id })).enableUser.status).toBe('ACTIVE');
});

test('users outside the subtree are invisible, and wider users, oneself and password resets are refused', async () => {
  const outsider = await makeUser(db, other, [roles.SALES]);
  const wider = await makeUser(db, salesTeam, [roles.FINANCE]);
  await expectUnchanged(db, async () => {
    expect(codeOf(await gql(manager.as, UPDATE, { id: outsider.id, input: { name: 'x' } }))).toBe('NOT_FOUND');
    expect(codeOf(await gql(manager.as, DISABLE, { id: outsider.id }))).toBe('NOT_FOUND');
    expect((await ok(manager.as, 'query($id: ID!) { user(id: $id) { id } }', { id: outsider.id })).user).toBeNull();
    expect(codeOf(await gql(manager.as, DISABLE, { id: wider.id }))).toBe('FORBIDDEN');
    expect(codeOf(await gql(manager.as, UPDATE, { id: wider.id, input: { name: 'x' } }))).toBe('FORBIDDEN');
    expect(codeOf(await gql(manager.as, UPDATE, { id: manager.user.id, input: { name: 'x' } }))).toBe('FORBIDDEN');
    expect(codeOf(await gql(manager.as, 'mutation($id: ID!) { resetPassword(id: $id, newPassword: "Another123") { id } }', { id: wider.id }))).toBe('FORBIDDEN');
  });
});

test('the user list holds only the own subtree, and roles lists only the assignable ones', async () => {
  const list = await ok(manager.as, '{ users(first: 200) { totalCount nodes { id department { id } } } }');
  const allowed = new Set([String(sales.id), String(salesTeam.id)]);
  expect(list.users.totalCount).toBe(list.users.nodes.length);
  expect(list.users.nodes.every((n: { department: { id: string } }) => allowed.has(n.department.id))).toBe(true);
  const inSubtree = await db.getRepository(User).createQueryBuilder('u').where('u.departmentId IN (:...ids)', { ids: [sales.id, salesTeam.id] }).getCount();
  expect(list.users.totalCount).toBe(inSubtree);

  const names = (await ok(manager.as, '{ roles { name } }')).roles.map((r: { name: string }) => r.name).sort();
  expect(names).toEqual([roles.SALES.name, roles.DEPT_MANAGER.name, roles.customInside.name].sort());
  expect((await ok(manager.as, 'query($id: ID!) { role(id: $id) { id } }', { id: roles.FINANCE.id })).role).toBeNull();
});
