// Transfer of one or many opportunities to a colleague within the transferrer's transfer scope (SPEC 3.5).
import { DataSource, EntityManager, In, IsNull, Not } from 'typeorm';
import { Opportunity } from '@/entities';
import { Viewer, requireAccess, requireIds } from '@/lib/access';
import { AuditActor, audit } from '@/lib/audit/audit';
import { assertTransferTarget } from '@/lib/customer/customer-transfer.service';
import { inTransaction } from '@/lib/db/transaction';
import { notify } from '@/lib/notification/notification.service';
import { actorOf } from './opportunity.service';
import { OPPORTUNITY_OWNER_TABLE } from './opportunity.tables';

export interface TransferOpportunitiesInput { ids: readonly (string | number)[]; toUserId: number }

export async function transferOpportunities(db: DataSource, viewer: Viewer, input: TransferOpportunitiesInput): Promise<Opportunity[]> {
  const ids = requireIds(input.ids);
  return inTransaction(db, async (manager) => {
    await requireAccess(manager, viewer, OPPORTUNITY_OWNER_TABLE, ids, 'transfer');
    const target = await assertTransferTarget(manager, viewer, Number(input.toUserId), 'opportunity');
    const moving = await manager.findBy(Opportunity, { id: In(ids), ownerId: Not(target.id) });
    if (moving.length) await manager.update(Opportunity, { id: In(moving.map((o) => o.id)) }, { ownerId: target.id });
    await audit(manager, actorOf(viewer), moving.map((o) => ({ action: 'transfer', entityType: 'opportunity', entityId: o.id, changes: { ownerId: [o.ownerId, target.id] } })));
    for (const o of moving) {
      await notify(manager, { recipients: [target.id], kind: 'transfer', title: `商机「${o.name}」已转给你`, entityType: 'opportunity', entityId: o.id, actorId: viewer.userId });
    }
    return manager.findBy(Opportunity, { id: In(ids) });
  });
}

/**
 * For the customer transfer cascade (SPEC 3.2 "optionally also transfers the customer's opportunities"): moves the
 * live opportunities of these customers to the new owner inside the caller's transaction, audited. Returns the count.
 */
export async function moveOpportunitiesOfCustomers(manager: EntityManager, actor: AuditActor, customerIds: readonly number[], toUserId: number): Promise<number> {
  if (!customerIds.length) return 0;
  const moving = await manager.findBy(Opportunity, { customerId: In([...customerIds]), deletedAt: IsNull(), ownerId: Not(toUserId) });
  if (!moving.length) return 0;
  await manager.update(Opportunity, { id: In(moving.map((o) => o.id)) }, { ownerId: toUserId });
  await audit(manager, actor, moving.map((o) => ({ action: 'transfer', entityType: 'opportunity', entityId: o.id, changes: { ownerId: [o.ownerId, toUserId], withCustomer: o.customerId } })));
  return moving.length;
}
