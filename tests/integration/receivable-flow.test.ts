// Payment plans and receivables: only on approved contracts, exact decimal totals, over-payment refused
// naming what is left, the RECEIVABLE approval flow, full payment settling the opportunity and customer,
// and the payment plan reminder job (idempotent, also under concurrent runs).
import { DataSource } from 'typeorm';
import { AuditLog, Contract, Customer, Notification, Opportunity, PaymentPlan } from '@/entities';
import { DealStatus } from '@/entities/customer.entity';
import { OpportunityCategory } from '@/entities/opportunity.entity';
import { runPaymentPlanReminders } from '@/lib/jobs/payment-plan-reminders';
import { JOBS } from '@/lib/jobs';
import { addDays, todayIn } from '@/lib/contract/dates';
import { closeTestDatabase, openTestDatabase } from '../support/database';
import { makeCustomer } from '../support/factories';
import {
  Company, activeStep, approvedContract, as, codeOf, contractInput, contractOf, createContract, decide, gql, makeCompany, makeOpportunity, ok, saveFlow, submit,
} from './contract-support';

let db: DataSource;
let c: Company;
beforeAll(async () => { db = await openTestDatabase(); c = await makeCompany(db); });
afterAll(async () => closeTestDatabase(db));

const RECORD = 'mutation($input: CreateReceivableInput!) { createReceivable(input: $input) { id code status amount planId contract { id } recordedBy { id } } }';
const record = async (user: typeof c.li, contractId: string, amount: string, extra: Record<string, unknown> = {}) =>
  gql(await as(db, user), RECORD, { input: { contractId, amount, receivedDate: '2026-11-25', method: '银行转账', ...extra } });
const AMOUNTS = 'query($id: ID!) { contract(id: $id) { status amount receivedAmount outstandingAmount paidAt receivables { code amount status } paymentPlans { term amount receivedAmount } } }';
const amountsOf = async (user: typeof c.li, id: string) => (await ok(await as(db, user), AMOUNTS, { id })).contract;

