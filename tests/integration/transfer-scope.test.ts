// Transfer scope (issue 11 item 5): a role may transfer (分配/转移) further than it edits. The built-in department
// manager edits only his own records but transfers his department's (seeds 001 and 004); a role may also transfer
// less than it edits. Through the GraphQL endpoint: flags, targets, mutations (OK / FORBIDDEN / NOT_FOUND) and the
// migration that gives stored roles their transfer level.
import { DataSource } from 'typeorm';
import { AuditLog, Customer, Opportunity, Role } from '@/entities';
import { ScopeLevel } from '@/lib/access/scopes';
import { TransferScope1796613600000 } from '@/lib/db/migrations/1796613600000-TransferScope';
import { closeTestDatabase, openTestDatabase } from '../support/database';
import { As, codeOf, gql, ok, tokenFor } from '../support/api';
import { makeCustomer, makeRole, makeUser } from '../support/factories';
import { Company, makeCompany, makeOpportunity } from './contract-support';

let db: DataSource;
let co: Company;
let manager: As;

const FLAGS = 'query($id: ID!) { customer(id: $id) { id viewerCanEdit viewerCanManage viewerCanTransfer opportunities { id viewerCanEdit viewerCanManage viewerCanTransfer } } }';
const TRANSFER = 'mutation($input: TransferCustomersInput!) { transferCustomers(input: $input) { id owner { id } } }';
const TARGETS = 'query($module: String!) { transferTargets(module: $module) { id } }';
const ids = (rows: { id: string }[]) => rows.map((r) => Number(r.id)).sort((a, b) => a - b);

beforeAll(async () => {
  db = await openTestDatabase();
  co = await makeCompany(db);
  manager = await tokenFor(db, co.manager);
});
afterAll(async () => closeTestDatabase(db));

test('the department manager may transfer, not edit, his salespeople\'s customers and opportunities; the flags say so', async () => {
  const customer = await makeCustomer(db, co.li);
  const opportunity = await makeOpportunity(db, customer, co.li);
  const { customer: seen } = await ok(manager, FLAGS, { id: String(customer.id) });
  expect(seen).toMatchObject({ viewerCanEdit: false, viewerCanManage: false, viewerCanTransfer: true });
  expect(seen.opportunities).toEqual([{ id: String(opportunity.id), viewerCanEdit: false, viewerCanManage: false, viewerCanTransfer: true }]);
  // The salesperson edits her own but holds no customer:transfer.
  const { customer: own } = await ok(await tokenFor(db, co.li), FLAGS, { id: String(customer.id) });
  expect(own).toMatchObject({ viewerCanEdit: true, viewerCanManage: true, viewerCanTransfer: false });
  expect(codeOf(await gql(manager, 'mutation($id: ID!) { updateCustomer(id: $id, input: { remarks: "x" }) { id } }', { id: String(customer.id) }))).toBe('FORBIDDEN');
});

test('his transfer targets are his department; he moves a customer with its opportunities, audited', async () => {
  const { transferTargets } = await ok(manager, TARGETS, { module: 'customer' });
  expect(ids(transferTargets)).toEqual([co.manager.id, co.li.id, co.sun.id].sort((a, b) => a - b));
  const customer = await makeCustomer(db, co.li);
  const opportunity = await makeOpportunity(db, customer, co.li);
  const outside = await gql(manager, TRANSFER, { input: { ids: [String(customer.id)], toUserId: String(co.zhao.id) } });
  expect(codeOf(outside)).toBe('BAD_USER_INPUT');
  const { transferCustomers } = await ok(manager, TRANSFER, { input: { ids: [String(customer.id)], toUserId: String(co.sun.id), withOpportunities: true } });
  expect(transferCustomers).toEqual([{ id: String(customer.id), owner: { id: String(co.sun.id) } }]);
  expect((await db.getRepository(Opportunity).findOneByOrFail({ id: opportunity.id })).ownerId).toBe(co.sun.id);
  expect(await db.getRepository(AuditLog).countBy({ actorId: co.manager.id, action: 'transfer', entityType: 'customer', entityId: customer.id })).toBe(1);
  // A customer outside his read scope is NOT_FOUND, as if missing.
  const foreign = await gql(manager, TRANSFER, { input: { ids: [String(co.customerOfZhao.id)], toUserId: String(co.sun.id) } });
  expect(codeOf(foreign)).toBe('NOT_FOUND');
  expect((await db.getRepository(Customer).findOneByOrFail({ id: co.customerOfZhao.id })).ownerId).toBe(co.zhao.id);
});

