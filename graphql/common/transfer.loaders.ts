// Per-request loaders answering "may the viewer transfer this record" (分配/转移): the record is in their transfer
// scope of its module (lib/access, mode 'transfer'), live or deleted; the field resolvers add permission and state.
import DataLoader from 'dataloader';
import { DataSource, ObjectLiteral } from 'typeorm';
import { ScopedTable, Viewer, idsInScope } from '@/lib/access';
import { CONTRACT_OWNER_TABLE } from '@/lib/contract/contract.tables';
import { CUSTOMER_OWNER_TABLE } from '@/lib/customer/customer.tables';
import { LEAD_TABLE } from '@/lib/lead/lead.tables';
import { OPPORTUNITY_OWNER_TABLE } from '@/lib/opportunity/opportunity.tables';

function transferable<E extends ObjectLiteral>(db: DataSource, viewer: Viewer | null, table: ScopedTable<E>) {
  return new DataLoader<number, boolean>(async (ids) => {
    if (!viewer) return ids.map(() => false);
    const allowed = await idsInScope(db.manager, viewer, table, [...ids], 'transfer', 'any');
    return ids.map((id) => allowed.has(id));
  });
}

export const transferLoaders = (db: DataSource, viewer: Viewer | null) => ({
  customerTransferable: transferable(db, viewer, CUSTOMER_OWNER_TABLE),
  leadTransferable: transferable(db, viewer, LEAD_TABLE),
  opportunityTransferable: transferable(db, viewer, OPPORTUNITY_OWNER_TABLE),
  contractTransferable: transferable(db, viewer, CONTRACT_OWNER_TABLE),
});
