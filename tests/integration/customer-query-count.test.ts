// No N+1: a page of customers (or contacts) with their nested relations costs the same number of SQL
// queries whatever its length, because every relation goes through a per-request DataLoader.
import { DataSource } from 'typeorm';
import { CustomerTeamMember, User } from '@/entities';
import { ScopeLevel } from '@/lib/access';
import { closeTestDatabase, openTestDatabase } from '../support/database';
import { As, ok, tokenFor } from '../support/api';
import { makeContact, makeCustomer, makeDepartment, makeRole, makeUser, roleByCode, rootDepartment } from '../support/factories';

let db: DataSource;
let lead: User;
let sellers: User[];
let asLead: As;
let queries = 0;

const CUSTOMERS = `{ customers(first: 50) { totalCount nodes {
  owner { name } createdBy { name } contacts { name owner { name } } team { user { name } canEdit } sourceLeads { name } viewerCanEdit viewerCanManage } } }`;
const CONTACTS = '{ contacts(first: 50) { totalCount nodes { name owner { name } customer { name owner { name } contacts { name } } } } }';

/** SQL statements run while `work` runs (TypeORM reports each one to the DataSource's logger). */
async function countQueries(work: () => Promise<unknown>) {
  queries = 0;
  await work();
  return queries;
}

async function addCustomers(n: number) {
  for (let i = 0; i < n; i++) {
    const owner = sellers[i % sellers.length];
    const c = await makeCustomer(db, owner);
    await makeContact(db, c);
    await makeContact(db, c, { ownerId: sellers[(i + 1) % sellers.length].id });
    await db.getRepository(CustomerTeamMember).insert({ customerId: c.id, userId: sellers[(i + 2) % sellers.length].id, canEdit: i % 2 === 0 });
  }
}

beforeAll(async () => {
  db = await openTestDatabase();
  const logQuery = db.logger.logQuery.bind(db.logger);
  db.logger.logQuery = (...args: Parameters<typeof logQuery>) => { queries++; return logQuery(...args); };
  const sales = await roleByCode(db, 'SALES');
  const dept = await makeDepartment(db, await rootDepartment(db), '批量测试部');
  const leader = await makeRole(db, { read: ScopeLevel.SELF_AND_CHILDREN, write: ScopeLevel.SELF_AND_CHILDREN, permissions: sales.permissions });
  lead = await makeUser(db, dept, [leader]);
  sellers = [];
  for (let i = 0; i < 5; i++) sellers.push(await makeUser(db, dept, [sales]));
  asLead = await tokenFor(db, lead);
});
afterAll(async () => closeTestDatabase(db));

test('a page of 50 customers with owners, contacts, team and viewer flags costs no more queries than a page of 10', async () => {
  await addCustomers(10);
  await ok(asLead, CUSTOMERS); // warms the server's roles-and-scopes cache (lib/access/access-version.ts)
  const ten = await countQueries(async () => expect((await ok(asLead, CUSTOMERS)).customers.nodes).toHaveLength(10));
  await addCustomers(40);
  const fifty = await countQueries(async () => {
    const page = (await ok(asLead, CUSTOMERS)).customers;
    expect(page.nodes).toHaveLength(50);
    expect(page.nodes.every((n: { contacts: unknown[]; team: unknown[] }) => n.contacts.length === 2 && n.team.length === 1)).toBe(true);
  });
  expect(ten).toBeGreaterThan(5); // the counter does see the queries
  expect(fifty).toBe(ten);
  // A generous bound that still catches a loop: well under one query per customer.
  expect(fifty).toBeLessThan(30);
});

test('a page of 50 contacts with their customers (and those customers\' owners and contacts) does not grow with the page either', async () => {
  const small = await countQueries(async () => ok(asLead, CONTACTS.replace('first: 50', 'first: 10')));
  const large = await countQueries(async () => {
    const page = (await ok(asLead, CONTACTS)).contacts;
    expect(page.nodes).toHaveLength(50);
    expect(page.nodes.every((n: { customer: unknown }) => n.customer !== null)).toBe(true);
  });
  expect(large).toBe(small);
});
