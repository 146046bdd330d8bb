// transferCustomers with withOpportunities / withContracts (SPEC 3.2): the customer's open opportunities and
// live contracts of its old owner go with it, each audited; closed opportunities, void contracts and records of
// other owners stay; without opportunity:transfer / contract:transfer the request is FORBIDDEN and changes nothing.
import { DataSource, In } from 'typeorm';
import { AuditLog, Contract, Customer, Opportunity, User } from '@/entities';
import { ContractStatus } from '@/entities/contract.entity';
import { OpportunityCategory } from '@/entities/opportunity.entity';
import { ScopeLevel } from '@/lib/access';
import { closeTestDatabase, openTestDatabase } from '../support/database';
import { As, codeOf, gql, ok, tokenFor } from '../support/api';
import { makeCustomer, makeRole, makeUser, roleByCode } from '../support/factories';
import { makeOpportunity } from './contract-support';
import { OffboardingCompany, makeContract, offboardingCompany } from './offboarding-support';

let db: DataSource;
let c: OffboardingCompany;
/** Head of 销售部 with customer, opportunity and contract transfer over the department. */
let asTransferrer: As;
let transferrer: User;
/** May transfer customers, but neither opportunities nor contracts. */
let asCustomersOnly: As;

const TRANSFER = 'mutation($input: TransferCustomersInput!) { transferCustomers(input: $input) { id owner { id } } }';

beforeAll(async () => {
  db = await openTestDatabase();
  c = await offboardingCompany(db);
  const sales = await roleByCode(db, 'SALES');
  const department = { read: ScopeLevel.SELF_AND_CHILDREN, write: ScopeLevel.SELF_AND_CHILDREN };
  const full = await makeRole(db, { ...department, permissions: [...sales.permissions, 'customer:transfer', 'opportunity:transfer', 'contract:transfer'] });
  const customersOnly = await makeRole(db, { ...department, permissions: [...sales.permissions, 'customer:transfer'] });
  transferrer = await makeUser(db, c.sales, [full], { name: '销售部主管' });
  asTransferrer = await tokenFor(db, transferrer);
  asCustomersOnly = await tokenFor(db, await makeUser(db, c.sales, [customersOnly], { name: '客户主管' }));
});
afterAll(async () => closeTestDatabase(db));

const opportunityOwner = async (o: Opportunity) => (await db.getRepository(Opportunity).findOneByOrFail({ id: o.id })).ownerId;
const contractOwner = async (k: Contract) => (await db.getRepository(Contract).findOneByOrFail({ id: k.id })).ownerId;
const customerOwner = async (x: Customer) => (await db.getRepository(Customer).findOneByOrFail({ id: x.id })).ownerId;
const transfersOf = (entityType: string, ids: number[]) =>
  db.getRepository(AuditLog).find({ where: { entityType, entityId: In(ids), action: 'transfer' }, order: { id: 'ASC' } });

async function closedOpportunity(customer: Customer, owner: User, category: OpportunityCategory) {
  const o = await makeOpportunity(db, customer, owner);
  await db.getRepository(Opportunity).update({ id: o.id }, { category, closedAt: new Date() });
  return o;
}

/** A customer of li with what may move (open opportunity, approved contract) and what must stay. */
async function lisCustomer(name: string) {
  const customer = await makeCustomer(db, c.li.user, { name });
  return {
    customer,
    open: await makeOpportunity(db, customer, c.li.user),
    won: await closedOpportunity(customer, c.li.user, OpportunityCategory.WON),
    lost: await closedOpportunity(customer, c.li.user, OpportunityCategory.LOST),
    /** zhou's opportunity on li's customer: neither the old nor the new owner's. */
    zhous: await makeOpportunity(db, customer, c.zhou.user),
    approved: await makeContract(db, customer, c.li.user, ContractStatus.APPROVED),
    draft: await makeContract(db, customer, c.li.user, ContractStatus.DRAFT),
    voided: await makeContract(db, customer, c.li.user, ContractStatus.VOID),
    zhousContract: await makeContract(db, customer, c.zhou.user, ContractStatus.APPROVED),
  };
}

