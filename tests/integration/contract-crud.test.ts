// Contracts: numbering, exact amounts from product lines, validation, edit only in DRAFT / REJECTED, scope,
// soft delete of drafts, void, transfer, list filters — each through the real GraphQL endpoint.
import { DataSource } from 'typeorm';
import { AuditLog, Contract, ContractLine, Notification } from '@/entities';
import { ContractStatus } from '@/entities/contract.entity';
import { ProductStatus } from '@/entities/product.entity';
import { ScopeLevel } from '@/lib/access';
import { periodOf } from '@/lib/numbering/numbering.service';
import { closeTestDatabase, openTestDatabase } from '../support/database';
import { makeCustomer, makeUser } from '../support/factories';
import {
  CONTRACT_FIELDS, Company, approvedContract, as, codeOf, contractInput, contractOf, contractRole, createContract, gql, makeCompany, makeOpportunity,
  makeProduct, ok, submit,
} from './contract-support';

let db: DataSource;
let c: Company;
beforeAll(async () => { db = await openTestDatabase(); c = await makeCompany(db); });
afterAll(async () => closeTestDatabase(db));

const CREATE = `mutation($input: CreateContractInput!) { createContract(input: $input) { ${CONTRACT_FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateContractInput!) { updateContract(id: $id, input: $input) { ${CONTRACT_FIELDS} } }`;
const LIST = 'query($filter: ContractFilter, $orderBy: ContractOrder, $first: Int, $offset: Int) { contracts(filter: $filter, orderBy: $orderBy, first: $first, offset: $offset) { totalCount nodes { id code status amount } } }';
const fieldsOf = (result: { errors?: { extensions?: Record<string, any> }[] }) => (result.errors?.[0]?.extensions?.fields ?? []).map((f: { field: string }) => f.field).sort();

