// Contacts under customers: create / update / delete / restore, validation, filters and scope answers.
import { DataSource } from 'typeorm';
import { AuditLog, Contact, Customer, User } from '@/entities';
import { ScopeLevel } from '@/lib/access';
import { closeTestDatabase, openTestDatabase } from '../support/database';
import { As, codeOf, gql, ok, tokenFor } from '../support/api';
import { makeContact, makeCustomer, makeDepartment, makeRole, makeUser, roleByCode, rootDepartment } from '../support/factories';

let db: DataSource;
let owner: User;
let boss: User;
let stranger: User;
let asOwner: As;
let asBoss: As;
let asStranger: As;

const FIELDS = 'id name department position mobile phone email birthday isPrimary owner { id } customer { id }';
const CREATE = `mutation($input: CreateContactInput!) { createContact(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateContactInput!) { updateContact(id: $id, input: $input) { ${FIELDS} } }`;
const DELETE = 'mutation($ids: [ID!]!) { deleteContacts(ids: $ids) { ids } }';
const RESTORE = 'mutation($ids: [ID!]!) { restoreContacts(ids: $ids) { id } }';
const LIST = 'query($filter: ContactFilter) { contacts(first: 200, filter: $filter) { totalCount nodes { id } } }';

beforeAll(async () => {
  db = await openTestDatabase();
  const sales = await roleByCode(db, 'SALES');
  const root = await rootDepartment(db);
  const dept = await makeDepartment(db, root, '信息中心');
  // The boss reads the whole department but changes only their own records.
  const leader = await makeRole(db, { read: ScopeLevel.SELF_AND_CHILDREN, write: ScopeLevel.SELF, permissions: sales.permissions });
  owner = await makeUser(db, dept, [sales]);
  boss = await makeUser(db, dept, [leader]);
  stranger = await makeUser(db, await makeDepartment(db, root, '别的部门'), [sales]);
  [asOwner, asBoss, asStranger] = [await tokenFor(db, owner), await tokenFor(db, boss), await tokenFor(db, stranger)];
});
afterAll(async () => closeTestDatabase(db));

const contactAudit = (id: number) => db.getRepository(AuditLog).find({ where: { entityType: 'contact', entityId: id }, order: { id: 'ASC' } });
const asc = (ids: number[]) => [...ids].sort((x, y) => x - y);
const listIds = async (as: As, filter: Record<string, unknown> = {}) => asc((await ok(as, LIST, { filter })).contacts.nodes.map((n: { id: string }) => Number(n.id)));

test('createContact puts the contact under the customer, owned by the customer owner, and audits it', async () => {
  const c = await makeCustomer(db, owner, { name: '郑州宇通配件有限公司' });
  const created = (await ok(asOwner, CREATE, { input: { customerId: String(c.id), name: '王主任', department: '信息中心', position: '主任', mobile: '13612345678', birthday: '1980-05-04' } })).createContact;
  expect(created).toMatchObject({ name: '王主任', department: '信息中心', position: '主任', owner: { id: String(owner.id) }, customer: { id: String(c.id) }, isPrimary: false });
  const [entry] = await contactAudit(Number(created.id));
  expect(entry).toMatchObject({ action: 'create', actorId: owner.id });
  expect(entry.changes).toMatchObject({ customerId: c.id, name: '王主任', mobile: '13612345678' });
  expect((await ok(asOwner, '{ customers(first: 200) { nodes { id contacts { name } } } }')).customers.nodes
    .find((n: { id: string }) => n.id === String(c.id)).contacts).toEqual([{ name: '王主任' }]);
});

test('only one primary contact per customer: marking a new one unmarks the old', async () => {
  const c = await makeCustomer(db, owner, { name: '洛阳牡丹文旅有限公司' });
  const first = (await ok(asOwner, CREATE, { input: { customerId: String(c.id), name: '甲', isPrimary: true } })).createContact;
  const second = (await ok(asOwner, CREATE, { input: { customerId: String(c.id), name: '乙', isPrimary: true } })).createContact;
  const rows = await db.getRepository(Contact).find({ where: { customerId: c.id }, order: { id: 'ASC' } });
  expect(rows.map((r) => [r.id, r.isPrimary])).toEqual([[Number(first.id), false], [Number(second.id), true]]);
  await ok(asOwner, UPDATE, { id: first.id, input: { isPrimary: true } });
  const after = await db.getRepository(Contact).find({ where: { customerId: c.id }, order: { id: 'ASC' } });
  expect(after.map((r) => r.isPrimary)).toEqual([true, false]);
});

test('invalid contact input is BAD_USER_INPUT with the field errors, and nothing is written', async () => {
  const c = await makeCustomer(db, owner, { name: '开封古城食品有限公司' });
  const before = await db.getRepository(Contact).count();
  const cases: [Record<string, unknown>, string[]][] = [
    [{ name: ' ' }, ['name']],
    [{ name: '某人', mobile: '2345', email: 'a@b', birthday: '1990-13-45' }, ['birthday', 'email', 'mobile']],
    [{ name: '某人', phone: '电话号码' }, ['phone']],
  ];
  for (const [input, fields] of cases) {
    const result = await gql(asOwner, CREATE, { input: { customerId: String(c.id), ...input } });
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect((result.errors![0].extensions!.fields as { field: string }[]).map((f) => f.field).sort()).toEqual(fields);
  }
  expect(codeOf(await gql(asOwner, CREATE, { input: { customerId: String(c.id), name: 'x'.repeat(51) } }))).toBe('BAD_USER_INPUT');
  expect(await db.getRepository(Contact).count()).toBe(before);
});

