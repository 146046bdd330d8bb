// The product catalogue (SPEC 3.6): every signed-in user reads it; product:manage changes it; prices are exact
// decimals; categories form a tree; nothing is physically deleted; every change is audited.
import { DataSource } from 'typeorm';
import { AuditLog, Product, ProductCategory } from '@/entities';
import { closeTestDatabase, openTestDatabase } from '../support/database';
import { codeOf, gql, ok } from '../support/api';
import { Actor, actor, expectUnchanged } from './org-support';
import { badFields } from './opportunity-support';

let db: DataSource;
let admin: Actor;
let sysadmin: Actor;
let sales: Actor;

beforeAll(async () => {
  db = await openTestDatabase();
  admin = await actor(db, ['SUPER_ADMIN']);
  sysadmin = await actor(db, ['SYSTEM_ADMIN']);
  sales = await actor(db, ['SALES']);
});
afterAll(async () => closeTestDatabase(db));

const CREATE = `mutation($input: CreateProductInput!) { createProduct(input: $input) { id name model unit price status categoryId category { id name } } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateProductInput!) { updateProduct(id: $id, input: $input) { id name price status } }`;
const LIST = `query($filter: ProductFilter, $first: Int) { products(filter: $filter, first: $first) { totalCount nodes { id name price status } } }`;
const CREATE_CATEGORY = `mutation($input: ProductCategoryInput!) { createProductCategory(input: $input) { id name parentId sort } }`;

test('the system administrator creates a product with an exact price; a salesperson reads it but may not change it', async () => {
  const created = (await ok(sysadmin.as, CREATE, { input: { name: '高速扫描仪', model: 'SC-2000', unit: '台', price: '19.99' } })).createProduct;
  expect(created).toMatchObject({ name: '高速扫描仪', model: 'SC-2000', unit: '台', price: '19.99', status: 'ACTIVE', categoryId: null });
  const read = await ok(sales.as, `query($id: ID!) { product(id: $id) { id name price } }`, { id: created.id });
  expect(read.product).toEqual({ id: created.id, name: '高速扫描仪', price: '19.99' });
  expect(codeOf(await expectUnchanged(db, () => gql(sales.as, CREATE, { input: { name: '私自产品', price: '1' } })))).toBe('FORBIDDEN');
  expect(codeOf(await gql(sales.as, UPDATE, { id: created.id, input: { price: '1.00' } }))).toBe('FORBIDDEN');
  expect(codeOf(await gql(sales.as, `mutation($ids: [ID!]!) { deleteProducts(ids: $ids) { ids } }`, { ids: [created.id] }))).toBe('FORBIDDEN');
  expect(codeOf(await gql(null, LIST))).toBe('UNAUTHENTICATED');
  const entries = await db.getRepository(AuditLog).findBy({ entityType: 'product', entityId: Number(created.id) });
  expect(entries.map((e) => e.action)).toEqual(['create']);
});

test('prices must be non-negative decimals with at most two places; name and price are required', async () => {
  for (const price of ['-1', '1.999', 'abc', '1e3', '10000000000000']) {
    const result = await gql(admin.as, CREATE, { input: { name: `价格${price}`, price } });
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(badFields(result)).toEqual(['price']);
  }
  const missing = await gql(admin.as, CREATE, { input: { name: '  ', price: '' } });
  expect(codeOf(missing)).toBe('BAD_USER_INPUT');
  expect(badFields(missing).sort()).toEqual(['name', 'price']);
  const whole = (await ok(admin.as, CREATE, { input: { name: '整数价格产品', price: '3' } })).createProduct;
  expect(whole.price).toBe('3.00');
  const big = (await ok(admin.as, CREATE, { input: { name: '最大价格产品', price: '999999999999.99' } })).createProduct;
  expect(big.price).toBe('999999999999.99');
  expect((await db.getRepository(Product).findOneByOrFail({ id: Number(big.id) })).price).toBe('999999999999.99');
});

test('a second live product with the same name and model is a CONFLICT; a different model is fine', async () => {
  await ok(admin.as, CREATE, { input: { name: '存储阵列', model: 'ST-1', price: '5000' } });
  expect(codeOf(await gql(admin.as, CREATE, { input: { name: '存储阵列', model: 'ST-1', price: '6000' } }))).toBe('CONFLICT');
  await ok(admin.as, CREATE, { input: { name: '存储阵列', model: 'ST-2', price: '6000' } });
});

test('updating changes only the given fields, audits the difference, and an unknown id is NOT_FOUND', async () => {
  const p = (await ok(admin.as, CREATE, { input: { name: '打印机A', price: '1200.50' } })).createProduct;
  const updated = (await ok(admin.as, UPDATE, { id: p.id, input: { price: '1100', status: 'INACTIVE' } })).updateProduct;
  expect(updated).toEqual({ id: p.id, name: '打印机A', price: '1100.00', status: 'INACTIVE' });
  const entry = await db.getRepository(AuditLog).findOneByOrFail({ entityType: 'product', entityId: Number(p.id), action: 'update' });
  expect(entry.changes).toEqual({ price: ['1200.50', '1100.00'], status: ['ACTIVE', 'INACTIVE'] });
  expect(codeOf(await gql(admin.as, UPDATE, { id: '987654', input: { price: '1' } }))).toBe('NOT_FOUND');
});

