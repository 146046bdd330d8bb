// Departments and positions through the API: the tree, create, rename, move (subtree paths and a manager's
// SELF_AND_CHILDREN scope follow), disable / enable, and every refusal leaving the database untouched.
import { DataSource } from 'typeorm';
import { AuditLog, Department } from '@/entities';
import { UserStatus } from '@/entities/user.entity';
import { closeTestDatabase, openTestDatabase } from '../support/database';
import { codeOf, gql, ok } from '../support/api';
import { makeCustomer, makeDepartment, makeUser, roleByCode, rootDepartment } from '../support/factories';
import { Actor, actor, expectUnchanged, fieldsOf } from './org-support';

let db: DataSource;
let root: Department;
let admin: Actor;
let sales: Actor;

beforeAll(async () => {
  db = await openTestDatabase();
  root = await rootDepartment(db);
  // A user administrator who also holds the salesperson role: administering salespeople is within their own rights
  // (issue 8: nobody administers users, or grants roles, beyond their own rights).
  admin = await actor(db, ['SYSTEM_ADMIN', 'SALES']);
  sales = await actor(db, ['SALES']);
});
afterAll(async () => closeTestDatabase(db));

const CREATE = `mutation($input: CreateDepartmentInput!) { createDepartment(input: $input) { id name parentId headId enabled sortOrder head { id username name } } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateDepartmentInput!) { updateDepartment(id: $id, input: $input) { id name parentId headId sortOrder } }`;
const DISABLE = `mutation($id: ID!) { disableDepartment(id: $id) { id enabled } }`;
const ENABLE = `mutation($id: ID!) { enableDepartment(id: $id) { id enabled } }`;
const pathOf = async (id: number | string) => (await db.getRepository(Department).findOneByOrFail({ id: Number(id) })).path;

describe('department tree', () => {
  test('any signed-in user reads the whole tree as a flat list with heads; anonymous callers are UNAUTHENTICATED', async () => {
    const dept = await makeDepartment(db, root, '读取测试部');
    await db.getRepository(Department).update({ id: dept.id }, { headId: admin.user.id });
    const data = await ok(sales.as, '{ departments { id name parentId headId enabled sortOrder head { id username name } } }');
    const row = data.departments.find((d: { id: string }) => Number(d.id) === dept.id);
    expect(row).toMatchObject({ name: '读取测试部', parentId: String(root.id), enabled: true, head: { username: admin.user.username } });
    expect(data.departments.some((d: { parentId: string | null }) => d.parentId === null)).toBe(true);
    expect(codeOf(await gql(null, '{ departments { id } }'))).toBe('UNAUTHENTICATED');
  });

  test('createDepartment stores the materialised path, the head and the sort order, and is audited', async () => {
    const data = await ok(admin.as, CREATE, { input: { name: '  华东销售部 ', parentId: root.id, headId: sales.user.id, sortOrder: 3 } });
    const created = data.createDepartment;
    expect(created).toMatchObject({ name: '华东销售部', parentId: String(root.id), enabled: true, sortOrder: 3, head: { id: String(sales.user.id) } });
    expect(await pathOf(created.id)).toBe(`${root.path}${created.id}/`);
    const entry = await db.getRepository(AuditLog).findOneByOrFail({ entityType: 'department', entityId: Number(created.id), action: 'create' });
    expect(entry.actorId).toBe(admin.user.id);
  });

  test('createDepartment refusals: field errors, unknown parent, duplicate sibling name, missing permission', async () => {
    await ok(admin.as, CREATE, { input: { name: '重名部', parentId: root.id } });
    await expectUnchanged(db, async () => {
      const blank = await gql(admin.as, CREATE, { input: { name: ' ', parentId: root.id, headId: 999999 } });
      expect(codeOf(blank)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(blank)).toEqual(['headId', 'name']);
      const noParent = await gql(admin.as, CREATE, { input: { name: '孤儿部', parentId: 999999 } });
      expect(codeOf(noParent)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(noParent)).toEqual(['parentId']);
      const duplicate = await gql(admin.as, CREATE, { input: { name: '重名部', parentId: root.id } });
      expect(codeOf(duplicate)).toBe('CONFLICT');
      expect(duplicate.errors![0].extensions!.field).toBe('name');
      expect(codeOf(await gql(sales.as, CREATE, { input: { name: '越权部', parentId: root.id } }))).toBe('FORBIDDEN');
    });
  });
});

