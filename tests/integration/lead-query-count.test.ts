// No N+1 for leads: a page of leads with owner, creator, converted customer and viewer flags costs the same
// number of SQL queries for 10 rows as for 50, because every relation goes through a per-request DataLoader.
import { DataSource } from 'typeorm';
import { User } from '@/entities';
import { LeadStatus } from '@/entities/lead.entity';
import { ScopeLevel } from '@/lib/access';
import { closeTestDatabase, openTestDatabase } from '../support/database';
import { As, ok, tokenFor } from '../support/api';
import { makeCustomer, makeDepartment, makeRole, makeUser, roleByCode, rootDepartment } from '../support/factories';
import { makeLead } from './lead-support';

let db: DataSource;
let sellers: User[];
let asLeader: As;
let queries = 0;

const LEADS = `{ leads(first: 50) { totalCount nodes {
  name owner { name } createdBy { name } customer { code owner { name } contacts { name } } viewerCanEdit viewerCanManage } } }`;

async function countQueries(work: () => Promise<unknown>) {
  queries = 0;
  await work();
  return queries;
}

async function addLeads(n: number) {
  for (let i = 0; i < n; i++) {
    const owner = sellers[i % sellers.length];
    const converted = i % 3 === 0;
    const customer = converted ? await makeCustomer(db, owner) : null;
    await makeLead(db, owner, {
      createdById: sellers[(i + 1) % sellers.length].id,
      status: converted ? LeadStatus.CONVERTED : LeadStatus.NEW, convertedCustomerId: customer?.id ?? null,
    });
  }
}

beforeAll(async () => {
  db = await openTestDatabase();
  const logQuery = db.logger.logQuery.bind(db.logger);
  db.logger.logQuery = (...args: Parameters<typeof logQuery>) => { queries++; return logQuery(...args); };
  const sales = await roleByCode(db, 'SALES');
  const dept = await makeDepartment(db, await rootDepartment(db), '线索批量部');
  const leaderRole = await makeRole(db, { read: ScopeLevel.SELF_AND_CHILDREN, write: ScopeLevel.SELF_AND_CHILDREN, permissions: sales.permissions });
  const leader = await makeUser(db, dept, [leaderRole]);
  sellers = [];
  for (let i = 0; i < 5; i++) sellers.push(await makeUser(db, dept, [sales]));
  asLeader = await tokenFor(db, leader);
});
afterAll(async () => closeTestDatabase(db));

test('a page of 50 leads with owners, creators, customers and viewer flags costs no more queries than a page of 10', async () => {
  await addLeads(10);
  await ok(asLeader, LEADS); // warms the server's roles-and-scopes cache (lib/access/access-version.ts)
  const ten = await countQueries(async () => expect((await ok(asLeader, LEADS)).leads.nodes).toHaveLength(10));
  await addLeads(40);
  const fifty = await countQueries(async () => {
    const page = (await ok(asLeader, LEADS)).leads;
    expect(page.nodes).toHaveLength(50);
    expect(page.nodes.filter((n: { customer: unknown }) => n.customer).length).toBe(18);
    expect(page.nodes.every((n: { owner: unknown; createdBy: unknown; viewerCanManage: boolean }) => n.owner && n.createdBy && n.viewerCanManage)).toBe(true);
  });
  expect(ten).toBeGreaterThan(5); // the counter does see the queries
  expect(fifty).toBe(ten);
});
