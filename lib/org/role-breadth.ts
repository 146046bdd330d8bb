// "Not wider than my own": whether a role gives nothing beyond what the viewer holds, used when a
// department manager assigns roles. Permissions must be a subset; per module and mode, the role's scope must
// rank no higher (SCOPE_RANK), and a CUSTOM scope must only name departments the viewer itself reaches.
import { EntityManager } from 'typeorm';
import { Department, Role } from '@/entities';
import {
  AccessMode, DATA_MODULES, SCOPE_RANK, SUPER_ADMIN, ScopeGrant, ScopeLevel, Viewer, hasPermission, isSuperAdmin, roleLevel,
} from '@/lib/access';

type DepartmentPaths = Map<number, string>;
type CustomChoice = { departmentId: number; includeChildren: boolean };

const MODES: AccessMode[] = ['read', 'write'];

/** A viewer grant covers one CUSTOM department choice of the role. */
function grantCovers(grant: ScopeGrant, choice: CustomChoice, viewer: Viewer, paths: DepartmentPaths): boolean {
  const target = paths.get(choice.departmentId);
  if (!target) return false;
  if (grant.level === ScopeLevel.ALL) return true;
  if (grant.level === ScopeLevel.SELF_AND_CHILDREN) {
    const own = paths.get(viewer.departmentId);
    return !!own && target.startsWith(own);
  }
  if (grant.level !== ScopeLevel.CUSTOM) return false;
  return grant.departments.some((mine) => {
    if (mine.departmentId === choice.departmentId) return mine.includeChildren || !choice.includeChildren;
    const minePath = paths.get(mine.departmentId);
    return mine.includeChildren && !!minePath && target.startsWith(minePath);
  });
}

function levelCovered(level: ScopeLevel, choices: CustomChoice[], grants: ScopeGrant[], viewer: Viewer, paths: DepartmentPaths): boolean {
  if (level === ScopeLevel.NONE) return true;
  if (grants.some((g) => g.level === ScopeLevel.ALL)) return true;
  if (level === ScopeLevel.CUSTOM) return choices.every((choice) => grants.some((g) => grantCovers(g, choice, viewer, paths)));
  const rank = SCOPE_RANK[level] ?? Number.POSITIVE_INFINITY;
  return grants.some((g) => g.level !== ScopeLevel.NONE && (SCOPE_RANK[g.level] ?? 0) >= rank);
}

function roleWithin(role: Role, viewer: Viewer, paths: DepartmentPaths): boolean {
  if (role.code === SUPER_ADMIN) return false;
  if ((role.permissions ?? []).some((code) => !hasPermission(viewer, code))) return false;
  const choices = role.customDepartments ?? [];
  return DATA_MODULES.every((module) => MODES.every((mode) =>
    levelCovered(roleLevel(role, module, mode), choices, viewer.grants(module, mode), viewer, paths)));
}

/** The roles among `roles` that are wider than the viewer's own (empty: the viewer may grant them all). */
export async function rolesBeyondViewer(manager: EntityManager, viewer: Viewer, roles: Role[]): Promise<Role[]> {
  if (isSuperAdmin(viewer) || !roles.length) return [];
  const rows = await manager.createQueryBuilder(Department, 'd').select(['d.id', 'd.path']).getMany();
  const paths: DepartmentPaths = new Map(rows.map((d) => [d.id, d.path]));
  return roles.filter((role) => !roleWithin(role, viewer, paths));
}
