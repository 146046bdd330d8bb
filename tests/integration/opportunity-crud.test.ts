// Opportunities (SPEC 3.5): DIRECT customers only (a distributor may be the partner), products with exact
// amounts, contacts of the customer, details, updates, soft delete / restore, transfer, progress records,
// lists with filters, Customer.opportunities — through the real endpoint, with every error path.
import { DataSource } from 'typeorm';
import { AuditLog, Customer, Notification, Opportunity, OpportunityLine } from '@/entities';
import { CustomerType } from '@/entities/customer.entity';
import { ProductStatus } from '@/entities/product.entity';
import { closeTestDatabase, openTestDatabase } from '../support/database';
import { codeOf, gql, ok } from '../support/api';
import { makeContact, makeCustomer, makeDepartment, rootDepartment } from '../support/factories';
import { Actor, actor, expectUnchanged } from './org-support';
import { OPPORTUNITY_FIELDS, badFields, createOpportunityCall, makeProduct, monthsAhead, stageId } from './opportunity-support';

let db: DataSource;
let admin: Actor;
let wang: Actor; // department manager of 北京组
let li: Actor; // salesperson in 北京组
let sun: Actor; // salesperson in 北京组
let zhou: Actor; // salesperson elsewhere

beforeAll(async () => {
  db = await openTestDatabase();
  const root = await rootDepartment(db);
  const beijing = await makeDepartment(db, root, '北京组');
  const guangzhou = await makeDepartment(db, root, '广州组');
  admin = await actor(db, ['SUPER_ADMIN']);
  wang = await actor(db, ['DEPT_MANAGER'], beijing);
  li = await actor(db, ['SALES'], beijing);
  sun = await actor(db, ['SALES'], beijing);
  zhou = await actor(db, ['SALES'], guangzhou);
});
afterAll(async () => closeTestDatabase(db));

const UPDATE = `mutation($id: ID!, $input: UpdateOpportunityInput!) { updateOpportunity(id: $id, input: $input) { ${OPPORTUNITY_FIELDS} } }`;
const GET = `query($id: ID!) { opportunity(id: $id) { ${OPPORTUNITY_FIELDS} progress { id content nextPlan countsAsContact author { id } stage { sort } } history { action } } }`;
const LIST = `query($filter: OpportunityFilter, $orderBy: OpportunityOrder, $first: Int) { opportunities(filter: $filter, orderBy: $orderBy, first: $first) { totalCount nodes { id name amount } } }`;

