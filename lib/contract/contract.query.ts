// Contract lists and lookups, their lines, and received / outstanding amounts: filters, sorting, scope and
// sums all in SQL.
import { Brackets, DataSource, EntityManager, In, SelectQueryBuilder } from 'typeorm';
import { CustomFieldFilter, applyCustomFieldFilters } from '@/lib/custom-field/filter';
import { AuditLog, Contract, ContractLine, Department, PaymentPlan, Receivable, User } from '@/entities';
import { ContractStatus } from '@/entities/contract.entity';
import { ReceivableStatus } from '@/entities/receivable.entity';
import { Viewer, applyScope, isPlainFilter, useListIndex, idsInScope, resolveScope } from '@/lib/access';
import { PageArgs, paginate } from '@/lib/pagination';
import { ESCAPE, likePattern } from '@/lib/text';
import { whereOwnerIn } from '@/lib/filters';
import { whereReadableReference } from '@/lib/access/reference-filter';
import { CUSTOMER_TABLE } from '@/lib/customer/customer.tables';
import { OPPORTUNITY_TABLE } from '@/lib/opportunity/opportunity.tables';
import { CONTRACT_OWNER_TABLE, CONTRACT_TABLE } from './contract.tables';
import { formatCents, sqlCents, sumCents } from './money';

export interface ContractFilter {
  keyword?: string | null;
  status?: ContractStatus | null;
  statuses?: ContractStatus[] | null;
  customerId?: number | null;
  opportunityId?: number | null;
  ownerId?: number | null;
  ownerIds?: readonly (number | string)[] | null;
  departmentId?: number | null;
  signFrom?: string | null;
  signTo?: string | null;
  /** Values of the administrator's custom fields. */
  customFields?: readonly CustomFieldFilter[] | null;
}

export type ContractSortField = 'UPDATED_AT' | 'CREATED_AT' | 'SIGN_DATE' | 'AMOUNT' | 'CODE';
export interface ContractOrder { field: ContractSortField; direction: 'ASC' | 'DESC' }

const SORT_COLUMNS: Record<ContractSortField, string> = {
  UPDATED_AT: 'k.updatedAt', CREATED_AT: 'k.createdAt', SIGN_DATE: 'k.signDate', AMOUNT: 'k.amount', CODE: 'k.code',
};

/** Base query: contracts the viewer may read (owner scope, customer team, or approver of it), live or in the recycle bin. */
export async function readableContracts(manager: EntityManager, viewer: Viewer, deleted = false): Promise<SelectQueryBuilder<Contract>> {
  return applyScope(allContracts(manager, deleted), await resolveScope(manager, viewer, 'contract', 'read'), CONTRACT_TABLE.columns);
}

/** Every contract, live or in the recycle bin, before any scope. */
export const allContracts = (manager: EntityManager, deleted = false) =>
  manager.createQueryBuilder(Contract, 'k').where(deleted ? 'k.deletedAt IS NOT NULL' : 'k.deletedAt IS NULL');

async function applyFilter(manager: EntityManager, viewer: Viewer, qb: SelectQueryBuilder<Contract>, f: ContractFilter) {
  const keyword = f.keyword?.trim();
  if (keyword) qb.andWhere(new Brackets((w) => { w.where(`k.code LIKE :kw${ESCAPE}`).orWhere(`k.title LIKE :kw${ESCAPE}`); }), { kw: likePattern(keyword) });
  if (f.status) qb.andWhere('k.status = :status', { status: f.status });
  if (f.statuses?.length) qb.andWhere('k.status IN (:...statuses)', { statuses: f.statuses });
  // A hidden customer or opportunity matches nothing, exactly like one that does not exist.
  await whereReadableReference(manager, viewer, qb, 'k.customerId', CUSTOMER_TABLE, f.customerId);
  await whereReadableReference(manager, viewer, qb, 'k.opportunityId', OPPORTUNITY_TABLE, f.opportunityId);
  if (f.ownerId) qb.andWhere('k.ownerId = :ownerId', { ownerId: f.ownerId });
  whereOwnerIn(qb, 'k.ownerId', f.ownerIds);
  if (f.departmentId) {
    const dept = await manager.findOneBy(Department, { id: f.departmentId });
    const users = dept ? await manager.createQueryBuilder(User, 'u').select('u.id', 'id')
      .innerJoin(Department, 'd', 'd.id = u.departmentId').where('d.path LIKE :path', { path: `${dept.path}%` }).getRawMany<{ id: number }>() : [];
    if (users.length) qb.andWhere('k.ownerId IN (:...deptOwners)', { deptOwners: users.map((u) => Number(u.id)) });
    else qb.andWhere('1 = 0');
  }
  if (f.signFrom) qb.andWhere('k.signDate >= :signFrom', { signFrom: f.signFrom });
  if (f.signTo) qb.andWhere('k.signDate <= :signTo', { signTo: f.signTo });
  await applyCustomFieldFilters(manager, qb, 'k', 'contract', f.customFields);
}

