// Who sees pool customers: members of the customer's pool (administrators included), ALL-scope viewers, and
// nobody else — through lookup, lists, counts, the pool view and nested contacts. Then a property test over
// random organisations with random pools against the scope oracle (which knows pool membership), cross-checked
// with this file's own walk of pool membership.
// Replay a failure with POOL_SEED=<seed>.
import { DataSource, In, IsNull, Not } from 'typeorm';
import { Customer, FollowUp, Pool, PoolMember } from '@/entities';
import { PoolMemberKind } from '@/entities/pool-member.entity';
import { closeTestDatabase, openTestDatabase } from '../support/database';
import { As, codeOf, gql, ok, tokenFor } from '../support/api';
import { makeContact } from '../support/factories';
import { ModelUser, OrgModel, clearOrg, generateOrg, prng } from '../support/org-generator';
import { ScopeOracle } from '../support/scope-oracle';
import { POOL_CUSTOMERS, poolCompany, poolCustomer } from './pool-support';

let db: DataSource;
beforeAll(async () => { db = await openTestDatabase(); });
afterAll(async () => closeTestDatabase(db));

const LOOKUP = 'query($id: ID!) { customer(id: $id) { id contacts { id } } }';
const LIST = '{ customers(first: 200) { totalCount nodes { id } } pool: customers(first: 200, filter: { inPool: true }) { totalCount nodes { id } } }';
const CONTACTS = '{ contacts(first: 200) { totalCount nodes { id } } }';
const FOLLOW_UPS = 'query($filter: FollowUpFilter) { followUps(first: 200, filter: $filter) { totalCount nodes { id } } }';

