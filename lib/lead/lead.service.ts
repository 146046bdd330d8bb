// Lead changes: create, update, soft delete / restore. Each runs in one transaction, checks the write scope
// before writing, and audits in the same transaction. A converted lead is read-only.
import { DataSource, EntityManager, In } from 'typeorm';
import { Lead } from '@/entities';
import { WithCustomValues, afterValues, applyCustomValues } from '@/lib/custom-field/values';
import { LeadStatus } from '@/entities/lead.entity';
import { Viewer, requireAccess, requireIds } from '@/lib/access';
import { assertFieldsWritable, customFieldWritable } from '@/lib/fields/field-rules';
import { audit, diff } from '@/lib/audit/audit';
import { forUpdate } from '@/lib/db/lock';
import { inTransaction } from '@/lib/db/transaction';
import { conflict } from '@/lib/errors';
import { LEAD_TABLE } from './lead.tables';
import { LeadFields, cleanLeadFields } from './lead.validation';
import { cleanDictionaryFields } from '@/lib/dictionary/record-values';

export const actorOf = (viewer: Viewer) => ({ userId: viewer.userId, ip: viewer.ip, requestId: viewer.requestId });

/** Refuses changes to converted leads, naming them. */
export function assertNotConverted(leads: Lead[]) {
  const converted = leads.filter((l) => l.status === LeadStatus.CONVERTED);
  if (converted.length) {
    throw conflict(`Converted leads are read-only: ${converted.map((l) => l.name).join(', ')}`, {
      reason: 'LEAD_CONVERTED', leads: converted.map((l) => ({ id: String(l.id), name: l.name })),
    });
  }
}

/** Leads by id, locked for the rest of the transaction where the database can (MySQL/MariaDB). */
export async function lockLeads(manager: EntityManager, ids: number[]): Promise<Lead[]> {
  return forUpdate(manager, manager.createQueryBuilder(Lead, 'l').where('l.id IN (:...ids)', { ids }).orderBy('l.id', 'ASC')).getMany();
}

export async function createLead(db: DataSource, viewer: Viewer, { customFields, ...input }: LeadFields & WithCustomValues): Promise<Lead> {
  assertFieldsWritable(viewer, 'lead', { ...input, customFields });
  const fields = cleanLeadFields(input, true);
  return inTransaction(db, async (manager) => {
    await cleanDictionaryFields(manager, 'lead', fields);
    const lead = await manager.save(manager.create(Lead, {
      ...fields,
      status: fields.status ?? LeadStatus.NEW,
      ownerId: viewer.userId,
      createdById: viewer.userId,
    }));
    const custom = await applyCustomValues(manager, 'lead', lead.id, customFields, true, customFieldWritable(viewer, 'lead'));
    await audit(manager, actorOf(viewer), { action: 'create', entityType: 'lead', entityId: lead.id, changes: { ...fields, ...afterValues(custom), status: lead.status } });
    return lead;
  });
}

export async function updateLead(db: DataSource, viewer: Viewer, id: number, { customFields, ...input }: LeadFields & WithCustomValues): Promise<Lead> {
  assertFieldsWritable(viewer, 'lead', { ...input, customFields });
  const fields = cleanLeadFields(input, false);
  return inTransaction(db, async (manager) => {
    await requireAccess(manager, viewer, LEAD_TABLE, [id], 'write');
    const [lead] = await lockLeads(manager, [id]);
    assertNotConverted([lead]);
    await cleanDictionaryFields(manager, 'lead', fields, lead as Partial<LeadFields>);
    const changes = { ...diff(lead, fields as Partial<Lead>), ...await applyCustomValues(manager, 'lead', id, customFields, false) };
    if (!Object.keys(changes).length) return lead;
    lead.updatedAt = new Date(); // also when only custom values changed
    Object.assign(lead, fields);
    const saved = await manager.save(lead);
    await audit(manager, actorOf(viewer), { action: 'update', entityType: 'lead', entityId: id, changes });
    return saved;
  });
}

/** Moves leads to the recycle bin (converted ones too: their customer stays). All or nothing. */
export async function deleteLeads(db: DataSource, viewer: Viewer, rawIds: readonly (string | number)[]): Promise<number[]> {
  const ids = requireIds(rawIds);
  return inTransaction(db, async (manager) => {
    await requireAccess(manager, viewer, LEAD_TABLE, ids, 'write');
    await manager.update(Lead, { id: In(ids) }, { deletedAt: new Date(), deletedById: viewer.userId });
    await audit(manager, actorOf(viewer), ids.map((id) => ({ action: 'delete', entityType: 'lead', entityId: id })));
    return ids;
  });
}

export async function restoreLeads(db: DataSource, viewer: Viewer, rawIds: readonly (string | number)[]): Promise<Lead[]> {
  const ids = requireIds(rawIds);
  return inTransaction(db, async (manager) => {
    await requireAccess(manager, viewer, LEAD_TABLE, ids, 'write', 'deleted');
    await manager.update(Lead, { id: In(ids) }, { deletedAt: null, deletedById: null });
    await audit(manager, actorOf(viewer), ids.map((id) => ({ action: 'restore', entityType: 'lead', entityId: id })));
    return manager.findBy(Lead, { id: In(ids) });
  });
}
