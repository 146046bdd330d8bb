// Lead list and lookup: filters, sorting and the viewer's scope, all in SQL. The export uses the same query.
import { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { AuditLog, Department, Lead, User } from '@/entities';
import { LeadStatus } from '@/entities/lead.entity';
import { CustomFieldFilter, applyCustomFieldFilters } from '@/lib/custom-field/filter';
import { Viewer, applyScope, isPlainFilter, useListIndex, resolveScope, scopeShape } from '@/lib/access';
import { PageArgs, paginate } from '@/lib/pagination';
import { assertFieldsFilterable, assertSortable } from '@/lib/fields/field-rules';
import { restrictKeyword } from '@/lib/fields/field-keyword';
import { keywordCondition } from '@/lib/search/search-match';
import { LEAD_TABLE } from './lead.tables';

export interface LeadFilter {
  /** Matches name, company, mobile and phone. */
  keyword?: string | null;
  ownerId?: number | null;
  /** Owner's department, including its sub-departments. */
  departmentId?: number | null;
  source?: string | null;
  status?: LeadStatus | null;
  createdFrom?: Date | null;
  createdTo?: Date | null;
  nextContactFrom?: Date | null;
  nextContactTo?: Date | null;
  /** true: the recycle bin. */
  deleted?: boolean | null;
  /** Values of the administrator's custom fields. */
  customFields?: readonly CustomFieldFilter[] | null;
}

export type LeadSortField = 'CREATED_AT' | 'UPDATED_AT' | 'NAME' | 'COMPANY' | 'STATUS' | 'NEXT_CONTACT_AT';
export interface LeadOrder { field: LeadSortField; direction: 'ASC' | 'DESC' }

// Names and companies sort by their pinyin keys (lib/name-sort), not by code point.
const SORT_COLUMNS: Record<LeadSortField, string> = {
  CREATED_AT: 'l.createdAt', UPDATED_AT: 'l.updatedAt', NAME: 'l.nameSort', COMPANY: 'l.companySort', STATUS: 'l.status', NEXT_CONTACT_AT: 'l.nextContactAt',
};

/** Base query: leads the viewer may read; live, in the recycle bin, or either (`null`). */
export async function readableLeads(manager: EntityManager, viewer: Viewer, deleted: boolean | null = false): Promise<SelectQueryBuilder<Lead>> {
  const qb = manager.createQueryBuilder(Lead, 'l');
  if (deleted !== null) qb.where(deleted ? 'l.deletedAt IS NOT NULL' : 'l.deletedAt IS NULL');
  return applyScope(qb, await resolveScope(manager, viewer, 'lead', 'read'), LEAD_TABLE.columns);
}

/** Users of a department and everything below it. */
async function departmentUserIds(manager: EntityManager, departmentId: number): Promise<number[]> {
  const dept = await manager.findOneBy(Department, { id: departmentId });
  if (!dept) return [];
  const rows = await manager.createQueryBuilder(User, 'u').select('u.id', 'id')
    .innerJoin(Department, 'd', 'd.id = u.departmentId').where('d.path LIKE :path', { path: `${dept.path}%` }).getRawMany<{ id: number }>();
  return rows.map((r) => Number(r.id));
}

async function applyFilter(manager: EntityManager, viewer: Viewer, qb: SelectQueryBuilder<Lead>, f: LeadFilter) {
  if (f.keyword?.trim()) {
    // The search index (lib/search): a few thousand leads are checked row by row, a wider scope reads the matches by id.
    const narrow = scopeShape(await resolveScope(manager, viewer, 'lead', 'read')) === 'narrow';
    const keyword = await keywordCondition(manager, 'lead', f.keyword, 'l.id', narrow);
    if (keyword) qb.andWhere(keyword.sql, keyword.params);
  }
  if (f.ownerId) {
    const ownerId = Number(f.ownerId);
    if (Number.isSafeInteger(ownerId)) qb.andWhere('l.ownerId = :leadOwner', { leadOwner: ownerId });
    else qb.andWhere('1 = 0');
  }
  if (f.departmentId) {
    const users = Number.isSafeInteger(Number(f.departmentId)) ? await departmentUserIds(manager, Number(f.departmentId)) : [];
    if (users.length) qb.andWhere('l.ownerId IN (:...leadDeptOwners)', { leadDeptOwners: users });
    else qb.andWhere('1 = 0');
  }
  if (f.source?.trim()) qb.andWhere('l.source = :leadSource', { leadSource: f.source.trim() });
  if (f.status) qb.andWhere('l.status = :leadStatus', { leadStatus: f.status });
  if (f.createdFrom) qb.andWhere('l.createdAt >= :leadCreatedFrom', { leadCreatedFrom: f.createdFrom });
  if (f.createdTo) qb.andWhere('l.createdAt <= :leadCreatedTo', { leadCreatedTo: f.createdTo });
  if (f.nextContactFrom) qb.andWhere('l.nextContactAt >= :leadNextFrom', { leadNextFrom: f.nextContactFrom });
  if (f.nextContactTo) qb.andWhere('l.nextContactAt <= :leadNextTo', { leadNextTo: f.nextContactTo });
  await applyCustomFieldFilters(manager, qb, 'l', 'lead', f.customFields);
}

/** The viewer's leads matching the filter, in the requested order (sort key, then id, for a stable order). */
export async function matchingLeads(manager: EntityManager, viewer: Viewer, filter: LeadFilter = {}, order?: LeadOrder | null) {
  // Filters and sorts only on fields the viewer reads in full (lib/fields).
  assertFieldsFilterable(viewer, 'lead', filter);
  assertSortable(viewer, 'lead', order?.field);
  const qb = await readableLeads(manager, viewer, !!filter.deleted);
  await applyFilter(manager, viewer, qb, filter);
  await restrictKeyword(manager, viewer, 'lead', qb, 'l', filter.keyword);
  const direction = order?.direction === 'ASC' ? 'ASC' : 'DESC';
  qb.orderBy(SORT_COLUMNS[order?.field ?? 'UPDATED_AT'] ?? 'l.updatedAt', direction).addOrderBy('l.id', direction);
  return qb;
}

export async function listLeads(db: DataSource, viewer: Viewer, filter: LeadFilter = {}, order?: LeadOrder | null, page: PageArgs = {}) {
  const qb = await matchingLeads(db.manager, viewer, filter, order);
  // The index for the scope's shape (lib/access/list-shape.ts), for the plain list in its default order.
  if (isPlainFilter(filter) && (order?.field ?? 'UPDATED_AT') === 'UPDATED_AT') {
    useListIndex(qb, await resolveScope(db.manager, viewer, 'lead', 'read'), { narrow: ['idx_lead_owner_live_updated'], wide: 'idx_lead_live_updated_owner' });
  }
  return paginate(qb, page);
}

/** One lead if the viewer may read it (live or deleted); null otherwise, exactly as if it did not exist. */
export async function findLead(manager: EntityManager, viewer: Viewer, id: number): Promise<Lead | null> {
  if (!Number.isSafeInteger(id) || id <= 0) return null;
  return (await readableLeads(manager, viewer, null)).andWhere('l.id = :leadId', { leadId: id }).getOne();
}

const HISTORY_LIMIT = 200;

/** A lead's audit history, newest first; only ever called for a lead already read through the scope. */
export function leadHistory(manager: EntityManager, leadId: number): Promise<AuditLog[]> {
  return manager.createQueryBuilder(AuditLog, 'a').where('a.entityType = :type AND a.entityId = :leadId', { type: 'lead', leadId })
    .orderBy('a.createdAt', 'DESC').addOrderBy('a.id', 'DESC').limit(HISTORY_LIMIT).getMany();
}

/** The leads converted into each customer that the viewer may read (live ones), oldest first: one query for a page. */
export async function convertedLeadsOf(manager: EntityManager, viewer: Viewer, customerIds: readonly number[]): Promise<Map<number, Lead[]>> {
  const byCustomer = new Map<number, Lead[]>();
  if (!customerIds.length) return byCustomer;
  const leads = await (await readableLeads(manager, viewer)).andWhere('l.convertedCustomerId IN (:...customerIds)', { customerIds: [...customerIds] })
    .orderBy('l.id', 'ASC').getMany();
  for (const lead of leads) byCustomer.set(lead.convertedCustomerId!, [...(byCustomer.get(lead.convertedCustomerId!) ?? []), lead]);
  return byCustomer;
}