describe('receivables', () => {
  test('are refused on contracts that are not approved', async () => {
    const draft = await createContract(db, c.li, contractInput(c.customerOfLi));
    const result = await record(c.li, draft.id, '10.00');
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].extensions?.fields).toEqual([{ field: 'contractId', message: 'receivables can only be recorded on approved contracts' }]);
  });

  test('add up exactly in cents, refuse over-payment naming the outstanding amount, and settle the contract when fully paid', async () => {
    const customer = await makeCustomer(db, c.li);
    const opportunity = await makeOpportunity(db, customer, c.li);
    const contract = await approvedContract(db, c.li, customer, { amount: '1000.00', opportunityId: String(opportunity.id) });
    for (const amount of ['0.10', '0.20', '333.33']) {
      const r = await record(c.li, contract.id, amount);
      expect(r.data.createReceivable).toMatchObject({ status: 'APPROVED', amount, recordedBy: { id: String(c.li.id) } });
      expect(r.data.createReceivable.code).toMatch(/^HK\d{12}$/);
    }
    expect(await amountsOf(c.li, contract.id)).toMatchObject({ receivedAmount: '333.63', outstandingAmount: '666.37', paidAt: null });

    const over = await record(c.li, contract.id, '666.38');
    expect(codeOf(over)).toBe('BAD_USER_INPUT');
    expect(over.errors?.[0].extensions?.fields).toEqual([{ field: 'amount', message: 'exceeds the outstanding amount of 666.37; at most 666.37 can be recorded' }]);
    for (const bad of ['0', '-1', '1.001', 'abc']) expect(codeOf(await record(c.li, contract.id, bad))).toBe('BAD_USER_INPUT');
    expect(codeOf(await record(c.li, contract.id, '1.00', { receivedDate: '2026-13-01' }))).toBe('BAD_USER_INPUT');
    expect((await db.getRepository(Customer).findOneByOrFail({ id: customer.id })).dealStatus).toBe(DealStatus.NONE);

    expect((await record(c.li, contract.id, '666.37')).data.createReceivable.status).toBe('APPROVED');
    const paid = await amountsOf(c.li, contract.id);
    expect(paid).toMatchObject({ receivedAmount: '1000.00', outstandingAmount: '0.00' });
    expect(paid.paidAt).not.toBeNull();
    expect((await db.getRepository(Opportunity).findOneByOrFail({ id: opportunity.id })).category).toBe(OpportunityCategory.WON);
    expect((await db.getRepository(Customer).findOneByOrFail({ id: customer.id })).dealStatus).toBe(DealStatus.DEAL);
    expect(await db.getRepository(AuditLog).countBy({ entityType: 'contract', entityId: Number(contract.id), action: 'paid' })).toBe(1);
    const dealEntry = await db.getRepository(AuditLog).findOneByOrFail({ entityType: 'customer', entityId: customer.id, action: 'update' });
    // A reason code the customer history translates (合同全部回款), and the contract that made the deal.
    expect(dealEntry.changes).toEqual({ dealStatus: ['NONE', 'DEAL'], reason: 'CONTRACT_PAID', contract: contract.code });
    expect(await db.getRepository(AuditLog).countBy({ entityType: 'customer', entityId: customer.id, action: 'update' })).toBe(1);
    expect(await db.getRepository(AuditLog).countBy({ entityType: 'opportunity', entityId: opportunity.id, action: 'won' })).toBe(1);
    expect(codeOf(await record(c.li, contract.id, '0.01'))).toBe('BAD_USER_INPUT');
    // A contract with receivables cannot be voided.
    expect(codeOf(await gql(await as(db, c.li), 'mutation($id: ID!) { voidContract(id: $id, reason: "测试") { id } }', { id: contract.id }))).toBe('CONFLICT');
    // The customer shows what was received, to those who see the contract.
    const q = 'query($id: ID!) { customer(id: $id) { receivedAmount } }';
    expect((await ok(await as(db, c.li), q, { id: String(customer.id) })).customer.receivedAmount).toBe('1000.00');
  });

  test('two receivables recorded at once cannot both fit into the same outstanding amount', async () => {
    const contract = await approvedContract(db, c.li, c.customerOfLi, { amount: '100.00' });
    const results = await Promise.all([record(c.li, contract.id, '70.00'), record(c.finance, contract.id, '70.00')]);
    expect(results.map((r) => codeOf(r) ?? 'OK').sort()).toEqual(['BAD_USER_INPUT', 'OK']);
    expect(await amountsOf(c.li, contract.id)).toMatchObject({ receivedAmount: '70.00', outstandingAmount: '30.00' });
  });

  test('need receivable:create and the receivable write scope over the contract', async () => {
    const contract = await approvedContract(db, c.li, c.customerOfLi, { amount: '500.00' });
    expect(codeOf(await record(c.sun, contract.id, '1.00'))).toBe('NOT_FOUND');
    expect(codeOf(await record(c.manager, contract.id, '1.00'))).toBe('FORBIDDEN');
    expect(codeOf(await record(c.settings, contract.id, '1.00'))).toBe('FORBIDDEN');
    // Finance reads every contract and writes every receivable.
    expect((await record(c.finance, contract.id, '1.00')).data.createReceivable.recordedBy.id).toBe(String(c.finance.id));
  });

  test('may name a payment plan of the same contract only, and plans show what was received against them', async () => {
    const contract = await approvedContract(db, c.li, c.customerOfLi, { amount: '900.00' });
    const other = await approvedContract(db, c.li, c.customerOfLi, { amount: '900.00' });
    const PLAN = 'mutation($input: CreatePaymentPlanInput!) { createPaymentPlan(input: $input) { id term } }';
    const token = await as(db, c.li);
    const plan = (await ok(token, PLAN, { input: { contractId: contract.id, amount: '300.00', plannedDate: '2026-12-01' } })).createPaymentPlan;
    const foreign = (await ok(token, PLAN, { input: { contractId: other.id, amount: '300.00', plannedDate: '2026-12-01' } })).createPaymentPlan;
    const wrong = await record(c.li, contract.id, '100.00', { planId: foreign.id });
    expect(wrong.errors?.[0].extensions?.fields).toEqual([{ field: 'planId', message: 'is not a payment plan of this contract' }]);
    expect((await record(c.li, contract.id, '100.00', { planId: plan.id })).data.createReceivable.planId).toBe(plan.id);
    expect((await amountsOf(c.li, contract.id)).paymentPlans).toEqual([{ term: 1, amount: '300.00', receivedAmount: '100.00' }]);
  });

  test('under a RECEIVABLE flow are counted only once approved, and pending ones hold back the outstanding amount', async () => {
    const financeRoleId = String((await (await import('../support/factories')).roleByCode(db, 'FINANCE')).id);
    await saveFlow(db, c.settings, 'RECEIVABLE', [{ name: '财务确认', approverType: 'ROLE', roleId: financeRoleId }]);
    const contract = await approvedContract(db, c.li, c.customerOfLi, { amount: '100.00' });
    const first = (await record(c.li, contract.id, '60.00')).data.createReceivable;
    expect(first.status).toBe('PENDING');
    expect(await amountsOf(c.li, contract.id)).toMatchObject({ receivedAmount: '0.00', outstandingAmount: '100.00' });
    const held = await record(c.li, contract.id, '50.00');
    expect(held.errors?.[0].extensions?.fields).toEqual([{ field: 'amount', message: 'exceeds the outstanding amount of 100.00 (60.00 of it awaiting approval); at most 40.00 can be recorded' }]);
    const second = (await record(c.li, contract.id, '40.00')).data.createReceivable;

    const pending = (await ok(await as(db, c.finance), '{ myPendingApprovals(documentType: RECEIVABLE) { totalCount nodes { id receivable { code amount } contract { id } } } }')).myPendingApprovals;
    expect(pending.totalCount).toBe(2);
    expect(pending.nodes.map((n: { receivable: { code: string } }) => n.receivable.code).sort()).toEqual([first.code, second.code].sort());

    const stepOf = async (receivableId: string) => (await db.getRepository((await import('@/entities')).ApprovalStep).findOneByOrFail({ documentType: 'RECEIVABLE' as never, documentId: Number(receivableId) }));
    await decide(db, c.finance, (await stepOf(first.id)).id, 'approve', '已到账');
    expect(await amountsOf(c.li, contract.id)).toMatchObject({ receivedAmount: '60.00', outstandingAmount: '40.00', paidAt: null });
    await decide(db, c.finance, (await stepOf(second.id)).id, 'reject', '未到账');
    expect((await amountsOf(c.li, contract.id)).receivables.map((r: { status: string }) => r.status).sort()).toEqual(['APPROVED', 'REJECTED']);
    // The rejected amount is free again; approving the last 40.00 settles the contract.
    const third = (await record(c.li, contract.id, '40.00')).data.createReceivable;
    await decide(db, c.finance2, (await stepOf(third.id)).id, 'approve');
    const settled = await amountsOf(c.li, contract.id);
    expect(settled).toMatchObject({ receivedAmount: '100.00', outstandingAmount: '0.00' });
    expect(settled.paidAt).not.toBeNull();
    await saveFlow(db, c.settings, 'RECEIVABLE', [], false);
  });
});

