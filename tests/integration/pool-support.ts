// Shared setup of the pool tests: a small company with two pools (the default one for everybody, 华南公海
// for the south region), the usual actors, and builders for pool customers.
import { DataSource, IsNull } from 'typeorm';
import { Customer, CustomerPoolHistory, Department, Pool, PoolMember, PoolSettings, User } from '@/entities';
import { PoolEvent } from '@/entities/customer-pool-history.entity';
import { PoolMemberKind } from '@/entities/pool-member.entity';
import { PoolReason } from '@/entities/pool.entity';
import { ScopeLevel } from '@/lib/access';
import { As, tokenFor } from '../support/api';
import { makeContact, makeCustomer, makeDepartment, makeRole, makeUser, roleByCode, rootDepartment } from '../support/factories';

export interface Person { user: User; as: As }

export interface PoolCompany {
  root: Department; north: Department; beijing: Department; south: Department; guangzhou: Department;
  defaultPool: Pool; southPool: Pool;
  /** Salespeople (SALES: pool:claim, SELF scope). */
  li: Person; sun: Person; zhou: Person;
  /** North manager with a custom role: read and write SELF_AND_CHILDREN, pool:claim and pool:assign. */
  wang: Person;
  /** Administrator of the south pool (a south salesperson). */
  chen: Person;
  /** Super administrator, system administrator (no customer data), finance (reads every customer). */
  admin: Person; it: Person; finance: Person;
}

const person = async (db: DataSource, user: User): Promise<Person> => ({ user, as: await tokenFor(db, user) });

export async function poolCompany(db: DataSource): Promise<PoolCompany> {
  const root = await rootDepartment(db);
  const north = await makeDepartment(db, root, `华北${Math.random().toString(36).slice(2, 6)}`);
  const beijing = await makeDepartment(db, north);
  const south = await makeDepartment(db, root, `华南${Math.random().toString(36).slice(2, 6)}`);
  const guangzhou = await makeDepartment(db, south);
  const sales = await roleByCode(db, 'SALES');
  const leader = await makeRole(db, { read: ScopeLevel.SELF_AND_CHILDREN, write: ScopeLevel.SELF_AND_CHILDREN, permissions: ['customer:create', 'customer:update', 'customer:lock', 'customer:transfer', 'pool:claim', 'pool:assign'] });
  const defaultPool = await db.getRepository(Pool).findOneByOrFail({ isDefault: true });
  const southPool = await db.getRepository(Pool).save({ name: `华南公海${Math.random().toString(36).slice(2, 6)}`, isDefault: false, recycleEnabled: false, exemptDealCustomers: true, exemptOpenOpportunities: true, warnDays: 3 });
  const company = {
    root, north, beijing, south, guangzhou, defaultPool, southPool,
    li: await person(db, await makeUser(db, beijing, [sales], { name: '李娜' })),
    sun: await person(db, await makeUser(db, beijing, [sales], { name: '孙磊' })),
    zhou: await person(db, await makeUser(db, guangzhou, [sales], { name: '周洋' })),
    wang: await person(db, await makeUser(db, north, [leader], { name: '王建国' })),
    chen: await person(db, await makeUser(db, guangzhou, [sales], { name: '陈志明' })),
    admin: await person(db, await makeUser(db, root, [await roleByCode(db, 'SUPER_ADMIN')], { name: '超管' })),
    it: await person(db, await makeUser(db, root, [await roleByCode(db, 'SYSTEM_ADMIN')], { name: '信息管理员' })),
    finance: await person(db, await makeUser(db, root, [await roleByCode(db, 'FINANCE')], { name: '财务' })),
  };
  await db.getRepository(PoolMember).insert([
    { poolId: southPool.id, kind: PoolMemberKind.DEPARTMENT, memberId: south.id, includeChildren: true },
    { poolId: southPool.id, kind: PoolMemberKind.ADMIN, memberId: company.chen.user.id, includeChildren: false },
  ]);
  return company;
}

