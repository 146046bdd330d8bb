// Customer changes: create, update, soft delete / restore, lock / unlock. Each runs in one transaction,
// checks the write scope before writing, and audits in the same transaction.
import { Brackets, DataSource, EntityManager, In, IsNull, Not } from 'typeorm';
import { Contact, Customer, Opportunity, User } from '@/entities';
import { CustomerLevel, CustomerType, DealStatus } from '@/entities/customer.entity';
import { Viewer, requireAccess, requireIds } from '@/lib/access';
import { assertFieldsWritable, customFieldWritable } from '@/lib/fields/field-rules';
import { AuditInput, audit, diff } from '@/lib/audit/audit';
import { inTransaction } from '@/lib/db/transaction';
import { isUniqueViolation } from '@/lib/db/errors';
import { conflict } from '@/lib/errors';
import { nextNumber } from '@/lib/numbering/numbering.service';
import { normalizeName } from '@/lib/text';
import { assertLockedCap } from '@/lib/pool/pool-caps';
import { cleanDictionaryFields } from '@/lib/dictionary/record-values';
import { CUSTOMER_OWNER_TABLE, CUSTOMER_TABLE } from './customer.tables';
import { LEGACY_KEY_SEPARATOR } from './name-key';
import { CustomerFields, cleanCustomerFields } from './customer.validation';
import { CustomValueInput, afterValues, cleanCustomValues, heldChoices, saveCustomValues } from '@/lib/custom-field/values';

/** What a customer write takes: its built-in fields and the values of the administrator's custom fields. */
export type CustomerInput = CustomerFields & { customFields?: readonly CustomValueInput[] | null };


export const actorOf = (viewer: Viewer) => ({ userId: viewer.userId, ip: viewer.ip, requestId: viewer.requestId });

/**
 * Refuses a name whose key (lib/text normalizeName: spaces, brackets and company-form suffixes aside) a live
 * customer already holds. This is the one deliberate exception to scope hiding (SPEC 2.3): the creator learns the
 * existing code and owner name, and nothing else.
 */
export async function assertNameFree(manager: EntityManager, name: string, exceptId?: number) {
  const key = normalizeName(name);
  const holders = await manager.createQueryBuilder(Customer, 'c').where('c.id <> :exceptId', { exceptId: exceptId ?? 0 }).andWhere(new Brackets((w) => {
    w.where('c.nameKey = :key', { key }).orWhere(`c.nameKey LIKE :legacy ESCAPE '!'`, { legacy: `${key.replace(/[!%_]/g, (c) => `!${c}`)}${LEGACY_KEY_SEPARATOR}%` });
  })).orderBy('c.id', 'ASC').limit(1).getMany();
  const existing = holders[0];
  if (!existing) return;
  const owner = existing.ownerId ? await manager.findOneBy(User, { id: existing.ownerId }) : null;
  throw conflict(`A customer with this name already exists (${existing.code}, owner ${owner?.name ?? 'public pool'})`, {
    field: 'name', existingCode: existing.code, existingOwnerName: owner?.name ?? null,
  });
}

/** Saves while turning a unique-index race on the name into the same CONFLICT as the pre-check. */
async function saveGuarded(manager: EntityManager, customer: Customer) {
  try {
    return await manager.save(customer);
  } catch (error) {
    if (isUniqueViolation(error)) { await assertNameFree(manager, customer.name, customer.id); throw conflict('A customer with this name already exists', { field: 'name' }); }
    throw error;
  }
}

/**
 * `db` may be an EntityManager inside a caller's transaction (lead conversion creates many customers in one);
 * `options.ownerId` gives the customer to someone else than the creator (a converted lead's owner).
 */
