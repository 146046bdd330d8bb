// Lists sorted by name come in 拼音 order (issue 11 item 8): customers, leads (name and company), opportunities, the
// product catalogue and colleague pickers sort by the stored pinyin key (lib/name-sort), walked by keyset cursors page
// by page; the key follows every write of a name — create, rename, merge, import — through the subscriber, and the
// backfill fills rows written by raw SQL. SQLite and MariaDB alike.
import { DataSource, In } from 'typeorm';
import { Customer, Lead, Opportunity, Product, User } from '@/entities';
import { ScopeLevel } from '@/lib/access';
import { fillSortKeys } from '@/lib/name-sort/name-sort';
import { nameSortKey } from '@/lib/name-sort/sort-key';
import { closeTestDatabase, openTestDatabase } from '../support/database';
import { As, ok, tokenFor } from '../support/api';
import { makeCustomer, makeRole, makeUser, roleByCode, rootDepartment } from '../support/factories';
import { makeOpportunity } from './contract-support';
import { committed, dryRun } from './import-support';

let db: DataSource;
let seller: User;
let as: As;

const CUSTOMERS = `query($first: Int, $after: String, $orderBy: CustomerOrder) {
  customers(first: $first, after: $after, orderBy: $orderBy) { pageInfo { hasNextPage endCursor } nodes { id name } } }`;
const LEADS = `query($first: Int, $after: String, $orderBy: LeadOrder) {
  leads(first: $first, after: $after, orderBy: $orderBy) { pageInfo { hasNextPage endCursor } nodes { id name company } } }`;

beforeAll(async () => {
  db = await openTestDatabase();
  const sales = await roleByCode(db, 'SALES');
  const role = await makeRole(db, { name: '可合并销售', read: ScopeLevel.SELF, write: ScopeLevel.SELF, permissions: [...sales.permissions, 'customer:merge'] });
  seller = await makeUser(db, await rootDepartment(db), [role]);
  as = await tokenFor(db, seller);
});
afterAll(async () => closeTestDatabase(db));

/** Every page of a list by cursor, `size` rows at a time, as [name, …]. */
async function walk(query: string, root: 'customers' | 'leads', orderBy: { field: string; direction: string }, size = 3, pick = (n: any) => n.name as string) {
  const names: string[] = [];
  let after: string | null = null;
  for (let guard = 0; guard < 100; guard++) {
    const page: any = (await ok(as, query, { first: size, after, orderBy }))[root];
    names.push(...page.nodes.map(pick));
    if (!page.pageInfo.hasNextPage) return names;
    after = page.pageInfo.endCursor;
  }
  throw new Error('no last page');
}

const CREATE_CUSTOMER = 'mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { id name } }';
const UPDATE_CUSTOMER = 'mutation($id: ID!, $input: UpdateCustomerInput!) { updateCustomer(id: $id, input: $input) { id name } }';

/** In 拼音 order: a li ba ba, apple, bei jing…, li si…, liu…, wang…, wu…, zhang…, zhao… ('li si' before 'liu'). */
const PINYIN_ORDER = ['阿里巴巴网络', 'Apple Trading', '北京华信商贸', '李四科技', '刘氏集团', '王五食品', '吴江丝绸', '张三电子', '赵六物流'];

