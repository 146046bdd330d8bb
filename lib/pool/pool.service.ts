// Pools and their configuration: list and look up the pools a viewer may see; create and edit pools
// (system:settings); edit a pool's recycle rules (its administrators or system:settings). All audited.
import { DataSource, EntityManager, In } from 'typeorm';
import { Department, Pool, PoolMember, PoolRule, User } from '@/entities';
import { CustomerLevel } from '@/entities/customer.entity';
import { PoolMemberKind } from '@/entities/pool-member.entity';
import { Viewer, hasPermission } from '@/lib/access';
import { audit, diff } from '@/lib/audit/audit';
import { inTransaction } from '@/lib/db/transaction';
import { isUniqueViolation } from '@/lib/db/errors';
import { FieldErrors, conflict, forbidden, notFound } from '@/lib/errors';
import { actorOf } from '@/lib/customer/customer.service';
import { canAdministerPool, canSeePool, poolView } from './pool-access';

export interface PoolDepartmentInput { departmentId: number; includeChildren?: boolean | null }
export interface PoolInput {
  name?: string;
  administratorIds?: readonly (number | string)[];
  memberUserIds?: readonly (number | string)[];
  memberDepartments?: readonly PoolDepartmentInput[];
}
export interface PoolRuleInput { level: CustomerLevel; noFollowUpDays?: number | null; noOpportunityDays?: number | null; noDealDays?: number | null }
export interface PoolRulesInput {
  recycleEnabled?: boolean | null;
  exemptDealCustomers?: boolean | null;
  exemptOpenOpportunities?: boolean | null;
  warnDays?: number | null;
  rules?: readonly PoolRuleInput[];
}

/** The pools the viewer may see, the default pool first. */
export async function listPools(manager: EntityManager, viewer: Viewer): Promise<Pool[]> {
  const view = await poolView(manager, viewer);
  const pools = await manager.find(Pool, { order: { isDefault: 'DESC', id: 'ASC' } });
  return pools.filter((p) => canSeePool(view, p.id));
}

export async function findPool(manager: EntityManager, viewer: Viewer, id: number): Promise<Pool | null> {
  if (!Number.isSafeInteger(id) || id <= 0) return null;
  const pool = await manager.findOneBy(Pool, { id });
  return pool && canSeePool(await poolView(manager, viewer), pool.id) ? pool : null;
}

/** A pool the viewer can see, or NOT_FOUND. */
export async function requirePool(manager: EntityManager, viewer: Viewer, id: number): Promise<Pool> {
  const pool = await findPool(manager, viewer, Number(id));
  if (!pool) throw notFound('Pool');
  return pool;
}

export interface PoolMembers { administratorIds: number[]; memberUserIds: number[]; memberDepartments: { departmentId: number; includeChildren: boolean }[] }

export async function membersOfPools(manager: EntityManager, poolIds: readonly number[]): Promise<Map<number, PoolMembers>> {
  const rows = poolIds.length ? await manager.find(PoolMember, { where: { poolId: In([...poolIds]) }, order: { id: 'ASC' } }) : [];
  const out = new Map<number, PoolMembers>(poolIds.map((id) => [id, { administratorIds: [], memberUserIds: [], memberDepartments: [] }]));
  for (const row of rows) {
    const m = out.get(row.poolId)!;
    if (row.kind === PoolMemberKind.ADMIN) m.administratorIds.push(row.memberId);
    else if (row.kind === PoolMemberKind.USER) m.memberUserIds.push(row.memberId);
    else m.memberDepartments.push({ departmentId: row.memberId, includeChildren: row.includeChildren });
  }
  return out;
}

const ids = (list: readonly (number | string)[] | undefined) => [...new Set((list ?? []).map(Number))];

