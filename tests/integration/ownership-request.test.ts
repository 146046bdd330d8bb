// 申请归属 (issue 12 item 3, seed 002 §3.1.3): a salesperson who found a colleague's customer through 查重 asks for it
// with a reason; the request goes through the approval engine to the requester's leader, then the owner's leader;
// approved, the customer (with the chosen cascade) is handed to the requester and audited; rejected, nothing changes.
// Only the step's approver decides it; before approval the requester learns no more than 查重 shows.
import { DataSource } from 'typeorm';
import { ApprovalStep, AuditLog, Contact, Customer, Department, Opportunity, OwnershipRequest, User } from '@/entities';
import { closeTestDatabase, openTestDatabase } from '../support/database';
import { As, codeOf, gql, ok, tokenFor } from '../support/api';
import { makeContact, makeCustomer, makeDepartment, makeUser, roleByCode, rootDepartment } from '../support/factories';
import { makeOpportunity } from './contract-support';
import { tableChecksums } from './security/support';

const REQUEST = `mutation($input: RequestOwnershipInput!) { requestOwnership(input: $input) {
  id status reason customerCode customerName ownerName departmentName withContacts withOpportunities customer { id } } }`;
const PENDING = `{ myPendingApprovals { totalCount nodes { id name status approval { documentType } ownershipRequest { id customerCode ownerName reason requester { name } } } } }`;
const SUBMITTED = `query($t: ApprovalDocumentType) { mySubmittedApprovals(documentType: $t) { totalCount nodes { id status documentType
  steps { position name status approverLabel } ownershipRequest { id status customerCode customer { id name } } } } }`;
const DECIDED = `{ myDecidedApprovals { totalCount nodes { id status approval { documentType } ownershipRequest { id customerCode } } } }`;
const APPROVE = 'mutation($id: ID!) { approveApproval(id: $id, comment: "同意") { id status } }';
const REJECT = 'mutation($id: ID!) { rejectApproval(id: $id, comment: "已有人跟进") { id status } }';

let db: DataSource;
let li: User; let wang: User; let chen: User; let zhou: User; let sun: User;
let asLi: As; let asWang: As; let asChen: As; let asZhou: As; let asSun: As;

beforeAll(async () => {
  db = await openTestDatabase();
  const root = await rootDepartment(db);
  const north = await makeDepartment(db, root, '华北大区');
  const beijing = await makeDepartment(db, north, '北京组');
  const south = await makeDepartment(db, root, '华南大区');
  const canton = await makeDepartment(db, south, '广州组');
  const [manager, sales] = [await roleByCode(db, 'DEPT_MANAGER'), await roleByCode(db, 'SALES')];
  wang = await makeUser(db, north, [manager], { name: '王经理' });
  chen = await makeUser(db, south, [manager], { name: '陈经理' });
  await db.getRepository(Department).update({ id: north.id }, { headId: wang.id });
  await db.getRepository(Department).update({ id: south.id }, { headId: chen.id });
  li = await makeUser(db, beijing, [sales], { name: '李娜' });
  sun = await makeUser(db, beijing, [sales], { name: '孙磊' });
  zhou = await makeUser(db, canton, [sales], { name: '周洋' });
  [asLi, asWang, asChen, asZhou, asSun] = await Promise.all([li, wang, chen, zhou, sun].map((u) => tokenFor(db, u)));
});
afterAll(async () => closeTestDatabase(db));

const activeStepOf = (requestId: number) => db.getRepository(ApprovalStep).findOneByOrFail({ documentType: 'OWNERSHIP' as never, documentId: requestId, status: 'ACTIVE' as never });

