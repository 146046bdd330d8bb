// Payment plans (回款计划) of a contract: terms with a planned amount and date, a method and a reminder.
// Changed by whoever may change the contract (not once it is VOID); the planned total never exceeds the
// contract amount. Read only through a contract already in scope.
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { PaymentPlan, Receivable } from '@/entities';
import { ContractStatus } from '@/entities/contract.entity';
import { ReceivableStatus } from '@/entities/receivable.entity';
import { Viewer, requireAccess } from '@/lib/access';
import { audit, diff } from '@/lib/audit/audit';
import { forUpdate } from '@/lib/db/lock';
import { inTransaction } from '@/lib/db/transaction';
import { cleanDictionaryFields } from '@/lib/dictionary/record-values';
import { FieldErrors, conflict, notFound } from '@/lib/errors';
import { blankToNull } from '@/lib/text';
import { actorOf } from '@/lib/customer/customer.service';
import { CONTRACT_TABLE } from './contract.tables';
import { lockContract } from './contract.service';
import { isCalendarDate } from './dates';
import { centsOf, formatCents, parseCents, sqlCents, sumCents } from './money';

export interface PaymentPlanFields {
  term?: number | null;
  amount?: string | null;
  plannedDate?: string | null;
  method?: string | null;
  reminderDays?: number | null;
  remarks?: string | null;
}

const MAX_REMINDER_DAYS = 365;

function cleanPlanFields(input: PaymentPlanFields, creating: boolean) {
  const errors = new FieldErrors();
  const out: Partial<Omit<PaymentPlan, 'amount'>> & { amount?: bigint } = {};
  if (input.term !== undefined && input.term !== null) {
    errors.check(Number.isInteger(input.term) && input.term >= 1 && input.term <= 999, 'term', 'must be a whole number from 1 to 999');
    out.term = input.term;
  }
  if (input.amount !== undefined || creating) {
    const cents = parseCents(input.amount);
    errors.check(cents !== null && cents > 0n, 'amount', 'must be an amount greater than 0 with at most 2 decimal places');
    if (cents !== null) out.amount = cents;
  }
  if (input.plannedDate !== undefined || creating) {
    errors.check(isCalendarDate(input.plannedDate), 'plannedDate', 'must be a date (YYYY-MM-DD)');
    if (isCalendarDate(input.plannedDate)) out.plannedDate = input.plannedDate;
  }
  if (input.method !== undefined) {
    out.method = blankToNull(input.method) ?? null;
    errors.check(!out.method || [...out.method].length <= 30, 'method', 'must be at most 30 characters');
  }
  if (input.reminderDays === null) out.reminderDays = null; // follows the company default (settings 提醒周期)
  else if (input.reminderDays !== undefined) {
    errors.check(Number.isInteger(input.reminderDays) && input.reminderDays >= 0 && input.reminderDays <= MAX_REMINDER_DAYS, 'reminderDays', `must be a whole number from 0 to ${MAX_REMINDER_DAYS}`);
    out.reminderDays = input.reminderDays;
  }
  if (input.remarks !== undefined) {
    out.remarks = blankToNull(input.remarks) ?? null;
    errors.check(!out.remarks || [...out.remarks].length <= 500, 'remarks', 'must be at most 500 characters');
  }
  errors.throwIfAny();
  return out;
}

/** Checks the contract can take plan changes and that the planned total stays within its amount. */
async function checkPlans(manager: EntityManager, contractId: number, term: number, amount: bigint, exceptId: number | null) {
  const contract = (await lockContract(manager, contractId))!;
  if (contract.status === ContractStatus.VOID) throw conflict('A void contract takes no payment plans', { status: contract.status });
  const others = manager.createQueryBuilder(PaymentPlan, 'p').where('p.contractId = :contractId AND p.deletedAt IS NULL', { contractId });
  if (exceptId) others.andWhere('p.id <> :exceptId', { exceptId });
  // Locking reads (on MySQL): under the contract's row lock they see plans committed by whoever held it before.
  const taken = Number((await forUpdate(manager, others.clone().select('COUNT(*)', 'n').andWhere('p.term = :term', { term })).getRawOne<{ n: unknown }>())?.n ?? 0);
  const planned = sumCents((await forUpdate(manager, others.clone().select(`COALESCE(SUM(${sqlCents(manager, 'p.amount')}), 0)`, 'total')).getRawOne<{ total: unknown }>())?.total);
  const errors = new FieldErrors();
  errors.check(!taken, 'term', 'is already used by another plan of this contract');
  const left = centsOf(contract.amount) - planned;
  errors.check(amount <= left, 'amount', `would make the plans exceed the contract amount; at most ${formatCents(left > 0n ? left : 0n)} can still be planned`);
  errors.throwIfAny();
}

