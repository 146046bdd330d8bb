// The pool view: a pool's customers (why, when and from whom each entered), and pool history per customer.
// Both go through the customer scope, so they show exactly what `customer(id)` and `customers` show.
import { DataSource, EntityManager, In } from 'typeorm';
import { Customer, CustomerPoolHistory } from '@/entities';
import { CustomerLevel } from '@/entities/customer.entity';
import { PoolReason } from '@/entities/pool.entity';
import { Viewer } from '@/lib/access';
import { readableCustomers } from '@/lib/customer/customer.query';
import { PageArgs, paginate } from '@/lib/pagination';
import { keywordCondition } from '@/lib/search/search-match';
import { assertFieldsFilterable } from '@/lib/fields/field-rules';
import { restrictKeyword } from '@/lib/fields/field-keyword';
import { notFound } from '@/lib/errors';
import { canListPool, poolView } from './pool-access';
import { requirePool } from './pool.service';

export interface PoolCustomerFilter {
  keyword?: string | null;
  reason?: PoolReason | null;
  level?: CustomerLevel | null;
  previousOwnerId?: number | null;
  region?: string | null;
  industry?: string | null;
  enteredFrom?: Date | null;
  enteredTo?: Date | null;
}

/** Customers waiting in the pool, most recently entered first. NOT_FOUND for a pool the viewer cannot list. */
export async function listPoolCustomers(db: DataSource, viewer: Viewer, poolId: number, filter: PoolCustomerFilter = {}, page: PageArgs = {}) {
  const manager = db.manager;
  const pool = await requirePool(manager, viewer, poolId);
  if (!canListPool(await poolView(manager, viewer), pool.id)) throw notFound('Pool');
  // Field permissions: no filter on a field the viewer does not read in full, and a keyword finds a customer only
  // through fields they do (no filter-as-oracle of a masked mobile), as on the customer list.
  assertFieldsFilterable(viewer, 'customer', filter);
  const qb = (await readableCustomers(manager, viewer)).andWhere('c.poolId = :poolId AND c.ownerId IS NULL', { poolId: pool.id });
  // The search index (lib/search): the pool's few matches read by id, or the pool walked when a word is common.
  const keyword = await keywordCondition(manager, 'customer', filter.keyword, 'c.id');
  if (keyword) qb.andWhere(keyword.sql, keyword.params);
  await restrictKeyword(manager, viewer, 'customer', qb, 'c', filter.keyword);
  if (filter.reason) qb.andWhere('c.poolReason = :reason', { reason: filter.reason });
  if (filter.level) qb.andWhere('c.level = :level', { level: filter.level });
  if (filter.previousOwnerId) qb.andWhere('c.previousOwnerId = :previousOwnerId', { previousOwnerId: Number(filter.previousOwnerId) });
  if (filter.region) qb.andWhere('c.region = :region', { region: filter.region });
  if (filter.industry) qb.andWhere('c.industry = :industry', { industry: filter.industry });
  if (filter.enteredFrom) qb.andWhere('c.poolEnteredAt >= :enteredFrom', { enteredFrom: filter.enteredFrom });
  if (filter.enteredTo) qb.andWhere('c.poolEnteredAt <= :enteredTo', { enteredTo: filter.enteredTo });
  qb.orderBy('c.poolEnteredAt', 'DESC').addOrderBy('c.id', 'DESC');
  return paginate(qb, page);
}

/** Number of customers in each pool the viewer can list (others: null), one query. */
export async function poolCustomerCounts(manager: EntityManager, viewer: Viewer, poolIds: readonly number[]): Promise<Map<number, number | null>> {
  const view = await poolView(manager, viewer);
  const listable = poolIds.filter((id) => canListPool(view, id));
  const out = new Map<number, number | null>(poolIds.map((id) => [id, null]));
  if (!listable.length) return out;
  const rows = await (await readableCustomers(manager, viewer)).select('c.poolId', 'poolId').addSelect('COUNT(*)', 'n')
    .andWhere('c.ownerId IS NULL AND c.poolId IN (:...listable)', { listable }).groupBy('c.poolId').getRawMany<{ poolId: number; n: number | string }>();
  for (const id of listable) out.set(id, 0);
  for (const row of rows) out.set(Number(row.poolId), Number(row.n));
  return out;
}

/** Pool history of customers the caller already knows the viewer can read, newest first. */
export async function poolHistoryOf(manager: EntityManager, customerIds: readonly number[]): Promise<Map<number, CustomerPoolHistory[]>> {
  const out = new Map<number, CustomerPoolHistory[]>(customerIds.map((id) => [id, []]));
  if (!customerIds.length) return out;
  const rows = await manager.find(CustomerPoolHistory, { where: { customerId: In([...customerIds]) }, order: { createdAt: 'DESC', id: 'DESC' } });
  for (const row of rows) out.get(row.customerId)?.push(row);
  return out;
}
