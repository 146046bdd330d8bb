// Field permissions beyond the customer list: the pool list's keyword and filters, and the customer report's
// breakdowns. A viewer whose role masks the customer mobile and hides the industry must not find a pool customer by
// its full mobile, filter the pool by industry, or read industries off the report's groups; a viewer without
// those restrictions can (so each check would fail if the restriction were dropped).
import { DataSource } from 'typeorm';
import { Customer, Role } from '@/entities';
import { ScopeLevel } from '@/lib/access';
import { closeTestDatabase, openTestDatabase } from '../support/database';
import { As, codeOf, gql, ok, tokenFor } from '../support/api';
import { makeCustomer, makeRole, makeUser } from '../support/factories';
import { POOL_CUSTOMERS, PoolCompany, poolCompany, poolCustomer } from './pool-support';

let db: DataSource;
let c: PoolCompany;
let restricted: As;
const MOBILE = '13900007777';
const INDUSTRY = '字段权限测试制造业';

beforeAll(async () => {
  db = await openTestDatabase();
  c = await poolCompany(db);
  const role = await makeRole(db, {
    read: ScopeLevel.SELF, write: ScopeLevel.SELF, permissions: ['pool:claim'],
    fieldPermissions: { customer: { mobile: 'MASKED', industry: 'HIDDEN' } } as Role['fieldPermissions'],
  });
  const user = await makeUser(db, c.beijing, [role], { name: '受限销售' });
  restricted = await tokenFor(db, user);
  const pooled = await poolCustomer(db, c.defaultPool, { name: '字段权限公海客户有限公司' });
  await db.getRepository(Customer).save({ ...pooled, mobile: MOBILE, industry: INDUSTRY }); // through the entity: the keyword index follows
  // Each viewer owns one customer of that industry, for the report.
  await makeCustomer(db, user, { name: '受限销售的客户有限公司', industry: INDUSTRY });
  await makeCustomer(db, c.li.user, { name: '李娜的制造业客户有限公司', industry: INDUSTRY });
});
afterAll(async () => closeTestDatabase(db));

const poolSearch = (as: As, filter: Record<string, unknown>) => gql(as, POOL_CUSTOMERS, { poolId: String(c.defaultPool.id), filter });

test('the pool keyword finds a customer by its full mobile only for a viewer who reads the mobile in full', async () => {
  const open = await poolSearch(c.li.as, { keyword: MOBILE });
  expect(open.data?.poolCustomers.nodes.map((n: { name: string }) => n.name)).toEqual(['字段权限公海客户有限公司']);
  const masked = await poolSearch(restricted, { keyword: MOBILE });
  expect(masked.errors).toBeUndefined();
  expect(masked.data?.poolCustomers).toMatchObject({ totalCount: 0, nodes: [] });
  // A readable field still finds it.
  expect((await poolSearch(restricted, { keyword: '字段权限公海' })).data?.poolCustomers.totalCount).toBe(1);
});

test('the pool cannot be filtered by a hidden field', async () => {
  expect((await poolSearch(c.li.as, { industry: INDUSTRY })).data?.poolCustomers.totalCount).toBe(1);
  const hidden = await poolSearch(restricted, { industry: INDUSTRY });
  expect(codeOf(hidden)).toBe('BAD_USER_INPUT');
  expect(hidden.errors?.[0].extensions?.fields).toEqual([{ field: 'filter.industry', message: 'is not a field you may filter by' }]);
});

test('the customer report breaks down only the fields the viewer reads in full', async () => {
  const REPORT = '{ statistics { customers(basis: ALL_OWNED) { total byIndustry { key count } byLevel { key count } } } }';
  const open = (await ok(c.li.as, REPORT)).statistics.customers;
  expect(open.byIndustry).toContainEqual({ key: INDUSTRY, count: 1 });
  const hidden = (await ok(restricted, REPORT)).statistics.customers;
  expect(hidden.total).toBe(1);
  expect(hidden.byIndustry).toEqual([]);
  expect(hidden.byLevel.length).toBeGreaterThan(0);
});