test('two receivables approved at once that complete the amount settle the contract exactly once', async () => {
  const financeRoleId = String((await (await import('../support/factories')).roleByCode(db, 'FINANCE')).id);
  await saveFlow(db, c.settings, 'RECEIVABLE', [{ name: '财务确认', approverType: 'ROLE', roleId: financeRoleId }]);
  const customer = await makeCustomer(db, c.li);
  const contract = await approvedContract(db, c.li, customer, { amount: '100.00' });
  const first = (await record(c.li, contract.id, '30.00')).data.createReceivable;
  const second = (await record(c.li, contract.id, '70.00')).data.createReceivable;
  const { ApprovalStep } = await import('@/entities');
  const stepOf = (id: string) => db.getRepository(ApprovalStep).findOneByOrFail({ documentType: 'RECEIVABLE' as never, documentId: Number(id) });
  const [a, b] = [await stepOf(first.id), await stepOf(second.id)];
  const results = await Promise.all([decide(db, c.finance, a.id, 'approve'), decide(db, c.finance2, b.id, 'approve')]);
  expect(results.map((r) => codeOf(r) ?? 'OK')).toEqual(['OK', 'OK']);
  const settled = await amountsOf(c.li, contract.id);
  expect(settled).toMatchObject({ receivedAmount: '100.00', outstandingAmount: '0.00' });
  expect(settled.paidAt).not.toBeNull();
  expect(await db.getRepository(AuditLog).countBy({ entityType: 'contract', entityId: Number(contract.id), action: 'paid' })).toBe(1);
  expect((await db.getRepository(Customer).findOneByOrFail({ id: customer.id })).dealStatus).toBe(DealStatus.DEAL);
  await saveFlow(db, c.settings, 'RECEIVABLE', [], false);
});