/** The contracts of the list for this filter, unordered (the list and exports). */
export async function matchingContracts(manager: EntityManager, viewer: Viewer, filter: ContractFilter = {}): Promise<SelectQueryBuilder<Contract>> {
  const qb = await readableContracts(manager, viewer);
  await applyFilter(manager, viewer, qb, filter);
  return qb;
}

export async function listContracts(db: DataSource, viewer: Viewer, filter: ContractFilter = {}, order?: ContractOrder | null, page: PageArgs = {}) {
  const qb = await matchingContracts(db.manager, viewer, filter);
  const direction = order?.direction === 'ASC' ? 'ASC' : 'DESC';
  qb.orderBy(SORT_COLUMNS[order?.field ?? 'UPDATED_AT'] ?? 'k.updatedAt', direction).addOrderBy('k.id', direction);
  // The index for the scope's shape (lib/access/list-shape.ts), for the plain list in its default order.
  if (isPlainFilter(filter) && (order?.field ?? 'UPDATED_AT') === 'UPDATED_AT') {
    useListIndex(qb, await resolveScope(db.manager, viewer, 'contract', 'read'), { narrow: ['idx_contract_owner_live_updated', 'idx_contract_customer', 'PRIMARY'], wide: 'idx_contract_live_updated_owner' });
  }
  return paginate(qb, page);
}

/** One contract if the viewer may read it; null otherwise (exactly as if it did not exist). */
export async function findContract(manager: EntityManager, viewer: Viewer, id: number): Promise<Contract | null> {
  if (!Number.isSafeInteger(id) || id <= 0) return null;
  return (await readableContracts(manager, viewer)).andWhere('k.id = :id', { id }).getOne();
}

export async function findContractsByIds(manager: EntityManager, viewer: Viewer, ids: readonly number[]): Promise<Contract[]> {
  if (!ids.length) return [];
  return (await readableContracts(manager, viewer)).andWhere('k.id IN (:...ids)', { ids: [...ids] }).getMany();
}

/** Readable contracts of each customer, newest first. */
export async function contractsOfCustomers(manager: EntityManager, viewer: Viewer, customerIds: readonly number[]): Promise<Map<number, Contract[]>> {
  const rows = customerIds.length
    ? await (await readableContracts(manager, viewer)).andWhere('k.customerId IN (:...customerIds)', { customerIds: [...customerIds] })
      .orderBy('k.createdAt', 'DESC').addOrderBy('k.id', 'DESC').getMany()
    : [];
  const out = new Map<number, Contract[]>(customerIds.map((id) => [id, []]));
  for (const row of rows) out.get(row.customerId)?.push(row);
  return out;
}

export interface ContractAmounts { received: string; outstanding: string }

