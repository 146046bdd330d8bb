// 查重 and the near-duplicate name key (issue 12 item 3): names compared after full/half width, brackets, spaces
// and company-form suffixes; the same key refuses near-duplicates on create, rename and lead conversion; anyone with
// customer data searches the whole company by name, phone or e-mail and learns ONLY code, name, owner and department
// — no other field, no count beyond the hits; the old near-duplicates a database already holds keep `key#id`.
import { DataSource } from 'typeorm';
import { Customer, Lead, User } from '@/entities';
import { LeadStatus } from '@/entities/lead.entity';
import { createSchema } from '@/graphql/schema';
import { recomputeNameKeys } from '@/lib/db/migrations/1796611000000-NameKeySuffixes';
import { normalizeName } from '@/lib/text';
import { closeTestDatabase, openTestDatabase } from '../support/database';
import { As, codeOf, gql, ok, tokenFor } from '../support/api';
import { makeContact, makeCustomer, makeDepartment, makeUser, roleByCode, rootDepartment } from '../support/factories';
import { isObjectType } from 'graphql';

let db: DataSource;
let li: User;
let zhou: User;
let asLi: As;
let asZhou: As;
let asIt: As;

const SEARCH = 'query($input: DuplicateSearchInput!) { duplicateCustomers(input: $input) { code name ownerName departmentName matchedBy } }';
const CREATE = 'mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { id code name } }';
const UPDATE = 'mutation($id: ID!, $input: UpdateCustomerInput!) { updateCustomer(id: $id, input: $input) { id name } }';
const search = async (as: As, input: Record<string, string>) => (await ok(as, SEARCH, { input })).duplicateCustomers as Record<string, unknown>[];

beforeAll(async () => {
  db = await openTestDatabase();
  const root = await rootDepartment(db);
  const north = await makeDepartment(db, root, '华北销售部');
  const south = await makeDepartment(db, root, '华南销售部');
  const sales = await roleByCode(db, 'SALES');
  li = await makeUser(db, north, [sales], { name: '李四' });
  zhou = await makeUser(db, south, [sales], { name: '周洋' });
  const it = await makeUser(db, root, [await roleByCode(db, 'SYSTEM_ADMIN')], { name: '网管' });
  [asLi, asZhou, asIt] = [await tokenFor(db, li), await tokenFor(db, zhou), await tokenFor(db, it)];
});
afterAll(async () => closeTestDatabase(db));

test('the name key sets aside width, case, spaces, brackets, punctuation and company forms, but not a branch', () => {
  const key = normalizeName('北京华信商贸');
  for (const name of ['北京华信商贸有限公司', '北京华信商贸（有限公司）', '北京华信商贸(有限公司)', ' 北京 华信商贸 股份有限公司', '北京华信商贸有限责任公司', '北京华信商贸集团有限公司', '【北京华信商贸】']) {
    expect(normalizeName(name)).toBe(key);
  }
  expect(normalizeName('ＡＢＣ Co., Ltd.')).toBe(normalizeName('abc'));
  expect(normalizeName('Costco')).toBe('costco');
  expect(normalizeName('北京华信商贸有限公司上海分公司')).not.toBe(key);
  expect(normalizeName('有限公司')).toBe('有限公司');
});

describe('near-duplicates are refused with the existing code and owner, and nothing else', () => {
  test('on create and rename, across the scope line', async () => {
    const existing = await makeCustomer(db, zhou, { name: '北京华信商贸有限公司' });
    for (const name of ['北京华信商贸', '北京华信商贸（有限公司）', '北京 华信商贸 股份有限公司']) {
      const result = await gql(asLi, CREATE, { input: { name } });
      expect(codeOf(result)).toBe('CONFLICT');
      expect(result.errors![0].extensions).toEqual({ code: 'CONFLICT', field: 'name', existingCode: existing.code, existingOwnerName: '周洋' });
    }
    const mine = (await ok(asLi, CREATE, { input: { name: '北京华信商贸有限公司上海分公司' } })).createCustomer;
    expect(codeOf(await gql(asLi, UPDATE, { id: mine.id, input: { name: '北京华信商贸集团' } }))).toBe('CONFLICT');
    expect((await db.getRepository(Customer).findOneByOrFail({ id: Number(mine.id) })).name).toBe('北京华信商贸有限公司上海分公司');
  });

  test('on lead conversion', async () => {
    await makeCustomer(db, zhou, { name: '天津港联物流有限公司' });
    const lead = await db.getRepository(Lead).save({ name: '张三', company: '天津港联物流（集团）', status: LeadStatus.QUALIFIED, ownerId: li.id, createdById: li.id });
    const result = await gql(asLi, 'mutation($input: ConvertLeadsInput!) { convertLeads(input: $input) { id status } }', { input: { ids: [String(lead.id)] } });
    expect(codeOf(result)).toBe('CONFLICT');
    expect(result.errors![0].extensions!.reason).toBe('DUPLICATE_CUSTOMER_NAME');
  });
});

