// Roles and scopes are cached per app server for one access version; a list request then runs at most four
// statements. Every change that decides a scope bumps the version in the database, which each request reads with
// its user, so a revoked right is gone at the very next request (on any server: the version is not in memory).
import { DataSource } from 'typeorm';
import { AccessVersion, ApiToken, Customer, Department, User, UserRole } from '@/entities';
import { UserStatus } from '@/entities/user.entity';
import { hashToken } from '@/lib/auth/api-token.service';
import { closeTestDatabase, openTestDatabase } from '../support/database';
import { As, codeOf, gql, ok, tokenFor } from '../support/api';
import { makeCustomer, makeDepartment, makeUser, roleByCode, rootDepartment } from '../support/factories';

let db: DataSource;
let statements: string[] = [];
let north: Department; let south: Department;
let manager: User; let managerAs: As;
let seller: User; let sellerAs: As;
let customer: Customer;

const LIST = '{ customers(first: 20) { totalCount nodes { id name } } }';
const version = async () => (await db.getRepository(AccessVersion).findOneByOrFail({ id: 1 })).version;
const visibleTo = async (as: As) => (await ok(as, LIST)).customers.nodes.map((n: { id: string }) => Number(n.id));

async function statementsOf(work: () => Promise<unknown>) {
  statements = [];
  await work();
  return [...statements];
}

beforeAll(async () => {
  db = await openTestDatabase();
  const logQuery = db.logger.logQuery.bind(db.logger);
  db.logger.logQuery = (...args: Parameters<typeof logQuery>) => { statements.push(String(args[0])); return logQuery(...args); };
  const root = await rootDepartment(db);
  north = await makeDepartment(db, root, '华北');
  south = await makeDepartment(db, root, '华南');
  manager = await makeUser(db, north, [await roleByCode(db, 'DEPT_MANAGER')]);
  seller = await makeUser(db, north, [await roleByCode(db, 'SALES')]);
  customer = await makeCustomer(db, seller);
  managerAs = await tokenFor(db, manager);
  sellerAs = await tokenFor(db, seller);
});
afterAll(async () => closeTestDatabase(db));

test('a warm list request runs at most four statements (user and version, team seats, page, count)', async () => {
  for (const as of [sellerAs, managerAs]) {
    await ok(as, LIST); // warms this server's cache for the current version
    const run = await statementsOf(() => ok(as, LIST));
    expect(run.length).toBeLessThanOrEqual(4);
    expect(run.some((sql) => /^\s*UPDATE\b/i.test(sql))).toBe(false); // last-used time written at most once a minute
  }
});

test('a bearer token\'s last-used time is written on first use, then not again within the minute', async () => {
  const token = `crm_fresh_${Math.random().toString(36).slice(2)}`;
  await db.getRepository(ApiToken).insert({ userId: seller.id, name: 'fresh', tokenHash: hashToken(token), prefix: token.slice(0, 12), expiresAt: new Date(Date.now() + 86400000) });
  const fresh: As = { token };
  const first = await statementsOf(() => ok(fresh, LIST));
  expect(first.filter((sql) => /UPDATE\s+\S*api_token/i.test(sql))).toHaveLength(1);
  const second = await statementsOf(() => ok(fresh, LIST));
  expect(second.filter((sql) => /UPDATE\s+\S*api_token/i.test(sql))).toHaveLength(0);
  expect((await db.getRepository(ApiToken).findOneByOrFail({ tokenHash: hashToken(token) })).lastUsedAt).not.toBeNull();
});

test('a role taken away, a user moved, a department moved or a user disabled takes effect at the next request', async () => {
  expect(await visibleTo(managerAs)).toContain(customer.id);

  // Role: the manager becomes a salesperson (SELF) — as an administrator on another server would do it.
  const before = await version();
  await db.getRepository(UserRole).delete({ userId: manager.id });
  await db.getRepository(UserRole).insert({ userId: manager.id, roleId: (await roleByCode(db, 'SALES')).id });
  expect(await version()).toBeGreaterThan(before);
  expect(await visibleTo(managerAs)).not.toContain(customer.id);
  await db.getRepository(UserRole).delete({ userId: manager.id });
  await db.getRepository(UserRole).insert({ userId: manager.id, roleId: (await roleByCode(db, 'DEPT_MANAGER')).id });
  expect(await visibleTo(managerAs)).toContain(customer.id);

  // The seller moves to another department: out of the manager's scope at once.
  await db.getRepository(User).update({ id: seller.id }, { departmentId: south.id });
  expect(await visibleTo(managerAs)).not.toContain(customer.id);
  await db.getRepository(User).update({ id: seller.id }, { departmentId: north.id });
  expect(await visibleTo(managerAs)).toContain(customer.id);

  // A department moves: the seller's team goes under the south, outside the north manager's subtree.
  const team = await makeDepartment(db, north, '北京组');
  await db.getRepository(User).update({ id: seller.id }, { departmentId: team.id });
  expect(await visibleTo(managerAs)).toContain(customer.id);
  await db.getRepository(Department).update({ id: team.id }, { parentId: south.id, path: `${south.path}${team.id}/` });
  expect(await visibleTo(managerAs)).not.toContain(customer.id);

  // Disabled: no viewer at all (the user row is read on every request, never cached).
  await db.getRepository(User).update({ id: manager.id }, { status: UserStatus.DISABLED });
  expect(codeOf(await gql(managerAs, LIST))).toBe('UNAUTHENTICATED');
});

test('a change no scope depends on (a login time) does not bump the version', async () => {
  const before = await version();
  await db.getRepository(User).update({ id: seller.id }, { lastLoginAt: new Date() });
  expect(await version()).toBe(before);
});
