// Property test of the data scopes (SPEC 2.3): random organisations from seeded generators, and for every user
// the API (real route handler, real API token) must agree with the independent oracle in tests/support.
// Replay a failure with SCOPE_SEED=<seed> (several: SCOPE_SEED=1,2,3).
import { DataSource, In } from 'typeorm';
import { AuditLog, Contact, Customer, CustomField, CustomFieldValue } from '@/entities';
import { CustomFieldType } from '@/entities/custom-field.entity';
import { UserStatus } from '@/entities/user.entity';
import { closeTestDatabase, onMysql, openTestDatabase } from '../support/database';
import { As, GqlResult, codeOf, gql, tokenFor } from '../support/api';
import { gqlAliased } from '../support/aliased';
import { ModelUser, OrgModel, clearOrg, generateOrg, prng } from '../support/org-generator';
import { ScopeOracle } from '../support/scope-oracle';

const FIXED_SEEDS = [20261122, 7];
const seeds = process.env.SCOPE_SEED
  ? process.env.SCOPE_SEED.split(',').map((s) => Number(s.trim()))
  : [...FIXED_SEEDS, Math.floor(Math.random() * 2 ** 31)];

const MISSING_ID = 987654321;

let db: DataSource;
beforeAll(async () => { db = await openTestDatabase(); });
afterAll(async () => closeTestDatabase(db));

const sorted = (ids: Iterable<number | string>) => [...ids].map(Number).sort((a, b) => a - b);
const errorsByAlias = (result: GqlResult) => new Map((result.errors ?? []).map((e) => [String(e.path?.[0]), e.extensions?.code as string]));
/** Errors not tied to one aliased field mean the whole request failed: never expected here. */
const requestErrors = (result: GqlResult) => (result.errors ?? []).filter((e) => !e.path?.length).map((e) => `${e.extensions?.code}: ${e.message}`);

/** Collects every disagreement with the oracle, so one failing run reports all of them with seed and user. */
class Mismatches {
  readonly list: string[] = [];
  constructor(private readonly seed: number) {}
  check(user: ModelUser, what: string, actual: unknown, expected: unknown) {
    const a = JSON.stringify(actual);
    const e = JSON.stringify(expected);
    if (a !== e) this.list.push(`seed ${this.seed} user ${user.username}#${user.id} ${what}: got ${a}, expected ${e}`);
  }
}

/** Runs the read-only checks of several users at once (MariaDB answers them on separate connections). */
async function eachUser(users: ModelUser[], work: (user: ModelUser) => Promise<void>, parallel = 4) {
  const queue = [...users];
  await Promise.all(Array.from({ length: parallel }, async () => { for (let u = queue.shift(); u; u = queue.shift()) await work(u); }));
}

/** Every page of the viewer's contacts, following the cursors. */
async function allContacts(as: As) {
  const nodes: { id: string; customer: { id: string } | null; owner: { id: string } | null }[] = [];
  let after: string | null = null;
  let totalCount = 0;
  for (;;) {
    const result: GqlResult = await gql(as, `query($after: String) { contacts(first: 200, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } nodes { id customer { id } owner { id } } } }`, { after });
    if (result.errors) return { error: codeOf(result), nodes, totalCount };
    nodes.push(...result.data.contacts.nodes);
    totalCount = result.data.contacts.totalCount;
    if (!result.data.contacts.pageInfo.hasNextPage) return { error: undefined, nodes, totalCount };
    after = result.data.contacts.pageInfo.endCursor;
  }
}

/** A few ids from each expected outcome, so every kind of answer is exercised without a request per record. */
function stratified<T>(seed: number, user: ModelUser, items: T[], outcomeOf: (item: T) => string, perOutcome: number): T[] {
  const rnd = prng(seed * 31 + user.id);
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(outcomeOf(item), [...(groups.get(outcomeOf(item)) ?? []), item]);
  return [...groups.values()].flatMap((group) => rnd.sample(group, perOutcome));
}

