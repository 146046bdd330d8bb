// Customer list and lookup: filters, sorting and the viewer's scope, all in SQL.
import { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { Customer, Department, User } from '@/entities';
import { CustomerLevel, CustomerType, DealStatus } from '@/entities/customer.entity';
import { Viewer, applyScope, resolveScope, scopeShape, useListIndex } from '@/lib/access';
import { PageArgs, paginate } from '@/lib/pagination';
import { assertFieldsFilterable } from '@/lib/fields/field-rules';
import { restrictKeyword } from '@/lib/fields/field-keyword';
import { whereOwnerIn } from '@/lib/filters';
import { CUSTOMER_TABLE } from './customer.tables';
import { customerKeywordCondition } from './customer-keyword';
import { PATH_SEPARATOR } from '@/lib/dictionary/kinds';
import { COUNT_CAP_BROAD, CustomFieldFilter, applyCustomFieldFilters, checkedPerRow, hasCustomFilter } from '@/lib/custom-field/filter';

export interface CustomerFilter {
  keyword?: string | null;
  ownerId?: number | null;
  /** Owned by any of these users. */
  ownerIds?: readonly (number | string)[] | null;
  departmentId?: number | null;
  type?: CustomerType | null;
  level?: CustomerLevel | null;
  source?: string | null;
  industry?: string | null;
  region?: string | null;
  dealStatus?: DealStatus | null;
  locked?: boolean | null;
  /** true: only public-pool customers (no owner); false: only owned ones. */
  inPool?: boolean | null;
  /** true: the recycle bin. */
  deleted?: boolean | null;
  createdFrom?: Date | null;
  createdTo?: Date | null;
  updatedFrom?: Date | null;
  updatedTo?: Date | null;
  /** Values of the administrator's custom fields. */
  customFields?: readonly CustomFieldFilter[] | null;
}

export type CustomerSortField = 'CREATED_AT' | 'UPDATED_AT' | 'NAME' | 'CODE' | 'LEVEL' | 'LAST_FOLLOW_UP_AT' | 'NEXT_FOLLOW_UP_AT';
export interface CustomerOrder { field: CustomerSortField; direction: 'ASC' | 'DESC' }

// Names sort by their pinyin key (lib/name-sort), not by code point: 阿里 … 李四 … 刘 … 张三.
const SORT_COLUMNS: Record<CustomerSortField, string> = {
  CREATED_AT: 'c.createdAt', UPDATED_AT: 'c.updatedAt', NAME: 'c.nameSort', CODE: 'c.code', LEVEL: 'c.level',
  LAST_FOLLOW_UP_AT: 'c.lastFollowUpAt', NEXT_FOLLOW_UP_AT: 'c.nextFollowUpAt',
};

/** Every customer, live or in the recycle bin, before any scope. */
export const allCustomers = (manager: EntityManager, deleted = false) =>
  manager.createQueryBuilder(Customer, 'c').where(deleted ? 'c.deletedAt IS NOT NULL' : 'c.deletedAt IS NULL');

/** Base query: customers the viewer may read, live or in the recycle bin. */
export async function readableCustomers(manager: EntityManager, viewer: Viewer, deleted = false): Promise<SelectQueryBuilder<Customer>> {
  return applyScope(allCustomers(manager, deleted), await resolveScope(manager, viewer, 'customer', 'read'), CUSTOMER_TABLE.columns);
}

async function applyFilter(manager: EntityManager, viewer: Viewer, qb: SelectQueryBuilder<Customer>, f: CustomerFilter) {
  if (f.keyword?.trim()) {
    // A scope of a few thousand customers is checked row by row; a wider one reads the few matches by id.
    const scope = await resolveScope(manager, viewer, 'customer', 'read');
    const narrow = scopeShape(f.inPool === true ? scope : { ...scope, poolIds: [] }) === 'narrow';
    const keyword = await customerKeywordCondition(manager, viewer, f.keyword, narrow);
    if (keyword) qb.andWhere(keyword.sql, keyword.params);
  }
  if (f.ownerId) qb.andWhere('c.ownerId = :ownerId', { ownerId: f.ownerId });
  whereOwnerIn(qb, 'c.ownerId', f.ownerIds);
  if (f.departmentId) {
    const dept = await manager.findOneBy(Department, { id: f.departmentId });
    const users = dept ? await manager.createQueryBuilder(User, 'u').select('u.id', 'id')
      .innerJoin(Department, 'd', 'd.id = u.departmentId').where('d.path LIKE :path', { path: `${dept.path}%` }).getRawMany<{ id: number }>() : [];
    if (users.length) qb.andWhere('c.ownerId IN (:...deptOwners)', { deptOwners: users.map((u) => Number(u.id)) });
    else qb.andWhere('1 = 0');
  }
  for (const key of ['type', 'level', 'source', 'industry', 'dealStatus'] as const) {
    if (f[key]) qb.andWhere(`c.${key} = :${key}`, { [key]: f[key] });
  }
  // A province takes in its cities: a city's code is the province's code, '/', its name.
  if (f.region) qb.andWhere(`(c.region = :region OR c.region LIKE :regionCities ESCAPE '!')`, { region: f.region, regionCities: `${f.region.replace(/[!%_]/g, (ch) => `!${ch}`)}${PATH_SEPARATOR}%` });
  if (f.locked !== undefined && f.locked !== null) qb.andWhere('c.locked = :locked', { locked: f.locked });
  if (f.inPool === true) qb.andWhere('c.ownerId IS NULL');
  if (f.inPool === false) qb.andWhere('c.ownerId IS NOT NULL');
  if (f.createdFrom) qb.andWhere('c.createdAt >= :createdFrom', { createdFrom: f.createdFrom });
  if (f.createdTo) qb.andWhere('c.createdAt <= :createdTo', { createdTo: f.createdTo });
  if (f.updatedFrom) qb.andWhere('c.updatedAt >= :updatedFrom', { updatedFrom: f.updatedFrom });
  if (f.updatedTo) qb.andWhere('c.updatedAt <= :updatedTo', { updatedTo: f.updatedTo });
  await applyCustomFieldFilters(manager, qb, 'c', 'customer', f.customFields);
}

/**
 * Customers the viewer may read that have an owner ("my customers" in the broad sense of the scope): the public
 * pool is listed by the pool's own query, or here only with the explicit filter `inPool: true` (SPEC 3.4).
 * Leaving the pool branch out of the scope keeps the list one index range (owner, then order).
 */
export async function readableOwnedCustomers(manager: EntityManager, viewer: Viewer, deleted = false): Promise<SelectQueryBuilder<Customer>> {
  const scope = await resolveScope(manager, viewer, 'customer', 'read');
  const qb = manager.createQueryBuilder(Customer, 'c').where(deleted ? 'c.deletedAt IS NOT NULL' : 'c.deletedAt IS NULL');
  applyScope(qb, { ...scope, poolIds: [] }, CUSTOMER_TABLE.columns);
  return qb.andWhere('c.ownerId IS NOT NULL');
}

/** Indexes behind the orders that have one (customer.entity.ts), per scope shape (lib/access/list-shape.ts). */
const LIST_INDEXES: Partial<Record<CustomerSortField, { narrow: string[]; wide: string }>> = {
  UPDATED_AT: { narrow: ['idx_customer_owner_live_updated', 'PRIMARY'], wide: 'idx_customer_live_updated_owner' },
  CREATED_AT: { narrow: ['idx_customer_owner_live_created', 'PRIMARY'], wide: 'idx_customer_live_created_owner' },
  NAME: { narrow: ['idx_customer_owner_live_name', 'PRIMARY'], wide: 'idx_customer_live_name_owner' },
};

/** The customers of the list for this filter, unordered (the list, its count and exports). */
export async function matchingCustomers(manager: EntityManager, viewer: Viewer, filter: CustomerFilter = {}): Promise<SelectQueryBuilder<Customer>> {
  // Filters only on fields the viewer reads in full (lib/fields): a hidden or masked value is never an oracle.
  assertFieldsFilterable(viewer, 'customer', filter);
  const qb = filter.inPool === true ? await readableCustomers(manager, viewer, !!filter.deleted) : await readableOwnedCustomers(manager, viewer, !!filter.deleted);
  await applyFilter(manager, viewer, qb, filter);
  await restrictKeyword(manager, viewer, 'customer', qb, 'c', filter.keyword);
  return qb;
}

export async function listCustomers(db: DataSource, viewer: Viewer, filter: CustomerFilter = {}, order?: CustomerOrder | null, page: PageArgs = {}) {
  const manager = db.manager;
  const qb = await matchingCustomers(manager, viewer, filter);
  const field = order?.field && SORT_COLUMNS[order.field] ? order.field : 'UPDATED_AT';
  const direction = order?.direction === 'ASC' ? 'ASC' : 'DESC';
  qb.orderBy(SORT_COLUMNS[field], direction).addOrderBy('c.id', direction);
  // The plain owned list picks its index by the scope's shape; with other narrowing filters the optimizer's own
  // statistics choose better than a fixed rule.
  const indexes = LIST_INDEXES[field];
  // A custom field condition checked per row narrows nothing up front: the scope's index stays the best walk.
  const perRow = checkedPerRow(filter.customFields);
  const plain = !filter.inPool && !filter.deleted && !filter.keyword?.trim() && !filter.ownerId && !filter.ownerIds && !filter.departmentId && (!hasCustomFilter(filter.customFields) || perRow);
  if (indexes && plain) useListIndex(qb, { ...await resolveScope(manager, viewer, 'customer', 'read'), poolIds: [] }, indexes);
  return paginate(qb, page, perRow ? { countCap: COUNT_CAP_BROAD } : {});
}

/** One customer if the viewer may read it; null otherwise (exactly as if it did not exist). */
export async function findCustomer(manager: EntityManager, viewer: Viewer, id: number, deleted: boolean | null = false): Promise<Customer | null> {
  if (!Number.isSafeInteger(id) || id <= 0) return null;
  const qb = manager.createQueryBuilder(Customer, 'c').where('c.id = :id', { id });
  if (deleted !== null) qb.andWhere(deleted ? 'c.deletedAt IS NOT NULL' : 'c.deletedAt IS NULL');
  applyScope(qb, await resolveScope(manager, viewer, 'customer', 'read'), CUSTOMER_TABLE.columns);
  return qb.getOne();
}

/** Readable customers among the ids (for batched nested fields). */
export async function findCustomersByIds(manager: EntityManager, viewer: Viewer, ids: readonly number[]): Promise<Customer[]> {
  if (!ids.length) return [];
  const qb = (await readableCustomers(manager, viewer)).andWhere('c.id IN (:...ids)', { ids: [...ids] });
  return qb.getMany();
}
