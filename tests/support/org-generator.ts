// Builds a random organisation from a seed (department tree, roles of every scope, users, customers, contacts,
// teams) straight into the database, and returns the same data as a plain in-memory model for the oracle.
import { DataSource, In, Not } from 'typeorm';
import { ApiToken, AuditLog, Contact, Customer, CustomerTeamMember, Department, Pool, PoolMember, PoolRule, Role, User, UserRole } from '@/entities';
import { PoolMemberKind } from '@/entities/pool-member.entity';
import { UserStatus } from '@/entities/user.entity';
import { PERMISSION_GROUPS, ScopeLevel } from '@/lib/access/scopes';
import { normalizeName } from '@/lib/text';
import { makeDepartment, makeRole, makeUser, rootDepartment, roleByCode } from './factories';

/** mulberry32: a small, fast, seedable PRNG, so a failing seed replays exactly. */
export function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)];
  const chance = (p: number) => next() < p;
  const sample = <T>(list: readonly T[], n: number): T[] => {
    const copy = [...list];
    for (let i = copy.length - 1; i > 0; i--) { const j = Math.floor(next() * (i + 1)); [copy[i], copy[j]] = [copy[j], copy[i]]; }
    return copy.slice(0, Math.min(n, copy.length));
  };
  return { next, int, pick, chance, sample };
}

/** `transfer` absent: the role transfers as far as it writes. */
export interface ModelScope { read: string; write: string; transfer?: string }
export interface ModelRole {
  id: number;
  code: string | null;
  defaultScope: ModelScope;
  moduleScopes: Record<string, ModelScope>;
  customDepartments: { departmentId: number; includeChildren: boolean }[];
}
export interface ModelUser { id: number; username: string; departmentId: number; roleIds: number[]; status: UserStatus; entity: User }
export interface ModelCustomer { id: number; ownerId: number | null; poolId: number | null }
/** A pool membership row as stored: a user (ADMIN / USER) or a department, maybe with its sub-departments. */
export interface ModelPoolMember { poolId: number; kind: string; memberId: number; includeChildren: boolean }
export interface ModelContact { id: number; customerId: number; ownerId: number | null }
export interface ModelTeamMember { customerId: number; userId: number; canEdit: boolean }

export interface OrgModel {
  seed: number;
  departments: { id: number; parentId: number | null }[];
  roles: ModelRole[];
  users: ModelUser[];
  customers: ModelCustomer[];
  contacts: ModelContact[];
  team: ModelTeamMember[];
  poolMembers: ModelPoolMember[];
}

export interface OrgSize { departments: number; roles: number; users: number; customers: number }
export const DEFAULT_ORG_SIZE: OrgSize = { departments: 10, roles: 9, users: 30, customers: 150 };

const LEVELS = [ScopeLevel.NONE, ScopeLevel.SELF, ScopeLevel.SELF_AND_CHILDREN, ScopeLevel.CUSTOM, ScopeLevel.ALL];
const MAX_DEPTH = 4;

/** Removes everything a previous generated organisation left, keeping the root department and built-in roles. */
export async function clearOrg(db: DataSource) {
  const root = await rootDepartment(db);
  for (const entity of [AuditLog, CustomerTeamMember, Contact, Customer, ApiToken, UserRole, User]) await db.createQueryBuilder().delete().from(entity).execute();
  await db.getRepository(Role).delete({ builtin: false });
  const extraPools = (await db.getRepository(Pool).findBy({ isDefault: false })).map((p) => p.id);
  if (extraPools.length) {
    for (const entity of [PoolMember, PoolRule]) await db.getRepository(entity).delete({ poolId: In(extraPools) });
    await db.getRepository(Pool).delete({ id: In(extraPools) });
  }
  await db.getRepository(Department).delete({ id: Not(root.id) });
}