test('approved by both leaders: the customer goes to the requester with the chosen cascade, audited', async () => {
  const customer = await makeCustomer(db, zhou, { name: '广州珠江电子有限公司', remarks: '秘密备注', mobile: '13911112222' });
  const contact = await makeContact(db, customer);
  const opportunity = await makeOpportunity(db, customer, zhou);
  const asked = (await ok(asLi, REQUEST, { input: { customerCode: customer.code, reason: '我去年已拜访过该客户', withOpportunities: true } })).requestOwnership;
  // The requester learns what 查重 shows, nothing more.
  expect(asked).toEqual({
    id: expect.any(String), status: 'PENDING', reason: '我去年已拜访过该客户', customerCode: customer.code, customerName: customer.name,
    ownerName: '周洋', departmentName: '广州组', withContacts: true, withOpportunities: true, customer: null,
  });
  const requestId = Number(asked.id);
  expect((await ok(asLi, 'query($id: ID!) { customer(id: $id) { id } }', { id: String(customer.id) })).customer).toBeNull();

  // 我发起的: two steps, the requester's leader first.
  const mine = (await ok(asLi, SUBMITTED, { t: 'OWNERSHIP' })).mySubmittedApprovals;
  expect(mine.nodes).toEqual([expect.objectContaining({ status: 'PENDING', documentType: 'OWNERSHIP', ownershipRequest: expect.objectContaining({ id: asked.id, customer: null }) })]);
  expect(mine.nodes[0].steps).toEqual([
    { position: 1, name: '申请人上级审批', status: 'ACTIVE', approverLabel: '王经理' },
    { position: 2, name: '归属人上级审批', status: 'WAITING', approverLabel: '陈经理' },
  ]);

  // Only the active step's approver decides: the owner's leader, the owner, the requester and a colleague cannot.
  const first = await activeStepOf(requestId);
  expect(codeOf(await gql(asChen, APPROVE, { id: String(first.id) }))).toBe('NOT_FOUND');
  // Without contract:approve a step one is not an approver of is refused like any other step id.
  for (const as of [asZhou, asLi, asSun]) expect(codeOf(await gql(as, APPROVE, { id: String(first.id) }))).toBe('FORBIDDEN');
  const waiting = (await ok(asWang, PENDING)).myPendingApprovals.nodes;
  expect(waiting).toEqual([expect.objectContaining({ id: String(first.id), ownershipRequest: expect.objectContaining({ customerCode: customer.code, requester: { name: '李娜' } }) })]);
  expect((await ok(asWang, APPROVE, { id: String(first.id) })).approveApproval.status).toBe('APPROVED');
  expect((await db.getRepository(Customer).findOneByOrFail({ id: customer.id })).ownerId).toBe(zhou.id);

  const second = await activeStepOf(requestId);
  expect(codeOf(await gql(asWang, APPROVE, { id: String(second.id) }))).toBe('NOT_FOUND');
  expect((await ok(asChen, PENDING)).myPendingApprovals.nodes.map((n: { id: string }) => n.id)).toEqual([String(second.id)]);
  expect((await ok(asChen, APPROVE, { id: String(second.id) })).approveApproval.status).toBe('APPROVED');

  expect((await db.getRepository(Customer).findOneByOrFail({ id: customer.id })).ownerId).toBe(li.id);
  expect((await db.getRepository(Contact).findOneByOrFail({ id: contact.id })).ownerId).toBe(li.id);
  expect((await db.getRepository(Opportunity).findOneByOrFail({ id: opportunity.id })).ownerId).toBe(li.id);
  expect(await db.getRepository(OwnershipRequest).findOneByOrFail({ id: requestId })).toMatchObject({ status: 'APPROVED', decidedAt: expect.any(Date) });
  const transfer = await db.getRepository(AuditLog).findOneByOrFail({ entityType: 'customer', entityId: customer.id, action: 'transfer' });
  expect(transfer).toMatchObject({ actorId: chen.id, changes: expect.objectContaining({ ownerId: [zhou.id, li.id], ownershipRequestId: requestId, opportunitiesMoved: 1 }) });

  // Now the requester reads the customer; the boxes show the outcome.
  expect((await ok(asLi, SUBMITTED, { t: 'OWNERSHIP' })).mySubmittedApprovals.nodes[0]).toMatchObject({
    status: 'APPROVED', ownershipRequest: { status: 'APPROVED', customer: { id: String(customer.id), name: customer.name } } });
  expect((await ok(asWang, DECIDED)).myDecidedApprovals.nodes).toEqual([expect.objectContaining({ status: 'APPROVED', ownershipRequest: { id: asked.id, customerCode: customer.code } })]);
});

