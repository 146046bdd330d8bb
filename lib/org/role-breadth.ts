// "Not wider than my own" (SPEC 2.2; issue 8): a role gives nothing beyond what the viewer holds. Operation
// permissions must be a subset. Data scopes are compared per module and mode as reaches: ALL covers everything;
// SELF (the holder's own records) is covered by any scope but NONE; SELF_AND_CHILDREN (the holder's department
// subtree, wherever the holder sits) only by SELF_AND_CHILDREN or ALL, and once the holder's department is known
// that subtree must also lie within the departments the viewer reaches; CUSTOM departments are compared as the
// sets of departments they reach. A write scope must be covered by the viewer's write and read scopes alike, and a
// transfer scope (分配/转移, a right like write) by the viewer's transfer and read scopes.
// Nobody but a super administrator grants the super administrator role.
import { EntityManager } from 'typeorm';
import { Department, Role } from '@/entities';
import {
  ACCESS_MODES, AccessMode, DATA_MODULES, DataModule, PERSONAL_MODULES, SUPER_ADMIN, ScopeLevel, Viewer, hasPermission, isSuperAdmin, roleLevel,
} from '@/lib/access';

/** The department tree as materialised paths, to expand a department into the subtree it heads. */
export class DepartmentTree {
  private readonly paths = new Map<number, string>();
  constructor(rows: { id: number; path: string }[]) { for (const row of rows) this.paths.set(Number(row.id), row.path); }

  /** The department and, when asked, every department below it; empty for an unknown department. */
  reach(departmentId: number, includeChildren: boolean): number[] {
    const path = this.paths.get(departmentId);
    if (!path) return [];
    if (!includeChildren) return [departmentId];
    return [...this.paths].filter(([, p]) => p.startsWith(path)).map(([id]) => id);
  }
}

export async function loadDepartmentTree(manager: EntityManager): Promise<DepartmentTree> {
  return new DepartmentTree(await manager.createQueryBuilder(Department, 'd').select(['d.id', 'd.path']).getMany());
}

/**
 * The tree for a viewer's request: read once per request for the UI's flags (a page of users or roles), but read
 * afresh inside a transaction, where a change must be judged against the tree as it is now.
 */
export function departmentTreeFor(manager: EntityManager, viewer: Viewer): Promise<DepartmentTree> {
  if (manager.queryRunner?.isTransactionActive) return loadDepartmentTree(manager);
  const key = 'org:departmentTree';
  const cached = viewer.cache.get(key) as Promise<DepartmentTree> | undefined;
  if (cached) return cached;
  const loading = loadDepartmentTree(manager);
  viewer.cache.set(key, loading);
  return loading;
}

/** What a scope lets its holder reach: everything, their own records, their department subtree, these departments. */
interface Reach { all: boolean; self: boolean; ownSubtree: boolean; departments: Set<number> }

const MODES: readonly AccessMode[] = ACCESS_MODES;

/** A role's CUSTOM choices as the viewer module reads them: well-formed entries only, children only when `true`. */
function customChoices(role: Role): { departmentId: number; includeChildren: boolean }[] {
  if (!Array.isArray(role.customDepartments)) return [];
  return role.customDepartments
    .filter((d) => d && Number.isSafeInteger(d.departmentId) && d.departmentId > 0)
    .map((d) => ({ departmentId: d.departmentId, includeChildren: d.includeChildren === true }));
}

function reachOfLevel(level: ScopeLevel, choices: { departmentId: number; includeChildren: boolean }[], tree: DepartmentTree): Reach {
  const reach: Reach = { all: level === ScopeLevel.ALL, self: false, ownSubtree: false, departments: new Set() };
  if (level === ScopeLevel.SELF || level === ScopeLevel.SELF_AND_CHILDREN || level === ScopeLevel.CUSTOM) reach.self = true;
  if (level === ScopeLevel.SELF_AND_CHILDREN) reach.ownSubtree = true;
  if (level === ScopeLevel.CUSTOM) for (const c of choices) for (const id of tree.reach(c.departmentId, c.includeChildren)) reach.departments.add(id);
  return reach;
}