test('a role may transfer less than it edits: FORBIDDEN for a readable, editable customer outside the transfer scope', async () => {
  const role = await makeRole(db, {
    permissions: ['customer:update', 'customer:transfer'],
    defaultScope: { read: ScopeLevel.SELF_AND_CHILDREN, write: ScopeLevel.SELF_AND_CHILDREN, transfer: ScopeLevel.SELF },
  });
  const lead = await makeUser(db, co.north, [role]);
  const as = await tokenFor(db, lead);
  const customer = await makeCustomer(db, co.sun);
  const { customer: seen } = await ok(as, FLAGS, { id: String(customer.id) });
  expect(seen).toMatchObject({ viewerCanEdit: true, viewerCanManage: true, viewerCanTransfer: false });
  expect(ids((await ok(as, TARGETS, { module: 'customer' })).transferTargets)).toEqual([lead.id]);
  const refused = await gql(as, TRANSFER, { input: { ids: [String(customer.id)], toUserId: String(lead.id) } });
  expect(codeOf(refused)).toBe('FORBIDDEN');
  expect((await db.getRepository(Customer).findOneByOrFail({ id: customer.id })).ownerId).toBe(co.sun.id);
  await ok(as, 'mutation($id: ID!) { updateCustomer(id: $id, input: { remarks: "可改" }) { id } }', { id: String(customer.id) });
});

test('the role API answers and stores the transfer level; left out, it is the write level', async () => {
  const admin = await tokenFor(db, co.admin);
  const CREATE = 'mutation($input: CreateRoleInput!) { createRole(input: $input) { id defaultScope { read write transfer } moduleScopes { module read write transfer } } }';
  const { createRole } = await ok(admin, CREATE, { input: {
    name: '转移主管', permissions: [], defaultScope: { read: 'SELF_AND_CHILDREN', write: 'SELF', transfer: 'SELF_AND_CHILDREN' },
    moduleScopes: [{ module: 'lead', read: 'ALL', write: 'SELF' }],
  } });
  expect(createRole.defaultScope).toEqual({ read: 'SELF_AND_CHILDREN', write: 'SELF', transfer: 'SELF_AND_CHILDREN' });
  expect(createRole.moduleScopes).toEqual([{ module: 'lead', read: 'ALL', write: 'SELF', transfer: 'SELF' }]);
  const wide = await gql(admin, CREATE, { input: { name: '过宽', permissions: [], defaultScope: { read: 'SELF', transfer: 'ALL' } } });
  expect(codeOf(wide)).toBe('BAD_USER_INPUT');
  expect(wide.errors?.[0]?.extensions?.fields).toEqual([{ field: 'defaultScope.transfer', message: 'must not be wider than the read scope' }]);
});

test('migration TransferScope gives stored scopes their write level, the shipped department manager his department', async () => {
  const legacy = await makeRole(db, {
    permissions: [], defaultScope: { read: ScopeLevel.ALL, write: ScopeLevel.SELF },
    moduleScopes: { customer: { read: ScopeLevel.CUSTOM, write: ScopeLevel.NONE } }, customDepartments: [{ departmentId: co.north.id, includeChildren: true }],
  });
  const managerRole = await db.getRepository(Role).findOneByOrFail({ code: 'DEPT_MANAGER' });
  await db.getRepository(Role).update({ id: managerRole.id }, { defaultScope: { read: ScopeLevel.SELF_AND_CHILDREN, write: ScopeLevel.SELF } });
  const runner = db.createQueryRunner();
  try {
    const migration = new TransferScope1796613600000();
    await migration.up(runner);
    const after = await db.getRepository(Role).findOneByOrFail({ id: legacy.id });
    expect(after.defaultScope).toEqual({ read: 'ALL', write: 'SELF', transfer: 'SELF' });
    expect(after.moduleScopes).toEqual({ customer: { read: 'CUSTOM', write: 'NONE', transfer: 'NONE' } });
    const shipped = await db.getRepository(Role).findOneByOrFail({ id: managerRole.id });
    expect(shipped.defaultScope).toEqual({ read: 'SELF_AND_CHILDREN', write: 'SELF', transfer: 'SELF_AND_CHILDREN' });
    expect(shipped.moduleScopes.task).toEqual({ read: 'SELF_AND_CHILDREN', write: 'SELF_AND_CHILDREN', transfer: 'SELF_AND_CHILDREN' });
    await migration.down(runner);
    expect((await db.getRepository(Role).findOneByOrFail({ id: legacy.id })).defaultScope).toEqual({ read: 'ALL', write: 'SELF' });
    await migration.up(runner);
  } finally {
    await runner.release();
  }
});
