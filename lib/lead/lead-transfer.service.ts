// Transfer of one or many leads to a colleague within the transferrer's lead transfer scope. All or nothing.
import { DataSource, In } from 'typeorm';
import { Lead } from '@/entities';
import { Viewer, requireAccess, requireIds } from '@/lib/access';
import { audit } from '@/lib/audit/audit';
import { inTransaction } from '@/lib/db/transaction';
import { assertTransferTarget } from '@/lib/customer/customer-transfer.service';
import { notify } from '@/lib/notification/notification.service';
import { LEAD_TABLE } from './lead.tables';
import { actorOf, assertNotConverted, lockLeads } from './lead.service';

export interface TransferLeadsInput {
  ids: readonly (string | number)[];
  toUserId: number;
}

export async function transferLeads(db: DataSource, viewer: Viewer, input: TransferLeadsInput): Promise<Lead[]> {
  const ids = requireIds(input.ids);
  return inTransaction(db, async (manager) => {
    await requireAccess(manager, viewer, LEAD_TABLE, ids, 'transfer');
    const target = await assertTransferTarget(manager, viewer, Number(input.toUserId), 'lead');
    const leads = await lockLeads(manager, ids);
    assertNotConverted(leads);
    const moving = leads.filter((l) => l.ownerId !== target.id);
    if (moving.length) await manager.update(Lead, { id: In(moving.map((l) => l.id)) }, { ownerId: target.id });
    await audit(manager, actorOf(viewer), moving.map((l) => ({
      action: 'transfer', entityType: 'lead', entityId: l.id, changes: { ownerId: [l.ownerId, target.id] },
    })));
    for (const lead of moving) {
      await notify(manager, {
        recipients: [target.id], kind: 'lead.transfer', title: `线索「${lead.name}」已转给您`,
        body: lead.company ? `${lead.company} · ${lead.name}` : lead.name, entityType: 'lead', entityId: lead.id, actorId: viewer.userId,
      });
    }
    return manager.findBy(Lead, { id: In(ids) });
  });
}