describe.each(seeds)('random organisation, seed %i', (seed) => {
  let model: OrgModel;
  let oracle: ScopeOracle;
  let active: ModelUser[];
  const tokens = new Map<number, As>();

  beforeAll(async () => {
    console.log(`access-property: seed ${seed} (replay with SCOPE_SEED=${seed})`);
    await clearOrg(db);
    model = await generateOrg(db, seed);
    oracle = new ScopeOracle(model);
    active = model.users.filter((u) => u.status === UserStatus.ACTIVE);
    for (const user of model.users) tokens.set(user.id, await tokenFor(db, user.entity));
  });

  test('customer lists, totalCount, lookups, owners, nested contacts and viewer flags equal the oracle for every user', async () => {
    const bad = new Mismatches(seed);
    const lookups = [...model.customers.map((c) => c.id), MISSING_ID].map((id) => `c${id}: customer(id: "${id}") { id }`);
    await eachUser(active, async (user) => {
      const as = tokens.get(user.id)!;
      const usable = oracle.usable(user.id, 'customer');
      const visible = model.customers.filter((c) => oracle.canReadCustomer(user.id, c));

      // `customers` lists owned customers; the readable pool customers come with the explicit filter (issue 9, item 6).
      const list = await gql(as, `{ customers(first: 200) { totalCount nodes { id owner { id } contacts { id } viewerCanEdit viewerCanManage viewerCanTransfer } }
        pool: customers(first: 200, filter: { inPool: true }) { totalCount nodes { id } } }`);
      if (!usable) {
        bad.check(user, 'customers without any customer scope', codeOf(list), 'FORBIDDEN');
      } else {
        const nodes: { id: string; owner: { id: string } | null; contacts: { id: string }[]; viewerCanEdit: boolean; viewerCanManage: boolean; viewerCanTransfer: boolean }[] = list.data?.customers.nodes ?? [];
        bad.check(user, 'customers errors', list.errors ?? null, null);
        const owned = visible.filter((c) => c.ownerId !== null);
        const pooled = visible.filter((c) => c.ownerId === null);
        bad.check(user, 'customers ids', sorted(nodes.map((n) => n.id)), sorted(owned.map((c) => c.id)));
        bad.check(user, 'customers totalCount', list.data?.customers.totalCount, owned.length);
        bad.check(user, 'inPool ids', sorted((list.data?.pool.nodes ?? []).map((n: { id: string }) => n.id)), sorted(pooled.map((c) => c.id)));
        bad.check(user, 'inPool totalCount', list.data?.pool.totalCount, pooled.length);
        for (const node of nodes) {
          const c = oracle.customer(Number(node.id));
          if (!c) continue;
          bad.check(user, `customer ${c.id} owner`, node.owner ? Number(node.owner.id) : null, c.ownerId);
          const expectedContacts = model.contacts.filter((ct) => ct.customerId === c.id && oracle.canReadContact(user.id, ct)).map((ct) => ct.id);
          bad.check(user, `customer ${c.id} contacts`, sorted(node.contacts.map((ct) => ct.id)), sorted(expectedContacts));
          bad.check(user, `customer ${c.id} viewerCanEdit`, node.viewerCanEdit, oracle.canEditCustomer(user.id, c));
          bad.check(user, `customer ${c.id} viewerCanManage`, node.viewerCanManage, oracle.canManageCustomer(user.id, c));
          bad.check(user, `customer ${c.id} viewerCanTransfer`, node.viewerCanTransfer, oracle.canTransferCustomer(user.id, c));
        }
      }

      const found = await gqlAliased(as, lookups);
      bad.check(user, 'lookup request', requestErrors(found), []);
      const errors = errorsByAlias(found);
      for (const id of [...model.customers.map((c) => c.id), MISSING_ID]) {
        const c = oracle.customer(id);
        const expected = !usable ? 'FORBIDDEN' : c && oracle.canReadCustomer(user.id, c) ? 'found' : 'null';
        const actual = errors.get(`c${id}`) ?? (found.data?.[`c${id}`] ? 'found' : 'null');
        bad.check(user, `customer(id: ${id})`, actual, expected);
      }
    });
    expect(bad.list).toEqual([]);
  });

  test('a custom field filter only narrows the scope: the filtered list and its count equal the oracle on the marked customers', async () => {
    // Every customer with an even id holds the value; the filter must return exactly the readable owned ones of those.
    const field = await db.getRepository(CustomField).findOneBy({ module: 'customer', key: 'oracleMark' })
      ?? await db.getRepository(CustomField).save({ module: 'customer', key: 'oracleMark', label: '标记', type: CustomFieldType.TEXT, required: false, dictionaryKind: null, sortOrder: 1, enabled: true });
    await db.getRepository(CustomFieldValue).delete({ fieldId: field.id });
    const marked = model.customers.filter((c) => c.id % 2 === 0);
    if (marked.length) await db.getRepository(CustomFieldValue).insert(marked.map((c) => ({ fieldId: field.id, recordId: c.id, textValue: 'A', numberValue: null, longValue: null })));
    const bad = new Mismatches(seed);
    await eachUser(active, async (user) => {
      if (!oracle.usable(user.id, 'customer')) return;
      const list = await gql(tokens.get(user.id)!, '{ customers(first: 200, filter: { customFields: [{ key: "oracleMark", equals: ["A"] }] }) { totalCount nodes { id } } }');
      const expected = marked.filter((c) => c.ownerId !== null && oracle.canReadCustomer(user.id, c)).map((c) => c.id);
      bad.check(user, 'custom-filtered customers errors', list.errors ?? null, null);
      bad.check(user, 'custom-filtered customers ids', sorted((list.data?.customers.nodes ?? []).map((n: { id: string }) => n.id)), sorted(expected));
      bad.check(user, 'custom-filtered customers totalCount', list.data?.customers.totalCount, expected.length);
    });
    expect(bad.list).toEqual([]);
  });

  test('contact lists, lookups and contact.customer equal the oracle for every user', async () => {
    const bad = new Mismatches(seed);
    const lookups = [...model.contacts.map((c) => c.id), MISSING_ID].map((id) => `k${id}: contact(id: "${id}") { id customer { id } owner { id } }`);
    await eachUser(active, async (user) => {
      const as = tokens.get(user.id)!;
      const usable = oracle.usable(user.id, 'contact');
      const visible = model.contacts.filter((ct) => oracle.canReadContact(user.id, ct));
      const customerShown = (customerId: number) => oracle.canReadCustomer(user.id, oracle.customer(customerId)!);

      const list = await allContacts(as);
      if (!usable) {
        bad.check(user, 'contacts without any contact scope', list.error, 'FORBIDDEN');
      } else {
        bad.check(user, 'contacts error', list.error ?? null, null);
        bad.check(user, 'contacts ids', sorted(list.nodes.map((n) => n.id)), sorted(visible.map((c) => c.id)));
        bad.check(user, 'contacts totalCount', list.totalCount, visible.length);
        for (const node of list.nodes) {
          const ct = model.contacts.find((c) => c.id === Number(node.id));
          if (!ct) continue;
          bad.check(user, `contact ${ct.id} customer`, node.customer ? Number(node.customer.id) : null, customerShown(ct.customerId) ? ct.customerId : null);
          bad.check(user, `contact ${ct.id} owner`, node.owner ? Number(node.owner.id) : null, ct.ownerId);
        }
      }

      const found = await gqlAliased(as, lookups);
      bad.check(user, 'lookup request', requestErrors(found), []);
      const errors = errorsByAlias(found);
      for (const id of [...model.contacts.map((c) => c.id), MISSING_ID]) {
        const ct = model.contacts.find((c) => c.id === id);
        const readable = !!ct && oracle.canReadContact(user.id, ct);
        const expected = !usable ? 'FORBIDDEN' : readable ? `found customer=${customerShown(ct!.customerId) ? ct!.customerId : null}` : 'null';
        const node = found.data?.[`k${id}`];
        const actual = errors.get(`k${id}`) ?? (node ? `found customer=${node.customer ? Number(node.customer.id) : null}` : 'null');
        bad.check(user, `contact(id: ${id})`, actual, expected);
      }
    });
    expect(bad.list).toEqual([]);
  });

  test('updateCustomer and updateContact succeed, are FORBIDDEN or NOT_FOUND exactly as the oracle says, and only successes write', async () => {
    const bad = new Mismatches(seed);
    // Users run side by side on MariaDB (each only marks its own audit trail); SQLite has one connection.
    await eachUser(active, async (user) => {
      const as = tokens.get(user.id)!;
      const mark = `p-${seed}-${user.id}`;
      const customerOutcome = (id: number) => {
        const c = oracle.customer(id);
        return c ? oracle.outcome(oracle.canReadCustomer(user.id, c), oracle.canEditCustomer(user.id, c)) : 'NOT_FOUND';
      };
      const contactOutcome = (id: number) => {
        const ct = model.contacts.find((c) => c.id === id);
        return ct ? oracle.outcome(oracle.canReadContact(user.id, ct), oracle.canEditContact(user.id, ct)) : 'NOT_FOUND';
      };
      const cases = [
        ...[...stratified(seed, user, model.customers.map((c) => c.id), customerOutcome, 2), MISSING_ID]
          .map((id) => ({ entityType: 'customer', field: 'updateCustomer', id, expected: customerOutcome(id) })),
        ...[...stratified(seed, user, model.contacts.map((c) => c.id), contactOutcome, 1), MISSING_ID]
          .map((id) => ({ entityType: 'contact', field: 'updateContact', id, expected: contactOutcome(id) })),
      ];
      // One request per mutation: a failed non-null mutation field ends the rest of a multi-field request.
      for (const c of cases) {
        const result = await gql(as, `mutation($id: ID!, $mark: String) { ${c.field}(id: $id, input: { remarks: $mark }) { id remarks } }`, { id: String(c.id), mark });
        bad.check(user, `${c.field}(${c.id})`, codeOf(result) ?? 'OK', c.expected);
        if (!result.errors) bad.check(user, `${c.field}(${c.id}) answer`, result.data[c.field].remarks, mark);
      }
      // Exactly the successful changes left an audit entry by this user (and refused ones wrote nothing).
      const audited = await db.getRepository(AuditLog).findBy({ actorId: user.id, action: 'update' });
      const expectedWrites = cases.filter((c) => c.expected === 'OK').map((c) => `${c.entityType}:${c.id}`).sort();
      bad.check(user, 'audited updates', audited.map((a) => `${a.entityType}:${a.entityId}`).sort(), expectedWrites);
    }, onMysql() ? 4 : 1);
    const marked = await db.getRepository(Customer).createQueryBuilder('c').where('c.remarks LIKE :p', { p: `p-${seed}-%` }).getCount();
    expect(bad.list).toEqual([]);
    expect(marked).toBeGreaterThan(0);
  });

  test('deleteCustomers and restoreCustomers follow the owner write scope only (team seats do not allow them)', async () => {
    const bad = new Mismatches(seed);
    for (const user of active) {
      const as = tokens.get(user.id)!;
      const expected = (id: number) => {
        const c = oracle.customer(id)!;
        return oracle.outcome(oracle.canReadCustomer(user.id, c), oracle.canManageCustomer(user.id, c));
      };
      const ids = stratified(seed, user, model.customers.map((c) => c.id), expected, 1);
      const errors = new Map<string, string>();
      for (const id of ids) errors.set(`d${id}`, codeOf(await gql(as, 'mutation($ids: [ID!]!) { deleteCustomers(ids: $ids) { ids } }', { ids: [String(id)] })) ?? 'OK');
      const deleted = new Set((await db.getRepository(Customer).findBy({ id: In(ids) })).filter((c) => c.deletedAt).map((c) => c.id));
      for (const id of ids) {
        bad.check(user, `deleteCustomers([${id}])`, errors.get(`d${id}`) ?? 'OK', expected(id));
        bad.check(user, `deleteCustomers([${id}]) deleted`, deleted.has(id), expected(id) === 'OK');
      }
      // A batch with one id the viewer may not manage changes nothing at all.
      const allowed = ids.filter((id) => expected(id) === 'OK');
      const refused = ids.find((id) => expected(id) !== 'OK');
      if (allowed.length && refused !== undefined) {
        const batch = await gql(as, `mutation { restoreCustomers(ids: [${[...allowed, refused].map((id) => `"${id}"`).join(',')}]) { id } }`);
        bad.check(user, 'restore batch with a refused id', codeOf(batch), expected(refused));
        const stillPresent = await db.getRepository(Customer).countBy({ id: In(allowed) });
        const live = await db.getRepository(Customer).createQueryBuilder('c').where('c.id IN (:...ids)', { ids: allowed }).andWhere('c.deletedAt IS NULL').getCount();
        bad.check(user, 'customers restored by a refused batch', live, 0);
        bad.check(user, 'customers still present', stillPresent, allowed.length);
      }
      if (allowed.length) {
        const restore = await gql(as, `mutation { restoreCustomers(ids: [${allowed.map((id) => `"${id}"`).join(',')}]) { id } }`);
        bad.check(user, 'restoreCustomers of own deletions', restore.errors ?? null, null);
        const contactsDeleted = await db.getRepository(Contact).createQueryBuilder('ct')
          .where('ct.customerId IN (:...ids)', { ids: allowed }).andWhere('ct.deletedAt IS NOT NULL').getCount();
        bad.check(user, 'contacts left in the recycle bin after restore', contactsDeleted, 0);
      }
    }
    const live = await db.getRepository(Customer).createQueryBuilder('c').where('c.deletedAt IS NULL').getCount();
    expect(bad.list).toEqual([]);
    expect(live).toBe(model.customers.length);
  });

  test('the organisation exercises every way of seeing a customer and every answer to a change', () => {
    const paths = new Set(active.flatMap((u) => model.customers.map((c) => oracle.readPath(u.id, c))));
    expect([...paths].sort()).toEqual(['none', 'pool', 'scope', 'team']);
    const edits = new Set(active.flatMap((u) => model.customers.map((c) => oracle.outcome(oracle.canReadCustomer(u.id, c), oracle.canEditCustomer(u.id, c)))));
    expect([...edits].sort()).toEqual(['FORBIDDEN', 'NOT_FOUND', 'OK']);
    expect(active.some((u) => !oracle.usable(u.id, 'customer'))).toBe(true);
    expect(model.contacts.some((ct) => ct.ownerId !== oracle.customer(ct.customerId)!.ownerId)).toBe(true);
  });

  test('the organisation has roles whose transfer scope differs from their write scope, both ways', () => {
    const customerLevels = (mode: 'write' | 'transfer') => model.roles.filter((r) => r.code !== 'SUPER_ADMIN').map((r) => {
      const scope = r.moduleScopes.customer ?? r.defaultScope;
      return mode === 'transfer' ? scope.transfer ?? scope.write : scope.write;
    });
    const write = customerLevels('write');
    const transfer = customerLevels('transfer');
    expect(write.some((w, i) => w !== transfer[i])).toBe(true);
    // Someone may transfer a customer they may not edit, and someone may edit one they may not transfer.
    const pairs = active.flatMap((u) => model.customers.map((c) => [oracle.canManageCustomer(u.id, c), oracle.canTransferCustomer(u.id, c)]));
    expect(pairs.some(([manage, move]) => move && !manage)).toBe(true);
    expect(pairs.some(([manage, move]) => manage && !move)).toBe(true);
  });

  // Last in the seed: transfers change owners (the oracle follows them), so nothing after this relies on the start.
  test('transferTargets and transferCustomers follow the transfer scope, not the write scope (issue 11 item 5)', async () => {
    const bad = new Mismatches(seed);
    const outcomes = new Set<string>();
    for (const user of active) {
      const as = tokens.get(user.id)!;
      const targets = oracle.transferTargets(user.id);
      const picker = await gql(as, '{ transferTargets(module: "customer") { id } }');
      bad.check(user, 'transferTargets', sorted((picker.data?.transferTargets ?? []).map((u: { id: string }) => u.id)), sorted(targets));
      const expected = (id: number) => {
        const c = oracle.customer(id)!;
        return oracle.outcome(oracle.canReadCustomer(user.id, c), oracle.canTransferCustomer(user.id, c));
      };
      const ids = stratified(seed, user, model.customers.filter((c) => c.ownerId !== null).map((c) => c.id), expected, 1);
      const rnd = prng(seed * 17 + user.id);
      for (const id of ids) {
        const c = oracle.customer(id)!;
        const want = expected(id);
        // A colleague other than the owner when there is one (else the owner: nothing moves); with no target at all
        // the input is refused.
        const others = targets.filter((t) => t !== c.ownerId);
        const to = others.length ? rnd.pick(others) : targets.length ? targets[0] : user.id;
        const outcome = want === 'OK' && !targets.length ? 'BAD_USER_INPUT' : want;
        const moves = outcome === 'OK' && to !== c.ownerId;
        outcomes.add(outcome);
        const before = c.ownerId;
        const result = await gql(as, 'mutation($input: TransferCustomersInput!) { transferCustomers(input: $input) { id owner { id } } }', { input: { ids: [String(id)], toUserId: String(to) } });
        bad.check(user, `transferCustomers([${id}]) to ${to}`, codeOf(result) ?? 'OK', outcome);
        const stored = await db.getRepository(Customer).findOneByOrFail({ id });
        bad.check(user, `customer ${id} owner after transfer`, stored.ownerId, outcome === 'OK' ? to : before);
        const audited = await db.getRepository(AuditLog).countBy({ actorId: user.id, action: 'transfer', entityType: 'customer', entityId: id });
        bad.check(user, `customer ${id} transfers audited`, audited, moves ? 1 : 0);
        if (moves) oracle.transferred(id, to);
      }
    }
    expect(bad.list).toEqual([]);
    expect([...outcomes].filter((o) => o !== 'BAD_USER_INPUT').sort()).toEqual(['FORBIDDEN', 'NOT_FOUND', 'OK']);
  });

  test('a disabled user is UNAUTHENTICATED whatever their roles', async () => {
    const disabled = model.users.filter((u) => u.status === UserStatus.DISABLED);
    for (const user of disabled) expect(codeOf(await gql(tokens.get(user.id)!, '{ customers { totalCount } }'))).toBe('UNAUTHENTICATED');
    expect(active.length + disabled.length).toBe(model.users.length);
  });
});
