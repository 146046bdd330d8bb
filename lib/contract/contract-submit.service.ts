// Submitting a contract for approval: DRAFT or REJECTED → PENDING, running the CONTRACT approval flow.
// With no flow configured (or a disabled one) the contract is APPROVED at once — recorded as an approval
// without steps, so the history still shows who submitted it and when.
import { DataSource } from 'typeorm';
import { Contract } from '@/entities';
import { ApprovalDocumentType } from '@/entities/approval-flow.entity';
import { ApprovalStatus } from '@/entities/approval.entity';
import { ContractStatus } from '@/entities/contract.entity';
import { Viewer, requireAccess } from '@/lib/access';
import { startApproval } from '@/lib/approval/approval.engine';
import { audit } from '@/lib/audit/audit';
import { inTransaction } from '@/lib/db/transaction';
import { badInput, conflict } from '@/lib/errors';
import { actorOf } from '@/lib/customer/customer.service';
import { findCustomer } from '@/lib/customer/customer.query';
import { CONTRACT_TABLE } from './contract.tables';
import { EDITABLE_STATUSES, lockContract } from './contract.service';

export async function submitContract(db: DataSource, viewer: Viewer, id: number): Promise<Contract> {
  return inTransaction(db, async (manager) => {
    const contract = await lockContract(manager, id);
    await requireAccess(manager, viewer, CONTRACT_TABLE, [id], 'write');
    if (!contract || !EDITABLE_STATUSES.includes(contract.status)) throw conflict('Only draft or rejected contracts can be submitted', { status: contract?.status });
    if (!(await findCustomer(manager, viewer, contract.customerId))) throw badInput('customerId', 'does not exist');
    const approval = await startApproval(manager, viewer, { documentType: ApprovalDocumentType.CONTRACT, documentId: id, contractId: id });
    const now = new Date();
    const approved = approval.status === ApprovalStatus.APPROVED;
    const status = approved ? ContractStatus.APPROVED : ContractStatus.PENDING;
    await manager.update(Contract, { id }, { status, submittedAt: now, ...(approved ? { approvedAt: now } : {}) });
    await audit(manager, actorOf(viewer), {
      action: 'submit', entityType: 'contract', entityId: id,
      changes: { status: [contract.status, status], approvalId: approval.id, flow: approval.flowName },
    });
    return manager.findOneByOrFail(Contract, { id });
  });
}