async function cleanPoolInput(manager: EntityManager, input: PoolInput, creating: boolean) {
  const errors = new FieldErrors();
  const name = input.name?.trim();
  if (creating || input.name !== undefined) {
    errors.check(!!name, 'name', 'is required');
    if (name) errors.check([...name].length <= 50, 'name', 'must be at most 50 characters');
  }
  const users = [...ids(input.administratorIds), ...ids(input.memberUserIds)];
  if (users.some((id) => !Number.isSafeInteger(id) || id <= 0)) errors.add('memberUserIds', 'contains an invalid id');
  else if (users.length) {
    const found = new Set((await manager.findBy(User, { id: In(users) })).map((u) => u.id));
    for (const key of ['administratorIds', 'memberUserIds'] as const) {
      if (ids(input[key]).some((id) => !found.has(id))) errors.add(key, 'contains an unknown user');
    }
  }
  const departments = (input.memberDepartments ?? []).map((d) => ({ departmentId: Number(d.departmentId), includeChildren: d.includeChildren ?? true }));
  if (departments.length) {
    const found = new Set((await manager.findBy(Department, { id: In(departments.map((d) => d.departmentId).filter(Number.isSafeInteger)) })).map((d) => d.id));
    if (departments.some((d) => !found.has(d.departmentId))) errors.add('memberDepartments', 'contains an unknown department');
  }
  errors.throwIfAny();
  return { name, departments };
}

async function replaceMembers(manager: EntityManager, poolId: number, input: PoolInput, departments: PoolMembers['memberDepartments']) {
  const rows: Partial<PoolMember>[] = [];
  const replace = async (kind: PoolMemberKind, list: Partial<PoolMember>[]) => {
    await manager.delete(PoolMember, { poolId, kind });
    rows.push(...list);
    if (list.length) await manager.insert(PoolMember, list as PoolMember[]);
  };
  if (input.administratorIds !== undefined) await replace(PoolMemberKind.ADMIN, ids(input.administratorIds).map((memberId) => ({ poolId, kind: PoolMemberKind.ADMIN, memberId, includeChildren: false })));
  if (input.memberUserIds !== undefined) await replace(PoolMemberKind.USER, ids(input.memberUserIds).map((memberId) => ({ poolId, kind: PoolMemberKind.USER, memberId, includeChildren: false })));
  if (input.memberDepartments !== undefined) {
    const unique = new Map(departments.map((d) => [d.departmentId, d]));
    await replace(PoolMemberKind.DEPARTMENT, [...unique.values()].map((d) => ({ poolId, kind: PoolMemberKind.DEPARTMENT, memberId: d.departmentId, includeChildren: d.includeChildren })));
  }
}

const snapshot = (m: PoolMembers) => ({
  administratorIds: [...m.administratorIds].sort((a, b) => a - b),
  memberUserIds: [...m.memberUserIds].sort((a, b) => a - b),
  memberDepartments: [...m.memberDepartments].sort((a, b) => a.departmentId - b.departmentId),
});

function requireConfigure(viewer: Viewer) {
  if (!hasPermission(viewer, 'system:settings')) throw forbidden('Missing permission system:settings');
}

async function saveName<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict('A pool with this name already exists', { field: 'name' });
    throw error;
  }
}

export async function createPool(db: DataSource, viewer: Viewer, input: PoolInput): Promise<Pool> {
  requireConfigure(viewer);
  return saveName(() => inTransaction(db, async (manager) => {
    const { name, departments } = await cleanPoolInput(manager, input, true);
    if (await manager.findOneBy(Pool, { name: name! })) throw conflict('A pool with this name already exists', { field: 'name' });
    const pool = await manager.save(manager.create(Pool, { name: name!, isDefault: false, recycleEnabled: false, exemptDealCustomers: true, exemptOpenOpportunities: true, warnDays: 3 }));
    await replaceMembers(manager, pool.id, { administratorIds: [], memberUserIds: [], memberDepartments: [], ...input }, departments);
    const members = (await membersOfPools(manager, [pool.id])).get(pool.id)!;
    await audit(manager, actorOf(viewer), { action: 'create', entityType: 'pool', entityId: pool.id, changes: { name, ...snapshot(members) } });
    return pool;
  }));
}