describe('creating', () => {
  test('a salesperson creates an opportunity on their DIRECT customer with contacts, details and the owner set to them', async () => {
    const customer = await makeCustomer(db, li.user);
    const c1 = await makeContact(db, customer);
    const c2 = await makeContact(db, customer);
    const result = await createOpportunityCall(db, li.as, {
      customerId: customer.id, name: '市档案馆扫描项目', intentCategory: '扫描仪', amount: '150000', contactIds: [String(c1.id), String(c2.id)],
      purchaseReason: '档案数字化', purchaseForm: '公开招标', budget: '200000.5', requirements: '高速双面', executionTime: '明年一季度', competitors: '富士通',
    });
    expect(result.errors).toBeUndefined();
    const o = result.data.createOpportunity;
    expect(o).toMatchObject({
      name: '市档案馆扫描项目', amount: '150000.00', category: 'MID_TERM', expectedCloseDate: monthsAhead(2), intentCategory: '扫描仪',
      purchaseReason: '档案数字化', purchaseForm: '公开招标', budget: '200000.50', requirements: '高速双面', executionTime: '明年一季度', competitors: '富士通',
      stage: { sort: 2, probability: 20 }, probability: 20, owner: { id: String(li.user.id) }, customer: { id: String(customer.id) }, viewerCanEdit: true, viewerCanManage: true,
      lostReason: null, closedAt: null, products: [],
    });
    expect(o.contacts.map((c: { id: string }) => Number(c.id)).sort()).toEqual([c1.id, c2.id].sort());
    expect(new Date(o.followUpDueAt).getTime() - Date.now()).toBeGreaterThan(14 * 86_400_000);
    const entry = await db.getRepository(AuditLog).findOneByOrFail({ entityType: 'opportunity', entityId: Number(o.id), action: 'create' });
    expect(entry.actorId).toBe(li.user.id);
    expect(entry.changes).toMatchObject({ customerId: customer.id, category: 'MID_TERM', amount: '150000.00' });
  });

  test('a DISTRIBUTOR cannot be the customer (BAD_USER_INPUT) but can be the partner; a DIRECT partner is refused', async () => {
    const distributor = await makeCustomer(db, li.user, { type: CustomerType.DISTRIBUTOR });
    const direct = await makeCustomer(db, li.user);
    const refused = await expectUnchanged(db, () => createOpportunityCall(db, li.as, { customerId: distributor.id }));
    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
    expect(badFields(refused)).toEqual(['customerId']);
    const withPartner = (await createOpportunityCall(db, li.as, { customerId: direct.id, partnerCustomerId: String(distributor.id) })).data.createOpportunity;
    expect(withPartner.partnerCustomer).toEqual({ id: String(distributor.id), name: distributor.name });
    const directPartner = await createOpportunityCall(db, li.as, { customerId: direct.id, partnerCustomerId: String((await makeCustomer(db, li.user)).id) });
    expect(badFields(directPartner)).toEqual(['partnerCustomerId']);
  });

  test("a customer the viewer cannot read is NOT_FOUND, whether it exists or not, and so is a hidden partner or a deleted customer", async () => {
    const others = await makeCustomer(db, zhou.user);
    expect(codeOf(await expectUnchanged(db, () => createOpportunityCall(db, li.as, { customerId: others.id })))).toBe('NOT_FOUND');
    expect(codeOf(await createOpportunityCall(db, li.as, { customerId: 987654 }))).toBe('NOT_FOUND');
    const hiddenDistributor = await makeCustomer(db, zhou.user, { type: CustomerType.DISTRIBUTOR });
    const mine = await makeCustomer(db, li.user);
    expect(codeOf(await createOpportunityCall(db, li.as, { customerId: mine.id, partnerCustomerId: String(hiddenDistributor.id) }))).toBe('NOT_FOUND');
    const deleted = await makeCustomer(db, li.user, { deletedAt: new Date(), nameKey: null });
    expect(codeOf(await createOpportunityCall(db, li.as, { customerId: deleted.id }))).toBe('NOT_FOUND');
  });

  test('reading the customer is enough: a read-only team member creates an opportunity they then own', async () => {
    const customer = await makeCustomer(db, zhou.user);
    await ok(zhou.as, `mutation($c: ID!, $u: ID!) { setCustomerTeamMember(customerId: $c, userId: $u, canEdit: false) { userId } }`, { c: customer.id, u: li.user.id });
    const o = (await createOpportunityCall(db, li.as, { customerId: customer.id })).data.createOpportunity;
    expect(o.owner.id).toBe(String(li.user.id));
    // zhou sees it through ownership of the customer? No: opportunities are scoped by their own owner; the
    // customer's owner reaches them only through a team seat, which zhou (the owner) does not have.
    expect((await ok(zhou.as, GET, { id: o.id })).opportunity).toBeNull();
  });

  test('expected close date is required and entered by hand: missing, blank or invalid dates are BAD_USER_INPUT', async () => {
    const customer = await makeCustomer(db, li.user);
    for (const expectedCloseDate of [undefined, null, '', '2026-02-30', '明天']) {
      const result = await expectUnchanged(db, () => createOpportunityCall(db, li.as, { customerId: customer.id, expectedCloseDate }));
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
      expect(badFields(result)).toEqual(['expectedCloseDate']);
    }
  });

  test('contacts must be live contacts of that customer that the viewer may see', async () => {
    const customer = await makeCustomer(db, li.user);
    const other = await makeCustomer(db, li.user);
    const foreign = await makeContact(db, other);
    const hidden = await makeContact(db, customer, { ownerId: zhou.user.id });
    const gone = await makeContact(db, customer, { deletedAt: new Date() });
    for (const contact of [foreign, hidden, gone]) {
      const result = await createOpportunityCall(db, li.as, { customerId: customer.id, contactIds: [String(contact.id)] });
      expect(badFields(result)).toEqual(['contactIds']);
    }
  });

  test('the name and text lengths are checked, and every problem is reported at once', async () => {
    const customer = await makeCustomer(db, li.user);
    const result = await createOpportunityCall(db, li.as, { customerId: customer.id, name: ' ', amount: '-5', budget: '1.234', expectedCloseDate: null });
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(badFields(result).sort()).toEqual(['amount', 'budget', 'expectedCloseDate', 'name']);
    const tooLong = await createOpportunityCall(db, li.as, { customerId: customer.id, purchaseForm: 'x'.repeat(101), competitors: 'y'.repeat(501) });
    expect(codeOf(tooLong)).toBe('BAD_USER_INPUT');
    expect(badFields(tooLong).sort()).toEqual(['competitors', 'purchaseForm']);
  });

  test('without opportunity:create (a system administrator) creating is FORBIDDEN', async () => {
    const sysadmin = await actor(db, ['SYSTEM_ADMIN']);
    const customer = await makeCustomer(db, li.user);
    expect(codeOf(await createOpportunityCall(db, sysadmin.as, { customerId: customer.id }))).toBe('FORBIDDEN');
    expect(codeOf(await gql(sysadmin.as, LIST))).toBe('FORBIDDEN');
  });
});