describe('a pool customer is visible exactly to its pool', () => {
  test('members, administrators and ALL-scope viewers see it; a non-member never does, by any entry point', async () => {
    const co = await poolCompany(db);
    const south = await poolCustomer(db, co.southPool, { from: co.zhou.user, name: '广州华信科技有限公司' });
    const contact = await makeContact(db, south, { ownerId: null });
    const id = String(south.id);

    // Non-members: a north salesperson, the north leader; the system administrator has no customer data at all.
    for (const outsider of [co.li, co.wang]) {
      expect((await ok(outsider.as, LOOKUP, { id })).customer).toBeNull();
      const list = await ok(outsider.as, LIST);
      expect(list.customers.nodes.map((n: { id: string }) => n.id)).not.toContain(id);
      expect(list.pool.nodes.map((n: { id: string }) => n.id)).not.toContain(id);
      expect(list.pool.totalCount).toBe(list.pool.nodes.length);
      expect(codeOf(await gql(outsider.as, POOL_CUSTOMERS, { poolId: String(co.southPool.id) }))).toBe('NOT_FOUND');
      const contacts = await ok(outsider.as, CONTACTS);
      expect(contacts.contacts.nodes.map((n: { id: string }) => n.id)).not.toContain(String(contact.id));
      expect((await ok(outsider.as, 'query($id: ID!) { contact(id: $id) { id } }', { id: String(contact.id) })).contact).toBeNull();
      const keyword = await ok(outsider.as, '{ customers(filter: { keyword: "广州华信" }) { totalCount } }');
      expect(keyword.customers.totalCount).toBe(0);
      expect((await ok(outsider.as, '{ pools { id customerCount } }')).pools.map((p: { id: string }) => p.id)).not.toContain(String(co.southPool.id));
    }
    expect(codeOf(await gql(co.it.as, LOOKUP, { id }))).toBe('FORBIDDEN');
    expect(codeOf(await gql(co.it.as, POOL_CUSTOMERS, { poolId: String(co.southPool.id) }))).toBe('FORBIDDEN');

    // Members (zhou), the administrator (chen) and ALL-scope viewers (finance, admin) see it everywhere.
    for (const insider of [co.zhou, co.chen, co.finance, co.admin]) {
      expect((await ok(insider.as, LOOKUP, { id })).customer.id).toBe(id);
      const list = await ok(insider.as, LIST);
      // A pool customer is listed by the pool's own queries, not among the owned customers (issue 9, item 6).
      expect(list.customers.nodes.map((n: { id: string }) => n.id)).not.toContain(id);
      expect(list.pool.nodes.map((n: { id: string }) => n.id)).toContain(id);
      const pool = await ok(insider.as, POOL_CUSTOMERS, { poolId: String(co.southPool.id) });
      expect(pool.poolCustomers.nodes.map((n: { id: string }) => n.id)).toContain(id);
      expect(pool.poolCustomers.nodes.find((n: { id: string }) => n.id === id)).toMatchObject({ poolReason: 'NO_FOLLOW_UP', previousOwner: { id: String(co.zhou.user.id) } });
    }
    // Contacts of a waiting customer belong to nobody: members see the customer, not its contacts (until they claim it).
    expect((await ok(co.zhou.as, LOOKUP, { id })).customer.contacts).toEqual([]);
    expect((await ok(co.admin.as, LOOKUP, { id })).customer.contacts.map((c: { id: string }) => c.id)).toContain(String(contact.id));
    // Members may read, not change it.
    const edit = await gql(co.zhou.as, 'mutation($id: ID!) { updateCustomer(id: $id, input: { remarks: "x" }) { id } }', { id });
    expect(codeOf(edit)).toBe('FORBIDDEN');
    const can = await ok(co.zhou.as, 'query($id: ID!) { customer(id: $id) { viewerCanEdit viewerCanManage } }', { id });
    expect(can.customer).toEqual({ viewerCanEdit: false, viewerCanManage: false });
  });

  test('its follow-ups show on its page to members and by author, not in their plain follow-up list (the records they have)', async () => {
    const co = await poolCompany(db);
    const waiting = await poolCustomer(db, co.southPool, { from: co.zhou.user, name: '深圳华信电子有限公司' });
    const [note] = await db.getRepository(FollowUp).save([{ parentType: 'customer', parentId: waiting.id, authorId: co.zhou.user.id, subject: '离职前的拜访', method: 'VISIT', objective: '续约', result: '待定', occurredAt: new Date() }]);
    const onPage = await ok(co.chen.as, FOLLOW_UPS, { filter: { parentType: 'customer', parentId: String(waiting.id) } });
    expect(onPage.followUps.nodes.map((n: { id: string }) => n.id)).toEqual([String(note.id)]);
    const mine = await ok(co.chen.as, FOLLOW_UPS, { filter: {} });
    expect(mine.followUps.nodes.map((n: { id: string }) => n.id)).not.toContain(String(note.id));
    expect(mine.followUps.totalCount).toBe(mine.followUps.nodes.length);
    // Asked what someone wrote (the dashboard's follow-up figure opens this), it lists every readable one of theirs.
    const written = await ok(co.chen.as, FOLLOW_UPS, { filter: { authorIds: [String(co.zhou.user.id)] } });
    expect(written.followUps.nodes.map((n: { id: string }) => n.id)).toEqual([String(note.id)]);
    // Whoever reads the customer outright (ALL) lists it like any other.
    expect((await ok(co.admin.as, FOLLOW_UPS, { filter: {} })).followUps.nodes.map((n: { id: string }) => n.id)).toContain(String(note.id));
  });
});

// ---- property test ---------------------------------------------------------------------------------------

const FIXED_SEEDS = [20261123, 11];
const seeds = process.env.POOL_SEED ? process.env.POOL_SEED.split(',').map(Number) : [...FIXED_SEEDS, Math.floor(Math.random() * 2 ** 31)];

interface ModelPool { id: number; departments: { departmentId: number; includeChildren: boolean }[]; users: number[]; admins: number[] }

/** Pool membership from the model alone (department tree walk), independent of lib/pool. */
function memberOf(model: OrgModel, pools: ModelPool[], user: ModelUser): Set<number> {
  const parent = new Map(model.departments.map((d) => [d.id, d.parentId]));
  const within = (id: number, ancestor: number) => { for (let at: number | null | undefined = id; at != null; at = parent.get(at)) if (at === ancestor) return true; return false; };
  return new Set(pools.filter((p) => p.users.includes(user.id) || p.admins.includes(user.id)
    || p.departments.some((d) => (d.includeChildren ? within(user.departmentId, d.departmentId) : user.departmentId === d.departmentId))).map((p) => p.id));
}

