// User administration by holders of system:user: create, list and filter, edit, roles, disable / enable,
// password reset, and the super administrator rules. Every refusal leaves the database untouched.
import { DataSource, IsNull } from 'typeorm';
import { ApiToken, AuditLog, Department, Position, Role, User } from '@/entities';
import { UserStatus } from '@/entities/user.entity';
import { verifyPassword } from '@/lib/auth/password';
import { closeTestDatabase, openTestDatabase } from '../support/database';
import { codeOf, gql, ok } from '../support/api';
import { makeDepartment, makeUser, roleByCode, rootDepartment } from '../support/factories';
import { Actor, actor, expectUnchanged, fieldsOf } from './org-support';

let db: DataSource;
let root: Department;
let east: Department;
let eastTeam: Department;
let position: Position;
let salesRole: Role;
let superRole: Role;
let admin: Actor;
let superAdmin: Actor;

const USER_FIELDS = 'id username name status mustChangePassword phone email address department { id name } position { id name } roles { id code name }';
const CREATE = `mutation($input: CreateUserInput!) { createUser(input: $input) { ${USER_FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { ${USER_FIELDS} } }`;
const DISABLE = 'mutation($id: ID!) { disableUser(id: $id) { id status } }';
const ENABLE = 'mutation($id: ID!) { enableUser(id: $id) { id status } }';
const RESET = 'mutation($id: ID!, $p: String!) { resetPassword(id: $id, newPassword: $p) { id mustChangePassword } }';
const newUser = (input: Record<string, unknown> = {}) => ({
  username: `u${Math.random().toString(36).slice(2, 10)}`, name: '新员工', departmentId: east.id, roleIds: [salesRole.id], password: 'Welcome123', ...input,
});

beforeAll(async () => {
  db = await openTestDatabase();
  root = await rootDepartment(db);
  east = await makeDepartment(db, root, '华东');
  eastTeam = await makeDepartment(db, east, '上海组');
  position = await db.getRepository(Position).save({ name: '销售代表', departmentId: east.id });
  salesRole = await roleByCode(db, 'SALES');
  superRole = await roleByCode(db, 'SUPER_ADMIN');
  // A user administrator who also holds the salesperson role: administering salespeople is within their own rights
  // (issue 8: nobody administers users, or grants roles, beyond their own rights).
  admin = await actor(db, ['SYSTEM_ADMIN', 'SALES']);
  superAdmin = await actor(db, ['SUPER_ADMIN']);
});
afterAll(async () => closeTestDatabase(db));

describe('createUser', () => {
  test('creates an INACTIVE user who must change the password, with department, position and roles; audited without the password', async () => {
    const input = newUser({ username: 'zhangsan', name: '张三', positionId: position.id, phone: '021-12345678', email: 'zs@example.com', address: '上海' });
    const created = (await ok(admin.as, CREATE, { input })).createUser;
    expect(created).toMatchObject({
      username: 'zhangsan', name: '张三', status: 'INACTIVE', mustChangePassword: true, email: 'zs@example.com',
      department: { id: String(east.id) }, position: { id: String(position.id) }, roles: [{ code: 'SALES' }],
    });
    const stored = await db.getRepository(User).findOneByOrFail({ id: Number(created.id) });
    expect(await verifyPassword('Welcome123', stored.passwordHash)).toBe(true);
    const entry = await db.getRepository(AuditLog).findOneByOrFail({ entityType: 'user', entityId: stored.id, action: 'create' });
    expect(entry.actorId).toBe(admin.user.id);
    expect(JSON.stringify(entry.changes)).not.toMatch(/Welcome123|password/i);
    expect(entry.changes).toMatchObject({ username: 'zhangsan', roleIds: [salesRole.id] });
  });

  test('field errors are reported together; unknown department, foreign position and unknown role are refused', async () => {
    const other = await db.getRepository(Position).save({ name: '别部门岗位', departmentId: eastTeam.id });
    await expectUnchanged(db, async () => {
      const many = await gql(admin.as, CREATE, { input: newUser({ username: ' ', name: '', password: 'short', email: 'nope', roleIds: [] }) });
      expect(codeOf(many)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(many)).toEqual(['email', 'name', 'password', 'roleIds', 'username']);
      expect(fieldsOf(await gql(admin.as, CREATE, { input: newUser({ departmentId: 999999 }) }))).toEqual(['departmentId']);
      expect(fieldsOf(await gql(admin.as, CREATE, { input: newUser({ positionId: other.id }) }))).toEqual(['positionId']);
      expect(fieldsOf(await gql(admin.as, CREATE, { input: newUser({ roleIds: [salesRole.id, 999999] }) }))).toEqual(['roleIds']);
    });
  });

  test('a taken username (in any letter case) is a CONFLICT', async () => {
    await ok(admin.as, CREATE, { input: newUser({ username: 'lisi' }) });
    await expectUnchanged(db, async () => {
      const same = await gql(admin.as, CREATE, { input: newUser({ username: 'lisi' }) });
      expect(codeOf(same)).toBe('CONFLICT');
      expect(same.errors![0].extensions!.field).toBe('username');
      expect(codeOf(await gql(admin.as, CREATE, { input: newUser({ username: 'LiSi' }) }))).toBe('CONFLICT');
    });
  });

  test('only a super administrator grants the super administrator role', async () => {
    await expectUnchanged(db, async () => {
      const refused = await gql(admin.as, CREATE, { input: newUser({ roleIds: [superRole.id] }) });
      expect(codeOf(refused)).toBe('FORBIDDEN');
    });
    const granted = await ok(superAdmin.as, CREATE, { input: newUser({ roleIds: [superRole.id] }) });
    expect(granted.createUser.roles.map((r: { code: string }) => r.code)).toEqual(['SUPER_ADMIN']);
  });

  test('a user without system:user or the manager role cannot list or create users', async () => {
    const seller = await actor(db, ['SALES']);
    await expectUnchanged(db, async () => {
      expect(codeOf(await gql(seller.as, CREATE, { input: newUser() }))).toBe('FORBIDDEN');
      expect(codeOf(await gql(seller.as, '{ users { totalCount } }'))).toBe('FORBIDDEN');
      expect(codeOf(await gql(seller.as, 'query($id: ID!) { user(id: $id) { id } }', { id: seller.user.id }))).toBe('FORBIDDEN');
    });
  });
});