test('rejected: nothing changes but the request', async () => {
  const customer = await makeCustomer(db, zhou, { name: '深圳南山科技有限公司' });
  const contact = await makeContact(db, customer);
  const asked = (await ok(asSun, REQUEST, { input: { customerCode: customer.code, reason: '同名客户' } })).requestOwnership;
  const step = await activeStepOf(Number(asked.id));
  expect(codeOf(await gql(asWang, 'mutation($id: ID!) { rejectApproval(id: $id, comment: "") { id } }', { id: String(step.id) }))).toBe('BAD_USER_INPUT');
  expect((await ok(asWang, REJECT, { id: String(step.id) })).rejectApproval.status).toBe('REJECTED');
  expect((await db.getRepository(Customer).findOneByOrFail({ id: customer.id })).ownerId).toBe(zhou.id);
  expect((await db.getRepository(Contact).findOneByOrFail({ id: contact.id })).ownerId).toBe(zhou.id);
  expect((await db.getRepository(OwnershipRequest).findOneByOrFail({ id: Number(asked.id) })).status).toBe('REJECTED');
  expect(await db.getRepository(AuditLog).countBy({ entityType: 'customer', entityId: customer.id, action: 'transfer' })).toBe(0);
  const steps = (await ok(asSun, SUBMITTED, { t: 'OWNERSHIP' })).mySubmittedApprovals.nodes[0];
  expect(steps).toMatchObject({ status: 'REJECTED', steps: [{ status: 'REJECTED' }, { status: 'CANCELLED' }], ownershipRequest: { customer: null } });
  // Asking again is allowed once the earlier request is decided.
  expect((await ok(asSun, REQUEST, { input: { customerCode: customer.code, reason: '再次申请' } })).requestOwnership.status).toBe('PENDING');
});

test('the same leader for both sides decides one step', async () => {
  const customer = await makeCustomer(db, sun, { name: '北京同组客户有限公司' });
  const asked = (await ok(asLi, REQUEST, { input: { customerCode: customer.code, reason: '同组' } })).requestOwnership;
  const run = (await ok(asLi, SUBMITTED, { t: 'OWNERSHIP' })).mySubmittedApprovals.nodes.find((n: { ownershipRequest: { id: string } }) => n.ownershipRequest.id === asked.id);
  expect(run.steps).toEqual([{ position: 1, name: '申请人上级审批', status: 'ACTIVE', approverLabel: '王经理' }]);
});

test('a leader without contract:approve decides the ownership request sent to them', async () => {
  const west = await makeDepartment(db, await rootDepartment(db), '西北组');
  const sales = await roleByCode(db, 'SALES');
  const liu = await makeUser(db, west, [sales], { name: '刘组长' });
  await db.getRepository(Department).update({ id: west.id }, { headId: liu.id });
  const ma = await makeUser(db, west, [sales], { name: '马强' });
  const customer = await makeCustomer(db, zhou, { name: '西安古城贸易有限公司' });
  const asked = (await ok(await tokenFor(db, ma), REQUEST, { input: { customerCode: customer.code, reason: '西北区域客户' } })).requestOwnership;
  const step = await activeStepOf(Number(asked.id));
  expect((await ok(await tokenFor(db, liu), APPROVE, { id: String(step.id) })).approveApproval.status).toBe('APPROVED');
  expect((await activeStepOf(Number(asked.id))).approverLabel).toBe('陈经理');
});

describe('bad requests are refused and write nothing', () => {
  const refused = async (as: As, input: Record<string, unknown>) => {
    const before = await tableChecksums(db);
    const result = await gql(as, REQUEST, { input });
    expect(await tableChecksums(db)).toEqual(before);
    return result;
  };

  test('unknown or deleted code NOT_FOUND; own, pool, empty reason BAD_USER_INPUT; a second pending request CONFLICT', async () => {
    const deleted = await makeCustomer(db, zhou, { name: '回收站里的客户', deletedAt: new Date(), nameKey: null });
    expect(codeOf(await refused(asLi, { customerCode: 'KH-NONE', reason: '理由' }))).toBe('NOT_FOUND');
    expect(codeOf(await refused(asLi, { customerCode: deleted.code, reason: '理由' }))).toBe('NOT_FOUND');
    const own = await makeCustomer(db, li, { name: '李娜自己的客户' });
    const own1 = await refused(asLi, { customerCode: own.code, reason: '理由' });
    expect(own1.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'customerCode', message: 'is already yours' }] });
    const pooled = await makeCustomer(db, null, { name: '公海里的客户' });
    expect(codeOf(await refused(asLi, { customerCode: pooled.code, reason: '理由' }))).toBe('BAD_USER_INPUT');
    const theirs = await makeCustomer(db, zhou, { name: '周洋的另一个客户' });
    const blank = await refused(asLi, { customerCode: theirs.code, reason: '  ' });
    expect(blank.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'reason', message: 'is required' }] });
    await ok(asLi, REQUEST, { input: { customerCode: theirs.code, reason: '第一次' } });
    expect(codeOf(await refused(asLi, { customerCode: theirs.code, reason: '第二次' }))).toBe('CONFLICT');
  });
});
