// Reading the audit log. Entries about business records are only read through a record already in scope.
import { Brackets, DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { AuditLog, Contact, LoginLog } from '@/entities';
import { Viewer, derivedRecordTypes, hasPermission, readableReferenceCondition, recordTypes } from '@/lib/access';
// Registers the customer and contact record types even when no customer resolver was loaded.
import '@/lib/customer/customer.tables';
import { PageArgs, paginate } from '@/lib/pagination';

const HISTORY_LIMIT = 200;

/** A customer's history: its own entries and those of its contacts, newest first. */
export async function customerHistory(manager: EntityManager, customerId: number): Promise<AuditLog[]> {
  const contactIds = (await manager.find(Contact, { select: { id: true }, where: { customerId } })).map((c) => c.id);
  const qb = manager.createQueryBuilder(AuditLog, 'a')
    .where('(a.entityType = :customer AND a.entityId = :customerId)', { customer: 'customer', customerId });
  if (contactIds.length) qb.orWhere('(a.entityType = :contact AND a.entityId IN (:...contactIds))', { contact: 'contact', contactIds });
  return qb.orderBy('a.createdAt', 'DESC').addOrderBy('a.id', 'DESC').limit(HISTORY_LIMIT).getMany();
}

/**
 * Who may read audit entries. System records need the matching system permission (below); business records
 * (every type registered in lib/access/records: customer, contact, lead, follow-ups, …) are visible exactly
 * when the record is in the viewer's read scope (SPEC 2.3), in SQL through lib/access. Any other entity type
 * is never shown (deny by default).
 */
export const SYSTEM_AUDIT_PERMISSIONS: Record<string, string> = {
  user: 'system:user',
  api_token: 'system:user',
  role: 'system:role',
  department: 'system:department',
  position: 'system:department',
  product: 'product:manage',
  product_category: 'product:manage',
  opportunity_stage: 'system:settings',
  approval_flow: 'system:settings',
  cadence_settings: 'system:settings',
  numbering_rule: 'system:numbering',
};

export interface AuditFilter {
  entityType?: string | null;
  entityId?: number | null;
  actorId?: number | null;
  action?: string | null;
  from?: Date | null;
  to?: Date | null;
}

async function visibleEntries(manager: EntityManager, viewer: Viewer, qb: SelectQueryBuilder<AuditLog>, only?: string | null) {
  const parts: string[] = [];
  const params: Record<string, unknown> = {};
  const systemTypes = Object.entries(SYSTEM_AUDIT_PERMISSIONS)
    .filter(([type, permission]) => (!only || only === type) && hasPermission(viewer, permission)).map(([type]) => type);
  if (systemTypes.length) {
    parts.push('a.entityType IN (:...auditSystemTypes)');
    params.auditSystemTypes = systemTypes;
  }
  const recordTypesShown = [...recordTypes(), ...derivedRecordTypes()].filter((type) => !only || only === type);
  if (recordTypesShown.length) {
    // Entries of records in the recycle bin stay visible to whoever may read the record.
    const readable = await readableReferenceCondition(manager, viewer, 'a.entityType', 'a.entityId', { types: recordTypesShown, state: 'any' });
    if (readable.sql !== '1 = 0') {
      parts.push(`(${readable.sql})`);
      Object.assign(params, readable.params);
    }
  }
  if (!parts.length) return qb.andWhere('1 = 0');
  return qb.andWhere(new Brackets((w) => { w.where(parts.join(' OR '), params); }));
}

/** The audit log as an administrator with system:audit sees it, newest first. */
export async function listAuditLogs(db: DataSource, viewer: Viewer, filter: AuditFilter = {}, page: PageArgs = {}) {
  const manager = db.manager;
  const qb = manager.createQueryBuilder(AuditLog, 'a');
  await visibleEntries(manager, viewer, qb, filter.entityType);
  if (filter.entityId !== undefined && filter.entityId !== null) qb.andWhere('a.entityId = :entityId', { entityId: filter.entityId });
  if (filter.actorId !== undefined && filter.actorId !== null) qb.andWhere('a.actorId = :actorId', { actorId: filter.actorId });
  if (filter.action) qb.andWhere('a.action = :action', { action: filter.action });
  if (filter.from) qb.andWhere('a.createdAt >= :from', { from: filter.from });
  if (filter.to) qb.andWhere('a.createdAt <= :to', { to: filter.to });
  qb.orderBy('a.createdAt', 'DESC').addOrderBy('a.id', 'DESC');
  return paginate(qb, page);
}

export interface LoginLogFilter { username?: string | null; success?: boolean | null; from?: Date | null; to?: Date | null }

/** Every login attempt, newest first. */
export async function listLoginLogs(db: DataSource, filter: LoginLogFilter = {}, page: PageArgs = {}) {
  const qb = db.manager.createQueryBuilder(LoginLog, 'l');
  const username = filter.username?.trim();
  if (username) qb.andWhere('l.username = :username', { username });
  if (filter.success !== undefined && filter.success !== null) qb.andWhere('l.success = :success', { success: filter.success });
  if (filter.from) qb.andWhere('l.createdAt >= :from', { from: filter.from });
  if (filter.to) qb.andWhere('l.createdAt <= :to', { to: filter.to });
  qb.orderBy('l.createdAt', 'DESC').addOrderBy('l.id', 'DESC');
  return paginate(qb, page);
}
