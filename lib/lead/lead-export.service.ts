// Export of leads (selected ids, or all matching a filter) as CSV or .xlsx: exactly the leads the viewer may read,
// through the same scoped query as the list, and audited ('export' with the count).
import { DataSource, EntityManager, In } from 'typeorm';
import { Lead, User } from '@/entities';
import { Viewer, requireAccess, requireIds } from '@/lib/access';
import { audit } from '@/lib/audit/audit';
import { inTransaction } from '@/lib/db/transaction';
import { badInput } from '@/lib/errors';
import { findCustomersByIds } from '@/lib/customer/customer.query';
import { LEAD_TABLE } from './lead.tables';
import { actorOf } from './lead.service';
import { LeadFilter, LeadOrder, matchingLeads, readableLeads } from './lead.query';
import { ExportFormat, LeadExportRow, MIME_TYPES, formatTime, toCsv, toXlsx } from './lead-export.format';

export const MAX_EXPORT_ROWS = 10000;
export const MAX_EXPORT_IDS = 1000;

export interface ExportLeadsInput {
  /** The selected leads; every one must be readable, else NOT_FOUND. */
  ids?: readonly (string | number)[] | null;
  /** Without ids: every lead matching the filter (an empty filter means all your live leads). */
  filter?: LeadFilter | null;
  orderBy?: LeadOrder | null;
  format: ExportFormat;
}

export interface LeadExportFile { fileName: string; mimeType: string; contentBase64: string; count: number }

async function toRows(manager: EntityManager, viewer: Viewer, leads: Lead[]): Promise<LeadExportRow[]> {
  const userIds = [...new Set(leads.flatMap((l) => [l.ownerId, l.createdById]))];
  const users = new Map((userIds.length ? await manager.findBy(User, { id: In(userIds) }) : []).map((u) => [u.id, u.name]));
  // The converted customer appears only when the viewer may read it, like Lead.customer in the API.
  const customerIds = [...new Set(leads.map((l) => l.convertedCustomerId).filter((id): id is number => id !== null))];
  const customers = new Map((await findCustomersByIds(manager, viewer, customerIds)).map((c) => [c.id, `${c.name}（${c.code}）`]));
  return leads.map((l) => ({
    id: l.id, name: l.name, company: l.company, mobile: l.mobile, phone: l.phone, email: l.email, source: l.source, address: l.address,
    status: l.status, owner: users.get(l.ownerId) ?? null, nextContactAt: l.nextContactAt,
    customer: l.convertedCustomerId ? customers.get(l.convertedCustomerId) ?? null : null, convertedAt: l.convertedAt,
    createdBy: users.get(l.createdById) ?? null, createdAt: l.createdAt, updatedAt: l.updatedAt, remarks: l.remarks,
  }));
}

const stamp = (now: Date) => formatTime(now).replace(/[-: ]/g, '');

export async function exportLeads(db: DataSource, viewer: Viewer, input: ExportLeadsInput): Promise<LeadExportFile> {
  if (input.format !== 'CSV' && input.format !== 'XLSX') throw badInput('format', 'must be CSV or XLSX');
  if (input.ids && input.filter) throw badInput('ids', 'give either ids or a filter, not both');
  return inTransaction(db, async (manager) => {
    let leads: Lead[];
    if (input.ids) {
      const ids = requireIds(input.ids, 'ids', MAX_EXPORT_IDS);
      await requireAccess(manager, viewer, LEAD_TABLE, ids, 'read', 'any');
      leads = await (await readableLeads(manager, viewer, null)).andWhere('l.id IN (:...exportIds)', { exportIds: ids })
        .orderBy('l.updatedAt', 'DESC').addOrderBy('l.id', 'DESC').getMany();
    } else {
      const qb = await matchingLeads(manager, viewer, input.filter ?? {}, input.orderBy);
      const count = await qb.clone().orderBy().select('COUNT(*)', 'n').getRawOne<{ n: number | string }>();
      if (Number(count?.n ?? 0) > MAX_EXPORT_ROWS) throw badInput('filter', `matches more than ${MAX_EXPORT_ROWS} leads: narrow the filter`);
      leads = await qb.getMany();
    }
    const rows = await toRows(manager, viewer, leads);
    const content = input.format === 'CSV' ? toCsv(rows) : await toXlsx(rows);
    await audit(manager, actorOf(viewer), {
      action: 'export', entityType: 'lead', entityId: null,
      changes: { count: rows.length, format: input.format, ...(input.ids ? { ids: rows.map((r) => r.id) } : { filter: input.filter ?? {} }) },
    });
    return {
      fileName: `线索-${stamp(new Date())}.${input.format === 'CSV' ? 'csv' : 'xlsx'}`,
      mimeType: MIME_TYPES[input.format],
      contentBase64: content.toString('base64'),
      count: rows.length,
    };
  });
}