describe('查重', () => {
  test('finds a customer outside the scope by a near-duplicate name and reveals exactly code, name, owner and department', async () => {
    const hidden = await makeCustomer(db, zhou, {
      name: '广州珠江电子科技有限公司', mobile: '13911112222', email: 'boss@zhujiang.cn', address: '秘密地址', remarks: '秘密备注', industry: '电子',
    });
    const hits = await search(asLi, { name: '广州珠江电子科技（有限公司）' });
    expect(hits).toEqual([{ code: hidden.code, name: hidden.name, ownerName: '周洋', departmentName: '华南销售部', matchedBy: ['NAME'] }]);
    // The lookup that would give details stays closed.
    expect((await ok(asLi, `{ customer(id: "${hidden.id}") { id } }`)).customer).toBeNull();
    const text = JSON.stringify(await gql(asLi, SEARCH, { input: { name: '广州珠江电子' } }));
    for (const secret of ['秘密地址', '秘密备注', '13911112222', 'boss@zhujiang.cn', String(hidden.id)]) expect(text).not.toContain(secret);
  });

  test('the answer type has only the four fields (and what matched, and whether it is the viewer\'s): nothing else can be selected', () => {
    const type = createSchema().getType('DuplicateCustomer');
    expect(isObjectType(type) && Object.keys(type.getFields()).sort()).toEqual(['code', 'departmentName', 'matchedBy', 'name', 'ownerName', 'viewerIsOwner']);
    const query = createSchema().getQueryType()!.getFields().duplicateCustomers;
    expect(String(query.type)).toBe('[DuplicateCustomer!]!');
  });

  test('names starting with or containing the key come after the exact match; at most 20, with no count of the rest', async () => {
    for (let i = 0; i < 25; i++) await makeCustomer(db, i % 2 ? zhou : li, { name: `杭州西湖${String(i).padStart(2, '0')}茶业有限公司` });
    await makeCustomer(db, zhou, { name: '杭州西湖有限公司' });
    const hits = await search(asLi, { name: '杭州西湖' });
    expect(hits).toHaveLength(20);
    expect(hits[0]).toMatchObject({ name: '杭州西湖有限公司', matchedBy: ['NAME'] });
    expect(hits.slice(1).every((h) => (h.matchedBy as string[]).includes('SIMILAR_NAME'))).toBe(true);
    const raw = await gql(asLi, `{ duplicateCustomers(input: { name: "西湖" }) { code } }`);
    expect(Object.keys(raw.data!)).toEqual(['duplicateCustomers']);
    expect(raw.data!.duplicateCustomers).toHaveLength(20);
    expect((await search(asLi, { name: '湖' }))).toEqual([]);
  });

  test('a mobile finds customers holding it themselves or on a contact, whatever way it is typed; phone and e-mail too', async () => {
    const a = await makeCustomer(db, zhou, { name: '深圳南山硬件有限公司', mobile: '13800138000', phone: '0755-86001234', email: 'sales@nanshan.cn' });
    const b = await makeCustomer(db, li, { name: '深圳福田软件有限公司' });
    await makeContact(db, b, { mobile: '13800138000' });
    for (const phone of ['13800138000', '+86 138-0013-8000', '86 13800138000']) {
      const hits = await search(asZhou, { phone });
      expect(hits.map((h) => h.code).sort()).toEqual([a.code, b.code].sort());
      expect(hits.every((h) => (h.matchedBy as string[]).includes('MOBILE'))).toBe(true);
    }
    expect((await search(asLi, { phone: '0755-86001234' })).map((h) => h.code)).toEqual([a.code]);
    expect((await search(asLi, { email: 'sales@nanshan.cn' })).map((h) => h.code)).toEqual([a.code]);
  });

  test('finds a customer by its code; the recycle bin and deleted contacts stay out', async () => {
    const live = await makeCustomer(db, zhou, { name: '成都天府软件有限公司' });
    expect((await search(asLi, { name: live.code })).map((h) => h.matchedBy)).toEqual([['CODE']]);
    const binned = await makeCustomer(db, zhou, { name: '成都锦江茶楼有限公司', mobile: '13700137000', deletedAt: new Date(), nameKey: null });
    await makeContact(db, live, { mobile: '13600136000', deletedAt: new Date() });
    expect(await search(asLi, { name: '成都锦江茶楼' })).toEqual([]);
    expect(await search(asLi, { name: binned.code })).toEqual([]);
    expect(await search(asLi, { phone: '13700137000' })).toEqual([]);
    expect(await search(asLi, { phone: '13600136000' })).toEqual([]);
  });

  test('needs customer data: the system administrator is refused; over-long input is BAD_USER_INPUT', async () => {
    expect(codeOf(await gql(asIt, SEARCH, { input: { name: '北京华信商贸' } }))).toBe('FORBIDDEN');
    expect(codeOf(await gql(asLi, SEARCH, { input: { name: 'x'.repeat(101) } }))).toBe('BAD_USER_INPUT');
  });
});

test('the migration keeps old near-duplicates: the earliest gets the key, the others key#id, all are found and block a new one', async () => {
  const names = ['南京金陵制药', '南京金陵制药有限公司', '南京金陵制药（集团）'];
  const rows: Customer[] = [];
  // As an old database held them: keys from before the suffix rule (the exact names), so the unique index allowed all three.
  for (const name of names) rows.push(await makeCustomer(db, zhou, { name, nameKey: `old:${name}` }));
  const runner = db.createQueryRunner();
  try { await recomputeNameKeys(runner); } finally { await runner.release(); }
  const stored = await db.getRepository(Customer).findBy({ id: rows[0].id });
  expect(stored[0].nameKey).toBe('南京金陵制药');
  for (const row of rows.slice(1)) expect((await db.getRepository(Customer).findOneByOrFail({ id: row.id })).nameKey).toBe(`南京金陵制药#${row.id}`);
  expect((await search(asLi, { name: '南京金陵制药股份有限公司' })).map((h) => h.code)).toEqual(rows.map((r) => r.code));
  expect(codeOf(await gql(asLi, CREATE, { input: { name: '南京金陵制药股份有限公司' } }))).toBe('CONFLICT');
});
