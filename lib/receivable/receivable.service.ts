// Recording a receivable (回款) on an APPROVED contract. Approved at once, or through the RECEIVABLE approval
// flow when one is configured (counted as received only once approved). Amounts still awaiting approval are
// held back, so approved + pending never exceed the contract amount: more is refused naming what is left.
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { PaymentPlan, Receivable } from '@/entities';
import { ApprovalDocumentType } from '@/entities/approval-flow.entity';
import { ApprovalStatus } from '@/entities/approval.entity';
import { ContractStatus } from '@/entities/contract.entity';
import { ReceivableStatus } from '@/entities/receivable.entity';
import { Viewer, idsInScope, requireAccess, requireIds } from '@/lib/access';
import { startApproval } from '@/lib/approval/approval.engine';
import { audit } from '@/lib/audit/audit';
import { forUpdate } from '@/lib/db/lock';
import { inTransaction } from '@/lib/db/transaction';
import { cleanDictionaryFields } from '@/lib/dictionary/record-values';
import { FieldErrors, badInput, conflict, forbidden, notFound } from '@/lib/errors';
import { nextNumber } from '@/lib/numbering/numbering.service';
import { blankToNull } from '@/lib/text';
import { actorOf } from '@/lib/customer/customer.service';
import { CONTRACT_TABLE } from '@/lib/contract/contract.tables';
import { lockContract } from '@/lib/contract/contract.service';
import { isCalendarDate } from '@/lib/contract/dates';
import { centsOf, formatCents, parseCents } from '@/lib/contract/money';
import { RECEIVABLE_WRITE_TABLE } from './receivable.tables';
import { receivableTotals } from './receivable.totals';
import { readableReceivables } from './receivable.query';
import { settleIfPaid } from './settlement';

export interface ReceivableFields {
  contractId: number;
  planId?: number | null;
  amount: string;
  receivedDate: string;
  method?: string | null;
  remarks?: string | null;
}

function cleanReceivable(input: ReceivableFields) {
  const errors = new FieldErrors();
  const amount = parseCents(input.amount);
  errors.check(amount !== null && amount > 0n, 'amount', 'must be an amount greater than 0 with at most 2 decimal places');
  errors.check(isCalendarDate(input.receivedDate), 'receivedDate', 'must be a date (YYYY-MM-DD)');
  const method = blankToNull(input.method ?? null) ?? null;
  errors.check(!method || [...method].length <= 30, 'method', 'must be at most 30 characters');
  const remarks = blankToNull(input.remarks ?? null) ?? null;
  errors.check(!remarks || [...remarks].length <= 500, 'remarks', 'must be at most 500 characters');
  const planId = input.planId === undefined || input.planId === null ? null : Number(input.planId);
  errors.check(planId === null || (Number.isSafeInteger(planId) && planId > 0), 'planId', 'is not a valid id');
  errors.throwIfAny();
  return { amount: amount!, receivedDate: input.receivedDate, method, remarks, planId };
}

