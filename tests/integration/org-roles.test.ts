// Roles through the API: list with scopes, permission catalogue, create and edit with validation, the
// super administrator role locked, audit of permission changes, and changes taking effect at once.
import { DataSource } from 'typeorm';
import { AuditLog, Department, Role } from '@/entities';
import { ALL_PERMISSIONS, DATA_MODULES } from '@/lib/access';
import { closeTestDatabase, openTestDatabase } from '../support/database';
import { codeOf, gql, ok, tokenFor } from '../support/api';
import { makeDepartment, makeRole, makeUser, roleByCode, rootDepartment } from '../support/factories';
import { Actor, actor, expectUnchanged, fieldsOf } from './org-support';

let db: DataSource;
let root: Department;
let admin: Actor;
let sales: Actor;

const ROLE_FIELDS = 'id name code description builtin permissions defaultScope { read write } moduleScopes { module read write } customDepartments { departmentId includeChildren department { id name } }';
const CREATE = `mutation($input: CreateRoleInput!) { createRole(input: $input) { ${ROLE_FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateRoleInput!) { updateRole(id: $id, input: $input) { ${ROLE_FIELDS} } }`;

beforeAll(async () => {
  db = await openTestDatabase();
  root = await rootDepartment(db);
  // Roles of every breadth are created here, so by a super administrator: nobody else creates or edits a role wider
  // than their own rights (issue 8; tests/integration/security/role-escalation.test.ts).
  admin = await actor(db, ['SUPER_ADMIN']);
  sales = await actor(db, ['SALES']);
});
afterAll(async () => closeTestDatabase(db));

test('roles lists the built-in roles with their scopes; permissionCatalog gives groups, modules and levels', async () => {
  const data = await ok(admin.as, `{ roles { ${ROLE_FIELDS} } permissionCatalog { groups { name permissions } modules scopeLevels } }`);
  const byCode = Object.fromEntries(data.roles.map((r: { code: string }) => [r.code, r]));
  expect(Object.keys(byCode)).toEqual(expect.arrayContaining(['DEPT_MANAGER', 'FINANCE', 'SALES', 'SERVICE', 'SUPER_ADMIN', 'SYSTEM_ADMIN']));
  expect(byCode.DEPT_MANAGER.defaultScope).toEqual({ read: 'SELF_AND_CHILDREN', write: 'SELF' });
  expect(byCode.FINANCE.moduleScopes).toContainEqual({ module: 'receivable', read: 'ALL', write: 'ALL' });
  const catalog = data.permissionCatalog;
  expect(catalog.groups.flatMap((g: { permissions: string[] }) => g.permissions).sort()).toEqual([...ALL_PERMISSIONS].sort());
  expect(catalog.modules).toEqual([...DATA_MODULES]);
  expect(catalog.scopeLevels).toEqual(['NONE', 'SELF', 'SELF_AND_CHILDREN', 'CUSTOM', 'ALL']);
  const one = await ok(admin.as, 'query($id: ID!) { role(id: $id) { code } }', { id: byCode.SALES.id });
  expect(one.role.code).toBe('SALES');
});

test('createRole stores permissions, default and module scopes and CUSTOM departments, and is audited', async () => {
  const dept = await makeDepartment(db, root, '华南');
  const input = {
    name: '区域总监', description: '华南区域', permissions: ['customer:create', 'customer:export', 'customer:create'],
    defaultScope: { read: 'CUSTOM' }, moduleScopes: [{ module: 'contract', read: 'ALL', write: 'SELF' }],
    customDepartments: [{ departmentId: dept.id, includeChildren: true }],
  };
  const role = (await ok(admin.as, CREATE, { input })).createRole;
  expect(role).toMatchObject({
    name: '区域总监', code: null, builtin: false, permissions: ['customer:create', 'customer:export'],
    defaultScope: { read: 'CUSTOM', write: 'CUSTOM' }, moduleScopes: [{ module: 'contract', read: 'ALL', write: 'SELF' }],
    customDepartments: [{ departmentId: String(dept.id), includeChildren: true, department: { name: '华南' } }],
  });
  const entry = await db.getRepository(AuditLog).findOneByOrFail({ entityType: 'role', entityId: Number(role.id), action: 'create' });
  expect(entry.changes).toMatchObject({ permissions: [null, ['customer:create', 'customer:export']] });
});