/** The user's roles give customer data at all (some read level other than NONE). */
function hasCustomerData(model: OrgModel, user: ModelUser) {
  return user.roleIds.some((id) => {
    const role = model.roles.find((r) => r.id === id)!;
    if (role.code === 'SUPER_ADMIN') return true;
    return ['SELF', 'SELF_AND_CHILDREN', 'CUSTOM', 'ALL'].includes((role.moduleScopes.customer ?? role.defaultScope).read);
  });
}

async function addPools(model: OrgModel, seed: number): Promise<{ pools: ModelPool[]; poolOf: Map<number, number | null> }> {
  const rnd = prng(seed ^ 0x5eed);
  await db.getRepository(PoolMember).delete({ poolId: In((await db.getRepository(Pool).findBy({ isDefault: false })).map((p) => p.id).concat([-1])) });
  await db.getRepository(Pool).delete({ isDefault: false });
  const defaultPool = await db.getRepository(Pool).findOneByOrFail({ isDefault: true });
  const pools: ModelPool[] = [{ id: defaultPool.id, ...(await membersOf(defaultPool.id)) }];
  for (let i = 0; i < 3; i++) {
    const saved = await db.getRepository(Pool).save({ name: `随机公海${seed}-${i}`, isDefault: false });
    const pool: ModelPool = {
      id: saved.id,
      departments: rnd.sample(model.departments, rnd.int(0, 2)).map((d) => ({ departmentId: d.id, includeChildren: rnd.chance(0.5) })),
      users: rnd.sample(model.users, rnd.int(0, 3)).map((u) => u.id),
      admins: rnd.sample(model.users, rnd.int(0, 2)).map((u) => u.id),
    };
    await db.getRepository(PoolMember).insert([
      ...pool.departments.map((d) => ({ poolId: pool.id, kind: PoolMemberKind.DEPARTMENT, memberId: d.departmentId, includeChildren: d.includeChildren })),
      ...pool.users.map((memberId) => ({ poolId: pool.id, kind: PoolMemberKind.USER, memberId, includeChildren: false })),
      ...pool.admins.map((memberId) => ({ poolId: pool.id, kind: PoolMemberKind.ADMIN, memberId, includeChildren: false })),
    ]);
    pools.push(pool);
  }
  // Most owner-less customers wait in a random pool; a few predate pools (no pool: ALL-scope viewers only).
  const poolOf = new Map<number, number | null>();
  for (const c of model.customers.filter((x) => x.ownerId === null)) {
    const poolId = rnd.chance(0.85) ? rnd.pick(pools).id : null;
    poolOf.set(c.id, poolId);
    c.poolId = poolId;
    await db.getRepository(Customer).update({ id: c.id }, { poolId, poolEnteredAt: new Date() });
  }
  // The scope oracle reads pool membership from the model: give it these pools.
  model.poolMembers = pools.flatMap((p) => [
    ...p.departments.map((d) => ({ poolId: p.id, kind: 'DEPARTMENT', memberId: d.departmentId, includeChildren: d.includeChildren })),
    ...p.users.map((memberId) => ({ poolId: p.id, kind: 'USER', memberId, includeChildren: false })),
    ...p.admins.map((memberId) => ({ poolId: p.id, kind: 'ADMIN', memberId, includeChildren: false })),
  ]);
  // Owned customers never carry a pool id.
  await db.getRepository(Customer).update({ ownerId: Not(IsNull()) }, { poolId: null });
  return { pools, poolOf };
}

async function membersOf(poolId: number) {
  const rows = await db.getRepository(PoolMember).findBy({ poolId });
  return {
    departments: rows.filter((r) => r.kind === PoolMemberKind.DEPARTMENT).map((r) => ({ departmentId: r.memberId, includeChildren: r.includeChildren })),
    users: rows.filter((r) => r.kind === PoolMemberKind.USER).map((r) => r.memberId),
    admins: rows.filter((r) => r.kind === PoolMemberKind.ADMIN).map((r) => r.memberId),
  };
}