export async function createCustomer(db: DataSource | EntityManager, viewer: Viewer, { customFields, ...input }: CustomerInput, options: { ownerId?: number; copied?: boolean } = {}): Promise<Customer> {
  // Values the viewer typed must be values they may write (lib/fields); a lead's copied on conversion are not typed.
  if (!options.copied) assertFieldsWritable(viewer, 'customer', { ...input, customFields });
  const fields = cleanCustomerFields(input, true);
  return inTransaction(db, async (manager) => {
    await cleanDictionaryFields(manager, 'customer', fields);
    // A converted lead has no values for the customer's own custom fields: required ones are asked for on edit.
    const custom = await cleanCustomValues(manager, 'customer', customFields, !options.copied, new Map(), customFieldWritable(viewer, 'customer'));
    await assertNameFree(manager, fields.name!);
    const customer = manager.create(Customer, {
      ...fields,
      type: fields.type ?? CustomerType.DIRECT,
      level: fields.level ?? CustomerLevel.NORMAL,
      nameKey: normalizeName(fields.name!),
      code: await nextNumber(manager, 'customer'),
      ownerId: options.ownerId ?? viewer.userId,
      createdById: viewer.userId,
      dealStatus: DealStatus.NONE,
      locked: false,
    });
    const saved = await saveGuarded(manager, customer);
    const customChanges = await saveCustomValues(manager, saved.id, custom);
    await audit(manager, actorOf(viewer), { action: 'create', entityType: 'customer', entityId: saved.id, changes: { ...fields, ...afterValues(customChanges), code: saved.code, ...(options.ownerId ? { ownerId: saved.ownerId } : {}) } });
    return saved;
  });
}

export async function updateCustomer(db: DataSource, viewer: Viewer, id: number, { customFields, ...input }: CustomerInput): Promise<Customer> {
  assertFieldsWritable(viewer, 'customer', { ...input, customFields });
  const fields = cleanCustomerFields(input, false);
  return inTransaction(db, async (manager) => {
    await requireAccess(manager, viewer, CUSTOMER_TABLE, [id], 'write');
    const customer = await manager.findOneByOrFail(Customer, { id });
    await cleanDictionaryFields(manager, 'customer', fields, customer);
    const custom = customFields?.length ? await cleanCustomValues(manager, 'customer', customFields, false, await heldChoices(manager, id)) : [];
    const changes = { ...diff(customer, fields), ...await saveCustomValues(manager, id, custom) };
    if (!Object.keys(changes).length) return customer;
    customer.updatedAt = new Date(); // also when only custom values changed
    if (changes.name) {
      await assertNameFree(manager, fields.name!, id);
      customer.nameKey = normalizeName(fields.name!);
    }
    Object.assign(customer, fields);
    const saved = await saveGuarded(manager, customer);
    await audit(manager, actorOf(viewer), { action: 'update', entityType: 'customer', entityId: id, changes });
    return saved;
  });
}

/** The records a customer's deletion takes to the recycle bin with it: its live contacts and opportunities. */
const DELETED_WITH_CUSTOMER = [{ entity: Contact, type: 'contact' }, { entity: Opportunity, type: 'opportunity' }] as const;

/** Moves the live contacts or opportunities of these customers to the bin, each marked with its customer. */
export async function deleteWithCustomers(manager: EntityManager, entity: typeof Contact | typeof Opportunity, customerIds: number[], at: Date, byUserId: number) {
  await manager.createQueryBuilder().update(entity as typeof Contact)
    .set({ deletedAt: at, deletedById: byUserId, deletedWithCustomerId: () => 'customer_id' })
    .where('customer_id IN (:...customerIds) AND deleted_at IS NULL', { customerIds }).execute();
}

/**
 * Moves customers, with their live contacts and opportunities, to the recycle bin. All or nothing. The records
 * deleted with a customer name it (`deletedWithCustomerId`): restoring it finds exactly them (deletedWithCustomers).
 */
export async function deleteCustomers(db: DataSource, viewer: Viewer, rawIds: readonly (string | number)[]): Promise<number[]> {
  const ids = requireIds(rawIds);
  return inTransaction(db, async (manager) => {
    await requireAccess(manager, viewer, CUSTOMER_OWNER_TABLE, ids, 'write');
    const now = new Date();
    await manager.update(Customer, { id: In(ids) }, { deletedAt: now, deletedById: viewer.userId, nameKey: null });
    for (const { entity } of DELETED_WITH_CUSTOMER) await deleteWithCustomers(manager, entity, ids, now, viewer.userId);
    await audit(manager, actorOf(viewer), ids.map((id) => ({ action: 'delete', entityType: 'customer', entityId: id })));
    return ids;
  });
}