describe('customers', () => {
  const ids = new Map<string, number>();
  beforeAll(async () => {
    // Created in an order that is neither the pinyin order nor the code-point order.
    for (const name of ['张三电子', '赵六物流', '阿里巴巴网络', '刘氏集团', 'Apple Trading', '李四科技', '北京华信商贸', '王五食品', '吴江丝绸']) {
      ids.set(name, Number((await ok(as, CREATE_CUSTOMER, { input: { name } })).createCustomer.id));
    }
  });

  test('sorted by name, the list walks in pinyin order across cursor pages, both ways', async () => {
    expect(await walk(CUSTOMERS, 'customers', { field: 'NAME', direction: 'ASC' })).toEqual(PINYIN_ORDER);
    expect(await walk(CUSTOMERS, 'customers', { field: 'NAME', direction: 'DESC' }, 4)).toEqual([...PINYIN_ORDER].reverse());
  });

  test('a rename moves the customer to its new place', async () => {
    await ok(as, UPDATE_CUSTOMER, { id: String(ids.get('阿里巴巴网络')), input: { name: '周大福珠宝' } });
    expect(await walk(CUSTOMERS, 'customers', { field: 'NAME', direction: 'ASC' })).toEqual([...PINYIN_ORDER.slice(1), '周大福珠宝']);
    await ok(as, UPDATE_CUSTOMER, { id: String(ids.get('阿里巴巴网络')), input: { name: '阿里巴巴网络' } });
    expect(await walk(CUSTOMERS, 'customers', { field: 'NAME', direction: 'ASC' })).toEqual(PINYIN_ORDER);
  });

  test('a merge that takes the other customer\'s name takes its place; the merged one leaves the list', async () => {
    const kept = await makeCustomer(db, seller, { name: '安徽甲方', createdAt: new Date('2026-01-01T00:00:00Z') });
    const other = await makeCustomer(db, seller, { name: '重庆乙方', createdAt: new Date('2026-01-02T00:00:00Z') });
    // 'a li ba ba' < 'an hui': a syllable ends before a longer one begins.
    expect(await walk(CUSTOMERS, 'customers', { field: 'NAME', direction: 'ASC' })).toEqual([PINYIN_ORDER[0], '安徽甲方', ...PINYIN_ORDER.slice(1, 3), '重庆乙方', ...PINYIN_ORDER.slice(3)]);
    await ok(as, 'mutation($input: MergeCustomersInput!) { mergeCustomers(input: $input) { mergedIds } }', {
      input: { ids: [String(kept.id), String(other.id)], choices: [{ field: 'name', customerId: String(other.id) }] },
    });
    expect((await db.getRepository(Customer).findOneByOrFail({ id: kept.id })).nameSort).toBe('chong qing yi fang');
    expect(await walk(CUSTOMERS, 'customers', { field: 'NAME', direction: 'ASC' })).toEqual([...PINYIN_ORDER.slice(0, 3), '重庆乙方', ...PINYIN_ORDER.slice(3)]);
    await ok(as, 'mutation($ids: [ID!]!) { deleteCustomers(ids: $ids) { ids } }', { ids: [String(kept.id)] });
  });

  test('imported customers get their keys and fall into place', async () => {
    const job = await dryRun(as, 'CUSTOMER', 'names.csv', new TextEncoder().encode('客户名称\n杭州西湖茶业\n上海外滩酒店\n'));
    await committed(as, job.id);
    const imported = await db.getRepository(Customer).findBy({ name: In(['杭州西湖茶业', '上海外滩酒店']) });
    expect(imported.map((c) => c.nameSort).sort()).toEqual(['hang zhou xi hu cha ye', 'shang hai wai tan jiu dian']);
    expect(await walk(CUSTOMERS, 'customers', { field: 'NAME', direction: 'ASC' }, 5))
      .toEqual([...PINYIN_ORDER.slice(0, 3), '杭州西湖茶业', ...PINYIN_ORDER.slice(3, 5), '上海外滩酒店', ...PINYIN_ORDER.slice(5)]);
  });

  test('rows written by raw SQL are filled by the batch backfill, and only those when asked for the missing ones', async () => {
    const raw = await makeCustomer(db, seller, { name: '宁波港口' });
    await db.query('UPDATE customer SET name_sort = \'\' WHERE id = ?', [raw.id]);
    const before = await db.getRepository(Customer).findOneByOrFail({ id: raw.id });
    const written = await fillSortKeys(db.manager, 'customer', [{ column: 'name', sortColumn: 'name_sort', kind: 'name' }], { onlyMissing: true, batch: 2 });
    expect(written).toBe(1);
    const after = await db.getRepository(Customer).findOneByOrFail({ id: raw.id });
    expect(after.nameSort).toBe('ning bo gang kou');
    // The list's "recently updated" order is not disturbed by the fill.
    expect(after.updatedAt.getTime()).toBe(before.updatedAt.getTime());
  });
});

