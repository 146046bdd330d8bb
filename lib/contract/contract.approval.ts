// What approval means for a contract: PENDING becomes APPROVED when the last step approves, REJECTED when
// any step rejects (it may then be edited and submitted again).
import { EntityManager } from 'typeorm';
import { Contract } from '@/entities';
import { ContractStatus } from '@/entities/contract.entity';
import { AuditActor, audit } from '@/lib/audit/audit';
import { conflict } from '@/lib/errors';

async function settle(manager: EntityManager, id: number, actor: AuditActor, to: ContractStatus.APPROVED | ContractStatus.REJECTED) {
  const patch = to === ContractStatus.APPROVED ? { status: to, approvedAt: new Date() } : { status: to };
  const result = await manager.update(Contract, { id, status: ContractStatus.PENDING }, patch);
  if (result.affected !== 1) throw conflict('The contract is no longer awaiting approval');
  await audit(manager, actor, { action: to === ContractStatus.APPROVED ? 'approved' : 'rejected', entityType: 'contract', entityId: id, changes: { status: [ContractStatus.PENDING, to] } });
}

export const contractApproval = {
  entityType: 'contract',
  async describe(manager: EntityManager, id: number) {
    const contract = await manager.findOneByOrFail(Contract, { id });
    return `合同 ${contract.code}《${contract.title}》`;
  },
  onApproved: (manager: EntityManager, id: number, actor: AuditActor) => settle(manager, id, actor, ContractStatus.APPROVED),
  onRejected: (manager: EntityManager, id: number, actor: AuditActor) => settle(manager, id, actor, ContractStatus.REJECTED),
};
