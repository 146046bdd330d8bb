// The failure modes other CRMs shipped (see the issue), one test each: mass assignment, writing before
// authorising, filters and sorting as an oracle for hidden rows, empty id lists meaning "everything", rules that
// fail open, and lookups that disagree with lists.
import { DataSource } from 'typeorm';
import { graphql } from 'graphql';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { applyMiddleware } from 'graphql-middleware';
import { shield } from 'graphql-shield';
import { ApiToken, Contact, Customer, CustomerTeamMember, User } from '@/entities';
import { DataModule, ScopeLevel, loadViewer } from '@/lib/access';
import { hashToken } from '@/lib/auth/api-token.service';
import { DomainError } from '@/lib/errors';
import * as customers from '@/lib/customer/customer.service';
import { transferCustomers } from '@/lib/customer/customer-transfer.service';
import { setTeamMember } from '@/lib/customer/customer-team.service';
import * as contacts from '@/lib/contact/contact.service';
import { can, canUse } from '@/graphql/permissions/rules';
import { closeTestDatabase, openTestDatabase } from '../support/database';
import { As, GqlResult, codeOf, gql, ok, tokenFor } from '../support/api';
import { makeContact, makeCustomer, makeDepartment, makeRole, makeUser, roleByCode, rootDepartment } from '../support/factories';
import { clearOrg, generateOrg } from '../support/org-generator';

let db: DataSource;
let me: User;
let peer: User;
let boss: User;
let outsider: User;
let asMe: As;
let asBoss: As;
let mine: Customer;
let peers: Customer;
let hidden: Customer;

/** Every row of the tables a customer change may touch, to prove a refused change touched none of them. */
async function snapshot() {
  const rows: Record<string, unknown[]> = {};
  for (const [table, order] of [['customer', 'id'], ['contact', 'id'], ['customer_team_member', 'customer_id, user_id'], ['audit_log', 'id']]) {
    rows[table] = await db.query(`SELECT * FROM ${table} ORDER BY ${order}`);
  }
  return JSON.parse(JSON.stringify(rows));
}

const ids = (...list: Customer[]) => list.map((c) => String(c.id));

beforeAll(async () => {
  db = await openTestDatabase();
  const sales = await roleByCode(db, 'SALES');
  const root = await rootDepartment(db);
  const dept = await makeDepartment(db, root, '销售一部');
  const elsewhere = await makeDepartment(db, root, '保密部门');
  const leader = await makeRole(db, { read: ScopeLevel.SELF_AND_CHILDREN, write: ScopeLevel.SELF, permissions: [...sales.permissions, 'customer:transfer'] });
  me = await makeUser(db, dept, [sales], { name: '我' });
  peer = await makeUser(db, dept, [sales], { name: '同组同事' });
  boss = await makeUser(db, dept, [leader], { name: '组长' });
  outsider = await makeUser(db, elsewhere, [sales], { name: '保密人员' });
  [asMe, asBoss] = [await tokenFor(db, me), await tokenFor(db, boss)];
  mine = await makeCustomer(db, me, { name: '我的客户有限公司', industry: '制造', source: '网络' });
  peers = await makeCustomer(db, peer, { name: '同事的客户有限公司', industry: '制造' });
  hidden = await makeCustomer(db, outsider, { name: '秘密项目有限公司', industry: '军工', source: '内部推荐', level: 'CORE' as never });
  await makeContact(db, mine, { name: '我的联系人', mobile: '13500000001' });
  await makeContact(db, mine, { name: '别人放在我客户下的联系人', mobile: '13500000002', ownerId: outsider.id });
  await makeContact(db, hidden, { name: '秘密联系人', mobile: '13500000003' });
  await db.getRepository(CustomerTeamMember).insert({ customerId: peers.id, userId: outsider.id, canEdit: false });
});
afterAll(async () => closeTestDatabase(db));