describe('creating', () => {
  test('a contract gets an HT number for today, is a DRAFT owned by its creator, and its amount is the exact sum of its lines', async () => {
    const lines = [
      { productId: String(c.product.id), quantity: '3', unitPrice: '1234567.89' },
      { productId: String(c.cheap.id), quantity: '3', unitPrice: '0.10' },
      { productId: String(c.cheap.id), model: '特制款', quantity: '0.5', unitPrice: '0.15' },
    ];
    const created = await createContract(db, c.li, contractInput(c.customerOfLi, { amount: undefined, lines, startDate: '2026-12-01', endDate: '2027-11-30' }));
    expect(created.code).toMatch(new RegExp(`^HT${periodOf('DAILY')}\\d{4}$`));
    expect(created.status).toBe('DRAFT');
    expect(created.ownerId).toBe(String(c.li.id));
    // 3 × 1234567.89 = 3703703.67; 3 × 0.10 = 0.30; 0.5 × 0.15 = 0.075 → 0.08 (half up); total 3703704.05
    expect(created.lines.map((l: { amount: string }) => l.amount)).toEqual(['3703703.67', '0.30', '0.08']);
    expect(created.amount).toBe('3703704.05');
    expect(created.lines[0]).toMatchObject({ productName: '扫描仪', model: 'S-100', quantity: '3.00', unitPrice: '1234567.89' });
    expect(created.lines[2].model).toBe('特制款');
    const row = await db.getRepository(Contract).findOneByOrFail({ id: Number(created.id) });
    expect(row.amount).toBe('3703704.05');
    const entry = await db.getRepository(AuditLog).findOneByOrFail({ entityType: 'contract', entityId: Number(created.id), action: 'create' });
    expect(entry.actorId).toBe(c.li.id);
    expect((entry.changes as { lines: unknown[] }).lines).toHaveLength(3);
  });

  test('consecutive contracts get consecutive numbers', async () => {
    const a = await createContract(db, c.li, contractInput(c.customerOfLi));
    const b = await createContract(db, c.li, contractInput(c.customerOfLi));
    expect(Number(b.code.slice(-4))).toBe(Number(a.code.slice(-4)) + 1);
  });

  test('bad input is refused field by field', async () => {
    const token = await as(db, c.li);
    const missing = await gql(token, CREATE, { input: { title: ' ', customerId: '0' } });
    expect(codeOf(missing)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(missing)).toEqual(['amount', 'customerId', 'title']);
    const dates = await gql(token, CREATE, { input: contractInput(c.customerOfLi, { signDate: '2026-02-30', startDate: '2026-05-01', endDate: '2026-04-30' }) });
    expect(fieldsOf(dates)).toEqual(['signDate']);
    const order = await gql(token, CREATE, { input: contractInput(c.customerOfLi, { startDate: '2026-05-01', endDate: '2026-04-30' }) });
    expect(fieldsOf(order)).toEqual(['endDate']);
    const money = await gql(token, CREATE, { input: contractInput(c.customerOfLi, { amount: '12.345' }) });
    expect(fieldsOf(money)).toEqual(['amount']);
    const zero = await gql(token, CREATE, { input: contractInput(c.customerOfLi, { amount: '0' }) });
    expect(fieldsOf(zero)).toEqual(['amount']);
    const mismatch = await gql(token, CREATE, { input: contractInput(c.customerOfLi, { amount: '99.00', lines: [{ productId: String(c.cheap.id), quantity: '2', unitPrice: '0.10' }] }) });
    expect(mismatch.errors?.[0].extensions?.fields).toEqual([{ field: 'amount', message: 'must equal the sum of the product lines (0.20)' }]);
    const badLine = await gql(token, CREATE, { input: contractInput(c.customerOfLi, { amount: undefined, lines: [{ productId: '999999', quantity: '0', unitPrice: '-1' }] }) });
    expect(fieldsOf(badLine)).toEqual(['lines.0.quantity', 'lines.0.unitPrice']);
    const unknownProduct = await gql(token, CREATE, { input: contractInput(c.customerOfLi, { amount: undefined, lines: [{ productId: '999999', quantity: '1', unitPrice: '1' }] }) });
    expect(fieldsOf(unknownProduct)).toEqual(['lines.0.productId']);
    const retired = await makeProduct(db, { status: ProductStatus.INACTIVE });
    const inactive = await gql(token, CREATE, { input: contractInput(c.customerOfLi, { amount: undefined, lines: [{ productId: String(retired.id), quantity: '1', unitPrice: '1' }] }) });
    expect(inactive.errors?.[0].extensions?.fields).toEqual([{ field: 'lines.0.productId', message: 'is no longer on sale' }]);
  });

  test("a customer outside the creator's scope is refused exactly like one that does not exist", async () => {
    const token = await as(db, c.li);
    const hidden = await gql(token, CREATE, { input: contractInput(c.customerOfZhao) });
    const missing = await gql(token, CREATE, { input: { ...contractInput(c.customerOfZhao), customerId: '987654' } });
    expect(codeOf(hidden)).toBe('BAD_USER_INPUT');
    expect(hidden.errors?.[0].extensions?.fields).toEqual(missing.errors?.[0].extensions?.fields);
    expect(hidden.errors?.[0].message).toBe(missing.errors?.[0].message);
  });

  test('an opportunity must be visible and of the same customer', async () => {
    const own = await makeOpportunity(db, c.customerOfLi, c.li);
    const other = await makeOpportunity(db, c.customerOfZhao, c.zhao);
    const otherOfLi = await makeOpportunity(db, await makeCustomer(db, c.li), c.li);
    const token = await as(db, c.li);
    const linked = await createContract(db, c.li, contractInput(c.customerOfLi, { opportunityId: String(own.id) }));
    expect(linked.opportunityId).toBe(String(own.id));
    const hidden = await gql(token, CREATE, { input: contractInput(c.customerOfLi, { opportunityId: String(other.id) }) });
    expect(hidden.errors?.[0].extensions?.fields).toEqual([{ field: 'opportunityId', message: 'does not exist' }]);
    const wrong = await gql(token, CREATE, { input: contractInput(c.customerOfLi, { opportunityId: String(otherOfLi.id) }) });
    expect(wrong.errors?.[0].extensions?.fields).toEqual([{ field: 'opportunityId', message: 'must belong to the same customer' }]);
  });

  test('without contract:create the mutation is FORBIDDEN, and a user without contract data cannot list', async () => {
    const nobody = await makeUser(db, c.root, [await contractRole(db, ScopeLevel.SELF, ScopeLevel.SELF, [])]);
    expect(codeOf(await gql(await as(db, nobody), CREATE, { input: contractInput(c.customerOfLi) }))).toBe('FORBIDDEN');
    expect(codeOf(await gql(await as(db, c.settings), LIST))).toBe('FORBIDDEN');
    expect(codeOf(await gql(null, LIST))).toBe('UNAUTHENTICATED');
  });
});