/** The viewer's reach in one module and mode: the union of their roles, with their own subtree made concrete. */
function viewerReach(viewer: Viewer, module: DataModule, mode: AccessMode, tree: DepartmentTree): Reach {
  const reach: Reach = { all: false, self: PERSONAL_MODULES.has(module), ownSubtree: false, departments: new Set() };
  for (const grant of viewer.grants(module, mode)) {
    const one = reachOfLevel(grant.level, grant.departments, tree);
    reach.all ||= one.all;
    reach.self ||= one.self;
    reach.ownSubtree ||= one.ownSubtree;
    for (const id of one.departments) reach.departments.add(id);
    if (one.ownSubtree) for (const id of tree.reach(viewer.departmentId, true)) reach.departments.add(id);
  }
  return reach;
}

/** `inner` (a role's reach, for a holder in `holderDepartmentId` when known) lies within `outer` (the viewer's). */
function covers(outer: Reach, inner: Reach, tree: DepartmentTree, holderDepartmentId?: number): boolean {
  if (outer.all) return true;
  if (inner.all) return false;
  if (inner.self && !outer.self) return false;
  if (inner.ownSubtree) {
    if (!outer.ownSubtree) return false;
    if (holderDepartmentId !== undefined && !tree.reach(holderDepartmentId, true).every((id) => outer.departments.has(id))) return false;
  }
  return [...inner.departments].every((id) => outer.departments.has(id));
}

/** One role is within the viewer's own rights (for a holder placed in `holderDepartmentId`, when given). */
export function roleWithin(role: Role, viewer: Viewer, tree: DepartmentTree, holderDepartmentId?: number): boolean {
  if (isSuperAdmin(viewer)) return true;
  if (role.code === SUPER_ADMIN) return false;
  const permissions = Array.isArray(role.permissions) ? role.permissions : [];
  if (permissions.some((code) => typeof code !== 'string' || !hasPermission(viewer, code))) return false;
  const choices = customChoices(role);
  return DATA_MODULES.every((module) => {
    const readReach = viewerReach(viewer, module, 'read', tree);
    return MODES.every((mode) => {
      const inner = reachOfLevel(roleLevel(role, module, mode), choices, tree);
      if (!covers(readReach, inner, tree, holderDepartmentId)) return false;
      return mode === 'read' || covers(viewerReach(viewer, module, mode, tree), inner, tree, holderDepartmentId);
    });
  });
}

/**
 * Whether acting as a user who holds `roles` in `departmentId` (as a password reset lets the viewer do) stays within
 * the viewer's own reach, concretely: that user's own records, their subtree and their CUSTOM departments must all
 * be records the viewer already reads and writes, module by module.
 */
export function takeoverWithin(roles: Role[], departmentId: number, viewer: Viewer, tree: DepartmentTree): boolean {
  if (isSuperAdmin(viewer)) return true;
  if (roles.some((r) => r.code === SUPER_ADMIN)) return false;
  if (roles.some((r) => (Array.isArray(r.permissions) ? r.permissions : []).some((code) => typeof code !== 'string' || !hasPermission(viewer, code)))) return false;
  const home = tree.reach(departmentId, false);
  const subtree = tree.reach(departmentId, true);
  return DATA_MODULES.every((module) => MODES.every((mode) => {
    const outer = viewerReach(viewer, module, mode, tree);
    if (outer.all) return true;
    return roles.every((role) => {
      const inner = reachOfLevel(roleLevel(role, module, mode), customChoices(role), tree);
      if (inner.all) return false;
      if (inner.self && !home.every((id) => outer.departments.has(id))) return false;
      if (inner.ownSubtree && !subtree.every((id) => outer.departments.has(id))) return false;
      return [...inner.departments].every((id) => outer.departments.has(id));
    });
  }));
}

/**
 * The roles among `roles` that are wider than the viewer's own (empty: the viewer may grant them all). With
 * `holderDepartmentId`, the roles are judged for a user placed in that department.
 */
export async function rolesBeyondViewer(manager: EntityManager, viewer: Viewer, roles: Role[], holderDepartmentId?: number): Promise<Role[]> {
  if (isSuperAdmin(viewer) || !roles.length) return [];
  const tree = await departmentTreeFor(manager, viewer);
  return roles.filter((role) => !roleWithin(role, viewer, tree, holderDepartmentId));
}