describe('leads, opportunities, products and people', () => {
  test('leads sort by the person\'s name (surnames read as surnames) and by company, across cursor pages', async () => {
    const CREATE = 'mutation($input: CreateLeadInput!) { createLead(input: $input) { id } }';
    const leads: [string, string | null][] = [['张伟', '中国银行'], ['曾伟', null], ['单伟', '单位食堂'], ['李四', 'Apple'], ['刘备', '蜀汉集团']];
    for (const [name, company] of leads) await ok(as, CREATE, { input: { name, company } });
    expect(await walk(LEADS, 'leads', { field: 'NAME', direction: 'ASC' }, 2)).toEqual(['李四', '刘备', '单伟', '曾伟', '张伟']);
    // No company sorts first ascending; 单位 reads dan wei in a company's name.
    expect(await walk(LEADS, 'leads', { field: 'COMPANY', direction: 'ASC' }, 2, (n) => n.company)).toEqual([null, 'Apple', '单位食堂', '蜀汉集团', '中国银行']);
    const renamed = await db.getRepository(Lead).findOneByOrFail({ name: '张伟' });
    await ok(as, 'mutation($id: ID!, $input: UpdateLeadInput!) { updateLead(id: $id, input: $input) { id } }', { id: String(renamed.id), input: { name: '安娜' } });
    expect(await walk(LEADS, 'leads', { field: 'NAME', direction: 'ASC' }, 2)).toEqual(['安娜', '李四', '刘备', '单伟', '曾伟']);
  });

  test('opportunities sort by name in pinyin order (renamed through save)', async () => {
    const customer = await makeCustomer(db, seller, { name: '商机客户' });
    for (const name of ['张家口项目', '安阳项目', '北海项目']) {
      const opportunity = await makeOpportunity(db, customer, seller);
      await db.getRepository(Opportunity).save(Object.assign(opportunity, { name }));
    }
    const list = await ok(as, 'query($filter: OpportunityFilter) { opportunities(first: 50, orderBy: { field: NAME, direction: ASC }, filter: $filter) { nodes { name } } }',
      { filter: { customerId: String(customer.id) } });
    expect(list.opportunities.nodes.map((n: { name: string }) => n.name)).toEqual(['安阳项目', '北海项目', '张家口项目']);
  });

  test('the product catalogue lists products in pinyin order', async () => {
    for (const name of ['扫描枪', '安卓平板', 'Barcode 打印机', '标签纸']) {
      await db.getRepository(Product).save(db.getRepository(Product).create({ name, price: '1.00', createdById: seller.id }));
    }
    const list = await ok(as, 'query { products(first: 50) { nodes { name } } }');
    expect(list.products.nodes.map((n: { name: string }) => n.name)).toEqual(['安卓平板', 'Barcode 打印机', '标签纸', '扫描枪']);
    expect(nameSortKey('Barcode 打印机')).toBe('barcode da yin ji');
  });

  test('the colleague picker lists people in pinyin order, polyphonic surnames read as surnames; a rename moves them', async () => {
    const root = await rootDepartment(db);
    for (const name of ['张伟伟', '曾伟伟', '单伟伟', 'Amy 伟伟']) await makeUser(db, root, [], { name });
    const picked = async () => (await ok(as, 'query { userDirectory(keyword: "伟伟") { name } }')).userDirectory.map((u: { name: string }) => u.name);
    expect(await picked()).toEqual(['Amy 伟伟', '单伟伟', '曾伟伟', '张伟伟']);
    // An update by query builder (no entity loaded) carries the key too.
    await db.getRepository(User).update({ name: '张伟伟' }, { name: '艾伟伟' });
    expect(await picked()).toEqual(['艾伟伟', 'Amy 伟伟', '单伟伟', '曾伟伟']);
  });
});