describe('products and exact amounts', () => {
  test('3 × 19.99 = 59.97 exactly; the opportunity amount is the sum of its lines; model and price default from the product', async () => {
    const customer = await makeCustomer(db, li.user);
    const scanner = await makeProduct(db, { price: '19.99', model: 'S-1', unit: '台' });
    const licence = await makeProduct(db, { price: '0.10', model: 'L-9', unit: '套' });
    const result = await createOpportunityCall(db, li.as, {
      customerId: customer.id,
      products: [{ productId: String(scanner.id), quantity: '3' }, { productId: String(licence.id), quantity: '7', unitPrice: '0.20', model: '定制版' }],
    });
    expect(result.errors).toBeUndefined();
    const o = result.data.createOpportunity;
    expect(o.products).toEqual([
      { productId: String(scanner.id), productName: scanner.name, model: 'S-1', unit: '台', quantity: '3.00', unitPrice: '19.99', amount: '59.97', sort: 0, product: { id: String(scanner.id), name: scanner.name } },
      { productId: String(licence.id), productName: licence.name, model: '定制版', unit: '套', quantity: '7.00', unitPrice: '0.20', amount: '1.40', sort: 1, product: { id: String(licence.id), name: licence.name } },
    ]);
    expect(o.amount).toBe('61.37');
    const stored = await db.getRepository(Opportunity).findOneByOrFail({ id: Number(o.id) });
    expect(stored.amount).toBe('61.37');
  });

  test('fractional quantities round half-up to the cent, and large amounts stay exact', async () => {
    const customer = await makeCustomer(db, li.user);
    const cable = await makeProduct(db, { price: '0.01' });
    const server = await makeProduct(db, { price: '99999999.99' });
    const o = (await createOpportunityCall(db, li.as, {
      customerId: customer.id, products: [{ productId: String(cable.id), quantity: '1.5' }, { productId: String(server.id), quantity: '1000.01' }],
    })).data.createOpportunity;
    // 99999999.99 × 1000.01 = 100000999989.9999 → 100000999990.00
    expect(o.products.map((l: { amount: string }) => l.amount)).toEqual(['0.02', '100000999990.00']);
    expect(o.amount).toBe('100000999990.02');
  });

  test('an entered amount must match the lines; inactive, deleted or unknown products and bad quantities are refused', async () => {
    const customer = await makeCustomer(db, li.user);
    const p = await makeProduct(db, { price: '10' });
    const mismatch = await createOpportunityCall(db, li.as, { customerId: customer.id, amount: '11', products: [{ productId: String(p.id), quantity: '1' }] });
    expect(badFields(mismatch)).toEqual(['amount']);
    const matches = await createOpportunityCall(db, li.as, { customerId: customer.id, amount: '10.00', products: [{ productId: String(p.id), quantity: '1' }] });
    expect(matches.data.createOpportunity.amount).toBe('10.00');
    const inactive = await makeProduct(db, { status: ProductStatus.INACTIVE });
    const deleted = await makeProduct(db, { deletedAt: new Date() });
    const bad = await createOpportunityCall(db, li.as, {
      customerId: customer.id,
      products: [
        { productId: String(inactive.id), quantity: '1' }, { productId: String(deleted.id), quantity: '1' }, { productId: '987654', quantity: '1' },
        { productId: String(p.id), quantity: '0' }, { productId: String(p.id), quantity: '1.234' }, { productId: String(p.id), quantity: '1', unitPrice: '-1' },
      ],
    });
    expect(badFields(bad)).toEqual(['products.0.productId', 'products.1.productId', 'products.2.productId', 'products.3.quantity', 'products.4.quantity', 'products.5.unitPrice']);
  });

  test('updating lines replaces them and recomputes the amount; a product retired since stays allowed on its opportunity', async () => {
    const customer = await makeCustomer(db, li.user);
    const a = await makeProduct(db, { price: '19.99' });
    const b = await makeProduct(db, { price: '5.00' });
    const o = (await createOpportunityCall(db, li.as, { customerId: customer.id, products: [{ productId: String(a.id), quantity: '3' }] })).data.createOpportunity;
    await db.getRepository(OpportunityLine).count();
    await ok(admin.as, `mutation($id: ID!) { updateProduct(id: $id, input: { status: INACTIVE }) { id } }`, { id: a.id });
    const updated = (await ok(li.as, UPDATE, { id: o.id, input: { products: [{ productId: String(a.id), quantity: '2' }, { productId: String(b.id), quantity: '1.5' }] } })).updateOpportunity;
    expect(updated.products.map((l: { amount: string }) => l.amount)).toEqual(['39.98', '7.50']);
    expect(updated.amount).toBe('47.48');
    expect(await db.getRepository(OpportunityLine).countBy({ opportunityId: Number(o.id) })).toBe(2);
    const entry = await db.getRepository(AuditLog).findOneByOrFail({ entityType: 'opportunity', entityId: Number(o.id), action: 'update' });
    expect(entry.changes).toMatchObject({ amount: ['59.97', '47.48'], lines: [[`${a.name} ${a.model} × 3.00 @ 19.99 = 59.97`], expect.any(Array)] });
    // With lines, an entered amount must equal their sum; without lines it is free.
    expect(badFields(await gql(li.as, UPDATE, { id: o.id, input: { amount: '1' } }))).toEqual(['amount']);
    const cleared = (await ok(li.as, UPDATE, { id: o.id, input: { products: [], amount: '1234.5' } })).updateOpportunity;
    expect(cleared).toMatchObject({ products: [], amount: '1234.50' });
    const entered = (await ok(li.as, UPDATE, { id: o.id, input: { amount: '99' } })).updateOpportunity;
    expect(entered.amount).toBe('99.00');
  });
});

