// Customer create / update / validation / duplicate names / recycle bin / lock, through the real endpoint.
import { DataSource, In, IsNull, Not } from 'typeorm';
import { AuditLog, Contact, Customer, User } from '@/entities';
import { periodOf } from '@/lib/numbering/numbering.service';
import { closeTestDatabase, openTestDatabase } from '../support/database';
import { As, codeOf, gql, ok, tokenFor } from '../support/api';
import { makeContact, makeCustomer, makeDepartment, makeUser, roleByCode, rootDepartment } from '../support/factories';

let db: DataSource;
let wang: User;
let li: User;
let asWang: As;
let asLi: As;

const FIELDS = 'id code name type level industry source region postcode profile mobile email locked deletedAt owner { id name } createdBy { id }';
const CREATE = `mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateCustomerInput!) { updateCustomer(id: $id, input: $input) { ${FIELDS} } }`;

beforeAll(async () => {
  db = await openTestDatabase();
  const sales = await roleByCode(db, 'SALES');
  const root = await rootDepartment(db);
  const east = await makeDepartment(db, root, '华东销售部');
  wang = await makeUser(db, east, [sales], { name: '王五' });
  li = await makeUser(db, east, [sales], { name: '李四' });
  asWang = await tokenFor(db, wang);
  asLi = await tokenFor(db, li);
});
afterAll(async () => closeTestDatabase(db));

const auditOf = (entityId: number, action?: string) =>
  db.getRepository(AuditLog).find({ where: { entityType: 'customer', entityId, ...(action ? { action } : {}) }, order: { id: 'ASC' } });