test('createRole validation: unknown codes, modules and departments, write or transfer wider than read, CUSTOM without departments', async () => {
  await ok(admin.as, CREATE, { input: { name: '已存在', permissions: [], defaultScope: { read: 'SELF' } } });
  await expectUnchanged(db, async () => {
    const bad = await gql(admin.as, CREATE, { input: {
      name: '', permissions: ['customer:fly'], defaultScope: { read: 'SELF', write: 'ALL' },
      moduleScopes: [{ module: 'spaceship', read: 'ALL' }, { module: 'lead', read: 'SELF_AND_CHILDREN', write: 'ALL' }],
    } });
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(bad)).toEqual(['defaultScope.write', 'moduleScopes.0.module', 'moduleScopes.1.write', 'name', 'permissions']);
    const transfer = await gql(admin.as, CREATE, { input: {
      name: '转移', permissions: [], defaultScope: { read: 'SELF', write: 'SELF', transfer: 'ALL' },
      moduleScopes: [{ module: 'lead', read: 'SELF_AND_CHILDREN', write: 'SELF', transfer: 'NOWHERE' }],
    } });
    expect(codeOf(transfer)).toBe('BAD_USER_INPUT');
    const custom = await gql(admin.as, CREATE, { input: { name: '定制', permissions: [], defaultScope: { read: 'SELF' }, moduleScopes: [{ module: 'customer', read: 'CUSTOM' }] } });
    expect(fieldsOf(custom)).toEqual(['customDepartments']);
    const unknownDept = await gql(admin.as, CREATE, { input: { name: '定制', permissions: [], defaultScope: { read: 'CUSTOM' }, customDepartments: [{ departmentId: 999999 }] } });
    expect(fieldsOf(unknownDept)).toEqual(['customDepartments']);
    const level = await gql(admin.as, CREATE, { input: { name: '定制', permissions: [], defaultScope: { read: 'EVERYTHING' } } });
    expect(codeOf(level)).toBe('BAD_USER_INPUT');
    const duplicate = await gql(admin.as, CREATE, { input: { name: '已存在', permissions: [], defaultScope: { read: 'SELF' } } });
    expect(codeOf(duplicate)).toBe('CONFLICT');
    expect(codeOf(await gql(sales.as, CREATE, { input: { name: '越权', permissions: [], defaultScope: { read: 'ALL' } } }))).toBe('FORBIDDEN');
  });
});

test('updateRole edits a built-in role with an audited before/after; SUPER_ADMIN and unknown ids are refused', async () => {
  const manager = await roleByCode(db, 'DEPT_MANAGER');
  const data = await ok(admin.as, UPDATE, { id: manager.id, input: { permissions: ['customer:create'], moduleScopes: [{ module: 'lead', read: 'ALL', write: 'SELF' }] } });
  expect(data.updateRole).toMatchObject({ code: 'DEPT_MANAGER', permissions: ['customer:create'], defaultScope: { read: 'SELF_AND_CHILDREN', write: 'SELF' } });
  const entry = await db.getRepository(AuditLog).findOneByOrFail({ entityType: 'role', entityId: manager.id, action: 'update' });
  expect(entry.changes).toEqual({
    permissions: [manager.permissions, ['customer:create']],
    // Stored with its transfer level, which defaults to the write level.
    moduleScopes: [manager.moduleScopes, { lead: { read: 'ALL', write: 'SELF', transfer: 'SELF' } }],
  });
  const superRole = await roleByCode(db, 'SUPER_ADMIN');
  const superAdmin = await actor(db, ['SUPER_ADMIN']);
  await expectUnchanged(db, async () => {
    expect(codeOf(await gql(superAdmin.as, UPDATE, { id: superRole.id, input: { name: '改名' } }))).toBe('FORBIDDEN');
    expect(codeOf(await gql(admin.as, UPDATE, { id: 999999, input: { name: '改名' } }))).toBe('NOT_FOUND');
    expect(fieldsOf(await gql(admin.as, UPDATE, { id: manager.id, input: { defaultScope: { read: 'CUSTOM' } } }))).toEqual(['customDepartments']);
    expect(codeOf(await gql(sales.as, UPDATE, { id: manager.id, input: { name: '改名' } }))).toBe('FORBIDDEN');
  });
});

test('a permission removed from a role stops its holders on their next request', async () => {
  const role = await makeRole(db, { name: '可建客户', permissions: ['customer:create'] });
  const holder = await makeUser(db, root, [role]);
  const as = await tokenFor(db, holder);
  const CREATE_CUSTOMER = 'mutation($name: String!) { createCustomer(input: { name: $name }) { id } }';
  await ok(as, CREATE_CUSTOMER, { name: '权限测试一有限公司' });
  await ok(admin.as, UPDATE, { id: role.id, input: { permissions: [] } });
  expect(codeOf(await gql(as, CREATE_CUSTOMER, { name: '权限测试二有限公司' }))).toBe('FORBIDDEN');
  expect((await db.getRepository(Role).findOneByOrFail({ id: role.id })).permissions).toEqual([]);
});

test('a salesperson can read neither roles nor the catalogue', async () => {
  expect(codeOf(await gql(sales.as, '{ roles { id } }'))).toBe('FORBIDDEN');
  expect(codeOf(await gql(sales.as, '{ permissionCatalog { modules } }'))).toBe('FORBIDDEN');
});