describe('changing, deleting and restoring', () => {
  test('the owner updates details and contacts; nothing changes when nothing differs', async () => {
    const customer = await makeCustomer(db, li.user);
    const contact = await makeContact(db, customer);
    const o = (await createOpportunityCall(db, li.as, { customerId: customer.id })).data.createOpportunity;
    const updated = (await ok(li.as, UPDATE, { id: o.id, input: { name: '改名后的商机', competitors: '佳能', contactIds: [String(contact.id)], budget: null } })).updateOpportunity;
    expect(updated).toMatchObject({ name: '改名后的商机', competitors: '佳能', budget: null, contacts: [{ id: String(contact.id), name: contact.name }] });
    const before = await db.getRepository(AuditLog).countBy({ entityType: 'opportunity', entityId: Number(o.id) });
    await ok(li.as, UPDATE, { id: o.id, input: { name: '改名后的商机' } });
    expect(await db.getRepository(AuditLog).countBy({ entityType: 'opportunity', entityId: Number(o.id) })).toBe(before);
  });

  test('outside the read scope an opportunity is NOT_FOUND; readable but not writable is FORBIDDEN', async () => {
    const customer = await makeCustomer(db, li.user);
    const o = (await createOpportunityCall(db, li.as, { customerId: customer.id })).data.createOpportunity;
    expect(codeOf(await expectUnchanged(db, () => gql(sun.as, UPDATE, { id: o.id, input: { name: 'x' } })))).toBe('NOT_FOUND');
    expect((await ok(sun.as, GET, { id: o.id })).opportunity).toBeNull();
    // wang (department manager) reads his department's opportunities but writes only his own.
    expect((await ok(wang.as, GET, { id: o.id })).opportunity).toMatchObject({ id: o.id, viewerCanEdit: false, viewerCanManage: false });
    expect(codeOf(await gql(wang.as, UPDATE, { id: o.id, input: { name: 'x' } }))).toBe('FORBIDDEN');
    expect(codeOf(await gql(wang.as, `mutation($ids: [ID!]!) { deleteOpportunities(ids: $ids) { ids } }`, { ids: [o.id] }))).toBe('FORBIDDEN');
    expect(codeOf(await gql(li.as, UPDATE, { id: '987654', input: { name: 'x' } }))).toBe('NOT_FOUND');
  });

  test("a can-edit member of the customer's team may edit but not delete or transfer; a read-only member only reads", async () => {
    const customer = await makeCustomer(db, li.user);
    const o = (await createOpportunityCall(db, li.as, { customerId: customer.id })).data.createOpportunity;
    await ok(li.as, `mutation($c: ID!, $u: ID!) { setCustomerTeamMember(customerId: $c, userId: $u, canEdit: true) { userId } }`, { c: customer.id, u: zhou.user.id });
    await ok(li.as, `mutation($c: ID!, $u: ID!) { setCustomerTeamMember(customerId: $c, userId: $u, canEdit: false) { userId } }`, { c: customer.id, u: sun.user.id });
    expect((await ok(zhou.as, UPDATE, { id: o.id, input: { competitors: '爱普生' } })).updateOpportunity.competitors).toBe('爱普生');
    expect(codeOf(await gql(zhou.as, `mutation($ids: [ID!]!) { deleteOpportunities(ids: $ids) { ids } }`, { ids: [o.id] }))).toBe('FORBIDDEN');
    expect((await ok(sun.as, GET, { id: o.id })).opportunity).toMatchObject({ viewerCanEdit: false, viewerCanManage: false });
    expect(codeOf(await gql(sun.as, UPDATE, { id: o.id, input: { name: 'x' } }))).toBe('FORBIDDEN');
  });

  test('delete moves to the recycle bin (lists, lookups) and restore brings back; restoring under a deleted customer is refused', async () => {
    const customer = await makeCustomer(db, li.user);
    const o = (await createOpportunityCall(db, li.as, { customerId: customer.id, name: '回收站商机' })).data.createOpportunity;
    await ok(li.as, `mutation($ids: [ID!]!) { deleteOpportunities(ids: $ids) { ids } }`, { ids: [o.id] });
    expect((await ok(li.as, LIST, { filter: { keyword: '回收站商机' } })).opportunities.totalCount).toBe(0);
    expect((await ok(li.as, LIST, { filter: { keyword: '回收站商机', deleted: true } })).opportunities.totalCount).toBe(1);
    expect((await ok(li.as, GET, { id: o.id })).opportunity.deletedAt).not.toBeNull();
    expect(codeOf(await gql(li.as, UPDATE, { id: o.id, input: { name: 'x' } }))).toBe('NOT_FOUND');
    await db.getRepository(Customer).update({ id: customer.id }, { deletedAt: new Date(), nameKey: null });
    const refused = await gql(li.as, `mutation($ids: [ID!]!) { restoreOpportunities(ids: $ids) { id } }`, { ids: [o.id] });
    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
    await db.getRepository(Customer).update({ id: customer.id }, { deletedAt: null });
    await ok(li.as, `mutation($ids: [ID!]!) { restoreOpportunities(ids: $ids) { id } }`, { ids: [o.id] });
    expect((await ok(li.as, LIST, { filter: { keyword: '回收站商机' } })).opportunities.totalCount).toBe(1);
    expect((await ok(li.as, GET, { id: o.id })).opportunity.history.map((h: { action: string }) => h.action)).toEqual(['restore', 'delete', 'create']);
    expect(codeOf(await gql(li.as, `mutation { deleteOpportunities(ids: []) { ids } }`))).toBe('BAD_USER_INPUT');
  });
});

