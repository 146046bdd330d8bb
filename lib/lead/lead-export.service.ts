// Export of leads (selected ids, or all matching a filter) as CSV or .xlsx: exactly the leads the viewer may read,
// through the same scoped query as the list, written by lib/export in keyset batches and audited with the count.
// Two deliveries: inline (the file in the GraphQL answer, at most MAX_EXPORT_ROWS) and a short-lived signed link
// to /api/exports that streams any size (up to MAX_LINK_ROWS).
import { DataSource, EntityManager, In } from 'typeorm';
import { Lead, User } from '@/entities';
import { customExportColumns, withCustomValues } from '@/lib/custom-field/export-columns';
import { Viewer, requireAccess, requireIds } from '@/lib/access';
import { inTransaction } from '@/lib/db/transaction';
import { badInput } from '@/lib/errors';
import { findCustomersByIds } from '@/lib/customer/customer.query';
import { ExportSpec, countExport, exportToBuffer } from '@/lib/export/export';
import { exportUrl, signExportLink } from '@/lib/export/export-link';
import { EXTENSIONS, ExportFormat, MIME_TYPES } from '@/lib/export/writers';
import { LEAD_TABLE } from './lead.tables';
import { LeadFilter, LeadOrder, matchingLeads, readableLeads } from './lead.query';
import { EXPORT_COLUMNS, LeadExportRow, formatTime } from './lead-export.format';

export const MAX_EXPORT_ROWS = 10000;
export const MAX_EXPORT_IDS = 1000;
export const MAX_LINK_ROWS = Number(process.env.EXPORT_MAX_ROWS ?? 1_000_000);

export interface ExportLeadsInput {
  /** The selected leads; every one must be readable, else NOT_FOUND. */
  ids?: readonly (string | number)[] | null;
  /** Without ids: every lead matching the filter (an empty filter means all your live leads). */
  filter?: LeadFilter | null;
  orderBy?: LeadOrder | null;
  format: ExportFormat;
}

export interface LeadExportFile { fileName: string; mimeType: string; contentBase64: string; count: number }
export interface LeadExportLink { url: string; expiresAt: Date; fileName: string; mimeType: string; count: number }

/** What is exported: checked ids or a filter (dates revived when read back from a link). */
interface LeadExportParams { ids: number[] | null; filter: LeadFilter | null }

const DATE_FIELDS = ['createdFrom', 'createdTo', 'nextContactFrom', 'nextContactTo'] as const;

async function toRows(manager: EntityManager, viewer: Viewer, leads: Lead[]): Promise<LeadExportRow[]> {
  const userIds = [...new Set(leads.flatMap((l) => [l.ownerId, l.createdById]))];
  const users = new Map((userIds.length ? await manager.find(User, { select: { id: true, name: true }, where: { id: In(userIds) } }) : []).map((u) => [u.id, u.name]));
  // The converted customer appears only when the viewer may read it, like Lead.customer in the API.
  const customerIds = [...new Set(leads.map((l) => l.convertedCustomerId).filter((id): id is number => id !== null))];
  const customers = new Map((await findCustomersByIds(manager, viewer, customerIds)).map((c) => [c.id, `${c.name}（${c.code}）`]));
  return withCustomValues(manager, 'lead', leads.map((l) => ({
    id: l.id, name: l.name, company: l.company, mobile: l.mobile, phone: l.phone, email: l.email, source: l.source, address: l.address,
    status: l.status, owner: users.get(l.ownerId) ?? null, nextContactAt: l.nextContactAt,
    customer: l.convertedCustomerId ? customers.get(l.convertedCustomerId) ?? null : null, convertedAt: l.convertedAt,
    createdBy: users.get(l.createdById) ?? null, createdAt: l.createdAt, updatedAt: l.updatedAt, remarks: l.remarks,
  })), (r) => r.id);
}

export const leadExport: ExportSpec<Lead, LeadExportRow, LeadExportParams> = {
  module: 'lead', permission: 'lead:export', entityType: 'lead', label: '线索', alias: 'l', columns: EXPORT_COLUMNS,
  query: async (manager, viewer, params) => (params.ids
    ? (await readableLeads(manager, viewer, null)).andWhere('l.id IN (:...exportIds)', { exportIds: params.ids })
    : matchingLeads(manager, viewer, params.filter ?? {})),
  extraColumns: customExportColumns('lead'),
  toRows,
  describe: (params, exportedIds) => (params.ids ? { ids: [...exportedIds].sort((a, b) => a - b) } : { filter: params.filter ?? {} }),
  revive: (raw) => {
    const params = raw as LeadExportParams;
    const filter = params.filter ? { ...params.filter } : null;
    if (filter) for (const field of DATE_FIELDS) if (typeof filter[field] === 'string') filter[field] = new Date(filter[field] as unknown as string);
    return { ids: Array.isArray(params.ids) ? params.ids.map(Number) : null, filter };
  },
};

const stamp = (now: Date) => formatTime(now).replace(/[-: ]/g, '');
const fileName = (format: ExportFormat) => `线索-${stamp(new Date())}.${EXTENSIONS[format]}`;

/** Checks the request (format, ids or filter, every id readable) and returns what to export. */
async function checked(manager: EntityManager, viewer: Viewer, input: ExportLeadsInput): Promise<LeadExportParams> {
  if (input.format !== 'CSV' && input.format !== 'XLSX') throw badInput('format', 'must be CSV or XLSX');
  if (input.ids && input.filter) throw badInput('ids', 'give either ids or a filter, not both');
  if (!input.ids) return { ids: null, filter: input.filter ?? {} };
  const ids = requireIds(input.ids, 'ids', MAX_EXPORT_IDS);
  await requireAccess(manager, viewer, LEAD_TABLE, ids, 'read', 'any');
  return { ids, filter: null };
}

/** The file in the answer (base64): small exports, as the API always did. */
export async function exportLeads(db: DataSource, viewer: Viewer, input: ExportLeadsInput): Promise<LeadExportFile> {
  return inTransaction(db, async (manager) => {
    const params = await checked(manager, viewer, input);
    if (!params.ids && (await countExport(manager, viewer, leadExport, params)) > MAX_EXPORT_ROWS) {
      throw badInput('filter', `matches more than ${MAX_EXPORT_ROWS} leads: narrow the filter or download it through exportLeadsLink`);
    }
    const { content, count } = await exportToBuffer(manager, viewer, leadExport, params, input.format);
    return { fileName: fileName(input.format), mimeType: MIME_TYPES[input.format], contentBase64: content.toString('base64'), count };
  });
}

/** A link that streams the export (any size up to MAX_LINK_ROWS) to this user for a few minutes. */
export async function exportLeadsLink(db: DataSource, viewer: Viewer, input: ExportLeadsInput): Promise<LeadExportLink> {
  const params = await checked(db.manager, viewer, input);
  const count = await countExport(db.manager, viewer, leadExport, params);
  if (count > MAX_LINK_ROWS) throw badInput('filter', `matches more than ${MAX_LINK_ROWS} leads: narrow the filter`);
  const { token, expiresAt } = signExportLink({ userId: viewer.userId, module: leadExport.module, format: input.format, params });
  return { url: exportUrl(token), expiresAt, fileName: fileName(input.format), mimeType: MIME_TYPES[input.format], count };
}
