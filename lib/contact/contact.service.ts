// Contacts (联系人) under customers: scoped lists and lookups, and changes checked against the write scope.
import { DataSource, EntityManager, In } from 'typeorm';
import { Contact, Customer } from '@/entities';
import { WithCustomValues, afterValues, applyCustomValues } from '@/lib/custom-field/values';
import { CustomFieldFilter, applyCustomFieldFilters } from '@/lib/custom-field/filter';
import { Viewer, applyScope, isPlainFilter, useListIndex, requireAccess, requireIds, resolveScope, scopeShape } from '@/lib/access';
import { audit, diff } from '@/lib/audit/audit';
import { inTransaction } from '@/lib/db/transaction';
import { FieldErrors, badInput } from '@/lib/errors';
import { PageArgs, paginate } from '@/lib/pagination';
import { EMAIL, MOBILE, PHONE, blankToNull } from '@/lib/text';
import { keywordCondition } from '@/lib/search/search-match';
import { CONTACT_OWNER_TABLE, CONTACT_TABLE, CUSTOMER_TABLE } from '@/lib/customer/customer.tables';
import { actorOf } from '@/lib/customer/customer.service';
import { assertFieldsFilterable, assertFieldsWritable, customFieldWritable } from '@/lib/fields/field-rules';
import { restrictKeyword } from '@/lib/fields/field-keyword';
import { whereOwnerIn } from '@/lib/filters';

export interface ContactFields {
  name?: string; department?: string | null; position?: string | null; mobile?: string | null; phone?: string | null;
  email?: string | null; wechat?: string | null; birthday?: string | null; remarks?: string | null; isPrimary?: boolean | null;
}
export interface ContactFilter {
  customerId?: number | null; keyword?: string | null; deleted?: boolean | null;
  ownerIds?: readonly (number | string)[] | null; createdFrom?: Date | null; createdTo?: Date | null;
  customFields?: readonly CustomFieldFilter[] | null;
}

const LENGTHS: Record<string, number> = { name: 50, department: 50, position: 50, mobile: 20, phone: 30, email: 100, wechat: 50, birthday: 10, remarks: 500 };

export function cleanContactFields(input: ContactFields, creating: boolean): ContactFields {
  const errors = new FieldErrors();
  const out: Record<string, unknown> = {};
  for (const [key, raw] of Object.entries(input)) {
    if (raw === undefined) continue;
    if (key === 'isPrimary') { out[key] = !!raw; continue; }
    if (!(key in LENGTHS)) { errors.add(key, 'cannot be set here'); continue; }
    out[key] = blankToNull(raw as string | null);
    if (typeof out[key] === 'string' && [...(out[key] as string)].length > LENGTHS[key]) errors.add(key, `must be at most ${LENGTHS[key]} characters`);
  }
  if (creating || 'name' in input) errors.check(typeof out.name === 'string' && out.name.length > 0, 'name', 'is required');
  if (typeof out.mobile === 'string') errors.check(MOBILE.test(out.mobile), 'mobile', 'must be an 11-digit mobile number');
  if (typeof out.phone === 'string') errors.check(PHONE.test(out.phone), 'phone', 'must be a phone number');
  if (typeof out.email === 'string') errors.check(EMAIL.test(out.email), 'email', 'must be an email address');
  if (typeof out.birthday === 'string') errors.check(/^\d{4}-\d{2}-\d{2}$/.test(out.birthday) && !Number.isNaN(Date.parse(out.birthday)), 'birthday', 'must be a date (YYYY-MM-DD)');
  errors.throwIfAny();
  return out as ContactFields;
}

/** Every contact, live or in the recycle bin, before any scope. */
export const allContacts = (manager: EntityManager, deleted = false) =>
  manager.createQueryBuilder(Contact, 'ct').where(deleted ? 'ct.deletedAt IS NOT NULL' : 'ct.deletedAt IS NULL');

export async function readableContacts(manager: EntityManager, viewer: Viewer, deleted = false) {
  return applyScope(allContacts(manager, deleted), await resolveScope(manager, viewer, 'contact', 'read'), CONTACT_TABLE.columns);
}

/** The contacts of the list for this filter, unordered (the list and exports). */
export async function matchingContacts(manager: EntityManager, viewer: Viewer, filter: ContactFilter = {}) {
  assertFieldsFilterable(viewer, 'contact', filter);
  const qb = await readableContacts(manager, viewer, !!filter.deleted);
  if (filter.customerId) qb.andWhere('ct.customerId = :customerId', { customerId: filter.customerId });
  whereOwnerIn(qb, 'ct.ownerId', filter.ownerIds);
  if (filter.createdFrom) qb.andWhere('ct.createdAt >= :createdFrom', { createdFrom: filter.createdFrom });
  if (filter.createdTo) qb.andWhere('ct.createdAt <= :createdTo', { createdTo: filter.createdTo });
  await applyCustomFieldFilters(manager, qb, 'ct', 'contact', filter.customFields);
  if (filter.keyword?.trim()) {
    // The search index (lib/search): a few thousand contacts are checked row by row, a wider scope reads the matches by id.
    const narrow = scopeShape(await resolveScope(manager, viewer, 'contact', 'read')) === 'narrow';
    const keyword = await keywordCondition(manager, 'contact', filter.keyword, 'ct.id', narrow);
    if (keyword) qb.andWhere(keyword.sql, keyword.params);
  }
  await restrictKeyword(manager, viewer, 'contact', qb, 'ct', filter.keyword);
  return qb;
}