describe('transfer', () => {
  const TRANSFER = `mutation($input: TransferOpportunitiesInput!) { transferOpportunities(input: $input) { id owner { id } } }`;

  test('a manager transfers several of his opportunities at once to a colleague in his transfer scope; the colleague is told', async () => {
    const customer = await makeCustomer(db, wang.user);
    const a = (await createOpportunityCall(db, wang.as, { customerId: customer.id, name: '转移A' })).data.createOpportunity;
    const b = (await createOpportunityCall(db, wang.as, { customerId: customer.id, name: '转移B' })).data.createOpportunity;
    // The built-in manager transfers within his department (transfer SELF_AND_CHILDREN): zhou is outside it.
    expect(codeOf(await expectUnchanged(db, () => gql(wang.as, TRANSFER, { input: { ids: [a.id, b.id], toUserId: String(zhou.user.id) } })))).toBe('BAD_USER_INPUT');
    const moved = (await ok(wang.as, TRANSFER, { input: { ids: [a.id, b.id], toUserId: String(li.user.id) } })).transferOpportunities;
    expect(moved.map((o: { owner: { id: string } }) => o.owner.id)).toEqual([String(li.user.id), String(li.user.id)]);
    const told = await db.getRepository(Notification).findBy({ userId: li.user.id, kind: 'transfer', entityType: 'opportunity' });
    expect(told.map((n) => n.entityId).sort()).toEqual([Number(a.id), Number(b.id)].sort());
    const entries = await db.getRepository(AuditLog).findBy({ entityType: 'opportunity', action: 'transfer' });
    expect(entries.filter((e) => [Number(a.id), Number(b.id)].includes(e.entityId!)).map((e) => e.changes)).toEqual([
      { ownerId: [wang.user.id, li.user.id] }, { ownerId: [wang.user.id, li.user.id] },
    ]);
  });

  test('a salesperson without opportunity:transfer is FORBIDDEN; an unreadable id is NOT_FOUND; a disabled target is refused', async () => {
    const customer = await makeCustomer(db, li.user);
    const o = (await createOpportunityCall(db, li.as, { customerId: customer.id })).data.createOpportunity;
    expect(codeOf(await gql(li.as, TRANSFER, { input: { ids: [o.id], toUserId: String(sun.user.id) } }))).toBe('FORBIDDEN');
    const zhouCustomer = await makeCustomer(db, zhou.user);
    const theirs = (await createOpportunityCall(db, zhou.as, { customerId: zhouCustomer.id })).data.createOpportunity;
    expect(codeOf(await gql(wang.as, TRANSFER, { input: { ids: [theirs.id], toUserId: String(wang.user.id) } }))).toBe('NOT_FOUND');
    const disabled = await actor(db, ['SALES'], undefined, { status: 'DISABLED' as never });
    const result = await gql(admin.as, TRANSFER, { input: { ids: [o.id], toUserId: String(disabled.user.id) } });
    expect(badFields(result)).toEqual(['toUserId']);
  });
});