export async function createReceivable(db: DataSource, viewer: Viewer, input: ReceivableFields): Promise<Receivable> {
  const fields = cleanReceivable(input);
  const contractId = Number(input.contractId);
  return inTransaction(db, async (manager) => {
    // Locked first, so two receivables recorded at once cannot both fit into the same outstanding amount.
    const contract = await lockContract(manager, contractId);
    await requireAccess(manager, viewer, CONTRACT_TABLE, [contractId], 'read');
    if (!(await idsInScope(manager, viewer, RECEIVABLE_WRITE_TABLE, [contractId], 'write')).has(contractId)) {
      throw forbidden('You may not record receivables on this contract');
    }
    if (!contract || contract.status !== ContractStatus.APPROVED) throw badInput('contractId', 'receivables can only be recorded on approved contracts');
    await cleanDictionaryFields(manager, 'receivable', fields);
    if (fields.planId !== null && !(await manager.existsBy(PaymentPlan, { id: fields.planId, contractId, deletedAt: IsNull() }))) {
      throw badInput('planId', 'is not a payment plan of this contract');
    }
    const { approved, pending } = await receivableTotals(manager, contractId);
    const outstanding = centsOf(contract.amount) - approved;
    const available = outstanding - pending;
    if (fields.amount > available) {
      const held = pending > 0n ? ` (${formatCents(pending)} of it awaiting approval)` : '';
      throw badInput('amount', `exceeds the outstanding amount of ${formatCents(outstanding)}${held}; at most ${formatCents(available > 0n ? available : 0n)} can be recorded`);
    }
    const saved = await manager.save(manager.create(Receivable, {
      code: await nextNumber(manager, 'receivable'), contractId, planId: fields.planId, amount: formatCents(fields.amount),
      receivedDate: fields.receivedDate, method: fields.method, remarks: fields.remarks, status: ReceivableStatus.PENDING, recordedById: viewer.userId,
    }));
    const approval = await startApproval(manager, viewer, { documentType: ApprovalDocumentType.RECEIVABLE, documentId: saved.id, contractId });
    const status = approval.status === ApprovalStatus.APPROVED ? ReceivableStatus.APPROVED : ReceivableStatus.PENDING;
    if (status === ReceivableStatus.APPROVED) await manager.update(Receivable, { id: saved.id }, { status });
    await audit(manager, actorOf(viewer), {
      action: 'create', entityType: 'receivable', entityId: saved.id,
      changes: { code: saved.code, contractId, planId: fields.planId, amount: saved.amount, receivedDate: saved.receivedDate, method: fields.method, status, approvalId: approval.id },
    });
    if (status === ReceivableStatus.APPROVED) await settleIfPaid(manager, contractId, actorOf(viewer));
    return manager.findOneByOrFail(Receivable, { id: saved.id });
  });
}

/**
 * The receivables by id as the viewer may change them: each readable (else NOT_FOUND, as if it did not exist) and on
 * a contract their receivable write scope covers (else FORBIDDEN). Locked for the caller's transaction.
 */
async function writableReceivables(manager: EntityManager, viewer: Viewer, ids: number[], deleted: boolean): Promise<Receivable[]> {
  const rows = await forUpdate(manager, (await readableReceivables(manager, viewer, deleted)).andWhere('r.id IN (:...ids)', { ids })).getMany();
  if (rows.length !== ids.length) throw notFound('Receivable');
  const contractIds = [...new Set(rows.map((r) => r.contractId))];
  const writable = await idsInScope(manager, viewer, RECEIVABLE_WRITE_TABLE, contractIds, 'write');
  if (contractIds.some((id) => !writable.has(id))) throw forbidden('You may not change receivables of this contract');
  return rows;
}

/**
 * Moves rejected receivables to the recycle bin (回收站). Approved ones are the books and pending ones await their
 * approver: neither is ever deleted. All or nothing.
 */
export async function deleteReceivables(db: DataSource, viewer: Viewer, rawIds: readonly (string | number)[]): Promise<number[]> {
  const ids = requireIds(rawIds);
  return inTransaction(db, async (manager) => {
    const rows = await writableReceivables(manager, viewer, ids, false);
    const kept = rows.filter((r) => r.status !== ReceivableStatus.REJECTED);
    if (kept.length) throw conflict(`Only rejected receivables can be deleted (${kept.map((r) => r.code).join(', ')})`, { codes: kept.map((r) => r.code) });
    const result = await manager.createQueryBuilder().update(Receivable).set({ deletedAt: new Date(), deletedById: viewer.userId })
      .where('id IN (:...ids) AND status = :rejected AND deleted_at IS NULL', { ids, rejected: ReceivableStatus.REJECTED }).execute();
    if (result.affected !== ids.length) throw conflict('A receivable changed while it was being deleted; try again');
    await audit(manager, actorOf(viewer), ids.map((id) => ({ action: 'delete', entityType: 'receivable', entityId: id })));
    return ids;
  });
}

/** Brings deleted receivables back from the recycle bin (their contract must be live and in the write scope). */
export async function restoreReceivables(db: DataSource, viewer: Viewer, rawIds: readonly (string | number)[]): Promise<number[]> {
  const ids = requireIds(rawIds);
  return inTransaction(db, async (manager) => {
    await writableReceivables(manager, viewer, ids, true);
    await manager.update(Receivable, { id: In(ids) }, { deletedAt: null, deletedById: null });
    await audit(manager, actorOf(viewer), ids.map((id) => ({ action: 'restore', entityType: 'receivable', entityId: id })));
    return ids;
  });
}