const sorted = (ids: Iterable<number | string>) => [...ids].map(Number).sort((a, b) => a - b);

describe.each(seeds)('random organisation with random pools, seed %i', (seed) => {
  test('lists, counts, lookups and the pool view agree with the oracle for every user', async () => {
    await clearOrg(db);
    const model = await generateOrg(db, seed, { departments: 8, roles: 8, users: 18, customers: 90 });
    const { pools, poolOf } = await addPools(model, seed);
    const oracle = new ScopeOracle(model);
    const mismatches: string[] = [];
    const check = (user: ModelUser, what: string, actual: unknown, expected: unknown) => {
      if (JSON.stringify(actual) !== JSON.stringify(expected)) mismatches.push(`seed ${seed} user ${user.username}#${user.id} ${what}: got ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`);
    };
    const pooled = model.customers.filter((c) => c.ownerId === null);

    for (const user of model.users.filter((u) => u.status === 'ACTIVE')) {
      const as: As = await tokenFor(db, user.entity);
      const mine = memberOf(model, pools, user);
      const data = hasCustomerData(model, user);
      const readsPoolCustomer = (id: number) => { const p = poolOf.get(id); return p != null && data && mine.has(p); };
      const expected = sorted(model.customers.filter((c) => oracle.canReadCustomer(user.id, c)).map((c) => c.id));
      // Cross-check the two oracles: every pool customer this test's own membership walk admits, the scope oracle admits.
      for (const c of pooled) if (readsPoolCustomer(c.id) && !oracle.canReadCustomer(user.id, c)) check(user, `oracles disagree on ${c.id}`, false, true);
      const result = await gql(as, LIST);
      if (result.errors) {
        check(user, 'customers list', codeOf(result), expected.length ? 'data' : 'FORBIDDEN');
        continue;
      }
      // `customers` lists owned customers only; pool customers come with the explicit inPool filter (issue 9, item 6).
      const expectedPool = expected.filter((id) => pooled.some((c) => c.id === id));
      const expectedOwned = expected.filter((id) => !expectedPool.includes(id));
      check(user, 'customers', sorted(result.data.customers.nodes.map((n: { id: string }) => n.id)), expectedOwned);
      check(user, 'customers.totalCount', result.data.customers.totalCount, expectedOwned.length);
      check(user, 'inPool list', sorted(result.data.pool.nodes.map((n: { id: string }) => n.id)), expectedPool);
      check(user, 'inPool totalCount', result.data.pool.totalCount, expectedPool.length);
      for (const c of pooled) {
        const lookup = await gql(as, LOOKUP, { id: String(c.id) });
        check(user, `customer(${c.id})`, lookup.data?.customer?.id ?? null, expected.includes(c.id) ? String(c.id) : null);
        if (lookup.data?.customer) {
          const contacts = model.contacts.filter((ct) => ct.customerId === c.id && oracle.canReadContact(user.id, ct)).map((ct) => ct.id);
          check(user, `customer(${c.id}).contacts`, sorted(lookup.data.customer.contacts.map((x: { id: string }) => x.id)), sorted(contacts));
        }
      }
      const all = model.roles.some((r) => user.roleIds.includes(r.id) && (r.code === 'SUPER_ADMIN' || (r.moduleScopes.customer ?? r.defaultScope).read === 'ALL'));
      for (const pool of pools) {
        const view = await gql(as, POOL_CUSTOMERS, { poolId: String(pool.id), first: 200 });
        const listable = all || (data && mine.has(pool.id));
        const inPool = sorted(pooled.filter((c) => poolOf.get(c.id) === pool.id).map((c) => c.id));
        if (listable) {
          check(user, `poolCustomers(${pool.id})`, sorted((view.data?.poolCustomers.nodes ?? []).map((n: { id: string }) => n.id)), inPool);
          check(user, `poolCustomers(${pool.id}).totalCount`, view.data?.poolCustomers.totalCount, inPool.length);
        } else {
          check(user, `poolCustomers(${pool.id}) refused`, ['NOT_FOUND', 'FORBIDDEN'].includes(codeOf(view) ?? ''), true);
        }
      }
    }
    expect(mismatches).toEqual([]);
  });
});
