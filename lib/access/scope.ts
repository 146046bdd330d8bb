// THE place where (viewer, module, read|write|transfer) becomes a SQL condition. Lists, lookups, counts, nested
// fields, exports and shield rules all call it. The scope is resolved once per request into the set of
// visible owner ids (users are few), so the SQL stays `owner_id IN (…)` on an index starting with owner_id.
import { Brackets, EntityManager, SelectQueryBuilder, WhereExpressionBuilder } from 'typeorm';
import { CustomerTeamMember, Department, User } from '@/entities';
import { viewerMembership } from '@/lib/pool/pool-membership';
import { AccessMode, DataModule, PERSONAL_MODULES, ScopeLevel } from './scopes';
import { Viewer } from './viewer';
import { approvalGrants } from './grants';
import { cachedForVersion } from './access-version';
import { activityGrants } from './activity-grants';

/** A resolved scope: everything, or records owned by these users / hanging under these team customers. */
export interface ResolvedScope {
  all: boolean;
  ownerIds: number[];
  /** Customers the viewer is a team member of (read) or an editing team member of (write, transfer). */
  teamCustomerIds: number[];
  /** Pools whose owner-less customers the viewer may read (customer reads only; never a write grant). */
  poolIds: number[];
  /** Records granted one by one for reading: an approver reads the contract they decide (grants.ts). */
  recordIds?: number[];
}

/** Modules whose records hang under a customer, so a customer's team may reach them. */
const TEAM_MODULES: ReadonlySet<DataModule> = new Set(['customer', 'contact', 'opportunity', 'contract', 'receivable', 'followup']);

async function subtreeUserIds(manager: EntityManager, departmentId: number, includeChildren: boolean): Promise<number[]> {
  const qb = manager.createQueryBuilder(User, 'u').select('u.id', 'id');
  if (includeChildren) {
    const dept = await manager.findOneBy(Department, { id: departmentId });
    if (!dept) return [];
    qb.innerJoin(Department, 'd', 'd.id = u.departmentId').where('d.path LIKE :path', { path: `${dept.path}%` });
  } else {
    qb.where('u.departmentId = :departmentId', { departmentId });
  }
  return (await qb.getRawMany<{ id: number }>()).map((r) => Number(r.id));
}

async function ownersFor(manager: EntityManager, viewer: Viewer, module: DataModule, mode: AccessMode) {
  const owners = new Set<number>();
  if (PERSONAL_MODULES.has(module)) owners.add(viewer.userId);
  for (const grant of viewer.grants(module, mode)) {
    switch (grant.level) {
      case ScopeLevel.ALL:
        return { all: true, owners };
      case ScopeLevel.SELF:
        owners.add(viewer.userId);
        break;
      case ScopeLevel.SELF_AND_CHILDREN:
        for (const id of await subtreeUserIds(manager, viewer.departmentId, true)) owners.add(id);
        owners.add(viewer.userId);
        break;
      case ScopeLevel.CUSTOM:
        owners.add(viewer.userId);
        for (const d of grant.departments) for (const id of await subtreeUserIds(manager, d.departmentId, d.includeChildren)) owners.add(id);
        break;
      default:
        break; // NONE or anything unknown grants nothing
    }
  }
  return { all: false, owners };
}

/** The customers whose team the viewer sits on (per request, not cached: seats change with every transfer). */
function teamCustomers(manager: EntityManager, viewer: Viewer, mode: AccessMode): Promise<number[]> {
  const key = 'team:seats';
  let seats = viewer.cache.get(key) as Promise<CustomerTeamMember[]> | undefined;
  if (!seats) viewer.cache.set(key, seats = manager.find(CustomerTeamMember, { where: { userId: viewer.userId } }));
  return seats.then((rows) => rows.filter((r) => mode === 'read' || r.canEdit).map((r) => r.customerId));
}

/** Owners per module and mode: they follow from roles and the organisation only, so they are cached per version. */
const cachedOwners = (manager: EntityManager, viewer: Viewer, module: DataModule, mode: AccessMode) =>
  cachedForVersion(viewer.userId, viewer.accessVersion ?? null, `owners:${module}:${mode}:${viewer.departmentId}`, () => ownersFor(manager, viewer, module, mode));

const cachedPools = (manager: EntityManager, viewer: Viewer) =>
  cachedForVersion(viewer.userId, viewer.accessVersion ?? null, `pools:${viewer.departmentId}`, () => viewerMembership(manager, viewer));

