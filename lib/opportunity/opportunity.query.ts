// Opportunity lists, lookups, the board and the follow-up due list: filters and the viewer's scope, all in SQL.
import { Brackets, DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { Customer, Department, Opportunity, OpportunityStage, User } from '@/entities';
import { OpportunityCategory } from '@/entities/opportunity.entity';
import { CustomFieldFilter, applyCustomFieldFilters } from '@/lib/custom-field/filter';
import { Viewer, applyScope, isPlainFilter, useListIndex, resolveScope } from '@/lib/access';
import { formatCents, sqlCents, sumCents } from '@/lib/contract/money';
import { badInput } from '@/lib/errors';
import { PageArgs, paginate } from '@/lib/pagination';
import { ESCAPE, likePattern } from '@/lib/text';
import { whereOwnerIn } from '@/lib/filters';
import { whereReadableReference } from '@/lib/access/reference-filter';
import { CUSTOMER_TABLE } from '@/lib/customer/customer.tables';
import { isCalendarDate } from './opportunity.rules';
import { OPPORTUNITY_TABLE } from './opportunity.tables';

export interface OpportunityFilter {
  keyword?: string | null;
  customerId?: number | null;
  ownerId?: number | null;
  ownerIds?: readonly (number | string)[] | null;
  /** Owner's department, including its sub-departments. */
  departmentId?: number | null;
  category?: OpportunityCategory | null;
  categories?: readonly OpportunityCategory[] | null;
  stageId?: number | null;
  expectedCloseFrom?: string | null;
  expectedCloseTo?: string | null;
  deleted?: boolean | null;
  createdFrom?: Date | null;
  createdTo?: Date | null;
  /** Values of the administrator's custom fields. */
  customFields?: readonly CustomFieldFilter[] | null;
}

export type OpportunitySortField = 'UPDATED_AT' | 'CREATED_AT' | 'EXPECTED_CLOSE_DATE' | 'AMOUNT' | 'NAME' | 'FOLLOW_UP_DUE_AT';
export interface OpportunityOrder { field: OpportunitySortField; direction: 'ASC' | 'DESC' }

// Names sort by their pinyin key (lib/name-sort), not by code point.
const SORT_COLUMNS: Record<OpportunitySortField, string> = {
  UPDATED_AT: 'o.updatedAt', CREATED_AT: 'o.createdAt', EXPECTED_CLOSE_DATE: 'o.expectedCloseDate', AMOUNT: 'o.amount', NAME: 'o.nameSort', FOLLOW_UP_DUE_AT: 'o.followUpDueAt',
};

/** Base query: opportunities the viewer may read, live or in the recycle bin. */
export async function readableOpportunities(manager: EntityManager, viewer: Viewer, deleted = false): Promise<SelectQueryBuilder<Opportunity>> {
  return applyScope(allOpportunities(manager, deleted), await resolveScope(manager, viewer, 'opportunity', 'read'), OPPORTUNITY_TABLE.columns);
}

/** Every opportunity, live or in the recycle bin, before any scope. */
export const allOpportunities = (manager: EntityManager, deleted = false) =>
  manager.createQueryBuilder(Opportunity, 'o').where(deleted ? 'o.deletedAt IS NOT NULL' : 'o.deletedAt IS NULL');

async function applyFilter(manager: EntityManager, viewer: Viewer, qb: SelectQueryBuilder<Opportunity>, f: OpportunityFilter) {
  const keyword = f.keyword?.trim();
  if (keyword) {
    // The customer's name matches only when the viewer may see the customer, so a search never reveals a hidden one.
    const customers = manager.createQueryBuilder(Customer, 'kc').select('1').where('kc.id = o.customerId').andWhere(`kc.name LIKE :kw${ESCAPE}`);
    applyScope(customers, await resolveScope(manager, viewer, 'customer', 'read'), { owner: 'kc.ownerId', teamCustomer: 'kc.id' });
    qb.andWhere(new Brackets((w) => { w.where(`o.name LIKE :kw${ESCAPE}`).orWhere(`EXISTS (${customers.getQuery()})`); }), { kw: likePattern(keyword), ...customers.getParameters() });
  }
  // A hidden customer matches nothing, exactly like one that does not exist.
  await whereReadableReference(manager, viewer, qb, 'o.customerId', CUSTOMER_TABLE, f.customerId);
  if (f.ownerId) qb.andWhere('o.ownerId = :ownerId', { ownerId: f.ownerId });
  whereOwnerIn(qb, 'o.ownerId', f.ownerIds);
  if (f.createdFrom) qb.andWhere('o.createdAt >= :createdFrom', { createdFrom: f.createdFrom });
  if (f.createdTo) qb.andWhere('o.createdAt <= :createdTo', { createdTo: f.createdTo });
  if (f.departmentId) {
    const dept = await manager.findOneBy(Department, { id: f.departmentId });
    const users = dept ? await manager.createQueryBuilder(User, 'u').select('u.id', 'id')
      .innerJoin(Department, 'd', 'd.id = u.departmentId').where('d.path LIKE :path', { path: `${dept.path}%` }).getRawMany<{ id: number }>() : [];
    if (users.length) qb.andWhere('o.ownerId IN (:...deptOwners)', { deptOwners: users.map((u) => Number(u.id)) });
    else qb.andWhere('1 = 0');
  }
  if (f.category) qb.andWhere('o.category = :category', { category: f.category });
  if (f.categories?.length) qb.andWhere('o.category IN (:...categories)', { categories: [...f.categories] });
  if (f.stageId) qb.andWhere('o.stageId = :stageId', { stageId: f.stageId });
  for (const [key, op] of [['expectedCloseFrom', '>='], ['expectedCloseTo', '<=']] as const) {
    const value = f[key];
    if (value === undefined || value === null || value === '') continue;
    if (!isCalendarDate(value)) throw badInput(`filter.${key}`, 'must be a date (YYYY-MM-DD)');
    qb.andWhere(`o.expectedCloseDate ${op} :${key}`, { [key]: value });
  }
  await applyCustomFieldFilters(manager, qb, 'o', 'opportunity', f.customFields);
}

export async function filteredOpportunities(manager: EntityManager, viewer: Viewer, filter: OpportunityFilter = {}) {
  const qb = await readableOpportunities(manager, viewer, !!filter.deleted);
  await applyFilter(manager, viewer, qb, filter);
  return qb;
}

export async function listOpportunities(db: DataSource, viewer: Viewer, filter: OpportunityFilter = {}, order?: OpportunityOrder | null, page: PageArgs = {}) {
  const qb = await filteredOpportunities(db.manager, viewer, filter);
  const direction = order?.direction === 'ASC' ? 'ASC' : 'DESC';
  qb.orderBy(SORT_COLUMNS[order?.field ?? 'UPDATED_AT'] ?? 'o.updatedAt', direction).addOrderBy('o.id', direction);
  // The index for the scope's shape (lib/access/list-shape.ts), for the plain list in its default order.
  if (isPlainFilter(filter) && (order?.field ?? 'UPDATED_AT') === 'UPDATED_AT') useListIndex(qb, await resolveScope(db.manager, viewer, 'opportunity', 'read'), OPPORTUNITY_INDEXES);
  return paginate(qb, page);
}

/** One opportunity if the viewer may read it; null otherwise (exactly as if it did not exist). */
export async function findOpportunity(manager: EntityManager, viewer: Viewer, id: number, deleted: boolean | null = false): Promise<Opportunity | null> {
  if (!Number.isSafeInteger(id) || id <= 0) return null;
  const qb = manager.createQueryBuilder(Opportunity, 'o').where('o.id = :id', { id });
  if (deleted !== null) qb.andWhere(deleted ? 'o.deletedAt IS NOT NULL' : 'o.deletedAt IS NULL');
  applyScope(qb, await resolveScope(manager, viewer, 'opportunity', 'read'), OPPORTUNITY_TABLE.columns);
  return qb.getOne();
}

/** Readable opportunities among the ids, live or deleted (for nested fields such as contract.opportunity). */
export async function findOpportunitiesByIds(manager: EntityManager, viewer: Viewer, ids: readonly number[]): Promise<Opportunity[]> {
  if (!ids.length) return [];
  const qb = manager.createQueryBuilder(Opportunity, 'o').where('o.id IN (:...ids)', { ids: [...ids] });
  return applyScope(qb, await resolveScope(manager, viewer, 'opportunity', 'read'), OPPORTUNITY_TABLE.columns).getMany();
}

/** Visible live opportunities of these customers, newest first, grouped by customer (one query per page). */
export async function opportunitiesOfCustomers(manager: EntityManager, viewer: Viewer, customerIds: readonly number[]) {
  const map = new Map<number, Opportunity[]>(customerIds.map((id) => [id, []]));
  if (!customerIds.length) return map;
  const rows = await (await readableOpportunities(manager, viewer)).andWhere('o.customerId IN (:...customerIds)', { customerIds: [...customerIds] })
    .orderBy('o.updatedAt', 'DESC').addOrderBy('o.id', 'DESC').getMany();
  for (const row of rows) map.get(row.customerId)?.push(row);
  return map;
}

export interface BoardColumn { stage: OpportunityStage; count: number; amount: string; cards: Opportunity[] }
export interface Board { columns: BoardColumn[]; totalCount: number; totalAmount: string }

export const MAX_BOARD_CARDS = 50;

/** The list's indexes per scope shape (opportunity.entity.ts, lib/access/list-shape.ts). */
const OPPORTUNITY_INDEXES = { narrow: ['idx_opportunity_owner_live_updated', 'idx_opportunity_customer'], wide: 'idx_opportunity_live_updated_owner' };

/**
 * The pipeline board: one column per stage (enabled stages, plus disabled ones still holding opportunities),
 * each with its count and exact amount sum computed in SQL over the viewer's scope, and its first cards.
 */
export async function opportunityBoard(db: DataSource, viewer: Viewer, filter: OpportunityFilter = {}, cardsPerColumn = 10): Promise<Board> {
  if (!Number.isInteger(cardsPerColumn) || cardsPerColumn < 0 || cardsPerColumn > MAX_BOARD_CARDS) throw badInput('cardsPerColumn', `must be between 0 and ${MAX_BOARD_CARDS}`);
  const manager = db.manager;
  const base = await filteredOpportunities(manager, viewer, { ...filter, deleted: false });
  // A narrow scope's cards come from its owners' ranges (MariaDB otherwise walks the whole date index per stage).
  const boardScope = await resolveScope(manager, viewer, 'opportunity', 'read');
  const rows = await base.clone().orderBy().select('o.stageId', 'stageId').addSelect('COUNT(*)', 'n')
    .addSelect(`SUM(${sqlCents(manager, 'o.amount')})`, 'cents').groupBy('o.stageId').getRawMany<{ stageId: number; n: number | string; cents: unknown }>();
  const totals = new Map(rows.map((r) => [Number(r.stageId), { count: Number(r.n), cents: sumCents(r.cents) }]));
  const stages = (await manager.find(OpportunityStage, { order: { sort: 'ASC', id: 'ASC' } })).filter((s) => s.enabled || totals.has(s.id));
  const columns = await Promise.all(stages.map(async (stage) => {
    const t = totals.get(stage.id) ?? { count: 0, cents: 0n };
    const cards = t.count && cardsPerColumn
      ? await useListIndex(base.clone(), boardScope, { narrow: OPPORTUNITY_INDEXES.narrow })
        .andWhere('o.stageId = :boardStage', { boardStage: stage.id }).orderBy('o.updatedAt', 'DESC').addOrderBy('o.id', 'DESC').limit(cardsPerColumn).getMany()
      : [];
    return { stage, count: t.count, amount: formatCents(t.cents), cards };
  }));
  const totalCents = [...totals.values()].reduce((sum, t) => sum + t.cents, 0n);
  return { columns, totalCount: [...totals.values()].reduce((n, t) => n + t.count, 0), totalAmount: formatCents(totalCents) };
}

/** Open opportunities in the viewer's scope whose follow-up is due (oldest due first). */
export async function opportunitiesDueForFollowUp(db: DataSource, viewer: Viewer, page: PageArgs = {}, now = new Date()) {
  const qb = (await readableOpportunities(db.manager, viewer)).andWhere('o.followUpDueAt IS NOT NULL').andWhere('o.followUpDueAt <= :now', { now })
    .orderBy('o.followUpDueAt', 'ASC').addOrderBy('o.id', 'ASC');
  return paginate(qb, page);
}
