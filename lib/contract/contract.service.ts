// Contract changes: create, update (DRAFT or REJECTED only), soft delete (DRAFT only), void, transfer.
// Each runs in one transaction, checks the write scope before writing and audits in the same transaction.
import { DataSource, EntityManager, In } from 'typeorm';
import { afterValues, applyCustomValues } from '@/lib/custom-field/values';
import { Contract, ContractLine, Customer, Receivable } from '@/entities';
import { ContractStatus } from '@/entities/contract.entity';
import { ReceivableStatus } from '@/entities/receivable.entity';
import { Viewer, requireAccess, requireIds } from '@/lib/access';
import { audit, diff } from '@/lib/audit/audit';
import { forUpdate } from '@/lib/db/lock';
import { inTransaction } from '@/lib/db/transaction';
import { badInput, conflict } from '@/lib/errors';
import { notify } from '@/lib/notification/notification.service';
import { nextNumber } from '@/lib/numbering/numbering.service';
import { actorOf } from '@/lib/customer/customer.service';
import { assertTransferTarget } from '@/lib/customer/customer-transfer.service';
import { CONTRACT_OWNER_TABLE, CONTRACT_TABLE } from './contract.tables';
import { ContractFields, checkDateOrder, cleanContractFields } from './contract.validation';
import { assertContractParties, lineSummary, productLines } from './contract-links';
import { centsOf, formatCents } from './money';

export const EDITABLE_STATUSES: readonly ContractStatus[] = [ContractStatus.DRAFT, ContractStatus.REJECTED];

/**
 * Locks the contract row for the rest of the transaction (MySQL; SQLite runs one writer at a time). Called first,
 * before any plain read, so the transaction's snapshot starts after whoever held the lock has committed.
 */
export const lockContract = (manager: EntityManager, id: number): Promise<Contract | null> =>
  Number.isSafeInteger(id) && id > 0 ? forUpdate(manager, manager.createQueryBuilder(Contract, 'k').where('k.id = :id', { id })).getOne() : Promise.resolve(null);

async function writeLines(manager: EntityManager, contractId: number, rows: Partial<ContractLine>[]) {
  // Lines are part of the contract's content: replaced as a whole, the old ones kept in the audit entry.
  await manager.delete(ContractLine, { contractId });
  if (rows.length) await manager.insert(ContractLine, rows.map((row) => ({ ...row, contractId })));
}

export async function createContract(db: DataSource, viewer: Viewer, input: ContractFields): Promise<Contract> {
  const fields = cleanContractFields(input, true);
  checkDateOrder(fields.startDate ?? null, fields.endDate ?? null);
  return inTransaction(db, async (manager) => {
    await assertContractParties(manager, viewer, fields.customerId!, fields.opportunityId ?? null);
    const lines = fields.lines?.length ? await productLines(manager, fields.lines, []) : [];
    const contract = await manager.save(manager.create(Contract, {
      code: await nextNumber(manager, 'contract'), title: fields.title!, customerId: fields.customerId!,
      opportunityId: fields.opportunityId ?? null, amount: formatCents(fields.amount!), signDate: fields.signDate ?? null,
      startDate: fields.startDate ?? null, endDate: fields.endDate ?? null, remarks: fields.remarks ?? null,
      status: ContractStatus.DRAFT, ownerId: viewer.userId, createdById: viewer.userId,
    }));
    await writeLines(manager, contract.id, lines);
    const custom = await applyCustomValues(manager, 'contract', contract.id, input.customFields, true);
    await audit(manager, actorOf(viewer), {
      action: 'create', entityType: 'contract', entityId: contract.id,
      changes: { ...afterValues(custom), code: contract.code, title: contract.title, customerId: contract.customerId, opportunityId: contract.opportunityId, amount: contract.amount, signDate: contract.signDate, startDate: contract.startDate, endDate: contract.endDate, lines: lines.map(lineSummary) },
    });
    return manager.findOneByOrFail(Contract, { id: contract.id });
  });
}

export async function updateContract(db: DataSource, viewer: Viewer, id: number, input: ContractFields): Promise<Contract> {
  const fields = cleanContractFields(input, false);
  return inTransaction(db, async (manager) => {
    const contract = await lockContract(manager, id);
    await requireAccess(manager, viewer, CONTRACT_TABLE, [id], 'write');
    if (!contract || !EDITABLE_STATUSES.includes(contract.status)) throw conflict('Only draft or rejected contracts can be edited', { status: contract?.status });
    const existingLines = await manager.find(ContractLine, { where: { contractId: id }, order: { sort: 'ASC' } });
    if (fields.lines === undefined && fields.amount !== undefined && existingLines.length) {
      const sum = existingLines.reduce((total, l) => total + centsOf(l.amount), 0n);
      if (sum !== fields.amount) throw badInput('amount', `must equal the sum of the product lines (${formatCents(sum)})`);
    }
    const customerId = fields.customerId ?? contract.customerId;
    const opportunityId = fields.opportunityId !== undefined ? fields.opportunityId : contract.opportunityId;
    if (customerId !== contract.customerId || opportunityId !== contract.opportunityId) await assertContractParties(manager, viewer, customerId, opportunityId);
    checkDateOrder(fields.startDate !== undefined ? fields.startDate : contract.startDate, fields.endDate !== undefined ? fields.endDate : contract.endDate);

    const { lines: rawLines, amount, ...rest } = fields;
    const patch: Partial<Contract> = { ...rest };
    if (amount !== undefined) patch.amount = formatCents(amount);
    const changes: Record<string, unknown> = diff(contract, patch);
    if (rawLines !== undefined) {
      const lines = await productLines(manager, rawLines, existingLines);
      const before = existingLines.map(lineSummary);
      const after = lines.map(lineSummary);
      if (JSON.stringify(before) !== JSON.stringify(after)) {
        await writeLines(manager, id, lines);
        changes.lines = [before, after];
      }
    }
    Object.assign(changes, await applyCustomValues(manager, 'contract', id, input.customFields, false));
    if (!Object.keys(changes).length) return contract;
    await manager.update(Contract, { id }, { ...patch, updatedAt: new Date() }); // also when only custom values changed
    await audit(manager, actorOf(viewer), { action: 'update', entityType: 'contract', entityId: id, changes });
    return manager.findOneByOrFail(Contract, { id });
  });
}