/** Resolves (once per request) what the viewer may read, write or transfer in a module. */
export async function resolveScope(manager: EntityManager, viewer: Viewer, module: DataModule, mode: AccessMode): Promise<ResolvedScope> {
  const key = `scope:${module}:${mode}`;
  const cached = viewer.cache.get(key) as Promise<ResolvedScope> | undefined;
  if (cached) return cached;
  const promise = (async (): Promise<ResolvedScope> => {
    const own = await cachedOwners(manager, viewer, module, mode);
    const team = TEAM_MODULES.has(module) ? await teamCustomers(manager, viewer, mode) : [];
    if (mode === 'read') {
      // Pool members read the owner-less customers of their pools, provided their roles give them customer
      // data at all (the system administrator, scope NONE, sees no pool however the pool is configured).
      const pools = module === 'customer' && !own.all && own.owners.size ? (await cachedPools(manager, viewer)).memberOf : [];
      const granted = own.all ? [] : [...await approvalGrants(manager, viewer, module), ...await activityGrants(manager, viewer, module, own.owners)];
      return { all: own.all, ownerIds: [...own.owners], teamCustomerIds: team, poolIds: pools, recordIds: granted };
    }
    // The write and transfer scopes are never wider than the read scope, whatever a role says.
    const read = await resolveScope(manager, viewer, module, 'read');
    if (own.all) return { all: read.all, ownerIds: read.ownerIds, teamCustomerIds: team, poolIds: [] };
    const readable = new Set(read.ownerIds);
    return { all: false, ownerIds: [...own.owners].filter((id) => read.all || readable.has(id)), teamCustomerIds: team, poolIds: [] };
  })();
  viewer.cache.set(key, promise);
  return promise;
}

/** True when the viewer can reach at least some records of the module. */
export function scopeIsEmpty(scope: ResolvedScope) {
  return !scope.all && scope.ownerIds.length === 0 && scope.teamCustomerIds.length === 0 && !scope.recordIds?.length;
}

export interface ScopeColumns {
  /** Column holding the record's owner, e.g. `c.ownerId`. */
  owner: string;
  /** Column holding the customer id the record hangs under (team access), e.g. `c.id` or `ct.customerId`. */
  teamCustomer?: string;
  /** Column holding the pool of an owner-less record, e.g. `c.poolId` (customers only). */
  pool?: string;
  /** The record's own id column, e.g. `k.id`, on tables whose records may be granted one by one (grants.ts). */
  record?: string;
}

let paramSeq = 0;

/**
 * The scope as SQL on the given columns: `(owner IN (…) OR customer IN (team…) OR (owner IS NULL AND pool IN (…))
 * OR id IN (granted…))`; null for ALL (no condition), `1 = 0` when it reaches nothing. Each branch is an IN list
 * on an indexed column, so the OR stays index-driven.
 */
export function scopeCondition(scope: ResolvedScope, columns: ScopeColumns): { sql: string; params: Record<string, number[]> } | null {
  if (scope.all) return null;
  const owners = `scopeOwners${++paramSeq}`;
  const team = `scopeTeam${paramSeq}`;
  const pools = `scopePools${paramSeq}`;
  const granted = `scopeGranted${paramSeq}`;
  const parts: string[] = [];
  const params: Record<string, number[]> = {};
  if (scope.ownerIds.length) { parts.push(`${columns.owner} IN (:...${owners})`); params[owners] = scope.ownerIds; }
  if (columns.teamCustomer && scope.teamCustomerIds.length) { parts.push(`${columns.teamCustomer} IN (:...${team})`); params[team] = scope.teamCustomerIds; }
  if (columns.pool && scope.poolIds?.length) { parts.push(`(${columns.owner} IS NULL AND ${columns.pool} IN (:...${pools}))`); params[pools] = scope.poolIds; }
  if (columns.record && scope.recordIds?.length) { parts.push(`${columns.record} IN (:...${granted})`); params[granted] = scope.recordIds; }
  return parts.length ? { sql: `(${parts.join(' OR ')})`, params } : { sql: '1 = 0', params: {} };
}

/** Adds the scope to a query (see scopeCondition): nothing for ALL, `1 = 0` when it reaches nothing. */
export function applyScope<T extends WhereExpressionBuilder>(qb: T, scope: ResolvedScope, columns: ScopeColumns): T {
  const condition = scopeCondition(scope, columns);
  if (!condition) return qb;
  return qb.andWhere(new Brackets((w) => { w.where(condition.sql, condition.params); })) as T;
}

/** Convenience: resolve and apply in one step. */
export async function scoped<E extends object>(
  manager: EntityManager, viewer: Viewer, module: DataModule, mode: AccessMode,
  qb: SelectQueryBuilder<E>, columns: ScopeColumns,
): Promise<SelectQueryBuilder<E>> {
  return applyScope(qb, await resolveScope(manager, viewer, module, mode), columns);
}