export async function createPaymentPlan(db: DataSource, viewer: Viewer, contractId: number, input: PaymentPlanFields): Promise<PaymentPlan> {
  const fields = cleanPlanFields(input, true);
  return inTransaction(db, async (manager) => {
    await requireAccess(manager, viewer, CONTRACT_TABLE, [contractId], 'write');
    await cleanDictionaryFields(manager, 'payment_plan', fields);
    const last = await manager.createQueryBuilder(PaymentPlan, 'p').select('MAX(p.term)', 'term')
      .where('p.contractId = :contractId AND p.deletedAt IS NULL', { contractId }).getRawOne<{ term: number | null }>();
    const term = fields.term ?? Number(last?.term ?? 0) + 1;
    await checkPlans(manager, contractId, term, fields.amount!, null);
    const plan = await manager.save(manager.create(PaymentPlan, {
      contractId, term, amount: formatCents(fields.amount!), plannedDate: fields.plannedDate!, method: fields.method ?? null,
      reminderDays: fields.reminderDays ?? null, remarks: fields.remarks ?? null, createdById: viewer.userId,
    }));
    await audit(manager, actorOf(viewer), {
      action: 'create', entityType: 'payment_plan', entityId: plan.id,
      changes: { contractId, term, amount: plan.amount, plannedDate: plan.plannedDate, method: plan.method, reminderDays: plan.reminderDays },
    });
    return manager.findOneByOrFail(PaymentPlan, { id: plan.id });
  });
}

/** The live plan and its contract id, or NOT_FOUND when the plan or its contract is out of the viewer's reach. */
async function writablePlan(manager: EntityManager, viewer: Viewer, id: number): Promise<PaymentPlan> {
  const plan = Number.isSafeInteger(id) && id > 0 ? await manager.findOneBy(PaymentPlan, { id, deletedAt: IsNull() }) : null;
  if (!plan) throw notFound('Payment plan');
  await requireAccess(manager, viewer, { ...CONTRACT_TABLE, label: 'Payment plan' }, [plan.contractId], 'write');
  return plan;
}

export async function updatePaymentPlan(db: DataSource, viewer: Viewer, id: number, input: PaymentPlanFields): Promise<PaymentPlan> {
  const fields = cleanPlanFields(input, false);
  return inTransaction(db, async (manager) => {
    const plan = await writablePlan(manager, viewer, id);
    await cleanDictionaryFields(manager, 'payment_plan', fields, { method: plan.method } as Partial<typeof fields>);
    const amount = fields.amount ?? centsOf(plan.amount);
    await checkPlans(manager, plan.contractId, fields.term ?? plan.term, amount, plan.id);
    const { amount: _cents, ...rest } = fields;
    const patch: Partial<PaymentPlan> = { ...rest, ...(fields.amount !== undefined ? { amount: formatCents(fields.amount) } : {}) };
    const changes = diff(plan, patch);
    if (!Object.keys(changes).length) return plan;
    await manager.update(PaymentPlan, { id }, patch);
    await audit(manager, actorOf(viewer), { action: 'update', entityType: 'payment_plan', entityId: id, changes: { contractId: plan.contractId, ...changes } });
    return manager.findOneByOrFail(PaymentPlan, { id });
  });
}

/** Removes a plan nothing was received against (soft delete). */
export async function deletePaymentPlan(db: DataSource, viewer: Viewer, id: number): Promise<number> {
  return inTransaction(db, async (manager) => {
    const plan = await writablePlan(manager, viewer, id);
    const used = await manager.countBy(Receivable, { planId: id, status: In([ReceivableStatus.APPROVED, ReceivableStatus.PENDING]) });
    if (used) throw conflict('Money was recorded against this payment plan; it cannot be deleted', { receivables: used });
    await manager.update(PaymentPlan, { id }, { deletedAt: new Date() });
    await audit(manager, actorOf(viewer), { action: 'delete', entityType: 'payment_plan', entityId: id, changes: { contractId: plan.contractId, term: plan.term } });
    return id;
  });
}

/** Live plans of each contract, by term. */
export async function plansOfContracts(manager: EntityManager, contractIds: readonly number[]): Promise<Map<number, PaymentPlan[]>> {
  const rows = contractIds.length ? await manager.find(PaymentPlan, { where: { contractId: In([...contractIds]), deletedAt: IsNull() }, order: { term: 'ASC', id: 'ASC' } }) : [];
  const out = new Map<number, PaymentPlan[]>(contractIds.map((id) => [id, []]));
  for (const row of rows) out.get(row.contractId)?.push(row);
  return out;
}

/** Approved receivables recorded against each plan. */
export async function receivedByPlan(manager: EntityManager, planIds: readonly number[]): Promise<Map<number, string>> {
  const out = new Map<number, string>(planIds.map((id) => [id, '0.00']));
  if (!planIds.length) return out;
  const rows = await manager.createQueryBuilder(Receivable, 'r').select('r.planId', 'planId').addSelect(`COALESCE(SUM(${sqlCents(manager, 'r.amount')}), 0)`, 'received')
    .where('r.planId IN (:...planIds) AND r.status = :approved', { planIds: [...planIds], approved: ReceivableStatus.APPROVED })
    .groupBy('r.planId').getRawMany<{ planId: number; received: unknown }>();
  for (const row of rows) out.set(Number(row.planId), formatCents(sumCents(row.received)));
  return out;
}