describe('editing', () => {
  test('a DRAFT is edited: lines replaced, amount recomputed, the change audited with the old lines', async () => {
    const created = await createContract(db, c.li, contractInput(c.customerOfLi, { amount: undefined, lines: [{ productId: String(c.cheap.id), quantity: '10', unitPrice: '0.10' }] }));
    const token = await as(db, c.li);
    const updated = (await ok(token, UPDATE, { id: created.id, input: { title: '改过的标题', lines: [{ productId: String(c.product.id), quantity: '1', unitPrice: '88.80' }] } })).updateContract;
    expect(updated).toMatchObject({ title: '改过的标题', amount: '88.80' });
    expect(await db.getRepository(ContractLine).countBy({ contractId: Number(created.id) })).toBe(1);
    const entry = await db.getRepository(AuditLog).findOneOrFail({ where: { entityType: 'contract', entityId: Number(created.id), action: 'update' }, order: { id: 'DESC' } });
    const changes = entry.changes as Record<string, unknown[]>;
    expect(changes.title).toEqual(['年度设备采购合同', '改过的标题']);
    expect(changes.amount).toEqual(['1.00', '88.80']);
    expect((changes.lines[0] as { amount: string }[])[0].amount).toBe('1.00');
    // With lines in place, an amount alone must still equal their sum.
    const wrong = await gql(token, UPDATE, { id: created.id, input: { amount: '100.00' } });
    expect(wrong.errors?.[0].extensions?.fields).toEqual([{ field: 'amount', message: 'must equal the sum of the product lines (88.80)' }]);
    // Removing the lines keeps the amount; then a plain amount may be set.
    expect((await ok(token, UPDATE, { id: created.id, input: { lines: [] } })).updateContract.amount).toBe('88.80');
    expect((await ok(token, UPDATE, { id: created.id, input: { amount: '120.50', endDate: '2027-01-01' } })).updateContract).toMatchObject({ amount: '120.50', endDate: '2027-01-01' });
    expect(codeOf(await gql(token, UPDATE, { id: created.id, input: { startDate: '2027-02-01' } }))).toBe('BAD_USER_INPUT');
  });

  test('PENDING, APPROVED and VOID contracts cannot be edited (CONFLICT); a REJECTED one can', async () => {
    const token = await as(db, c.li);
    const approved = await approvedContract(db, c.li, c.customerOfLi);
    expect(codeOf(await gql(token, UPDATE, { id: approved.id, input: { title: 'x' } }))).toBe('CONFLICT');
    const pending = await createContract(db, c.li, contractInput(c.customerOfLi));
    await db.getRepository(Contract).update({ id: Number(pending.id) }, { status: ContractStatus.PENDING });
    expect(codeOf(await gql(token, UPDATE, { id: pending.id, input: { title: 'x' } }))).toBe('CONFLICT');
    await db.getRepository(Contract).update({ id: Number(pending.id) }, { status: ContractStatus.VOID });
    expect(codeOf(await gql(token, UPDATE, { id: pending.id, input: { title: 'x' } }))).toBe('CONFLICT');
    await db.getRepository(Contract).update({ id: Number(pending.id) }, { status: ContractStatus.REJECTED });
    expect((await ok(token, UPDATE, { id: pending.id, input: { title: '驳回后修改' } })).updateContract.title).toBe('驳回后修改');
    expect((await db.getRepository(Contract).findOneByOrFail({ id: Number(approved.id) })).title).toBe('年度设备采购合同');
  });
});