describe('moving departments', () => {
  test('a move rewrites the path of the whole subtree; the root and moves into the own subtree are refused', async () => {
    const a = await makeDepartment(db, root, 'A');
    const b = await makeDepartment(db, a, 'B');
    const c = await makeDepartment(db, b, 'C');
    const d = await makeDepartment(db, root, 'D');
    await ok(admin.as, UPDATE, { id: b.id, input: { parentId: d.id, name: 'B2' } });
    expect(await pathOf(b.id)).toBe(`${d.path}${b.id}/`);
    expect(await pathOf(c.id)).toBe(`${d.path}${b.id}/${c.id}/`);
    expect(await pathOf(a.id)).toBe(a.path);
    const moved = await db.getRepository(AuditLog).findOneByOrFail({ entityType: 'department', entityId: b.id, action: 'move' });
    expect(moved.changes).toMatchObject({ parentId: [a.id, d.id], name: ['B', 'B2'], subtreeSize: 2 });

    await expectUnchanged(db, async () => {
      const intoOwnSubtree = await gql(admin.as, UPDATE, { id: d.id, input: { parentId: c.id } });
      expect(codeOf(intoOwnSubtree)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(intoOwnSubtree)).toEqual(['parentId']);
      expect(codeOf(await gql(admin.as, UPDATE, { id: b.id, input: { parentId: b.id } }))).toBe('BAD_USER_INPUT');
      expect(codeOf(await gql(admin.as, UPDATE, { id: root.id, input: { parentId: d.id } }))).toBe('BAD_USER_INPUT');
      expect(codeOf(await gql(admin.as, UPDATE, { id: 999999, input: { name: 'x' } }))).toBe('NOT_FOUND');
      expect(codeOf(await gql(admin.as, UPDATE, { id: 'abc', input: { name: 'x' } }))).toBe('BAD_USER_INPUT');
      expect(codeOf(await gql(sales.as, UPDATE, { id: c.id, input: { name: 'x' } }))).toBe('FORBIDDEN');
    });
  });

  test('the root can be renamed and a head can be set and cleared', async () => {
    const renamed = await ok(admin.as, UPDATE, { id: root.id, input: { name: '总公司', headId: admin.user.id, sortOrder: 1 } });
    expect(renamed.updateDepartment).toMatchObject({ name: '总公司', headId: String(admin.user.id), sortOrder: 1, parentId: null });
    const cleared = await ok(admin.as, UPDATE, { id: root.id, input: { headId: null } });
    expect(cleared.updateDepartment.headId).toBeNull();
  });

  test("a manager's SELF_AND_CHILDREN scope follows a department moved under theirs", async () => {
    const north = await makeDepartment(db, root, '北区');
    const team = await makeDepartment(db, root, '独立小组');
    const manager = await actor(db, ['DEPT_MANAGER'], north);
    const seller = await makeUser(db, team, [await roleByCode(db, 'SALES')]);
    const customer = await makeCustomer(db, seller, { name: '移动测试客户有限公司' });
    const LIST = '{ customers { totalCount nodes { id } } }';
    expect((await ok(manager.as, LIST)).customers.totalCount).toBe(0);
    await ok(admin.as, UPDATE, { id: team.id, input: { parentId: north.id } });
    const after = await ok(manager.as, LIST);
    expect(after.customers.totalCount).toBe(1);
    expect(after.customers.nodes[0].id).toBe(String(customer.id));
    await ok(admin.as, UPDATE, { id: team.id, input: { parentId: root.id } });
    expect((await ok(manager.as, LIST)).customers.totalCount).toBe(0);
  });
});