export async function updatePool(db: DataSource, viewer: Viewer, id: number, input: PoolInput): Promise<Pool> {
  requireConfigure(viewer);
  return saveName(() => inTransaction(db, async (manager) => {
    const pool = await manager.findOneBy(Pool, { id: Number(id) });
    if (!pool) throw notFound('Pool');
    const { name, departments } = await cleanPoolInput(manager, input, false);
    const before = snapshot((await membersOfPools(manager, [pool.id])).get(pool.id)!);
    const changes: Record<string, unknown> = {};
    if (name !== undefined && name !== pool.name) {
      const clash = await manager.findOneBy(Pool, { name });
      if (clash && clash.id !== pool.id) throw conflict('A pool with this name already exists', { field: 'name' });
      changes.name = [pool.name, name];
      pool.name = name;
      await manager.save(pool);
    }
    await replaceMembers(manager, pool.id, input, departments);
    const after = snapshot((await membersOfPools(manager, [pool.id])).get(pool.id)!);
    for (const key of Object.keys(after) as (keyof typeof after)[]) {
      if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) changes[key] = [before[key], after[key]];
    }
    if (Object.keys(changes).length) await audit(manager, actorOf(viewer), { action: 'update', entityType: 'pool', entityId: pool.id, changes });
    return pool;
  }));
}

const MAX_DAYS = 3650;

function cleanRules(input: PoolRulesInput) {
  const errors = new FieldErrors();
  if (input.warnDays !== undefined && input.warnDays !== null) {
    errors.check(Number.isInteger(input.warnDays) && input.warnDays >= 0 && input.warnDays <= 30, 'warnDays', 'must be a whole number between 0 and 30');
  }
  const seen = new Set<string>();
  for (const [i, rule] of (input.rules ?? []).entries()) {
    if (!Object.values(CustomerLevel).includes(rule.level)) errors.add(`rules.${i}.level`, 'is not a customer level');
    if (seen.has(rule.level)) errors.add(`rules.${i}.level`, 'is given twice');
    seen.add(rule.level);
    for (const key of ['noFollowUpDays', 'noOpportunityDays', 'noDealDays'] as const) {
      const value = rule[key];
      if (value !== undefined && value !== null && (!Number.isInteger(value) || value < 1 || value > MAX_DAYS)) errors.add(`rules.${i}.${key}`, `must be a whole number between 1 and ${MAX_DAYS}`);
    }
  }
  errors.throwIfAny();
}

export async function updatePoolRules(db: DataSource, viewer: Viewer, poolId: number, input: PoolRulesInput): Promise<Pool> {
  cleanRules(input);
  return inTransaction(db, async (manager) => {
    const pool = await requirePool(manager, viewer, poolId);
    if (!canAdministerPool(await poolView(manager, viewer), pool.id)) throw forbidden('Only the pool\'s administrators may change its rules');
    const patch: Partial<Pool> = {};
    for (const key of ['recycleEnabled', 'exemptDealCustomers', 'exemptOpenOpportunities', 'warnDays'] as const) {
      if (input[key] !== undefined && input[key] !== null) (patch as Record<string, unknown>)[key] = input[key];
    }
    const changes: Record<string, unknown> = diff(pool, patch);
    if (Object.keys(changes).length) await manager.update(Pool, { id: pool.id }, patch);
    for (const rule of input.rules ?? []) {
      const existing = await manager.findOneBy(PoolRule, { poolId: pool.id, level: rule.level });
      const values = { noFollowUpDays: rule.noFollowUpDays ?? null, noOpportunityDays: rule.noOpportunityDays ?? null, noDealDays: rule.noDealDays ?? null };
      const ruleChanges = existing ? diff(existing, values) : values;
      if (!Object.keys(ruleChanges).length) continue;
      if (existing) await manager.update(PoolRule, { id: existing.id }, values);
      else await manager.insert(PoolRule, { poolId: pool.id, level: rule.level, ...values });
      changes[`rules.${rule.level}`] = ruleChanges;
    }
    if (Object.keys(changes).length) await audit(manager, actorOf(viewer), { action: 'pool.rules', entityType: 'pool', entityId: pool.id, changes });
    return manager.findOneByOrFail(Pool, { id: pool.id });
  });
}

/** Rules of these pools, every level present (a missing level has every check off). */
export async function rulesOfPools(manager: EntityManager, poolIds: readonly number[]): Promise<Map<number, PoolRule[]>> {
  const rows = poolIds.length ? await manager.findBy(PoolRule, { poolId: In([...poolIds]) }) : [];
  return new Map(poolIds.map((poolId) => [poolId, Object.values(CustomerLevel).map((level) =>
    rows.find((r) => r.poolId === poolId && r.level === level) ?? Object.assign(new PoolRule(), { poolId, level, noFollowUpDays: null, noOpportunityDays: null, noDealDays: null }))]));
}