describe('payment plans', () => {
  const CREATE = 'mutation($input: CreatePaymentPlanInput!) { createPaymentPlan(input: $input) { id term amount plannedDate method reminderDays } }';
  const UPDATE = 'mutation($id: ID!, $input: UpdatePaymentPlanInput!) { updatePaymentPlan(id: $id, input: $input) { id term amount plannedDate } }';
  const DELETE = 'mutation($id: ID!) { deletePaymentPlan(id: $id) }';

  test('terms number themselves, stay unique and within the contract amount; plans are changed and deleted by the contract writer only', async () => {
    const contract = await createContract(db, c.li, contractInput(c.customerOfLi, { amount: '1000.00' }));
    const token = await as(db, c.li);
    const first = (await ok(token, CREATE, { input: { contractId: contract.id, amount: '400.00', plannedDate: '2026-12-01', method: '银行转账', reminderDays: 5 } })).createPaymentPlan;
    expect(first).toMatchObject({ term: 1, amount: '400.00', plannedDate: '2026-12-01', method: '银行转账', reminderDays: 5 });
    const second = (await ok(token, CREATE, { input: { contractId: contract.id, amount: '600.00', plannedDate: '2027-03-01' } })).createPaymentPlan;
    expect(second.term).toBe(2);
    const over = await gql(token, CREATE, { input: { contractId: contract.id, amount: '0.01', plannedDate: '2027-03-01' } });
    expect(over.errors?.[0].extensions?.fields).toEqual([{ field: 'amount', message: 'would make the plans exceed the contract amount; at most 0.00 can still be planned' }]);
    expect((await gql(token, UPDATE, { id: second.id, input: { term: 1 } })).errors?.[0].extensions?.fields).toEqual([{ field: 'term', message: 'is already used by another plan of this contract' }]);
    expect(codeOf(await gql(token, CREATE, { input: { contractId: contract.id, amount: '1.00', plannedDate: 'soon' } }))).toBe('BAD_USER_INPUT');
    expect((await ok(token, UPDATE, { id: second.id, input: { amount: '500.00', plannedDate: '2027-04-01' } })).updatePaymentPlan).toMatchObject({ amount: '500.00', plannedDate: '2027-04-01' });
    expect(await db.getRepository(AuditLog).countBy({ entityType: 'payment_plan', entityId: Number(second.id) })).toBe(2);

    expect(await contractOf(db, c.sun, contract.id)).toBeNull();
    expect(codeOf(await gql(await as(db, c.sun), UPDATE, { id: first.id, input: { amount: '1.00' } }))).toBe('NOT_FOUND');
    expect(codeOf(await gql(await as(db, c.sun), CREATE, { input: { contractId: contract.id, amount: '1.00', plannedDate: '2027-01-01' } }))).toBe('NOT_FOUND');
    expect(codeOf(await gql(await as(db, c.manager), DELETE, { id: first.id }))).toBe('FORBIDDEN');
    expect((await ok(token, DELETE, { id: first.id })).deletePaymentPlan).toBe(first.id);
    expect((await db.getRepository(PaymentPlan).findOneByOrFail({ id: Number(first.id) })).deletedAt).not.toBeNull();
    expect((await amountsOf(c.li, contract.id)).paymentPlans.map((p: { term: number }) => p.term)).toEqual([2]);
  });

  test('a plan with money against it cannot be deleted, and a void contract takes no plans', async () => {
    const contract = await approvedContract(db, c.li, c.customerOfLi, { amount: '100.00' });
    const token = await as(db, c.li);
    const plan = (await ok(token, CREATE, { input: { contractId: contract.id, amount: '100.00', plannedDate: '2026-12-01' } })).createPaymentPlan;
    await record(c.li, contract.id, '10.00', { planId: plan.id });
    expect(codeOf(await gql(token, DELETE, { id: plan.id }))).toBe('CONFLICT');
    const voidable = await approvedContract(db, c.li, c.customerOfLi);
    await ok(token, 'mutation($id: ID!) { voidContract(id: $id, reason: "作废") { id } }', { id: voidable.id });
    expect(codeOf(await gql(token, CREATE, { input: { contractId: voidable.id, amount: '1.00', plannedDate: '2027-01-01' } }))).toBe('CONFLICT');
  });
});