/** How many records were deleted together with each of these deleted customers (for "restore them too?"). */
export async function deletedWithCustomers(manager: EntityManager, customers: readonly Pick<Customer, 'id' | 'deletedAt'>[]): Promise<Map<number, number>> {
  const counts = new Map<number, number>();
  const ids = customers.filter((c) => c.deletedAt).map((c) => c.id);
  if (!ids.length) return counts;
  for (const { entity } of DELETED_WITH_CUSTOMER) {
    const rows = await manager.createQueryBuilder(entity as typeof Contact, 'x').select('x.deletedWithCustomerId', 'cid').addSelect('COUNT(*)', 'n')
      .where('x.deletedWithCustomerId IN (:...ids) AND x.deletedAt IS NOT NULL', { ids }).groupBy('x.deletedWithCustomerId').getRawMany<{ cid: number; n: number | string }>();
    for (const row of rows) counts.set(Number(row.cid), (counts.get(Number(row.cid)) ?? 0) + Number(row.n));
  }
  return counts;
}

/**
 * Restores customers from the recycle bin and, unless `withRelated` is false, the contacts and opportunities
 * deleted together with them (audited as restores too).
 */
export async function restoreCustomers(db: DataSource, viewer: Viewer, rawIds: readonly (string | number)[], options: { withRelated?: boolean } = {}): Promise<Customer[]> {
  const ids = requireIds(rawIds);
  return inTransaction(db, async (manager) => {
    await requireAccess(manager, viewer, CUSTOMER_OWNER_TABLE, ids, 'write', 'deleted');
    const customers = await manager.findBy(Customer, { id: In(ids) });
    const restored: Customer[] = [];
    const related: AuditInput[] = [];
    for (const customer of customers) {
      await assertNameFree(manager, customer.name, customer.id);
      if (options.withRelated !== false) {
        for (const { entity, type } of DELETED_WITH_CUSTOMER) {
          const where = { customerId: customer.id, deletedWithCustomerId: customer.id, deletedAt: Not(IsNull()) };
          const rows = await manager.find(entity as typeof Contact, { select: { id: true }, where });
          if (!rows.length) continue;
          await manager.update(entity as typeof Contact, { id: In(rows.map((r) => r.id)) }, { deletedAt: null, deletedById: null, deletedWithCustomerId: null });
          related.push(...rows.map((r) => ({ action: 'restore', entityType: type, entityId: r.id, changes: { withCustomerId: customer.id } })));
        }
      }
      Object.assign(customer, { deletedAt: null, deletedById: null, nameKey: normalizeName(customer.name) });
      restored.push(await saveGuarded(manager, customer));
    }
    await audit(manager, actorOf(viewer), [...ids.map((id) => ({ action: 'restore', entityType: 'customer', entityId: id })), ...related]);
    return restored;
  });
}

export async function setCustomersLocked(db: DataSource, viewer: Viewer, rawIds: readonly (string | number)[], locked: boolean): Promise<Customer[]> {
  const ids = requireIds(rawIds);
  return inTransaction(db, async (manager) => {
    await requireAccess(manager, viewer, CUSTOMER_OWNER_TABLE, ids, 'write');
    const changed = await manager.findBy(Customer, { id: In(ids), locked: !locked });
    if (locked) await assertLockedCap(manager, changed); // per-owner cap on locked customers (pool settings)
    if (changed.length) await manager.update(Customer, { id: In(changed.map((c) => c.id)) }, { locked });
    await audit(manager, actorOf(viewer), changed.map((c) => ({ action: locked ? 'lock' : 'unlock', entityType: 'customer', entityId: c.id })));
    return manager.findBy(Customer, { id: In(ids) });
  });
}