/** Received (approved receivables) and outstanding amounts of each contract, computed in SQL in cents. */
export async function contractAmounts(manager: EntityManager, contractIds: readonly number[]): Promise<Map<number, ContractAmounts>> {
  const out = new Map<number, ContractAmounts>();
  if (!contractIds.length) return out;
  const received = `COALESCE(SUM(CASE WHEN r.status = :approved THEN ${sqlCents(manager, 'r.amount')} ELSE 0 END), 0)`;
  const rows = await manager.createQueryBuilder(Contract, 'k')
    .select('k.id', 'id').addSelect(received, 'received').addSelect(`${sqlCents(manager, 'k.amount')} - ${received}`, 'outstanding')
    .leftJoin(Receivable, 'r', 'r.contractId = k.id')
    .where('k.id IN (:...ids)', { ids: [...contractIds], approved: ReceivableStatus.APPROVED })
    .groupBy('k.id').addGroupBy('k.amount')
    .getRawMany<{ id: number; received: unknown; outstanding: unknown }>();
  for (const row of rows) out.set(Number(row.id), { received: formatCents(sumCents(row.received)), outstanding: formatCents(sumCents(row.outstanding)) });
  return out;
}

/** Approved receivables per customer, over the contracts the viewer may read. */
export async function receivedByCustomer(manager: EntityManager, viewer: Viewer, customerIds: readonly number[]): Promise<Map<number, string>> {
  const out = new Map<number, string>(customerIds.map((id) => [id, '0.00']));
  if (!customerIds.length) return out;
  const qb = manager.createQueryBuilder(Receivable, 'r').innerJoin(Contract, 'k', 'k.id = r.contractId')
    .select('k.customerId', 'customerId').addSelect(`COALESCE(SUM(${sqlCents(manager, 'r.amount')}), 0)`, 'received')
    .where('k.customerId IN (:...customerIds)', { customerIds: [...customerIds] })
    .andWhere('k.deletedAt IS NULL').andWhere('r.status = :approved', { approved: ReceivableStatus.APPROVED });
  applyScope(qb, await resolveScope(manager, viewer, 'contract', 'read'), CONTRACT_TABLE.columns);
  for (const row of await qb.groupBy('k.customerId').getRawMany<{ customerId: number; received: unknown }>()) {
    out.set(Number(row.customerId), formatCents(sumCents(row.received)));
  }
  return out;
}

export async function linesOfContracts(manager: EntityManager, contractIds: readonly number[]): Promise<Map<number, ContractLine[]>> {
  const rows = contractIds.length ? await manager.find(ContractLine, { where: { contractId: In([...contractIds]) }, order: { sort: 'ASC', id: 'ASC' } }) : [];
  const out = new Map<number, ContractLine[]>(contractIds.map((id) => [id, []]));
  for (const row of rows) out.get(row.contractId)?.push(row);
  return out;
}

/** What the viewer may do with each contract: edit / submit (write scope), and manage (delete, void, transfer). */
export async function contractAccess(manager: EntityManager, viewer: Viewer, ids: readonly number[]) {
  const [edit, manage] = await Promise.all([
    idsInScope(manager, viewer, CONTRACT_TABLE, [...ids], 'write'),
    idsInScope(manager, viewer, CONTRACT_OWNER_TABLE, [...ids], 'write'),
  ]);
  return new Map(ids.map((id) => [id, { edit: edit.has(id), manage: manage.has(id) }]));
}

const HISTORY_LIMIT = 200;

/** A contract's audit history: its own entries, its payment plans' and its receivables', newest first. */
export async function contractHistory(manager: EntityManager, contractId: number): Promise<AuditLog[]> {
  const [plans, receivables] = await Promise.all([
    manager.find(PaymentPlan, { select: { id: true }, where: { contractId } }),
    manager.find(Receivable, { select: { id: true }, where: { contractId } }),
  ]);
  const qb = manager.createQueryBuilder(AuditLog, 'a').where('(a.entityType = :contract AND a.entityId = :contractId)', { contract: 'contract', contractId });
  if (plans.length) qb.orWhere('(a.entityType = :plan AND a.entityId IN (:...planIds))', { plan: 'payment_plan', planIds: plans.map((p) => p.id) });
  if (receivables.length) qb.orWhere('(a.entityType = :receivable AND a.entityId IN (:...receivableIds))', { receivable: 'receivable', receivableIds: receivables.map((r) => r.id) });
  return qb.orderBy('a.createdAt', 'DESC').addOrderBy('a.id', 'DESC').limit(HISTORY_LIMIT).getMany();
}
