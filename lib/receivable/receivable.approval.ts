// What approval means for a receivable: PENDING becomes APPROVED (and counts towards the received amount,
// possibly settling the contract) or REJECTED (and no longer holds back part of the outstanding amount).
import { EntityManager } from 'typeorm';
import { Contract, Receivable } from '@/entities';
import { ReceivableStatus } from '@/entities/receivable.entity';
import { AuditActor, audit } from '@/lib/audit/audit';
import { conflict } from '@/lib/errors';
import { lockContract } from '@/lib/contract/contract.service';
import { formatYuan } from '@/lib/contract/money';
import { settleIfPaid } from './settlement';

async function decide(manager: EntityManager, id: number, actor: AuditActor, to: ReceivableStatus.APPROVED | ReceivableStatus.REJECTED) {
  // The contract's row lock orders this against other receivables of the same contract (recorded or decided).
  const contractId = (await manager.findOneByOrFail(Receivable, { id })).contractId;
  await lockContract(manager, contractId);
  const result = await manager.update(Receivable, { id, status: ReceivableStatus.PENDING }, { status: to });
  if (result.affected !== 1) throw conflict('The receivable is no longer awaiting approval');
  await audit(manager, actor, { action: to === ReceivableStatus.APPROVED ? 'approved' : 'rejected', entityType: 'receivable', entityId: id, changes: { status: [ReceivableStatus.PENDING, to] } });
  if (to === ReceivableStatus.APPROVED) await settleIfPaid(manager, contractId, actor);
}

export const receivableApproval = {
  entityType: 'receivable',
  async describe(manager: EntityManager, id: number) {
    const receivable = await manager.findOneByOrFail(Receivable, { id });
    const contract = await manager.findOneByOrFail(Contract, { id: receivable.contractId });
    return `回款 ${receivable.code}（合同 ${contract.code}，${formatYuan(receivable.amount)}）`;
  },
  onApproved: (manager: EntityManager, id: number, actor: AuditActor) => decide(manager, id, actor, ReceivableStatus.APPROVED),
  onRejected: (manager: EntityManager, id: number, actor: AuditActor) => decide(manager, id, actor, ReceivableStatus.REJECTED),
};