describe('createCustomer', () => {
  test('gives a KH + yyyyMMdd + 4-digit code in sequence, makes the creator owner and creator, and audits the creation', async () => {
    const first = (await ok(asWang, CREATE, { input: { name: '上海星辰信息技术有限公司', industry: '软件', mobile: '13812345678' } })).createCustomer;
    const second = (await ok(asWang, CREATE, { input: { name: '上海晨光机械制造有限公司' } })).createCustomer;
    const today = periodOf('DAILY');
    expect(first.code).toMatch(new RegExp(`^KH${today}\\d{4}$`));
    expect(Number(second.code.slice(-4))).toBe(Number(first.code.slice(-4)) + 1);
    expect(first.owner).toEqual({ id: String(wang.id), name: '王五' });
    expect(first.createdBy).toEqual({ id: String(wang.id) });
    expect(first).toMatchObject({ type: 'DIRECT', level: 'NORMAL', locked: false, deletedAt: null, industry: '软件' });

    const [entry] = await auditOf(Number(first.id), 'create');
    expect(entry.actorId).toBe(wang.id);
    expect(entry.ip).toBe('10.0.0.7');
    expect(entry.changes).toMatchObject({ name: '上海星辰信息技术有限公司', code: first.code, industry: '软件' });
  });

  test('refuses invalid input with BAD_USER_INPUT naming every bad field, and writes nothing', async () => {
    const before = await db.getRepository(Customer).count();
    const audits = await db.getRepository(AuditLog).count();
    const fieldsOf = async (input: Record<string, unknown>) => {
      const result = await gql(asWang, CREATE, { input });
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
      return (result.errors![0].extensions!.fields as { field: string }[]).map((f) => f.field).sort();
    };
    expect(await fieldsOf({ name: '   ' })).toEqual(['name']);
    expect(await fieldsOf({ name: '北京某公司', profile: '概'.repeat(51) })).toEqual(['profile']);
    expect(await fieldsOf({ name: '北京某公司', mobile: '12345', email: 'someone@', postcode: '1000' })).toEqual(['email', 'mobile', 'postcode']);
    expect(await fieldsOf({ name: '北京某公司', website: 'not a site' })).toEqual(['website']);
    // A value outside an enum, or no name at all, is refused before any resolver runs.
    expect(codeOf(await gql(asWang, CREATE, { input: { name: '北京某公司', type: 'RETAIL' } }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await gql(asWang, CREATE, { input: { level: 'CORE' } }))).toBe('BAD_USER_INPUT');
    expect(await db.getRepository(Customer).count()).toBe(before);
    expect(await db.getRepository(AuditLog).count()).toBe(audits);
  });
});

describe('updateCustomer', () => {
  test('changes the given fields and audits exactly the changed ones with before and after', async () => {
    const c = await makeCustomer(db, wang, { name: '杭州西湖茶叶有限公司', industry: '食品' });
    const updated = (await ok(asWang, UPDATE, { id: String(c.id), input: { industry: '农业', level: 'CORE', region: '浙江省', source: '展会' } })).updateCustomer;
    expect(updated).toMatchObject({ industry: '农业', level: 'CORE', region: '浙江省', source: '展会', name: '杭州西湖茶叶有限公司' });
    const [entry] = await auditOf(c.id, 'update');
    expect(entry.actorId).toBe(wang.id);
    expect(entry.changes).toEqual({ industry: ['食品', '农业'], level: ['NORMAL', 'CORE'], region: [null, '浙江省'], source: [null, '展会'] });

    // The same values again change nothing and add no audit entry; an empty string clears a field.
    await ok(asWang, UPDATE, { id: String(c.id), input: { industry: '农业', level: 'CORE' } });
    expect(await auditOf(c.id, 'update')).toHaveLength(1);
    const cleared = (await ok(asWang, UPDATE, { id: String(c.id), input: { region: '' } })).updateCustomer;
    expect(cleared.region).toBeNull();
    expect((await auditOf(c.id, 'update'))[1].changes).toEqual({ region: ['浙江省', null] });
  });

  test('refuses an emptied name or a bad format with field errors and leaves the row as it was', async () => {
    const c = await makeCustomer(db, wang, { name: '苏州园林设计有限公司' });
    for (const [input, field] of [[{ name: '' }, 'name'], [{ email: 'bad' }, 'email'], [{ profile: 'x'.repeat(51) }, 'profile'], [{ postcode: 'abcdef' }, 'postcode']] as const) {
      const result = await gql(asWang, UPDATE, { id: String(c.id), input });
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
      expect(result.errors![0].extensions!.fields).toEqual([expect.objectContaining({ field })]);
    }
    const row = await db.getRepository(Customer).findOneByOrFail({ id: c.id });
    expect(row).toMatchObject({ name: '苏州园林设计有限公司', email: null, profile: null, postcode: null });
    expect(await auditOf(c.id, 'update')).toHaveLength(0);
  });
});

describe('duplicate names', () => {
  const expectConflict = (result: Awaited<ReturnType<typeof gql>>, existing: Customer, ownerName: string | null) => {
    expect(codeOf(result)).toBe('CONFLICT');
    // The one deliberate exception to scope hiding: the code and owner name, and nothing else.
    expect(result.errors![0].extensions).toEqual({ code: 'CONFLICT', field: 'name', existingCode: existing.code, existingOwnerName: ownerName });
  };

  test('are refused on create for full-width, case and inner-space variants, even when the existing one is out of scope', async () => {
    const existing = await makeCustomer(db, li, { name: '深圳ABC电子有限公司' });
    const before = await db.getRepository(Customer).count();
    for (const variant of ['深圳ABC电子有限公司', '  深圳ABC电子有限公司  ', '深圳ＡＢＣ电子有限公司', '深圳abc电子有限公司', '深圳 Abc 电子　有限公司']) {
      expectConflict(await gql(asWang, CREATE, { input: { name: variant } }), existing, '李四');
    }
    expect(await db.getRepository(Customer).count()).toBe(before);
  });

  test('are refused on rename, but keeping one\'s own name is fine', async () => {
    const existing = await makeCustomer(db, li, { name: '广州珠江物流有限公司' });
    const mine = await makeCustomer(db, wang, { name: '广州白云物流有限公司' });
    expectConflict(await gql(asWang, UPDATE, { id: String(mine.id), input: { name: '广州珠江物流有限公司 ' } }), existing, '李四');
    expect((await db.getRepository(Customer).findOneByOrFail({ id: mine.id })).name).toBe('广州白云物流有限公司');
    await ok(asWang, UPDATE, { id: String(mine.id), input: { name: '广州白云物流有限公司', industry: '交通物流' } });
  });

  test('are refused on restore when a live customer took the name meanwhile, and the customer stays in the recycle bin', async () => {
    const old = await makeCustomer(db, wang, { name: '南京金陵制药有限公司' });
    await ok(asWang, 'mutation($ids: [ID!]!) { deleteCustomers(ids: $ids) { ids } }', { ids: [String(old.id)] });
    const fresh = (await ok(asLi, CREATE, { input: { name: '南京金陵制药有限公司' } })).createCustomer;
    const result = await gql(asWang, 'mutation($ids: [ID!]!) { restoreCustomers(ids: $ids) { id } }', { ids: [String(old.id)] });
    expect(codeOf(result)).toBe('CONFLICT');
    expect(result.errors![0].extensions).toMatchObject({ existingCode: fresh.code, existingOwnerName: '李四' });
    expect((await db.getRepository(Customer).findOneByOrFail({ id: old.id })).deletedAt).not.toBeNull();
  });
});

describe('recycle bin', () => {
  const DELETE = 'mutation($ids: [ID!]!) { deleteCustomers(ids: $ids) { ids } }';
  const RESTORE = 'mutation($ids: [ID!]!) { restoreCustomers(ids: $ids) { id deletedAt contacts { id } } }';
  const LIST = 'query($deleted: Boolean) { customers(first: 200, filter: { deleted: $deleted }) { totalCount nodes { id } } }';

  test('deleteCustomers moves customers with their contacts to the bin; restoreCustomers brings back both', async () => {
    const c = await makeCustomer(db, wang, { name: '成都天府软件有限公司' });
    const [a, b] = [await makeContact(db, c, { name: '张主任' }), await makeContact(db, c, { name: '赵工' })];
    const earlier = await makeContact(db, c, { name: '早已删除', deletedAt: new Date(Date.now() - 86400000) });

    expect((await ok(asWang, DELETE, { ids: [String(c.id)] })).deleteCustomers.ids).toEqual([String(c.id)]);
    expect((await ok(asWang, LIST, {})).customers.nodes.map((n: { id: string }) => n.id)).not.toContain(String(c.id));
    expect((await ok(asWang, LIST, { deleted: true })).customers.nodes.map((n: { id: string }) => n.id)).toContain(String(c.id));
    const contactIds = (await ok(asWang, '{ contacts(first: 200) { nodes { id } } }')).contacts.nodes.map((n: { id: string }) => Number(n.id));
    expect(contactIds).not.toContain(a.id);
    expect(await db.getRepository(Contact).countBy({ id: In([a.id, b.id]), deletedAt: Not(IsNull()) })).toBe(2);
    expect((await db.getRepository(Customer).findOneByOrFail({ id: c.id })).nameKey).toBeNull();
    expect(await auditOf(c.id, 'delete')).toHaveLength(1);
    // In the bin it can be restored (managed) but not edited, and the flags say so.
    const binned = (await ok(asWang, 'query($id: ID!) { customer(id: $id) { deletedAt viewerCanEdit viewerCanManage } }', { id: String(c.id) })).customer;
    expect(binned).toMatchObject({ viewerCanEdit: false, viewerCanManage: true });
    expect(binned.deletedAt).not.toBeNull();
    expect(codeOf(await gql(asWang, UPDATE, { id: String(c.id), input: { industry: '回收站里改' } }))).toBe('NOT_FOUND');

    const restored = (await ok(asWang, RESTORE, { ids: [String(c.id)] })).restoreCustomers[0];
    expect(restored.deletedAt).toBeNull();
    expect(restored.contacts.map((x: { id: string }) => Number(x.id)).sort()).toEqual([a.id, b.id].sort());
    const rows = await db.getRepository(Contact).findBy({ id: In([a.id, b.id, earlier.id]) });
    expect(rows.filter((r) => r.deletedAt === null).map((r) => r.id).sort()).toEqual([a.id, b.id].sort());
    expect(await auditOf(c.id, 'restore')).toHaveLength(1);
    expect((await ok(asWang, LIST, {})).customers.nodes.map((n: { id: string }) => n.id)).toContain(String(c.id));
  });

  test('restoring a customer that is not in the bin, or deleting one already there, is NOT_FOUND', async () => {
    const c = await makeCustomer(db, wang, { name: '武汉光谷激光有限公司' });
    expect(codeOf(await gql(asWang, RESTORE, { ids: [String(c.id)] }))).toBe('NOT_FOUND');
    await ok(asWang, DELETE, { ids: [String(c.id)] });
    expect(codeOf(await gql(asWang, DELETE, { ids: [String(c.id)] }))).toBe('NOT_FOUND');
    expect(await auditOf(c.id, 'delete')).toHaveLength(1);
  });
});

describe('lock', () => {
  test('lockCustomers and unlockCustomers flip the flag and audit only the customers that changed', async () => {
    const [a, b] = [await makeCustomer(db, wang, { name: '西安古城文化有限公司' }), await makeCustomer(db, wang, { name: '西安秦岭旅游有限公司' })];
    const LOCK = 'mutation($ids: [ID!]!) { lockCustomers(ids: $ids) { id locked } }';
    await ok(asWang, LOCK, { ids: [String(a.id)] });
    const both = (await ok(asWang, LOCK, { ids: [String(a.id), String(b.id)] })).lockCustomers;
    expect(both.map((c: { locked: boolean }) => c.locked)).toEqual([true, true]);
    expect(await auditOf(a.id, 'lock')).toHaveLength(1);
    expect(await auditOf(b.id, 'lock')).toHaveLength(1);
    const unlocked = (await ok(asWang, 'mutation($ids: [ID!]!) { unlockCustomers(ids: $ids) { id locked } }', { ids: [String(b.id)] })).unlockCustomers;
    expect(unlocked).toEqual([{ id: String(b.id), locked: false }]);
    expect(await auditOf(b.id, 'unlock')).toHaveLength(1);
    // Someone else's customer (outside a salesperson's scope) cannot be locked: it does not exist for them.
    expect(codeOf(await gql(asLi, LOCK, { ids: [String(a.id)] }))).toBe('NOT_FOUND');
  });
});

describe('history', () => {
  test("shows the customer's entries and those of the contacts the viewer may see, never a hidden contact's", async () => {
    const c = await makeCustomer(db, wang, { name: '长沙湘江机电有限公司' });
    const hiddenContact = await makeContact(db, c, { name: '李四的联系人', ownerId: li.id });
    await ok(asLi, 'mutation($id: ID!) { updateContact(id: $id, input: { mobile: "13911112222" }) { id } }', { id: String(hiddenContact.id) });
    const mine = (await ok(asWang, 'mutation($c: ID!) { createContact(input: { customerId: $c, name: "王五的联系人" }) { id } }', { c: String(c.id) })).createContact;
    await ok(asWang, UPDATE, { id: String(c.id), input: { industry: '制造业' } });
    const history = (await ok(asWang, 'query($id: ID!) { customer(id: $id) { history { action entityType entityId actor { id } changes } } }', { id: String(c.id) })).customer.history;
    expect(history.map((h: { action: string; entityType: string; entityId: string }) => [h.action, h.entityType, Number(h.entityId)]))
      .toEqual([['update', 'customer', c.id], ['create', 'contact', Number(mine.id)]]);
    expect(JSON.stringify(history)).not.toContain('13911112222');
    // The contact's owner sees their own contact's entry through the contact, not the customer they cannot read.
    expect((await ok(asLi, 'query($id: ID!) { customer(id: $id) { id } }', { id: String(c.id) })).customer).toBeNull();
  });
});