describe('progress records', () => {
  const ADD = `mutation($input: AddOpportunityProgressInput!) { addOpportunityProgress(input: $input) { id content nextPlan countsAsContact author { id } stage { sort } } }`;

  test('adding progress restarts the follow-up clock, and one that counts as contact updates the customer', async () => {
    const customer = await makeCustomer(db, li.user);
    const o = (await createOpportunityCall(db, li.as, { customerId: customer.id, category: 'SHORT_TERM', stage: await stageId(db, 3), expectedCloseDate: monthsAhead(1) })).data.createOpportunity;
    const added = (await ok(li.as, ADD, { input: { opportunityId: o.id, content: '拜访信息中心主任，确认预算', nextPlan: '下周提交方案', countsAsContact: true } })).addOpportunityProgress;
    expect(added).toMatchObject({ content: '拜访信息中心主任，确认预算', nextPlan: '下周提交方案', countsAsContact: true, author: { id: String(li.user.id) }, stage: { sort: 3 } });
    const after = (await ok(li.as, GET, { id: o.id })).opportunity;
    expect(after.progress.map((p: { id: string }) => p.id)).toEqual([added.id]);
    const due = new Date(after.followUpDueAt).getTime() - new Date(after.lastProgressAt).getTime();
    expect(Math.round(due / 86_400_000)).toBe(7);
    expect((await db.getRepository(Customer).findOneByOrFail({ id: customer.id })).lastFollowUpAt).not.toBeNull();
    const other = await makeCustomer(db, li.user);
    const o2 = (await createOpportunityCall(db, li.as, { customerId: other.id })).data.createOpportunity;
    await ok(li.as, ADD, { input: { opportunityId: o2.id, content: '电话沟通需求' } });
    expect((await db.getRepository(Customer).findOneByOrFail({ id: other.id })).lastFollowUpAt).toBeNull();
  });

  test('content is required; outside the scope it is NOT_FOUND; read-only viewers are FORBIDDEN; progress is visible exactly when the opportunity is', async () => {
    const customer = await makeCustomer(db, li.user);
    const o = (await createOpportunityCall(db, li.as, { customerId: customer.id })).data.createOpportunity;
    const blank = await gql(li.as, ADD, { input: { opportunityId: o.id, content: '  ' } });
    expect(badFields(blank)).toEqual(['content']);
    expect(codeOf(await gql(sun.as, ADD, { input: { opportunityId: o.id, content: '越权' } }))).toBe('NOT_FOUND');
    expect(codeOf(await gql(wang.as, ADD, { input: { opportunityId: o.id, content: '只读' } }))).toBe('FORBIDDEN');
    await ok(li.as, ADD, { input: { opportunityId: o.id, content: '有效进展' } });
    expect((await ok(wang.as, GET, { id: o.id })).opportunity.progress.map((p: { content: string }) => p.content)).toEqual(['有效进展']);
    expect((await ok(sun.as, GET, { id: o.id })).opportunity).toBeNull();
  });
});