describe('scope', () => {
  test('a contract is visible to its owner and their manager, not to a colleague; the manager cannot change it', async () => {
    const created = await createContract(db, c.li, contractInput(c.customerOfLi, { title: '范围测试合同' }));
    const filter = { keyword: '范围测试合同' };
    for (const [user, visible] of [[c.li, true], [c.manager, true], [c.admin, true], [c.finance, true], [c.sun, false], [c.zhao, false]] as const) {
      const token = await as(db, user);
      const list = (await ok(token, LIST, { filter })).contracts;
      expect({ user: user.name, count: list.totalCount }).toEqual({ user: user.name, count: visible ? 1 : 0 });
      expect({ user: user.name, found: !!(await contractOf(db, user, created.id)) }).toEqual({ user: user.name, found: visible });
    }
    expect(codeOf(await gql(await as(db, c.sun), UPDATE, { id: created.id, input: { title: 'x' } }))).toBe('NOT_FOUND');
    expect(codeOf(await gql(await as(db, c.manager), UPDATE, { id: created.id, input: { title: 'x' } }))).toBe('FORBIDDEN');
  });

  test("members of the customer's team read its contracts; can-edit members may edit them", async () => {
    const created = await createContract(db, c.li, contractInput(c.customerOfLi, { title: '团队合同' }));
    await ok(await as(db, c.li), 'mutation($c: ID!, $u: ID!) { setCustomerTeamMember(customerId: $c, userId: $u, canEdit: false) { userId } }', { c: String(c.customerOfLi.id), u: String(c.sun.id) });
    expect((await contractOf(db, c.sun, created.id)).title).toBe('团队合同');
    expect(codeOf(await gql(await as(db, c.sun), UPDATE, { id: created.id, input: { title: 'x' } }))).toBe('FORBIDDEN');
    await ok(await as(db, c.li), 'mutation($c: ID!, $u: ID!) { setCustomerTeamMember(customerId: $c, userId: $u, canEdit: true) { userId } }', { c: String(c.customerOfLi.id), u: String(c.sun.id) });
    expect((await ok(await as(db, c.sun), UPDATE, { id: created.id, input: { title: '团队成员改的' } })).updateContract.title).toBe('团队成员改的');
    // Deleting stays with the owner's scope.
    expect(codeOf(await gql(await as(db, c.sun), 'mutation($ids: [ID!]!) { deleteContracts(ids: $ids) { ids } }', { ids: [created.id] }))).toBe('FORBIDDEN');
    await ok(await as(db, c.li), 'mutation($c: ID!, $u: ID!) { removeCustomerTeamMember(customerId: $c, userId: $u) }', { c: String(c.customerOfLi.id), u: String(c.sun.id) });
    expect(await contractOf(db, c.sun, created.id)).toBeNull();
  });

  test("a customer's contracts and received amount are scoped to the viewer", async () => {
    const customer = await makeCustomer(db, c.li);
    await createContract(db, c.li, contractInput(customer, { title: '李的' }));
    const sunsOwn = await createContract(db, c.li, contractInput(customer, { title: '孙的' }));
    await db.getRepository(Contract).update({ id: Number(sunsOwn.id) }, { ownerId: c.sun.id });
    const q = 'query($id: ID!) { customer(id: $id) { contracts { title } receivedAmount } }';
    const titles = async (user: typeof c.li) => (await ok(await as(db, user), q, { id: String(customer.id) })).customer.contracts.map((k: { title: string }) => k.title).sort();
    expect(await titles(c.li)).toEqual(['李的']);
    expect(await titles(c.manager)).toEqual(['孙的', '李的'].sort());
  });
});