test('updateContact audits before/after; a reader outside the write scope is FORBIDDEN, a stranger NOT_FOUND', async () => {
  const c = await makeCustomer(db, owner, { name: '新乡电池材料有限公司' });
  const ct = await makeContact(db, c, { name: '刘工', position: '工程师' });
  const updated = (await ok(asOwner, UPDATE, { id: String(ct.id), input: { position: '总工程师', email: 'liu@example.com' } })).updateContact;
  expect(updated).toMatchObject({ position: '总工程师', email: 'liu@example.com' });
  expect((await contactAudit(ct.id)).map((a) => [a.action, a.changes])).toEqual([
    ['update', { position: ['工程师', '总工程师'], email: [null, 'liu@example.com'] }],
  ]);
  expect(codeOf(await gql(asBoss, UPDATE, { id: String(ct.id), input: { position: '经理' } }))).toBe('FORBIDDEN');
  expect(codeOf(await gql(asStranger, UPDATE, { id: String(ct.id), input: { position: '经理' } }))).toBe('NOT_FOUND');
  expect(codeOf(await gql(asStranger, CREATE, { input: { customerId: String(c.id), name: '冒名' } }))).toBe('NOT_FOUND');
  expect(codeOf(await gql(asBoss, CREATE, { input: { customerId: String(c.id), name: '冒名' } }))).toBe('FORBIDDEN');
  expect((await db.getRepository(Contact).findOneByOrFail({ id: ct.id })).position).toBe('总工程师');
  expect(await db.getRepository(Contact).countBy({ customerId: c.id })).toBe(1);
});

test('deleteContacts moves contacts to the recycle bin; restoreContacts brings them back unless their customer is deleted', async () => {
  const c = await makeCustomer(db, owner, { name: '安阳殷墟文创有限公司' });
  const [a, b] = [await makeContact(db, c, { name: '甲联系人' }), await makeContact(db, c, { name: '乙联系人' })];
  await ok(asOwner, DELETE, { ids: [String(a.id)] });
  expect(await listIds(asOwner, { customerId: String(c.id) })).toEqual([b.id]);
  expect(await listIds(asOwner, { customerId: String(c.id), deleted: true })).toEqual([a.id]);
  expect((await ok(asOwner, 'query($id: ID!) { contact(id: $id) { id } }', { id: String(a.id) })).contact).toBeNull();
  await ok(asOwner, RESTORE, { ids: [String(a.id)] });
  expect(await listIds(asOwner, { customerId: String(c.id) })).toEqual(asc([a.id, b.id]));

  await ok(asOwner, DELETE, { ids: [String(b.id)] });
  await db.getRepository(Customer).update({ id: c.id }, { deletedAt: new Date(), nameKey: null });
  const refused = await gql(asOwner, RESTORE, { ids: [String(b.id)] });
  expect(codeOf(refused)).toBe('BAD_USER_INPUT');
  expect((await db.getRepository(Contact).findOneByOrFail({ id: b.id })).deletedAt).not.toBeNull();
  expect((await contactAudit(a.id)).map((x) => x.action)).toEqual(['delete', 'restore']);
});

test('contacts filters: by customer, by keyword on name, phones, email and WeChat', async () => {
  const c1 = await makeCustomer(db, owner, { name: '南阳玉雕工艺有限公司' });
  const c2 = await makeCustomer(db, owner, { name: '信阳毛尖茶业有限公司' });
  const a = await makeContact(db, c1, { name: '陈女士', mobile: '15011112222' });
  const b = await makeContact(db, c2, { name: '周先生', email: 'zhou@tea.cn', wechat: 'zhou_tea' });
  const d = await makeContact(db, c2, { name: '吴经理', phone: '0376-6667777' });
  expect(await listIds(asOwner, { customerId: String(c2.id) })).toEqual(asc([b.id, d.id]));
  expect(await listIds(asOwner, { keyword: '陈女士' })).toEqual([a.id]);
  expect(await listIds(asOwner, { keyword: '1111222' })).toEqual([a.id]);
  expect(await listIds(asOwner, { keyword: 'tea.cn' })).toEqual([b.id]);
  expect(await listIds(asOwner, { keyword: 'zhou_tea' })).toEqual([b.id]);
  expect(await listIds(asOwner, { keyword: '6667777' })).toEqual([d.id]);
  expect(await listIds(asStranger, { customerId: String(c2.id) })).toEqual([]);
  expect((await ok(asStranger, LIST, { filter: { keyword: '陈女士' } })).contacts.totalCount).toBe(0);
});

test('a contact owned by someone else under my customer: I see the customer, the contact follows its own owner', async () => {
  const c = await makeCustomer(db, boss, { name: '焦作太极养生有限公司' });
  const own = await makeContact(db, c, { name: '经理的联系人' });
  const foreign = await makeContact(db, c, { name: '业务员的联系人', ownerId: owner.id });
  // The owner sees only their own contact, and its customer is null for them (out of their scope).
  const seen = (await ok(asOwner, 'query($id: ID!) { contact(id: $id) { id customer { id } } }', { id: String(foreign.id) })).contact;
  expect(seen).toEqual({ id: String(foreign.id), customer: null });
  expect((await ok(asOwner, 'query($id: ID!) { contact(id: $id) { id } }', { id: String(own.id) })).contact).toBeNull();
  // The boss sees both through the department scope.
  const nested = (await ok(asBoss, 'query($id: ID!) { customer(id: $id) { contacts { id } } }', { id: String(c.id) })).customer.contacts;
  expect(asc(nested.map((n: { id: string }) => Number(n.id)))).toEqual(asc([own.id, foreign.id]));
});