/** A customer waiting in a pool, as if `from` had lost it there `daysAgo` days ago, with one contact. */
export async function poolCustomer(db: DataSource, pool: Pool, input: { from?: User | null; reason?: PoolReason; daysAgo?: number; name?: string } = {}) {
  const entered = new Date(Date.now() - (input.daysAgo ?? 1) * 86_400_000);
  const customer = await makeCustomer(db, null, {
    ...(input.name ? { name: input.name } : {}),
    poolId: pool.id, poolEnteredAt: entered, poolReason: input.reason ?? PoolReason.NO_FOLLOW_UP, previousOwnerId: input.from?.id ?? null,
    createdById: input.from?.id ?? 1,
  });
  await makeContact(db, customer, { ownerId: null });
  if (input.from) {
    await db.getRepository(CustomerPoolHistory).insert({ customerId: customer.id, event: PoolEvent.ENTER, poolId: pool.id, reason: customer.poolReason, fromOwnerId: input.from.id, actorId: null, createdAt: entered });
  }
  return customer;
}

export async function setCaps(db: DataSource, caps: Partial<PoolSettings>) {
  await db.getRepository(PoolSettings).update({ id: 1 }, { maxOwnedCustomers: null, maxClaimsPerDay: null, reclaimBarDays: 0, maxLockedCustomers: null, ...caps });
}

export const customerRow = (db: DataSource, id: number | string) => db.getRepository(Customer).findOneByOrFail({ id: Number(id) });
export const historyOf = (db: DataSource, id: number | string) => db.getRepository(CustomerPoolHistory).find({ where: { customerId: Number(id) }, order: { id: 'ASC' } });
export const liveOwned = (db: DataSource, user: User) => db.getRepository(Customer).countBy({ ownerId: user.id, deletedAt: IsNull() });

export const CLAIM = 'mutation($ids: [ID!]!) { claimCustomers(ids: $ids) { id ownerId poolId owner { id } } }';
export const ASSIGN = 'mutation($ids: [ID!]!, $userId: ID!) { assignCustomers(ids: $ids, userId: $userId) { id ownerId } }';
export const RETURN = 'mutation($ids: [ID!]!, $reason: String!) { returnCustomersToPool(ids: $ids, reason: $reason) { id ownerId poolId poolReason poolNote previousOwnerId pool { id name } } }';
export const MOVE = 'mutation($ids: [ID!]!, $poolId: ID!) { moveCustomersToPool(ids: $ids, poolId: $poolId) { id poolId } }';
export const POOL_CUSTOMERS = `query($poolId: ID!, $filter: PoolCustomerFilter, $first: Int, $offset: Int) {
  poolCustomers(poolId: $poolId, filter: $filter, first: $first, offset: $offset) {
    totalCount nodes { id name poolReason poolNote poolEnteredAt previousOwner { id name } pool { id name } contacts { id } }
  }
}`;

/** Every row of the tables a pool operation may touch, in id order. */
async function poolTables(db: DataSource) {
  const out: Record<string, unknown[]> = {};
  for (const table of ['customer', 'contact', 'customer_team_member', 'customer_pool_history', 'audit_log', 'notification', 'pool', 'pool_member', 'pool_rule', 'pool_settings']) {
    out[table] = await db.query(`SELECT * FROM ${db.driver.escape(table)} ORDER BY 1`);
  }
  return out;
}

/** Runs a refused call and asserts that no pool-related row changed. */
export async function expectNothingChanged<T>(db: DataSource, work: () => Promise<T>): Promise<T> {
  const before = await poolTables(db);
  const result = await work();
  expect(await poolTables(db)).toEqual(before);
  return result;
}

/** The field names of a BAD_USER_INPUT error. */
export const fieldsOf = (result: { errors?: { extensions?: Record<string, any> }[] }) => // eslint-disable-line @typescript-eslint/no-explicit-any
  ((result.errors?.[0]?.extensions?.fields ?? []) as { field: string }[]).map((f) => f.field).sort();
