// A contract whose approved receivables reach its amount is fully paid: it is stamped paid, its opportunity
// becomes WON and its customer 已成交 (DEAL) — in the transaction that approved the last receivable, audited.
import { EntityManager } from 'typeorm';
import { Contract, Customer } from '@/entities';
import { DealStatus } from '@/entities/customer.entity';
import { AuditActor, audit } from '@/lib/audit/audit';
import { centsOf } from '@/lib/contract/money';
import { markOpportunityWon } from '@/lib/opportunity/opportunity.service';
import { receivableTotals } from './receivable.totals';

/** True when this call found the contract fully paid and settled it. */
export async function settleIfPaid(manager: EntityManager, contractId: number, actor: AuditActor): Promise<boolean> {
  const contract = await manager.findOneByOrFail(Contract, { id: contractId });
  if (contract.paidAt) return false;
  const { approved } = await receivableTotals(manager, contractId);
  if (approved < centsOf(contract.amount)) return false;
  const stamped = await manager.createQueryBuilder().update(Contract).set({ paidAt: new Date() })
    .where('id = :id AND paid_at IS NULL', { id: contractId }).execute();
  if (stamped.affected !== 1) return false;
  await audit(manager, actor, { action: 'paid', entityType: 'contract', entityId: contractId, changes: { amount: contract.amount } });
  // markOpportunityWon audits the change itself (and does nothing for an opportunity already WON).
  if (contract.opportunityId) await markOpportunityWon(manager, contract.opportunityId, actor);
  const customer = await manager.findOneByOrFail(Customer, { id: contract.customerId });
  if (customer.dealStatus !== DealStatus.DEAL) {
    await manager.update(Customer, { id: customer.id }, { dealStatus: DealStatus.DEAL });
    await audit(manager, actor, {
      action: 'update', entityType: 'customer', entityId: customer.id,
      changes: { dealStatus: [customer.dealStatus, DealStatus.DEAL], reason: 'CONTRACT_PAID', contract: contract.code },
    });
  }
  return true;
}