/** Moves DRAFT contracts to the recycle bin; any other status refuses the whole batch. */
export async function deleteContracts(db: DataSource, viewer: Viewer, rawIds: readonly (string | number)[]): Promise<number[]> {
  const ids = requireIds(rawIds);
  return inTransaction(db, async (manager) => {
    await requireAccess(manager, viewer, CONTRACT_OWNER_TABLE, ids, 'write');
    const notDraft = await manager.findBy(Contract, { id: In(ids) }).then((rows) => rows.filter((c) => c.status !== ContractStatus.DRAFT));
    if (notDraft.length) throw conflict(`Only draft contracts can be deleted (${notDraft.map((c) => c.code).join(', ')})`, { codes: notDraft.map((c) => c.code) });
    const result = await manager.createQueryBuilder().update(Contract).set({ deletedAt: new Date(), deletedById: viewer.userId })
      .where('id IN (:...ids) AND status = :draft AND deleted_at IS NULL', { ids, draft: ContractStatus.DRAFT }).execute();
    if (result.affected !== ids.length) throw conflict('A contract changed while it was being deleted; try again');
    await audit(manager, actorOf(viewer), ids.map((id) => ({ action: 'delete', entityType: 'contract', entityId: id })));
    return ids;
  });
}

/** Brings deleted (draft) contracts back from the recycle bin; their customer must be live. All or nothing. */
export async function restoreContracts(db: DataSource, viewer: Viewer, rawIds: readonly (string | number)[]): Promise<number[]> {
  const ids = requireIds(rawIds);
  return inTransaction(db, async (manager) => {
    await requireAccess(manager, viewer, CONTRACT_OWNER_TABLE, ids, 'write', 'deleted');
    const contracts = await manager.findBy(Contract, { id: In(ids) });
    const customers = await manager.findBy(Customer, { id: In([...new Set(contracts.map((c) => c.customerId))]) });
    if (customers.some((c) => c.deletedAt)) throw badInput('ids', 'restore the customer first');
    await manager.update(Contract, { id: In(ids) }, { deletedAt: null, deletedById: null });
    await audit(manager, actorOf(viewer), ids.map((id) => ({ action: 'restore', entityType: 'contract', entityId: id })));
    return ids;
  });
}

/** APPROVED or REJECTED → VOID, with a reason. A contract with money recorded against it cannot be voided. */
export async function voidContract(db: DataSource, viewer: Viewer, id: number, rawReason: string): Promise<Contract> {
  const reason = rawReason?.trim() ?? '';
  if (!reason) throw badInput('reason', 'is required');
  if ([...reason].length > 500) throw badInput('reason', 'must be at most 500 characters');
  return inTransaction(db, async (manager) => {
    const contract = await lockContract(manager, id);
    await requireAccess(manager, viewer, CONTRACT_OWNER_TABLE, [id], 'write');
    if (!contract || (contract.status !== ContractStatus.APPROVED && contract.status !== ContractStatus.REJECTED)) {
      throw conflict('Only approved or rejected contracts can be voided', { status: contract?.status });
    }
    const receivables = await manager.countBy(Receivable, { contractId: id, status: In([ReceivableStatus.APPROVED, ReceivableStatus.PENDING]) });
    if (receivables) throw conflict('A contract with receivables cannot be voided', { receivables });
    await manager.update(Contract, { id }, { status: ContractStatus.VOID, voidedAt: new Date(), voidReason: reason });
    await audit(manager, actorOf(viewer), { action: 'void', entityType: 'contract', entityId: id, changes: { status: [contract.status, ContractStatus.VOID], reason } });
    return manager.findOneByOrFail(Contract, { id });
  });
}

export interface TransferContractsInput { ids: readonly (string | number)[]; toUserId: number }

export async function transferContracts(db: DataSource, viewer: Viewer, input: TransferContractsInput): Promise<Contract[]> {
  const ids = requireIds(input.ids);
  return inTransaction(db, async (manager) => {
    await requireAccess(manager, viewer, CONTRACT_OWNER_TABLE, ids, 'transfer');
    const target = await assertTransferTarget(manager, viewer, Number(input.toUserId), 'contract');
    const moving = (await manager.findBy(Contract, { id: In(ids) })).filter((c) => c.ownerId !== target.id);
    for (const contract of moving) {
      await manager.update(Contract, { id: contract.id }, { ownerId: target.id });
      await audit(manager, actorOf(viewer), { action: 'transfer', entityType: 'contract', entityId: contract.id, changes: { ownerId: [contract.ownerId, target.id] } });
      await notify(manager, {
        recipients: [target.id], kind: 'transfer', title: `合同 ${contract.code}《${contract.title}》已转给您`,
        entityType: 'contract', entityId: contract.id, actorId: viewer.userId,
      });
    }
    return manager.findBy(Contract, { id: In(ids) });
  });
}
