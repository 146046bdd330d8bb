// What the server writes for people reads like the screens (issue 11 item 8): money in notifications and in the
// recycle bin as ¥1,234.00, never a raw DECIMAL; and a customer names the leads it was converted from, within the
// viewer's lead scope, so its history shows "来自线索" as a name instead of an id.
import { DataSource } from 'typeorm';
import { ApprovalStep, Lead, PaymentPlan } from '@/entities';
import { LeadStatus } from '@/entities/lead.entity';
import { JOBS } from '@/lib/jobs';
import { addDays, todayIn } from '@/lib/contract/dates';
import { closeTestDatabase, openTestDatabase } from '../support/database';
import { makeCustomer, roleByCode } from '../support/factories';
import { Company, approvedContract, as, decide, makeCompany, ok, saveFlow } from './contract-support';

let db: DataSource;
let c: Company;
beforeAll(async () => { db = await openTestDatabase(); c = await makeCompany(db); });
afterAll(async () => closeTestDatabase(db));

const NOTIFICATIONS = '{ notifications(first: 50) { nodes { kind title body } } }';
type Note = { kind: string; title: string; body: string | null };
const notesOf = async (user: typeof c.li, kind: string): Promise<Note[]> =>
  ((await ok(await as(db, user), NOTIFICATIONS)).notifications.nodes as Note[]).filter((n) => n.kind === kind);
const RAW_DECIMAL = /(^|[^\d,¥])\d{4,}\.\d{2}/;

test('a payment-plan reminder writes the amount as ¥1,234,567.50', async () => {
  const contract = await approvedContract(db, c.li, c.customerOfLi, { amount: '2000000.00' });
  await db.getRepository(PaymentPlan).insert({ contractId: Number(contract.id), term: 1, amount: '1234567.50', plannedDate: addDays(todayIn(), 2), reminderDays: 5, createdById: c.li.id });
  await JOBS['payment-plan-reminders'](db);
  const [note] = (await notesOf(c.li, 'payment_plan.due')).filter((n) => n.title.includes(contract.code));
  expect(note.title).toContain('¥1,234,567.50');
  expect(note.title).not.toMatch(RAW_DECIMAL);
});

test('a receivable awaiting approval is announced with ¥12,345.60, and a deleted one shows so in the recycle bin', async () => {
  await saveFlow(db, c.settings, 'RECEIVABLE', [{ name: '财务确认', approverType: 'ROLE', roleId: String((await roleByCode(db, 'FINANCE')).id) }]);
  try {
    const contract = await approvedContract(db, c.li, c.customerOfLi, { amount: '20000.00' });
    const li = await as(db, c.li);
    const receivable = (await ok(li, 'mutation($input: CreateReceivableInput!) { createReceivable(input: $input) { id code status } }', {
      input: { contractId: contract.id, amount: '12345.6', receivedDate: '2026-12-01' },
    })).createReceivable;
    expect(receivable.status).toBe('PENDING');
    const [request] = (await notesOf(c.finance, 'approval.request')).filter((n) => n.title.includes(receivable.code));
    expect(request.title).toContain('¥12,345.60');
    expect(request.title).not.toMatch(RAW_DECIMAL);

    const step = await db.getRepository(ApprovalStep).findOneByOrFail({ documentType: 'RECEIVABLE' as never, documentId: Number(receivable.id) });
    await decide(db, c.finance, step.id, 'reject', '未到账');
    const [result] = (await notesOf(c.li, 'approval.result')).filter((n) => n.title.includes(receivable.code));
    expect(result.title).toContain('¥12,345.60');

    await ok(li, 'mutation($ids: [ID!]!) { deleteReceivables(ids: $ids) { ids } }', { ids: [receivable.id] });
    const bin = (await ok(li, 'query($filter: RecycleBinFilter!) { recycleBin(filter: $filter, first: 50) { nodes { id title } } }', { filter: { type: 'RECEIVABLE' } })).recycleBin;
    const item = bin.nodes.find((n: { id: string }) => n.id === receivable.id);
    expect(item.title).toBe('¥12,345.60（2026-12-01）');
  } finally {
    await saveFlow(db, c.settings, 'RECEIVABLE', [], false);
  }
});

test('a customer names the leads it came from, to whoever may read those leads', async () => {
  const lead = await db.getRepository(Lead).save({ name: '周晓明', company: '语言测试线索转化有限公司', status: LeadStatus.QUALIFIED, ownerId: c.li.id, createdById: c.li.id });
  const li = await as(db, c.li);
  await ok(li, 'mutation($input: ConvertLeadsInput!) { convertLeads(input: $input) { id status } }', { input: { ids: [String(lead.id)] } });
  const customerId = String((await db.getRepository(Lead).findOneByOrFail({ id: lead.id })).convertedCustomerId);
  const DETAIL = 'query($id: ID!) { customer(id: $id) { sourceLeads { id name } history { entityType changes } } }';

  const seen = (await ok(li, DETAIL, { id: customerId })).customer;
  expect(seen.sourceLeads).toEqual([{ id: String(lead.id), name: '周晓明' }]);
  // The history refers to the lead by id; sourceLeads is what lets the page name it.
  const created = seen.history.find((h: { entityType: string; changes: string }) => h.entityType === 'contact' && JSON.parse(h.changes).fromLeadId !== undefined);
  expect(String(JSON.parse(created.changes).fromLeadId)).toBe(String(lead.id));

  // A team member reads the customer but not li's leads (SALES reads its own): the lead is not named to him.
  await ok(li, 'mutation($c: ID!, $u: ID!) { setCustomerTeamMember(customerId: $c, userId: $u, canEdit: false) { userId } }', { c: customerId, u: String(c.sun.id) });
  const asSun = (await ok(await as(db, c.sun), DETAIL, { id: customerId })).customer;
  expect(asSun.sourceLeads).toEqual([]);
  // The department manager reads the leads of his department and sees the name.
  expect((await ok(await as(db, c.manager), DETAIL, { id: customerId })).customer.sourceLeads).toEqual([{ id: String(lead.id), name: '周晓明' }]);
});

test('a history entry names the people its changes refer to by id, so no page shows "用户 #id"', async () => {
  const customer = await makeCustomer(db, c.li, { name: '语言测试转移客户' });
  const manager = await as(db, c.manager);
  await ok(manager, 'mutation($i: TransferCustomersInput!) { transferCustomers(input: $i) { id } }', { i: { ids: [String(customer.id)], toUserId: String(c.sun.id) } });
  const history = (await ok(manager, 'query($id: ID!) { customer(id: $id) { history { action changes people { id name } } } }', { id: String(customer.id) })).customer.history;
  const transfer = history.find((h: { action: string }) => h.action === 'transfer');
  expect(JSON.parse(transfer.changes).ownerId).toEqual([c.li.id, c.sun.id]);
  expect(transfer.people).toEqual([{ id: String(c.li.id), name: '李娜' }, { id: String(c.sun.id), name: '孙磊' }]);
  // The audit log gives the same names.
  const log = (await ok(await as(db, c.admin), 'query($f: AuditLogFilter) { auditLogs(first: 5, filter: $f) { nodes { action people { name } } } }', {
    f: { entityType: 'customer', entityId: String(customer.id), action: 'transfer' },
  })).auditLogs.nodes;
  expect(log[0].people.map((p: { name: string }) => p.name)).toEqual(['李娜', '孙磊']);
});