describe('disabling departments', () => {
  test('refused while a user is active; then the whole subtree is disabled; the root never is', async () => {
    const parent = await makeDepartment(db, root, '待撤销部');
    const child = await makeDepartment(db, parent, '待撤销子部');
    const member = await makeUser(db, child, [await roleByCode(db, 'SALES')]);
    await expectUnchanged(db, async () => {
      const refused = await gql(admin.as, DISABLE, { id: parent.id });
      expect(codeOf(refused)).toBe('BAD_USER_INPUT');
      expect(refused.errors![0].message).toMatch(/still has 1 active/);
      expect(codeOf(await gql(admin.as, DISABLE, { id: root.id }))).toBe('BAD_USER_INPUT');
      expect(codeOf(await gql(admin.as, DISABLE, { id: 999999 }))).toBe('NOT_FOUND');
      expect(codeOf(await gql(sales.as, DISABLE, { id: parent.id }))).toBe('FORBIDDEN');
    });
    await ok(admin.as, 'mutation($id: ID!) { disableUser(id: $id) { status } }', { id: member.id });
    expect((await ok(admin.as, DISABLE, { id: parent.id })).disableDepartment.enabled).toBe(false);
    expect((await db.getRepository(Department).findOneByOrFail({ id: child.id })).enabled).toBe(false);
    expect(await db.getRepository(AuditLog).countBy({ entityType: 'department', action: 'disable' })).toBeGreaterThanOrEqual(2);
  });

  test('a disabled department takes no new sub-departments or users; enabling needs an enabled parent', async () => {
    const parent = await makeDepartment(db, root, '停用父部');
    const child = await makeDepartment(db, parent, '停用子部');
    await ok(admin.as, DISABLE, { id: parent.id });
    const salesRole = await roleByCode(db, 'SALES');
    await expectUnchanged(db, async () => {
      const sub = await gql(admin.as, CREATE, { input: { name: '新子部', parentId: parent.id } });
      expect(fieldsOf(sub)).toEqual(['parentId']);
      const user = await gql(admin.as, `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`, {
        input: { username: 'in_disabled', name: '某人', departmentId: child.id, roleIds: [salesRole.id], password: 'Start123abc' },
      });
      expect(fieldsOf(user)).toEqual(['departmentId']);
      expect(codeOf(await gql(admin.as, ENABLE, { id: child.id }))).toBe('BAD_USER_INPUT');
    });
    expect((await ok(admin.as, ENABLE, { id: parent.id })).enableDepartment.enabled).toBe(true);
    expect((await ok(admin.as, ENABLE, { id: child.id })).enableDepartment.enabled).toBe(true);
  });

  test('a user re-enabled in a disabled department is refused', async () => {
    const dept = await makeDepartment(db, root, '临时部');
    const member = await makeUser(db, dept, [], { status: UserStatus.DISABLED });
    await ok(admin.as, DISABLE, { id: dept.id });
    const refused = await expectUnchanged(db, () => gql(admin.as, 'mutation($id: ID!) { enableUser(id: $id) { status } }', { id: member.id }));
    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
  });
});

describe('positions', () => {
  const CREATE_POSITION = `mutation($input: CreatePositionInput!) { createPosition(input: $input) { id name departmentId department { id name } } }`;

  test('create, list per department, rename; duplicates, bad input and missing permission are refused', async () => {
    const dept = await makeDepartment(db, root, '岗位测试部');
    const created = (await ok(admin.as, CREATE_POSITION, { input: { name: '销售主管', departmentId: dept.id } })).createPosition;
    expect(created).toMatchObject({ name: '销售主管', departmentId: String(dept.id), department: { name: '岗位测试部' } });
    await ok(admin.as, CREATE_POSITION, { input: { name: '销售代表', departmentId: dept.id } });
    const list = await ok(sales.as, 'query($d: ID!) { positions(departmentId: $d) { name } }', { d: dept.id });
    expect(list.positions.map((p: { name: string }) => p.name)).toEqual(['销售主管', '销售代表']);
    const renamed = await ok(admin.as, 'mutation($id: ID!, $input: UpdatePositionInput!) { updatePosition(id: $id, input: $input) { name } }', { id: created.id, input: { name: '区域主管' } });
    expect(renamed.updatePosition.name).toBe('区域主管');
    expect(await db.getRepository(AuditLog).countBy({ entityType: 'position', entityId: Number(created.id) })).toBe(2);

    await expectUnchanged(db, async () => {
      expect(codeOf(await gql(admin.as, CREATE_POSITION, { input: { name: '销售代表', departmentId: dept.id } }))).toBe('CONFLICT');
      expect(fieldsOf(await gql(admin.as, CREATE_POSITION, { input: { name: '', departmentId: dept.id } }))).toEqual(['name']);
      expect(fieldsOf(await gql(admin.as, CREATE_POSITION, { input: { name: '某岗', departmentId: 999999 } }))).toEqual(['departmentId']);
      expect(codeOf(await gql(admin.as, 'mutation { updatePosition(id: 999999, input: { name: "x" }) { id } }'))).toBe('NOT_FOUND');
      expect(codeOf(await gql(sales.as, CREATE_POSITION, { input: { name: '某岗', departmentId: dept.id } }))).toBe('FORBIDDEN');
    });
  });
});