export async function listContacts(db: DataSource, viewer: Viewer, filter: ContactFilter = {}, page: PageArgs = {}) {
  const qb = await matchingContacts(db.manager, viewer, filter);
  qb.orderBy('ct.isPrimary', 'DESC').addOrderBy('ct.updatedAt', 'DESC').addOrderBy('ct.id', 'DESC');
  // The index for the scope's shape (lib/access/list-shape.ts); MariaDB walks the wide one for a salesperson.
  if (isPlainFilter(filter)) {
    useListIndex(qb, await resolveScope(db.manager, viewer, 'contact', 'read'), { narrow: ['idx_contact_owner_live_primary_updated', 'idx_contact_customer'], wide: 'idx_contact_live_primary_updated_owner' });
  }
  return paginate(qb, page);
}

export async function findContact(manager: EntityManager, viewer: Viewer, id: number) {
  if (!Number.isSafeInteger(id) || id <= 0) return null;
  return (await readableContacts(manager, viewer)).andWhere('ct.id = :id', { id }).getOne();
}

/** Visible live contacts of these customers, grouped by customer (one query for a whole page). */
export async function contactsOfCustomers(manager: EntityManager, viewer: Viewer, customerIds: readonly number[]) {
  const byCustomer = new Map<number, Contact[]>(customerIds.map((id) => [id, []]));
  if (!customerIds.length) return byCustomer;
  const rows = await (await readableContacts(manager, viewer)).andWhere('ct.customerId IN (:...customerIds)', { customerIds: [...customerIds] })
    .orderBy('ct.isPrimary', 'DESC').addOrderBy('ct.id', 'ASC').getMany();
  for (const row of rows) byCustomer.get(row.customerId)?.push(row);
  return byCustomer;
}

export async function createContact(db: DataSource, viewer: Viewer, customerId: number, { customFields, ...input }: ContactFields & WithCustomValues) {
  assertFieldsWritable(viewer, 'contact', { ...input, customFields });
  const fields = cleanContactFields(input, true);
  return inTransaction(db, async (manager) => {
    if (!Number.isSafeInteger(customerId)) throw badInput('customerId', 'is invalid');
    // Adding a contact changes the customer: the viewer needs write access to it.
    await requireAccess(manager, viewer, CUSTOMER_TABLE, [customerId], 'write');
    const customer = await manager.findOneByOrFail(Customer, { id: customerId });
    if (fields.isPrimary) await manager.update(Contact, { customerId }, { isPrimary: false });
    const contact = await manager.save(manager.create(Contact, { ...fields, isPrimary: !!fields.isPrimary, customerId, ownerId: customer.ownerId, createdById: viewer.userId }));
    const custom = await applyCustomValues(manager, 'contact', contact.id, customFields, true, customFieldWritable(viewer, 'contact'));
    await audit(manager, actorOf(viewer), { action: 'create', entityType: 'contact', entityId: contact.id, changes: { customerId, ...fields, ...afterValues(custom) } });
    return contact;
  });
}

export async function updateContact(db: DataSource, viewer: Viewer, id: number, { customFields, ...input }: ContactFields & WithCustomValues) {
  assertFieldsWritable(viewer, 'contact', { ...input, customFields });
  const fields = cleanContactFields(input, false);
  return inTransaction(db, async (manager) => {
    await requireAccess(manager, viewer, CONTACT_TABLE, [id], 'write');
    const contact = await manager.findOneByOrFail(Contact, { id });
    const changes = { ...diff(contact, fields as Partial<Contact>), ...await applyCustomValues(manager, 'contact', id, customFields, false) };
    if (!Object.keys(changes).length) return contact;
    contact.updatedAt = new Date(); // also when only custom values changed
    if (fields.isPrimary) await manager.update(Contact, { customerId: contact.customerId }, { isPrimary: false });
    Object.assign(contact, fields);
    const saved = await manager.save(contact);
    await audit(manager, actorOf(viewer), { action: 'update', entityType: 'contact', entityId: id, changes });
    return saved;
  });
}

export async function deleteContacts(db: DataSource, viewer: Viewer, rawIds: readonly (string | number)[]) {
  const ids = requireIds(rawIds);
  return inTransaction(db, async (manager) => {
    await requireAccess(manager, viewer, CONTACT_OWNER_TABLE, ids, 'write');
    await manager.update(Contact, { id: In(ids) }, { deletedAt: new Date(), deletedById: viewer.userId });
    await audit(manager, actorOf(viewer), ids.map((id) => ({ action: 'delete', entityType: 'contact', entityId: id })));
    return ids;
  });
}

export async function restoreContacts(db: DataSource, viewer: Viewer, rawIds: readonly (string | number)[]) {
  const ids = requireIds(rawIds);
  return inTransaction(db, async (manager) => {
    await requireAccess(manager, viewer, CONTACT_OWNER_TABLE, ids, 'write', 'deleted');
    const contacts = await manager.findBy(Contact, { id: In(ids) });
    const parents = await manager.findBy(Customer, { id: In([...new Set(contacts.map((c) => c.customerId))]) });
    if (parents.some((p) => p.deletedAt)) throw badInput('ids', 'restore the customer first');
    await manager.update(Contact, { id: In(ids) }, { deletedAt: null, deletedById: null, deletedWithCustomerId: null });
    await audit(manager, actorOf(viewer), ids.map((id) => ({ action: 'restore', entityType: 'contact', entityId: id })));
    return manager.findBy(Contact, { id: In(ids) });
  });
}