describe('payment plan reminders', () => {
  test('remind the owner once inside the window, not for received or void plans, again when the date moves; concurrent runs store one', async () => {
    const owner = c.zhao;
    const contract = await approvedContract(db, owner, c.customerOfZhao, { amount: '10000.00' });
    const token = await as(db, owner);
    const today = todayIn();
    const CREATE = 'mutation($input: CreatePaymentPlanInput!) { createPaymentPlan(input: $input) { id } }';
    const due = (await ok(token, CREATE, { input: { contractId: contract.id, amount: '1000.00', plannedDate: addDays(today, 3), reminderDays: 3 } })).createPaymentPlan;
    const early = (await ok(token, CREATE, { input: { contractId: contract.id, amount: '1000.00', plannedDate: addDays(today, 10), reminderDays: 3 } })).createPaymentPlan;
    const paid = (await ok(token, CREATE, { input: { contractId: contract.id, amount: '1000.00', plannedDate: addDays(today, 1), reminderDays: 7 } })).createPaymentPlan;
    await ok(token, CREATE, { input: { contractId: contract.id, amount: '1000.00', plannedDate: addDays(today, -1), reminderDays: 7 } });
    await record(owner, contract.id, '1000.00', { planId: paid.id });
    const draft = await createContract(db, owner, contractInput(c.customerOfZhao));
    await ok(token, CREATE, { input: { contractId: draft.id, amount: '1.00', plannedDate: today, reminderDays: 0 } });

    const reminders = () => db.getRepository(Notification).find({ where: { userId: owner.id, kind: 'payment_plan.due' } });
    await Promise.all([runPaymentPlanReminders(db), runPaymentPlanReminders(db), JOBS['payment-plan-reminders'](db)]);
    let sent = await reminders();
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ entityType: 'contract', entityId: Number(contract.id) });
    expect((sent[0].data as { paymentPlanId: number }).paymentPlanId).toBe(Number(due.id));
    expect(sent[0].title).toContain('第 1 期');
    await runPaymentPlanReminders(db);
    expect(await reminders()).toHaveLength(1);

    // Seven days later the early plan is due too; moving the first plan's date reminds again.
    await runPaymentPlanReminders(db, new Date(Date.now() + 7 * 86400000));
    sent = await reminders();
    expect(sent.map((n) => (n.data as { paymentPlanId: number }).paymentPlanId).sort()).toEqual([Number(due.id), Number(early.id)].sort());
    await ok(token, 'mutation($id: ID!, $input: UpdatePaymentPlanInput!) { updatePaymentPlan(id: $id, input: $input) { id } }', { id: due.id, input: { plannedDate: addDays(today, 2) } });
    await runPaymentPlanReminders(db);
    expect(await reminders()).toHaveLength(3);

    // A void contract is not chased.
    const other = await approvedContract(db, owner, c.customerOfZhao, { amount: '10.00' });
    await ok(token, CREATE, { input: { contractId: other.id, amount: '10.00', plannedDate: today, reminderDays: 0 } });
    await ok(token, 'mutation($id: ID!) { voidContract(id: $id, reason: "取消") { id } }', { id: other.id });
    await runPaymentPlanReminders(db);
    expect((await reminders()).filter((n) => n.entityId === Number(other.id))).toHaveLength(0);
    expect(await db.getRepository(Contract).countBy({ id: Number(other.id), status: 'VOID' as never })).toBe(1);
  });
});

test('submitting again after approval is refused, so a receivable cannot be doubled through a resubmission', async () => {
  const contract = await approvedContract(db, c.li, c.customerOfLi, { amount: '10.00' });
  expect(codeOf(await submit(db, c.li, contract.id))).toBe('CONFLICT');
  expect(await activeStep(db, contract.id)).toBeNull();
});