describe('users query', () => {
  test('filters by keyword, department subtree, status and role, with totalCount and cursor pages', async () => {
    const finance = await roleByCode(db, 'FINANCE');
    const a = await makeUser(db, east, [salesRole], { name: '王小明', phone: '13800000001' });
    const b = await makeUser(db, eastTeam, [finance], { name: '王大明', status: UserStatus.DISABLED });
    await makeUser(db, root, [salesRole], { name: '王总' });
    const ids = (data: { users: { nodes: { id: string }[] } }) => data.users.nodes.map((n) => Number(n.id)).sort((x, y) => x - y);
    const Q = 'query($f: UserFilter, $first: Int, $after: String) { users(filter: $f, first: $first, after: $after) { totalCount nodes { id } pageInfo { hasNextPage endCursor } } }';

    const wang = await ok(admin.as, Q, { f: { keyword: '明' } });
    expect(ids(wang)).toEqual([a.id, b.id]);
    expect((await ok(admin.as, Q, { f: { keyword: '13800000001' } })).users.totalCount).toBe(1);
    expect(ids(await ok(admin.as, Q, { f: { keyword: '王', departmentId: east.id } }))).toEqual([a.id, b.id]);
    expect(ids(await ok(admin.as, Q, { f: { keyword: '王', departmentId: eastTeam.id } }))).toEqual([b.id]);
    expect(ids(await ok(admin.as, Q, { f: { keyword: '王', status: 'DISABLED' } }))).toEqual([b.id]);
    expect(ids(await ok(admin.as, Q, { f: { keyword: '王', roleId: finance.id } }))).toEqual([b.id]);

    const first = await ok(admin.as, Q, { f: { keyword: '王' }, first: 2 });
    expect(first.users).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
    const second = await ok(admin.as, Q, { f: { keyword: '王' }, first: 2, after: first.users.pageInfo.endCursor });
    expect(second.users.nodes).toHaveLength(1);
    expect(second.users.pageInfo.hasNextPage).toBe(false);
    const all = [...first.users.nodes, ...second.users.nodes].map((n: { id: string }) => n.id);
    expect(new Set(all).size).toBe(3);
  });

  test('user(id) returns the user with department and roles, and null for an unknown id', async () => {
    const data = await ok(admin.as, `query($id: ID!) { user(id: $id) { ${USER_FIELDS} } }`, { id: superAdmin.user.id });
    expect(data.user).toMatchObject({ username: superAdmin.user.username, roles: [{ code: 'SUPER_ADMIN' }], department: { id: String(root.id) } });
    expect((await ok(admin.as, '{ user(id: 999999) { id } }')).user).toBeNull();
  });
});