test('deleting moves products to the recycle bin and restoring brings them back', async () => {
  const p = (await ok(admin.as, CREATE, { input: { name: '耗材套装', price: '88.80' } })).createProduct;
  await ok(admin.as, `mutation($ids: [ID!]!) { deleteProducts(ids: $ids) { ids } }`, { ids: [p.id] });
  expect((await ok(sales.as, LIST, { filter: { keyword: '耗材套装' } })).products.totalCount).toBe(0);
  expect((await ok(sales.as, LIST, { filter: { keyword: '耗材套装', deleted: true } })).products.nodes.map((n: { id: string }) => n.id)).toEqual([p.id]);
  expect(await db.getRepository(Product).existsBy({ id: Number(p.id) })).toBe(true);
  expect(codeOf(await gql(admin.as, `mutation($ids: [ID!]!) { deleteProducts(ids: $ids) { ids } }`, { ids: [p.id] }))).toBe('NOT_FOUND');
  await ok(admin.as, `mutation($ids: [ID!]!) { restoreProducts(ids: $ids) { id } }`, { ids: [p.id] });
  expect((await ok(sales.as, LIST, { filter: { keyword: '耗材套装' } })).products.totalCount).toBe(1);
  expect((await db.getRepository(AuditLog).findBy({ entityType: 'product', entityId: Number(p.id) })).map((e) => e.action)).toEqual(['create', 'delete', 'restore']);
});

test('categories form a tree: filtering by a category includes its sub-categories; cycles are refused', async () => {
  const hardware = (await ok(admin.as, CREATE_CATEGORY, { input: { name: '硬件', sort: 1 } })).createProductCategory;
  const scanners = (await ok(admin.as, CREATE_CATEGORY, { input: { name: '扫描仪', parentId: hardware.id, sort: 1 } })).createProductCategory;
  const software = (await ok(admin.as, CREATE_CATEGORY, { input: { name: '软件', sort: 2 } })).createProductCategory;
  const a = (await ok(admin.as, CREATE, { input: { name: '馈纸扫描仪', price: '2999', categoryId: scanners.id } })).createProduct;
  const b = (await ok(admin.as, CREATE, { input: { name: '服务器', price: '39999', categoryId: hardware.id } })).createProduct;
  await ok(admin.as, CREATE, { input: { name: '影像软件', price: '999', categoryId: software.id } });
  expect(a.category).toEqual({ id: scanners.id, name: '扫描仪' });
  const inHardware = (await ok(sales.as, LIST, { filter: { categoryId: hardware.id } })).products.nodes.map((n: { id: string }) => n.id).sort();
  expect(inHardware).toEqual([a.id, b.id].sort());
  const tree = (await ok(sales.as, '{ productCategories { id name parentId sort } }')).productCategories;
  expect(tree).toEqual(expect.arrayContaining([{ id: scanners.id, name: '扫描仪', parentId: hardware.id, sort: 1 }]));
  const cycle = await gql(admin.as, `mutation($id: ID!, $input: ProductCategoryInput!) { updateProductCategory(id: $id, input: $input) { id } }`, { id: hardware.id, input: { parentId: scanners.id } });
  expect(codeOf(cycle)).toBe('BAD_USER_INPUT');
  expect(badFields(cycle)).toEqual(['parentId']);
  expect(codeOf(await gql(admin.as, CREATE, { input: { name: '无分类', price: '1', categoryId: '987654' } }))).toBe('BAD_USER_INPUT');
  expect(codeOf(await gql(sales.as, CREATE_CATEGORY, { input: { name: '销售自建' } }))).toBe('FORBIDDEN');
});

test('a category with sub-categories or products cannot be deleted; an empty one is soft-deleted', async () => {
  const top = (await ok(admin.as, CREATE_CATEGORY, { input: { name: '综合设备' } })).createProductCategory;
  const child = (await ok(admin.as, CREATE_CATEGORY, { input: { name: '一体机', parentId: top.id } })).createProductCategory;
  const p = (await ok(admin.as, CREATE, { input: { name: '一体机X', price: '1', categoryId: child.id } })).createProduct;
  const del = `mutation($id: ID!) { deleteProductCategory(id: $id) }`;
  expect(codeOf(await gql(admin.as, del, { id: top.id }))).toBe('CONFLICT');
  expect(codeOf(await gql(admin.as, del, { id: child.id }))).toBe('CONFLICT');
  await ok(admin.as, UPDATE, { id: p.id, input: { categoryId: null } });
  expect((await ok(admin.as, del, { id: child.id })).deleteProductCategory).toBe(true);
  expect(await db.getRepository(ProductCategory).findOneByOrFail({ id: Number(child.id) })).toMatchObject({ deletedAt: expect.any(Date) });
  const names = (await ok(sales.as, '{ productCategories { id } }')).productCategories.map((c: { id: string }) => c.id);
  expect(names).not.toContain(child.id);
  expect(codeOf(await gql(admin.as, del, { id: child.id }))).toBe('NOT_FOUND');
});