describe('deleting, voiding, transferring', () => {
  const DELETE = 'mutation($ids: [ID!]!) { deleteContracts(ids: $ids) { ids } }';
  const VOID = 'mutation($id: ID!, $reason: String!) { voidContract(id: $id, reason: $reason) { id status } }';

  test('drafts are soft-deleted; a batch with any non-draft deletes nothing; an empty list is refused', async () => {
    const token = await as(db, c.li);
    const draft = await createContract(db, c.li, contractInput(c.customerOfLi));
    const approved = await approvedContract(db, c.li, c.customerOfLi);
    expect(codeOf(await gql(token, DELETE, { ids: [draft.id, approved.id] }))).toBe('CONFLICT');
    expect((await db.getRepository(Contract).findOneByOrFail({ id: Number(draft.id) })).deletedAt).toBeNull();
    expect(codeOf(await gql(token, DELETE, { ids: [] }))).toBe('BAD_USER_INPUT');
    expect((await ok(token, DELETE, { ids: [draft.id] })).deleteContracts.ids).toEqual([draft.id]);
    const row = await db.getRepository(Contract).findOneByOrFail({ id: Number(draft.id) });
    expect(row.deletedAt).not.toBeNull();
    expect(row.deletedById).toBe(c.li.id);
    expect(await contractOf(db, c.li, draft.id)).toBeNull();
    expect(codeOf(await gql(token, DELETE, { ids: [draft.id] }))).toBe('NOT_FOUND');
    expect(await db.getRepository(AuditLog).countBy({ entityType: 'contract', entityId: Number(draft.id), action: 'delete' })).toBe(1);
  });

  test('an APPROVED contract is voided with a reason; a DRAFT cannot be; a voided one cannot be submitted', async () => {
    const token = await as(db, c.li);
    const approved = await approvedContract(db, c.li, c.customerOfLi);
    expect(codeOf(await gql(token, VOID, { id: approved.id, reason: '  ' }))).toBe('BAD_USER_INPUT');
    expect((await ok(token, VOID, { id: approved.id, reason: '客户取消采购' })).voidContract.status).toBe('VOID');
    const row = await db.getRepository(Contract).findOneByOrFail({ id: Number(approved.id) });
    expect(row.voidReason).toBe('客户取消采购');
    expect(codeOf(await gql(token, VOID, { id: approved.id, reason: '再次' }))).toBe('CONFLICT');
    expect(codeOf(await submit(db, c.li, approved.id))).toBe('CONFLICT');
    const draft = await createContract(db, c.li, contractInput(c.customerOfLi));
    expect(codeOf(await gql(token, VOID, { id: draft.id, reason: '草稿' }))).toBe('CONFLICT');
  });

  test('transfer moves contracts to a colleague in the write scope, audited and notified; outside it is refused', async () => {
    const lead = await makeUser(db, c.sales, [await contractRole(db, ScopeLevel.SELF_AND_CHILDREN, ScopeLevel.SELF_AND_CHILDREN, ['contract:transfer'])]);
    const a = await createContract(db, c.li, contractInput(c.customerOfLi));
    const b = await createContract(db, c.li, contractInput(c.customerOfLi));
    const TRANSFER = 'mutation($input: TransferContractsInput!) { transferContracts(input: $input) { id ownerId } }';
    expect(codeOf(await gql(await as(db, c.li), TRANSFER, { input: { ids: [a.id], toUserId: String(c.sun.id) } }))).toBe('FORBIDDEN');
    const token = await as(db, lead);
    expect(codeOf(await gql(token, TRANSFER, { input: { ids: [a.id], toUserId: String(c.zhao.id) } }))).toBe('BAD_USER_INPUT');
    const moved = (await ok(token, TRANSFER, { input: { ids: [a.id, b.id], toUserId: String(c.sun.id) } })).transferContracts;
    expect(moved.map((k: { ownerId: string }) => k.ownerId)).toEqual([String(c.sun.id), String(c.sun.id)]);
    expect(await db.getRepository(AuditLog).countBy({ entityType: 'contract', entityId: Number(a.id), action: 'transfer' })).toBe(1);
    expect(await db.getRepository(Notification).countBy({ userId: c.sun.id, kind: 'transfer', entityType: 'contract', entityId: Number(a.id) })).toBe(1);
    expect(await contractOf(db, c.li, a.id)).toBeNull();
  });
});