test('with both boxes the open opportunities and live contracts of the old owner move with the customer, audited; closed, void and others\' stay', async () => {
  const r = await lisCustomer('北京级联转移测试一有限公司');
  // li's opportunity on another customer is not part of this transfer.
  const elsewhere = await makeOpportunity(db, await makeCustomer(db, c.li.user, { name: '北京级联转移测试旁观有限公司' }), c.li.user);
  const moved = await ok(asTransferrer, TRANSFER, { input: {
    ids: [String(r.customer.id)], toUserId: String(c.sun.user.id), withOpportunities: true, withContracts: true,
  } });
  expect(moved.transferCustomers).toEqual([{ id: String(r.customer.id), owner: { id: String(c.sun.user.id) } }]);

  const [li, sun, zhou] = [c.li.user.id, c.sun.user.id, c.zhou.user.id];
  expect(await Promise.all([r.open, r.won, r.lost, r.zhous, elsewhere].map(opportunityOwner))).toEqual([sun, li, li, zhou, li]);
  expect(await Promise.all([r.approved, r.draft, r.voided, r.zhousContract].map(contractOwner))).toEqual([sun, sun, li, zhou]);

  // One audit entry per moved record, naming the customer it went with; none for what stayed.
  const opportunityAudit = await transfersOf('opportunity', [r.open.id, r.won.id, r.lost.id, r.zhous.id, elsewhere.id]);
  expect(opportunityAudit.map((a) => [a.entityId, a.actorId, a.changes])).toEqual([
    [r.open.id, transferrer.id, { ownerId: [li, sun], withCustomer: r.customer.id }],
  ]);
  const contractAudit = await transfersOf('contract', [r.approved.id, r.draft.id, r.voided.id, r.zhousContract.id]);
  expect(contractAudit.map((a) => a.entityId)).toEqual([r.approved.id, r.draft.id]);
  expect(contractAudit[0].changes).toEqual({ ownerId: [li, sun], withCustomer: r.customer.id });
  const [customerAudit] = await transfersOf('customer', [r.customer.id]);
  expect(customerAudit.changes).toMatchObject({ ownerId: [li, sun], withOpportunities: true, opportunitiesMoved: 1, withContracts: true, contractsMoved: 2 });

  // The new owner can now work on them.
  expect(await ok(c.sun.as, 'query($id: ID!) { opportunity(id: $id) { id owner { id } } }', { id: String(r.open.id) }))
    .toEqual({ opportunity: { id: String(r.open.id), owner: { id: String(sun) } } });
});

test('each customer takes the records of its own old owner when customers of several owners move at once', async () => {
  const ofLi = await makeCustomer(db, c.li.user, { name: '北京级联转移测试二有限公司' });
  const ofSun = await makeCustomer(db, c.sun.user, { name: '北京级联转移测试三有限公司' });
  const [liOpen, sunOpen] = [await makeOpportunity(db, ofLi, c.li.user), await makeOpportunity(db, ofSun, c.sun.user)];
  // li's opportunity on sun's customer is not sun's to hand over.
  const lisOnSuns = await makeOpportunity(db, ofSun, c.li.user);
  await ok(asTransferrer, TRANSFER, { input: { ids: [String(ofLi.id), String(ofSun.id)], toUserId: String(transferrer.id), withOpportunities: true } });
  expect(await Promise.all([liOpen, sunOpen, lisOnSuns].map(opportunityOwner))).toEqual([transferrer.id, transferrer.id, c.li.user.id]);
});

test('without the boxes only the customer moves; its opportunities and contracts stay with the old owner', async () => {
  const r = await lisCustomer('北京级联转移测试四有限公司');
  await ok(asTransferrer, TRANSFER, { input: { ids: [String(r.customer.id)], toUserId: String(c.sun.user.id) } });
  expect(await customerOwner(r.customer)).toBe(c.sun.user.id);
  expect(await opportunityOwner(r.open)).toBe(c.li.user.id);
  expect(await contractOwner(r.approved)).toBe(c.li.user.id);
  expect(await transfersOf('opportunity', [r.open.id])).toEqual([]);
  expect(await transfersOf('contract', [r.approved.id, r.draft.id])).toEqual([]);
});

test('asking for either cascade without its transfer permission is FORBIDDEN and writes nothing', async () => {
  const r = await lisCustomer('北京级联转移测试五有限公司');
  for (const cascade of [{ withOpportunities: true }, { withContracts: true }, { withOpportunities: true, withContracts: true }]) {
    const result = await gql(asCustomersOnly, TRANSFER, { input: { ids: [String(r.customer.id)], toUserId: String(c.sun.user.id), ...cascade } });
    expect(codeOf(result)).toBe('FORBIDDEN');
  }
  expect(await customerOwner(r.customer)).toBe(c.li.user.id);
  expect(await opportunityOwner(r.open)).toBe(c.li.user.id);
  expect(await contractOwner(r.approved)).toBe(c.li.user.id);
  expect(await transfersOf('customer', [r.customer.id])).toEqual([]);
  expect(await transfersOf('opportunity', [r.open.id])).toEqual([]);
  expect(await transfersOf('contract', [r.approved.id, r.draft.id])).toEqual([]);
  // The same person may still transfer the customer alone.
  await ok(asCustomersOnly, TRANSFER, { input: { ids: [String(r.customer.id)], toUserId: String(c.sun.user.id) } });
  expect(await customerOwner(r.customer)).toBe(c.sun.user.id);
});