describe('updateUser', () => {
  test('edits fields, drops the position when the department changes, and audits the role assignment apart', async () => {
    const target = await makeUser(db, east, [salesRole], { positionId: position.id });
    const finance = await roleByCode(db, 'FINANCE');
    // FINANCE reads every customer, beyond the user administrator's own rights: a super administrator grants it.
    const data = await ok(superAdmin.as, UPDATE, { id: target.id, input: { name: '改名', departmentId: eastTeam.id, roleIds: [finance.id, salesRole.id], email: '' } });
    expect(data.updateUser).toMatchObject({ name: '改名', department: { id: String(eastTeam.id) }, position: null, email: null });
    expect(data.updateUser.roles.map((r: { code: string }) => r.code).sort()).toEqual(['FINANCE', 'SALES']);
    const entries = await db.getRepository(AuditLog).findBy({ entityType: 'user', entityId: target.id });
    expect(entries.find((e) => e.action === 'update')!.changes).toMatchObject({ name: [target.name, '改名'], departmentId: [east.id, eastTeam.id], positionId: [position.id, null] });
    expect(entries.find((e) => e.action === 'role.assign')!.changes).toEqual({ roleIds: [[salesRole.id], [salesRole.id, finance.id].sort((x, y) => x - y)] });
  });

  test('refusals: unknown user, bad fields, granting or touching a super administrator without being one, own roles', async () => {
    const target = await makeUser(db, east, [salesRole]);
    const otherSuper = await makeUser(db, root, [superRole]);
    await expectUnchanged(db, async () => {
      expect(codeOf(await gql(admin.as, UPDATE, { id: 999999, input: { name: 'x' } }))).toBe('NOT_FOUND');
      expect(fieldsOf(await gql(admin.as, UPDATE, { id: target.id, input: { name: ' ', phone: 'abc', roleIds: [] } }))).toEqual(['name', 'phone', 'roleIds']);
      expect(fieldsOf(await gql(admin.as, UPDATE, { id: target.id, input: { positionId: 999999 } }))).toEqual(['positionId']);
      expect(codeOf(await gql(admin.as, UPDATE, { id: target.id, input: { roleIds: [superRole.id] } }))).toBe('FORBIDDEN');
      expect(codeOf(await gql(admin.as, UPDATE, { id: otherSuper.id, input: { name: '降级' } }))).toBe('FORBIDDEN');
      expect(codeOf(await gql(admin.as, DISABLE, { id: otherSuper.id }))).toBe('FORBIDDEN');
      expect(codeOf(await gql(admin.as, RESET, { id: otherSuper.id, p: 'Another123' }))).toBe('FORBIDDEN');
      expect(codeOf(await gql(admin.as, UPDATE, { id: admin.user.id, input: { roleIds: [salesRole.id] } }))).toBe('FORBIDDEN');
    });
  });
});

describe('disable, enable, reset password', () => {
  test('disable ends sessions and revokes tokens; enable restores ACTIVE or INACTIVE as before', async () => {
    const seller = await actor(db, ['SALES'], east);
    const neverLoggedIn = await makeUser(db, east, [salesRole], { status: UserStatus.INACTIVE });
    await db.getRepository(User).update({ id: seller.user.id }, { lastLoginAt: new Date() });
    expect((await ok(admin.as, DISABLE, { id: seller.user.id })).disableUser.status).toBe('DISABLED');
    const stored = await db.getRepository(User).findOneByOrFail({ id: seller.user.id });
    expect(stored.sessionVersion).toBe(seller.user.sessionVersion + 1);
    expect(await db.getRepository(ApiToken).countBy({ userId: seller.user.id, revokedAt: IsNull() })).toBe(0);
    expect((await ok(admin.as, DISABLE, { id: seller.user.id })).disableUser.status).toBe('DISABLED');
    expect((await ok(admin.as, ENABLE, { id: seller.user.id })).enableUser.status).toBe('ACTIVE');
    await ok(admin.as, DISABLE, { id: neverLoggedIn.id });
    expect((await ok(admin.as, ENABLE, { id: neverLoggedIn.id })).enableUser.status).toBe('INACTIVE');
    const actions = (await db.getRepository(AuditLog).findBy({ entityType: 'user', entityId: seller.user.id })).map((e) => e.action);
    expect(actions).toEqual(['disable', 'enable']);
  });

  test('disable refusals: own account, unknown user, missing permission', async () => {
    const seller = await actor(db, ['SALES'], east);
    await expectUnchanged(db, async () => {
      expect(codeOf(await gql(admin.as, DISABLE, { id: admin.user.id }))).toBe('BAD_USER_INPUT');
      expect(codeOf(await gql(admin.as, DISABLE, { id: 999999 }))).toBe('NOT_FOUND');
      expect(codeOf(await gql(admin.as, ENABLE, { id: 999999 }))).toBe('NOT_FOUND');
      expect(codeOf(await gql(seller.as, DISABLE, { id: admin.user.id }))).toBe('FORBIDDEN');
    });
  });

  test('resetPassword sets a temporary password the user must change; weak passwords and own account are refused', async () => {
    const target = await makeUser(db, east, [salesRole]);
    await expectUnchanged(db, async () => {
      expect(fieldsOf(await gql(admin.as, RESET, { id: target.id, p: 'weak' }))).toEqual(['newPassword']);
      expect(codeOf(await gql(admin.as, RESET, { id: admin.user.id, p: 'Another123' }))).toBe('BAD_USER_INPUT');
      expect(codeOf(await gql(admin.as, RESET, { id: 999999, p: 'Another123' }))).toBe('NOT_FOUND');
    });
    // The reset itself: a new password lets one act as the user, so it takes someone who already reaches their records.
    expect(codeOf(await gql(admin.as, RESET, { id: target.id, p: 'Another123' }))).toBe('FORBIDDEN');
    expect((await ok(superAdmin.as, RESET, { id: target.id, p: 'Another123' })).resetPassword.mustChangePassword).toBe(true);
    const stored = await db.getRepository(User).findOneByOrFail({ id: target.id });
    expect(await verifyPassword('Another123', stored.passwordHash)).toBe(true);
    expect(stored.sessionVersion).toBe(target.sessionVersion + 1);
    expect(await db.getRepository(AuditLog).countBy({ entityType: 'user', entityId: target.id, action: 'password.reset' })).toBe(1);
  });
});
