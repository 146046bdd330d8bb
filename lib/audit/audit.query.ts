// Reading the audit log. Entries about business records are only read through a record already in scope.
import { EntityManager } from 'typeorm';
import { AuditLog, Contact } from '@/entities';

const HISTORY_LIMIT = 200;

/** A customer's history: its own entries and those of its contacts, newest first. */
export async function customerHistory(manager: EntityManager, customerId: number): Promise<AuditLog[]> {
  const contactIds = (await manager.find(Contact, { select: { id: true }, where: { customerId } })).map((c) => c.id);
  const qb = manager.createQueryBuilder(AuditLog, 'a')
    .where('(a.entityType = :customer AND a.entityId = :customerId)', { customer: 'customer', customerId });
  if (contactIds.length) qb.orWhere('(a.entityType = :contact AND a.entityId IN (:...contactIds))', { contact: 'contact', contactIds });
  return qb.orderBy('a.createdAt', 'DESC').addOrderBy('a.id', 'DESC').limit(HISTORY_LIMIT).getMany();
}