test('the list filters by status and keyword, sorts by amount and pages with a stable totalCount', async () => {
  const owner = await makeUser(db, c.root, [await contractRole(db, ScopeLevel.SELF, ScopeLevel.SELF, ['contract:create', 'contract:update'])]);
  const customer = await makeCustomer(db, owner);
  for (const amount of ['300.00', '100.00', '200.00']) await createContract(db, owner, contractInput(customer, { title: `排序合同${amount}`, amount }));
  await approvedContract(db, owner, customer, { title: '已通过的排序合同', amount: '50.00' });
  const token = await as(db, owner);
  const all = (await ok(token, LIST, { orderBy: { field: 'AMOUNT', direction: 'ASC' } })).contracts;
  expect(all.totalCount).toBe(4);
  expect(all.nodes.map((n: { amount: string }) => n.amount)).toEqual(['50.00', '100.00', '200.00', '300.00']);
  expect((await ok(token, LIST, { filter: { status: 'APPROVED' } })).contracts.totalCount).toBe(1);
  expect((await ok(token, LIST, { filter: { keyword: '排序合同2' } })).contracts.nodes.map((n: { amount: string }) => n.amount)).toEqual(['200.00']);
  const page = (await ok(token, LIST, { orderBy: { field: 'AMOUNT', direction: 'DESC' }, first: 2, offset: 2 })).contracts;
  expect(page).toMatchObject({ totalCount: 4, nodes: [{ amount: '100.00' }, { amount: '50.00' }] });
});

test('audit entries of a contract, its payment plans and receivables are read exactly when the contract is', async () => {
  const auditor = await contractRole(db, ScopeLevel.SELF, ScopeLevel.SELF, ['system:audit', 'contract:create', 'contract:update', 'receivable:create']);
  const owner = await makeUser(db, c.root, [auditor]);
  const other = await makeUser(db, c.root, [auditor]);
  const customer = await makeCustomer(db, owner);
  const contract = await approvedContract(db, owner, customer, { amount: '10.00' });
  const token = await as(db, owner);
  const plan = (await ok(token, 'mutation($input: CreatePaymentPlanInput!) { createPaymentPlan(input: $input) { id } }', { input: { contractId: contract.id, amount: '10.00', plannedDate: '2026-12-01' } })).createPaymentPlan;
  const receivable = (await ok(token, 'mutation($input: CreateReceivableInput!) { createReceivable(input: $input) { id } }', { input: { contractId: contract.id, amount: '5.00', receivedDate: '2026-11-25' } })).createReceivable;
  const Q = 'query($type: String) { auditLogs(first: 200, filter: { entityType: $type }) { totalCount nodes { entityType entityId action } } }';
  const seen = async (user: typeof owner, type: string) => (await ok(await as(db, user), Q, { type })).auditLogs.nodes.map((n: { entityId: string }) => n.entityId);
  expect(await seen(owner, 'contract')).toContain(contract.id);
  expect(await seen(owner, 'payment_plan')).toEqual([plan.id]);
  expect(await seen(owner, 'receivable')).toEqual([receivable.id]);
  expect(await seen(other, 'contract')).not.toContain(contract.id);
  expect(await seen(other, 'payment_plan')).toEqual([]);
  expect(await seen(other, 'receivable')).toEqual([]);
});