describe('mass assignment', () => {
  const forbiddenFields: Record<string, unknown> = {
    ownerId: 'OUTSIDER', owner: { id: 'OUTSIDER' }, createdById: 'OUTSIDER', code: 'KH-HACKED', dealStatus: 'DEAL',
    locked: true, deletedAt: '2020-01-01T00:00:00Z', nameKey: 'x', id: '1',
  };
  const withOutsider = (value: unknown) => JSON.parse(JSON.stringify(value).replace(/"OUTSIDER"/g, `"${outsider.id}"`));

  test('owner, creator, code, deal status, lock and deletion cannot be set through create or update inputs', async () => {
    const before = await snapshot();
    for (const [field, value] of Object.entries(forbiddenFields)) {
      const update = await gql(asMe, 'mutation($id: ID!, $input: UpdateCustomerInput!) { updateCustomer(id: $id, input: $input) { id } }',
        { id: String(mine.id), input: { remarks: '改备注', [field]: withOutsider(value) } });
      expect([field, codeOf(update)]).toEqual([field, 'BAD_USER_INPUT']);
      const create = await gql(asMe, 'mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }',
        { input: { name: `注入测试${field}有限公司`, [field]: withOutsider(value) } });
      expect([field, codeOf(create)]).toEqual([field, 'BAD_USER_INPUT']);
    }
    // Written inline instead of as a variable, the query does not even validate.
    const inline = await gql(asMe, `mutation { updateCustomer(id: "${mine.id}", input: { ownerId: "${outsider.id}" }) { id } }`);
    expect(codeOf(inline)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(await snapshot()).toEqual(before);
  });

  test('a contact cannot be moved to another customer or owner, nor undeleted, through its inputs', async () => {
    const [contact] = await db.getRepository(Contact).findBy({ customerId: mine.id, ownerId: me.id });
    const before = await snapshot();
    for (const [field, value] of Object.entries({ customerId: String(hidden.id), ownerId: String(outsider.id), createdById: String(outsider.id), deletedAt: null })) {
      const result = await gql(asMe, 'mutation($id: ID!, $input: UpdateContactInput!) { updateContact(id: $id, input: $input) { id } }',
        { id: String(contact.id), input: { remarks: 'x', [field]: value } });
      expect([field, codeOf(result)]).toEqual([field, 'BAD_USER_INPUT']);
    }
    expect(await snapshot()).toEqual(before);
  });

  test('the services themselves refuse fields outside the input types (defence in depth)', async () => {
    const { viewer } = (await loadViewer(db.manager, me.id))!;
    const before = await snapshot();
    await expect(customers.updateCustomer(db, viewer, mine.id, { ownerId: outsider.id, locked: true } as never)).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    await expect(customers.createCustomer(db, viewer, { name: '服务层注入有限公司', code: 'X', ownerId: outsider.id } as never)).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    await expect(contacts.updateContact(db, viewer, (await db.getRepository(Contact).findOneByOrFail({ customerId: mine.id, ownerId: me.id })).id, { customerId: hidden.id } as never))
      .rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(await snapshot()).toEqual(before);
  });
});

describe('write before authorize', () => {
  // The boss reads the whole department but writes only their own records: `good` ids are the boss's own,
  // `peers` is readable but not writable, `hidden` is outside the scope altogether.
  interface Ids { good: string; goodBinned: string; goodContact: string; goodBinnedContact: string; peersContact: string; hiddenContact: string }
  const ID = 'mutation($id: ID!) { updateCustomer(id: $id, input: { remarks: "x" }) { id } }';
  const DEL = 'mutation($ids: [ID!]!) { deleteCustomers(ids: $ids) { ids } }';
  const cases: [string, string, (i: Ids) => Record<string, unknown>, 'FORBIDDEN' | 'NOT_FOUND'][] = [
    ['updateCustomer on a readable, unwritable customer', ID, () => ({ id: String(peers.id) }), 'FORBIDDEN'],
    ['updateCustomer on a hidden customer', ID, () => ({ id: String(hidden.id) }), 'NOT_FOUND'],
    ['deleteCustomers with one unwritable id among good ones', DEL, (i) => ({ ids: [i.good, String(peers.id)] }), 'FORBIDDEN'],
    ['deleteCustomers with one hidden id among good ones', DEL, (i) => ({ ids: [i.good, String(hidden.id)] }), 'NOT_FOUND'],
    ['deleteCustomers with one missing id among good ones', DEL, (i) => ({ ids: [i.good, '99999999'] }), 'NOT_FOUND'],
    ['restoreCustomers with one hidden id', 'mutation($ids: [ID!]!) { restoreCustomers(ids: $ids) { id } }', (i) => ({ ids: [i.goodBinned, String(hidden.id)] }), 'NOT_FOUND'],
    ['lockCustomers with one unwritable id', 'mutation($ids: [ID!]!) { lockCustomers(ids: $ids) { id } }', (i) => ({ ids: [i.good, String(peers.id)] }), 'FORBIDDEN'],
    ['transferCustomers with one hidden id', 'mutation($i: TransferCustomersInput!) { transferCustomers(input: $i) { id } }',
      (i) => ({ i: { ids: [i.good, String(hidden.id)], toUserId: String(me.id), withContacts: true, keepOldOwnerInTeam: true } }), 'NOT_FOUND'],
    ['transferCustomers with one unwritable id', 'mutation($i: TransferCustomersInput!) { transferCustomers(input: $i) { id } }',
      (i) => ({ i: { ids: [i.good, String(peers.id)], toUserId: String(me.id), withContacts: true } }), 'FORBIDDEN'],
    ['setCustomerTeamMember on a readable, unwritable customer', 'mutation($c: ID!, $u: ID!) { setCustomerTeamMember(customerId: $c, userId: $u, canEdit: true) { userId } }',
      () => ({ c: String(peers.id), u: String(boss.id) }), 'FORBIDDEN'],
    ['removeCustomerTeamMember on a readable, unwritable customer', 'mutation($c: ID!, $u: ID!) { removeCustomerTeamMember(customerId: $c, userId: $u) }',
      () => ({ c: String(peers.id), u: String(outsider.id) }), 'FORBIDDEN'],
    ['createContact under a readable, unwritable customer', 'mutation($c: ID!) { createContact(input: { customerId: $c, name: "x" }) { id } }', () => ({ c: String(peers.id) }), 'FORBIDDEN'],
    ['updateContact of a readable, unwritable contact', 'mutation($id: ID!) { updateContact(id: $id, input: { remarks: "x" }) { id } }', (i) => ({ id: i.peersContact }), 'FORBIDDEN'],
    ['deleteContacts with one hidden id among good ones', 'mutation($ids: [ID!]!) { deleteContacts(ids: $ids) { ids } }', (i) => ({ ids: [i.goodContact, i.hiddenContact] }), 'NOT_FOUND'],
    ['deleteContacts with one unwritable id among good ones', 'mutation($ids: [ID!]!) { deleteContacts(ids: $ids) { ids } }', (i) => ({ ids: [i.goodContact, i.peersContact] }), 'FORBIDDEN'],
    ['restoreContacts with one hidden id', 'mutation($ids: [ID!]!) { restoreContacts(ids: $ids) { id } }', (i) => ({ ids: [i.goodBinnedContact, i.hiddenContact] }), 'NOT_FOUND'],
  ];
  let known: Ids;

  beforeAll(async () => {
    const good = await makeCustomer(db, boss, { name: '组长的客户有限公司' });
    const binned = await makeCustomer(db, boss, { name: '组长回收站里的客户', deletedAt: new Date(), nameKey: null });
    const binnedContact = await makeContact(db, good, { deletedAt: new Date() });
    known = {
      good: String(good.id), goodBinned: String(binned.id), goodContact: String((await makeContact(db, good)).id), goodBinnedContact: String(binnedContact.id),
      peersContact: String((await makeContact(db, peers)).id), hiddenContact: String((await db.getRepository(Contact).findOneByOrFail({ customerId: hidden.id })).id),
    };
  });

  test.each(cases)('%s is refused and leaves every table as it was', async (_name, query, variables, code) => {
    const before = await snapshot();
    const result = await gql(asBoss, query, variables(known));
    expect(codeOf(result)).toBe(code);
    expect(await snapshot()).toEqual(before);
  });

  test('the services check again inside their transaction, so a caller that skips the API rules still writes nothing', async () => {
    const { viewer } = (await loadViewer(db.manager, boss.id))!;
    const good = await makeCustomer(db, boss, { name: '组长的另一个客户有限公司' });
    const before = await snapshot();
    const attempts: [string, Promise<unknown>][] = [
      ['update', customers.updateCustomer(db, viewer, hidden.id, { remarks: 'x' })],
      ['delete', customers.deleteCustomers(db, viewer, [good.id, peers.id])],
      ['restore', customers.restoreCustomers(db, viewer, [good.id])],
      ['lock', customers.setCustomersLocked(db, viewer, [good.id, hidden.id], true)],
      ['transfer', transferCustomers(db, viewer, { ids: [good.id, peers.id], toUserId: me.id })],
      ['team', setTeamMember(db, viewer, peers.id, me.id, true)],
      ['contact', contacts.createContact(db, viewer, hidden.id, { name: 'x' })],
    ];
    for (const [name, attempt] of attempts) {
      const error = await attempt.then(() => null, (e: unknown) => e);
      expect([name, error instanceof DomainError]).toEqual([name, true]);
    }
    expect(await snapshot()).toEqual(before);
  });
});

describe('filters and sorting are not an oracle for hidden rows', () => {
  const LIST = 'query($filter: CustomerFilter, $orderBy: CustomerOrder) { customers(first: 200, filter: $filter, orderBy: $orderBy) { totalCount nodes { id } } }';
  const CONTACTS = 'query($filter: ContactFilter) { contacts(first: 200, filter: $filter) { totalCount nodes { id } } }';

  test('a value found only in hidden records answers exactly like a value found nowhere', async () => {
    const pairs: [Record<string, unknown>, Record<string, unknown>][] = [
      [{ industry: '军工' }, { industry: '不存在的行业' }],
      [{ source: '内部推荐' }, { source: '不存在的来源' }],
      [{ keyword: '秘密项目' }, { keyword: '不存在的名字' }],
      [{ keyword: hidden.code }, { keyword: 'KH-NOPE' }],
      [{ keyword: '秘密联系人' }, { keyword: '不存在的联系人' }],
      [{ keyword: '13500000003' }, { keyword: '13599999999' }],
      // A hidden contact under my own customer must not make my customer match.
      [{ keyword: '别人放在我客户下' }, { keyword: '不存在的联系人' }],
      [{ keyword: '13500000002' }, { keyword: '13599999999' }],
      [{ ownerId: String(outsider.id) }, { ownerId: '99999999' }],
      [{ departmentId: String(outsider.departmentId) }, { departmentId: '99999999' }],
      [{ level: 'CORE' }, { level: 'HIGH_GROWTH' }],
    ];
    for (const [hiddenValue, ghost] of pairs) {
      const a = await ok(asMe, LIST, { filter: hiddenValue });
      const b = await ok(asMe, LIST, { filter: ghost });
      expect([hiddenValue, a]).toEqual([hiddenValue, b]);
      expect(a.customers.totalCount).toBe(0);
    }
    const c = await ok(asMe, CONTACTS, { filter: { keyword: '秘密联系人' } });
    expect(c).toEqual(await ok(asMe, CONTACTS, { filter: { keyword: '不存在的联系人' } }));
    expect((await ok(asMe, CONTACTS, { filter: { customerId: String(hidden.id) } })).contacts.totalCount).toBe(0);
  });

  test('every sort order returns the same rows and totalCount', async () => {
    const base = await ok(asMe, LIST, {});
    const visible = base.customers.nodes.map((n: { id: string }) => n.id).sort();
    expect(visible).toEqual([String(mine.id)]);
    for (const field of ['CREATED_AT', 'UPDATED_AT', 'NAME', 'CODE', 'LEVEL', 'LAST_FOLLOW_UP_AT', 'NEXT_FOLLOW_UP_AT']) {
      for (const direction of ['ASC', 'DESC']) {
        const sorted = await ok(asMe, LIST, { orderBy: { field, direction } });
        expect([field, direction, sorted.customers.totalCount, sorted.customers.nodes.map((n: { id: string }) => n.id).sort()]).toEqual([field, direction, 1, visible]);
      }
    }
  });
});

describe('an empty id list never means "all"', () => {
  test.each([
    ['deleteCustomers', 'mutation { deleteCustomers(ids: []) { ids } }'],
    ['restoreCustomers', 'mutation { restoreCustomers(ids: []) { id } }'],
    ['lockCustomers', 'mutation { lockCustomers(ids: []) { id } }'],
    ['unlockCustomers', 'mutation { unlockCustomers(ids: []) { id } }'],
    ['transferCustomers', 'mutation($u: ID!) { transferCustomers(input: { ids: [], toUserId: $u }) { id } }'],
    ['deleteContacts', 'mutation { deleteContacts(ids: []) { ids } }'],
    ['restoreContacts', 'mutation { restoreContacts(ids: []) { id } }'],
  ])('%s([]) is BAD_USER_INPUT and changes nothing', async (_name, query) => {
    const before = await snapshot();
    const result = await gql(asBoss, query, { u: String(me.id) });
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(result.errors![0].extensions!.fields).toEqual([expect.objectContaining({ field: 'ids' })]);
    expect(await snapshot()).toEqual(before);
  });

  test('the services refuse an empty list too', async () => {
    const { viewer } = (await loadViewer(db.manager, boss.id))!;
    for (const attempt of [customers.deleteCustomers(db, viewer, []), customers.restoreCustomers(db, viewer, []), customers.setCustomersLocked(db, viewer, [], true),
      transferCustomers(db, viewer, { ids: [], toUserId: me.id }), contacts.deleteContacts(db, viewer, []), contacts.restoreContacts(db, viewer, [])]) {
      await expect(attempt).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    }
  });
});

describe('a rule that cannot be evaluated denies', () => {
  const probe = async (rule: Parameters<typeof shield>[0] extends never ? never : unknown, viewerId: number | null) => {
    const schema = makeExecutableSchema({ typeDefs: 'type Query { probe: String }', resolvers: { Query: { probe: () => 'reached' } } });
    const guarded = applyMiddleware(schema, shield({ Query: { probe: rule as never } }, { fallbackError: (e) => (e instanceof Error ? e : new Error('denied')), allowExternalErrors: false }));
    const viewer = viewerId ? (await loadViewer(db.manager, viewerId))!.viewer : null;
    return graphql({ schema: guarded, source: '{ probe }', contextValue: { db, viewer } });
  };

  test('canUse with an unknown module and can with an unknown permission deny, even for the super administrator', async () => {
    const admin = await makeUser(db, await rootDepartment(db), [await roleByCode(db, 'SUPER_ADMIN')]);
    const unknownModule = await probe(canUse('no-such-module' as DataModule), admin.id);
    expect(unknownModule.data?.probe ?? null).toBeNull();
    expect(unknownModule.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const unknownCode = await probe(can('no:such:permission'), me.id);
    expect(unknownCode.data?.probe ?? null).toBeNull();
    expect(unknownCode.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await probe(canUse('customer'), null)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  test.each([
    ['unparsable JSON', { default_scope: '{"read": "ALL", ', module_scopes: '{', custom_departments: '[1' }, 'FORBIDDEN'],
    ['unknown levels', { default_scope: '{"read":"EVERYTHING","write":"ALL"}', module_scopes: '{"customer":{"read":"all","write":"ALL"}}' }, 'FORBIDDEN'],
    ['wrong shapes', { default_scope: '"ALL"', module_scopes: '["ALL"]', custom_departments: '{"departmentId":1}' }, 'FORBIDDEN'],
    ['a malformed module entry over a wide default', { default_scope: '{"read":"ALL","write":"ALL"}', module_scopes: '{"customer":"ALL"}' }, 'FORBIDDEN'],
    ['null everywhere', { default_scope: 'null', module_scopes: 'null', custom_departments: 'null', permissions: 'null' }, 'FORBIDDEN'],
    ['CUSTOM with garbage departments', { default_scope: '{"read":"CUSTOM","write":"CUSTOM"}', custom_departments: '[null, 7.5, "x", {"departmentId":"1"}, {"departmentId":-1}]' }, 'OWN'],
    ['permissions not a list', { permissions: '{"customer:create":true}' }, 'OWN'],
  ] as const)('a role whose stored settings are garbage (%s) grants nothing it cannot prove', async (_name, columns, expected) => {
    const broken = await makeRole(db, { read: ScopeLevel.SELF, permissions: ['customer:create'] });
    const user = await makeUser(db, await rootDepartment(db), [broken]);
    const own = await makeCustomer(db, user);
    await makeCustomer(db, await makeUser(db, await rootDepartment(db), [])); // a colleague's customer in the same department
    const entries = Object.entries(columns);
    await db.query(`UPDATE role SET ${entries.map(([c]) => `${c} = ?`).join(', ')} WHERE id = ?`, [...entries.map(([, v]) => v), broken.id]);
    const as = await tokenFor(db, user);
    const result = await gql(as, '{ customers(first: 200) { totalCount nodes { id } } }');
    if (expected === 'FORBIDDEN') expect(codeOf(result)).toBe('FORBIDDEN');
    else expect(result.data.customers.nodes).toEqual([{ id: String(own.id) }]);
    // Garbage where the permission list should be proves no permission at all.
    const create = await gql(as, 'mutation { createCustomer(input: { name: "垃圾配置测试" }) { id } }');
    if ('permissions' in columns) expect(codeOf(create)).toBe('FORBIDDEN');
    expect(JSON.stringify([result, create])).not.toMatch(/INTERNAL_SERVER_ERROR|JSON|Unexpected token|SELECT/);
    await db.query('DELETE FROM customer WHERE name = ?', ['垃圾配置测试']);
  });

  test('no viewer, an unknown token, a revoked token or an expired token is UNAUTHENTICATED for every customer and contact operation', async () => {
    const revoked = `crm_revoked_${Date.now()}`;
    const expired = `crm_expired_${Date.now()}`;
    await db.getRepository(ApiToken).insert([
      { userId: me.id, name: 'revoked', tokenHash: hashToken(revoked), prefix: revoked.slice(0, 12), expiresAt: new Date(Date.now() + 86400000), revokedAt: new Date() },
      { userId: me.id, name: 'expired', tokenHash: hashToken(expired), prefix: expired.slice(0, 12), expiresAt: new Date(Date.now() - 1000) },
    ]);
    const callers: As[] = [null, { token: 'crm_not_a_real_token' }, { token: revoked }, { token: expired }, { token: '' }];
    const operations = [
      '{ customers { totalCount } }', `{ customer(id: "${mine.id}") { id } }`, '{ contacts { totalCount } }', '{ contact(id: "1") { id } }',
      'mutation { createCustomer(input: { name: "匿名客户" }) { id } }', `mutation { updateCustomer(id: "${mine.id}", input: { remarks: "x" }) { id } }`,
      `mutation { deleteCustomers(ids: ["${mine.id}"]) { ids } }`, `mutation { lockCustomers(ids: ["${mine.id}"]) { id } }`,
      `mutation { createContact(input: { customerId: "${mine.id}", name: "x" }) { id } }`,
    ];
    const before = await snapshot();
    for (const as of callers) for (const query of operations) {
      const result: GqlResult = await gql(as, query);
      expect([query, codeOf(result), result.data?.[Object.keys(result.data ?? {})[0]] ?? null]).toEqual([query, 'UNAUTHENTICATED', null]);
    }
    expect(await snapshot()).toEqual(before);
  });
});

describe('lookup and list agree', () => {
  test('for every user and every customer and contact, the lookup answers exactly when the list contains it (live and recycle bin)', async () => {
    await clearOrg(db);
    const model = await generateOrg(db, 424242, { departments: 6, roles: 7, users: 12, customers: 40 });
    // A few customers (and their contacts) in the recycle bin.
    const binned = model.customers.filter((_, i) => i % 7 === 0).map((c) => c.id);
    await db.createQueryBuilder().update(Customer).set({ deletedAt: new Date(), nameKey: null }).whereInIds(binned).execute();
    await db.createQueryBuilder().update(Contact).set({ deletedAt: new Date() }).where('customer_id IN (:...binned)', { binned }).execute();
    // Lookups in requests of at most 30 aliases (the API's per-operation cap).
    const lookupAll = async (as: As, ids: number[], field: string, prefix: string) => {
      const found: Record<string, unknown> = {};
      for (let i = 0; i < ids.length; i += 30) {
        Object.assign(found, (await gql(as, `{ ${ids.slice(i, i + 30).map((id) => `${prefix}${id}: ${field}(id: "${id}") { id }`).join(' ')} }`)).data ?? {});
      }
      return found;
    };
    const disagreements: string[] = [];
    for (const user of model.users.filter((u) => u.status === 'ACTIVE')) {
      const as = await tokenFor(db, user.entity);
      const listed = async (query: string, field: string) => {
        const result = await gql(as, query);
        return codeOf(result) === 'FORBIDDEN' ? new Set<number>() : new Set<number>(result.data[field].nodes.map((n: { id: string }) => Number(n.id)));
      };
      // `customers` lists owned customers; readable pool customers come with the explicit inPool filter.
      const live = new Set([...await listed('{ customers(first: 200) { nodes { id } } }', 'customers'),
        ...await listed('{ customers(first: 200, filter: { inPool: true }) { nodes { id } } }', 'customers')]);
      const bin = await listed('{ customers(first: 200, filter: { deleted: true }) { nodes { id } } }', 'customers');
      const liveContacts = await listed('{ contacts(first: 200) { nodes { id } } }', 'contacts');
      const found = await lookupAll(as, model.customers.map((c) => c.id), 'customer', 'c');
      const foundContacts = await lookupAll(as, model.contacts.map((c) => c.id), 'contact', 'k');
      for (const c of model.customers) {
        if (!!found[`c${c.id}`] !== (live.has(c.id) || bin.has(c.id))) disagreements.push(`user ${user.id} customer ${c.id}: lookup ${!!found[`c${c.id}`]}, lists ${live.has(c.id)}/${bin.has(c.id)}`);
      }
      for (const ct of model.contacts) {
        if (!!foundContacts[`k${ct.id}`] !== liveContacts.has(ct.id)) disagreements.push(`user ${user.id} contact ${ct.id}: lookup ${!!foundContacts[`k${ct.id}`]}, list ${liveContacts.has(ct.id)}`);
      }
    }
    expect(disagreements).toEqual([]);
  });
});

