// Receivable lists and lookups, always through the contract's read scope: a receivable is visible exactly
// when its contract is (owner scope, customer team, or approver of it).
import { Brackets, DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { Contract, Receivable } from '@/entities';
import { ReceivableStatus } from '@/entities/receivable.entity';
import { Viewer, applyScope, resolveScope } from '@/lib/access';
import { PageArgs, paginate } from '@/lib/pagination';
import { ESCAPE, likePattern } from '@/lib/text';
import { checkDayRange, whereOwnerIn } from '@/lib/filters';
import { whereReadableReference } from '@/lib/access/reference-filter';
import { CUSTOMER_TABLE } from '@/lib/customer/customer.tables';
import { CONTRACT_TABLE } from '@/lib/contract/contract.tables';

export interface ReceivableFilter {
  keyword?: string | null;
  contractId?: number | null;
  customerId?: number | null;
  planId?: number | null;
  status?: ReceivableStatus | null;
  receivedFrom?: string | null;
  receivedTo?: string | null;
  /** Contracts owned by any of these users. */
  ownerIds?: readonly (number | string)[] | null;
}

export type ReceivableSortField = 'RECEIVED_DATE' | 'CREATED_AT' | 'AMOUNT';
export interface ReceivableOrder { field: ReceivableSortField; direction: 'ASC' | 'DESC' }
const SORT_COLUMNS: Record<ReceivableSortField, string> = { RECEIVED_DATE: 'r.receivedDate', CREATED_AT: 'r.createdAt', AMOUNT: 'r.amount' };

/** Receivables of live contracts the viewer may read; `deleted`: those in the recycle bin instead. */
export async function readableReceivables(manager: EntityManager, viewer: Viewer, deleted = false): Promise<SelectQueryBuilder<Receivable>> {
  return applyScope(allReceivables(manager, deleted), await resolveScope(manager, viewer, 'contract', 'read'), CONTRACT_TABLE.columns);
}

/** Every receivable of a live contract (`deleted`: those in the recycle bin instead), before any scope. */
export const allReceivables = (manager: EntityManager, deleted = false) =>
  manager.createQueryBuilder(Receivable, 'r').innerJoin(Contract, 'k', 'k.id = r.contractId').where('k.deletedAt IS NULL')
    .andWhere(deleted ? 'r.deletedAt IS NOT NULL' : 'r.deletedAt IS NULL');

export async function listReceivables(db: DataSource, viewer: Viewer, f: ReceivableFilter = {}, order?: ReceivableOrder | null, page: PageArgs = {}) {
  const qb = await matchingReceivables(db.manager, viewer, f);
  const direction = order?.direction === 'ASC' ? 'ASC' : 'DESC';
  qb.orderBy(SORT_COLUMNS[order?.field ?? 'RECEIVED_DATE'] ?? 'r.receivedDate', direction).addOrderBy('r.id', direction);
  return paginate(qb, page);
}

/** The receivables of the list for this filter, unordered (the list and exports). */
export async function matchingReceivables(manager: EntityManager, viewer: Viewer, f: ReceivableFilter = {}): Promise<SelectQueryBuilder<Receivable>> {
  checkDayRange(f.receivedFrom, f.receivedTo, { from: 'filter.receivedFrom', to: 'filter.receivedTo' });
  const qb = await readableReceivables(manager, viewer);
  const keyword = f.keyword?.trim();
  if (keyword) qb.andWhere(new Brackets((w) => { w.where(`r.code LIKE :kw${ESCAPE}`).orWhere(`k.code LIKE :kw${ESCAPE}`).orWhere(`k.title LIKE :kw${ESCAPE}`); }), { kw: likePattern(keyword) });
  // Receivables are seen through their contract; a hidden customer matches nothing, like one that does not exist.
  if (f.contractId) qb.andWhere('r.contractId = :contractId', { contractId: f.contractId });
  await whereReadableReference(manager, viewer, qb, 'k.customerId', CUSTOMER_TABLE, f.customerId);
  if (f.planId) qb.andWhere('r.planId = :planId', { planId: f.planId });
  if (f.status) qb.andWhere('r.status = :status', { status: f.status });
  if (f.receivedFrom) qb.andWhere('r.receivedDate >= :receivedFrom', { receivedFrom: f.receivedFrom });
  if (f.receivedTo) qb.andWhere('r.receivedDate <= :receivedTo', { receivedTo: f.receivedTo });
  whereOwnerIn(qb, 'k.ownerId', f.ownerIds);
  return qb;
}

export async function findReceivable(manager: EntityManager, viewer: Viewer, id: number): Promise<Receivable | null> {
  if (!Number.isSafeInteger(id) || id <= 0) return null;
  return (await readableReceivables(manager, viewer)).andWhere('r.id = :id', { id }).getOne();
}

export async function findReceivablesByIds(manager: EntityManager, viewer: Viewer, ids: readonly number[]): Promise<Receivable[]> {
  if (!ids.length) return [];
  return (await readableReceivables(manager, viewer)).andWhere('r.id IN (:...ids)', { ids: [...ids] }).getMany();
}

/** Receivables of each contract (callers pass contracts already in scope), newest first. */
export async function receivablesOfContracts(manager: EntityManager, contractIds: readonly number[]): Promise<Map<number, Receivable[]>> {
  const rows = contractIds.length
    ? await manager.createQueryBuilder(Receivable, 'r').where('r.contractId IN (:...ids)', { ids: [...contractIds] }).andWhere('r.deletedAt IS NULL')
      .orderBy('r.receivedDate', 'DESC').addOrderBy('r.id', 'DESC').getMany()
    : [];
  const out = new Map<number, Receivable[]>(contractIds.map((id) => [id, []]));
  for (const row of rows) out.get(row.contractId)?.push(row);
  return out;
}