export async function generateOrg(db: DataSource, seed: number, size: OrgSize = DEFAULT_ORG_SIZE): Promise<OrgModel> {
  const rnd = prng(seed);

  // Department tree: the root plus random children, at most MAX_DEPTH levels below the root.
  const root = await rootDepartment(db);
  const departments: (Department & { depth: number })[] = [Object.assign(root, { depth: 0 })];
  for (let i = 0; i < size.departments; i++) {
    const parent = rnd.pick(departments.filter((d) => d.depth < MAX_DEPTH));
    departments.push(Object.assign(await makeDepartment(db, parent, `部门${seed % 1000}-${i}`), { depth: parent.depth + 1 }));
  }
  const deptIds = departments.map((d) => d.id);

  // Roles: every level appears as a read scope at least once; write scopes are drawn independently (so some
  // are wider than read, which the code must narrow); some roles override the customer or contact module.
  // Transfer levels (分配/转移) come from a PRNG of their own, so the rest of an organisation stays what its seed
  // made before them: left out (then the write level) or drawn apart from write, wider or narrower.
  const permissions = [...PERMISSION_GROUPS.customer, ...PERMISSION_GROUPS.contact];
  const transferRnd = prng(seed ^ 0x5eed7);
  const scope = (read: ScopeLevel): ModelScope => {
    const drawn: ModelScope = { read, write: rnd.chance(0.4) ? read : rnd.pick(LEVELS) };
    return transferRnd.chance(0.3) ? drawn : { ...drawn, transfer: transferRnd.chance(0.5) ? read : transferRnd.pick(LEVELS) };
  };
  const roles: ModelRole[] = [];
  for (let i = 0; i < size.roles; i++) {
    const read = i < LEVELS.length ? LEVELS[i] : rnd.pick(LEVELS);
    // The first role is NONE everywhere for reading (its write scope is still drawn: the code must ignore it).
    const moduleScopes: Record<string, ModelScope> = {};
    if (i > 0 && rnd.chance(0.4)) moduleScopes.customer = scope(rnd.pick(LEVELS));
    if (i > 0 && rnd.chance(0.4)) moduleScopes.contact = scope(rnd.pick(LEVELS));
    // Two shapes always present: the department manager's (edits his own customers, transfers his department's)
    // and its reverse (edits every customer, transfers only his own).
    if (i === 2) moduleScopes.customer = { read: ScopeLevel.SELF_AND_CHILDREN, write: ScopeLevel.SELF, transfer: ScopeLevel.SELF_AND_CHILDREN };
    if (i === 4) moduleScopes.customer = { read: ScopeLevel.ALL, write: ScopeLevel.ALL, transfer: ScopeLevel.SELF };
    const customDepartments = rnd.sample(deptIds, rnd.int(1, 3)).map((departmentId) => ({ departmentId, includeChildren: rnd.chance(0.5) }));
    const saved = await makeRole(db, { permissions, moduleScopes, customDepartments, defaultScope: scope(read) });
    roles.push({ id: saved.id, code: null, defaultScope: saved.defaultScope, moduleScopes, customDepartments });
  }
  const superAdmin = await roleByCode(db, 'SUPER_ADMIN');
  const superModel: ModelRole = { id: superAdmin.id, code: superAdmin.code, defaultScope: superAdmin.defaultScope, moduleScopes: superAdmin.moduleScopes, customDepartments: [] };

  // Users: 1–2 roles each; one super administrator; one with the NONE role only (and no team seat); a few
  // disabled users who still own records.
  const users: ModelUser[] = [];
  for (let i = 0; i < size.users; i++) {
    const picked = i === 0 ? [superModel] : i === 1 ? [roles[0]] : rnd.sample(roles, rnd.int(1, 2));
    const status = i > 1 && rnd.chance(0.1) ? UserStatus.DISABLED : UserStatus.ACTIVE;
    const dept = rnd.pick(departments);
    const entity = await makeUser(db, dept, picked.map((r) => ({ id: r.id }) as Role), { status });
    users.push({ id: entity.id, username: entity.username, departmentId: dept.id, roleIds: picked.map((r) => r.id), status, entity });
  }

  // Public pools: the default one (as bootstrapped) and a regional one whose members are a few departments
  // (with or without their sub-departments) and a user.
  const pools = [(await db.getRepository(Pool).findOneByOrFail({ isDefault: true })).id];
  const regional = await db.getRepository(Pool).save(db.getRepository(Pool).create({ name: `区域公海${seed}`, isDefault: false }));
  pools.push(regional.id);
  const memberRows = [
    ...rnd.sample(deptIds, rnd.int(1, 2)).map((memberId) => ({ poolId: regional.id, kind: PoolMemberKind.DEPARTMENT, memberId, includeChildren: rnd.chance(0.5) })),
    { poolId: regional.id, kind: PoolMemberKind.USER, memberId: rnd.pick(users).id, includeChildren: false },
  ];
  await db.getRepository(PoolMember).insert(memberRows);
  const poolMembers = (await db.getRepository(PoolMember).findBy({ poolId: In(pools) }))
    .map((m) => ({ poolId: m.poolId, kind: m.kind, memberId: m.memberId, includeChildren: m.includeChildren }));

  // Customers (about 10% in a public pool) and contacts (about a quarter owned by someone else).
  const customerRows = Array.from({ length: size.customers }, (_, i) => {
    const name = `随机客户${seed}-${i}有限公司`;
    const owner = rnd.chance(0.1) ? null : rnd.pick(users);
    return {
      code: `KH-S${seed % 100000}-${i}`, name, nameKey: normalizeName(name), ownerId: owner?.id ?? null, createdById: owner?.id ?? users[0].id,
      poolId: owner ? null : rnd.pick(pools), poolEnteredAt: owner ? null : new Date(),
    };
  });
  await db.getRepository(Customer).insert(customerRows);
  const customers = (await db.getRepository(Customer).find({ where: { code: In(customerRows.map((c) => c.code)) }, order: { id: 'ASC' } }))
    .map((c) => ({ id: c.id, ownerId: c.ownerId, poolId: c.poolId }));

  const contactRows: Partial<Contact>[] = [];
  for (const customer of customers) {
    for (let k = rnd.int(0, 2); k > 0; k--) {
      const ownerId = rnd.chance(0.25) ? (rnd.chance(0.2) ? null : rnd.pick(users).id) : customer.ownerId;
      contactRows.push({ name: `联系人${customer.id}-${k}`, customerId: customer.id, ownerId, createdById: users[0].id });
    }
  }
  if (contactRows.length) await db.getRepository(Contact).insert(contactRows as Contact[]);
  const contacts = (await db.getRepository(Contact).find({ where: { customerId: In(customers.map((c) => c.id)) }, order: { id: 'ASC' } }))
    .map((c) => ({ id: c.id, customerId: c.customerId, ownerId: c.ownerId }));

  // Team seats, read-only and can-edit, never for the owner.
  const team = new Map<string, ModelTeamMember>();
  for (let i = 0; i < Math.round(size.customers * 0.4); i++) {
    const customer = rnd.pick(customers);
    const user = rnd.pick(users);
    if (user.id === customer.ownerId || user === users[1]) continue;
    team.set(`${customer.id}:${user.id}`, { customerId: customer.id, userId: user.id, canEdit: rnd.chance(0.5) });
  }
  if (team.size) await db.getRepository(CustomerTeamMember).insert([...team.values()]);

  return {
    seed,
    departments: departments.map((d) => ({ id: d.id, parentId: d.parentId })),
    roles: [...roles, superModel],
    users,
    customers,
    contacts,
    team: [...team.values()],
    poolMembers,
  };
}
