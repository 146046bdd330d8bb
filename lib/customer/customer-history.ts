// A customer's history as its viewer may see it: the customer's own audit entries and those of its contacts
// that the viewer may read (a hidden contact's entries would reveal the contact: SPEC 2.3, "the audit log").
import { EntityManager } from 'typeorm';
import { AuditLog, Contact } from '@/entities';
import { Viewer, idsInScope } from '@/lib/access';
import { CONTACT_TABLE } from './customer.tables';

const HISTORY_LIMIT = 200;

/** Newest first. Only called for a customer the viewer can read (it is reached through a scoped lookup). */
export async function customerHistory(manager: EntityManager, viewer: Viewer, customerId: number): Promise<AuditLog[]> {
  const contactIds = (await manager.find(Contact, { select: { id: true }, where: { customerId } })).map((c) => c.id);
  // Deleted contacts keep their history, for whoever may still read them.
  const visible = [...(await idsInScope(manager, viewer, CONTACT_TABLE, contactIds, 'read', 'any'))];
  const qb = manager.createQueryBuilder(AuditLog, 'a')
    .where('(a.entityType = :customer AND a.entityId = :customerId)', { customer: 'customer', customerId });
  if (visible.length) qb.orWhere('(a.entityType = :contact AND a.entityId IN (:...visible))', { contact: 'contact', visible });
  return qb.orderBy('a.createdAt', 'DESC').addOrderBy('a.id', 'DESC').limit(HISTORY_LIMIT).getMany();
}