describe('lists and nested fields', () => {
  test('filters (keyword, customer, owner, department, category, stage, expected close range) with totalCount and ordering', async () => {
    const shanghai = await makeDepartment(db, await rootDepartment(db), '上海组');
    const boss = await actor(db, ['SUPER_ADMIN'], shanghai);
    const other = await actor(db, ['SALES'], shanghai);
    const c1 = await makeCustomer(db, boss.user, { name: '筛选测试甲公司' });
    const c2 = await makeCustomer(db, other.user, { name: '筛选测试乙公司' });
    const short = (await createOpportunityCall(db, boss.as, { customerId: c1.id, name: '筛选-短线', category: 'SHORT_TERM', stage: await stageId(db, 4), expectedCloseDate: monthsAhead(1), amount: '300' })).data.createOpportunity;
    const mid = (await createOpportunityCall(db, boss.as, { customerId: c1.id, name: '筛选-中线', expectedCloseDate: monthsAhead(6), amount: '100' })).data.createOpportunity;
    const long = (await createOpportunityCall(db, other.as, { customerId: c2.id, name: '筛选-线索', category: 'LONG_TERM', stage: await stageId(db, 1), expectedCloseDate: monthsAhead(18), amount: '200' })).data.createOpportunity;
    const names = async (filter: Record<string, unknown>, orderBy?: Record<string, unknown>) => {
      const r = (await ok(boss.as, LIST, { filter: { keyword: '筛选', ...filter }, orderBy })).opportunities;
      expect(r.totalCount).toBe(r.nodes.length);
      return r.nodes.map((n: { id: string }) => n.id);
    };
    expect((await names({})).sort()).toEqual([short.id, mid.id, long.id].sort());
    expect(await names({ keyword: '乙公司' })).toEqual([long.id]);
    expect((await names({ customerId: String(c1.id) })).sort()).toEqual([short.id, mid.id].sort());
    expect(await names({ ownerId: String(other.user.id) })).toEqual([long.id]);
    expect((await names({ departmentId: String(shanghai.id) })).sort()).toEqual([short.id, mid.id, long.id].sort());
    expect(await names({ category: 'SHORT_TERM' })).toEqual([short.id]);
    expect((await names({ categories: ['SHORT_TERM', 'LONG_TERM'] })).sort()).toEqual([short.id, long.id].sort());
    expect(await names({ stageId: await stageId(db, 1) })).toEqual([long.id]);
    expect((await names({ expectedCloseFrom: monthsAhead(3), expectedCloseTo: monthsAhead(12) }))).toEqual([mid.id]);
    expect(await names({}, { field: 'AMOUNT', direction: 'DESC' })).toEqual([short.id, long.id, mid.id]);
    expect(await names({}, { field: 'EXPECTED_CLOSE_DATE', direction: 'ASC' })).toEqual([short.id, mid.id, long.id]);
    expect(codeOf(await gql(boss.as, LIST, { filter: { expectedCloseFrom: '2026-13-01' } }))).toBe('BAD_USER_INPUT');
  });

  test('Customer.opportunities lists only the opportunities the viewer may see, batched for a page of customers', async () => {
    const customer = await makeCustomer(db, li.user, { name: '嵌套字段客户' });
    const mine = (await createOpportunityCall(db, li.as, { customerId: customer.id, name: '李娜的' })).data.createOpportunity;
    await ok(li.as, `mutation($c: ID!, $u: ID!) { setCustomerTeamMember(customerId: $c, userId: $u, canEdit: false) { userId } }`, { c: customer.id, u: zhou.user.id });
    const zhous = (await createOpportunityCall(db, zhou.as, { customerId: customer.id, name: '周洋的' })).data.createOpportunity;
    const q = `query($id: ID!) { customer(id: $id) { opportunities { id name } } }`;
    // li reaches zhou's opportunity only through a team seat, which the owner of the customer does not have.
    expect((await ok(li.as, q, { id: customer.id })).customer.opportunities.map((o: { id: string }) => o.id)).toEqual([mine.id]);
    expect((await ok(zhou.as, q, { id: customer.id })).customer.opportunities.map((o: { id: string }) => o.id).sort()).toEqual([mine.id, zhous.id].sort());
    const page = await ok(admin.as, `{ customers(first: 50) { nodes { id opportunities { id } } } }`);
    const nested = page.customers.nodes.find((c: { id: string }) => c.id === String(customer.id));
    expect(nested.opportunities.map((o: { id: string }) => o.id).sort()).toEqual([mine.id, zhous.id].sort());
  });
});
