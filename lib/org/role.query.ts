// Reading roles: the full list for role and user administrators, and the roles a viewer may assign
// (a department manager sees only those). Also the permission catalogue for the role editor.
import { EntityManager } from 'typeorm';
import { Role } from '@/entities';
import { DATA_MODULES, PERMISSION_GROUPS, ScopeLevel, Viewer, hasPermission, isSuperAdmin } from '@/lib/access';
import { idOrNull } from './org.common';
import { rolesBeyondViewer } from './role-breadth';
import { isDepartmentManager, isUserAdmin } from './user-policy';

const seesAllRoles = (viewer: Viewer) => hasPermission(viewer, 'system:role') || isUserAdmin(viewer);

/** Roles the viewer could give to a user: all for a super administrator, else those not wider than their own
 *  rights (a user administrator and a department manager alike; placement is checked when a user gets them). */
async function assignable(manager: EntityManager, viewer: Viewer, roles: Role[]): Promise<Role[]> {
  if (isSuperAdmin(viewer)) return roles;
  if (!isUserAdmin(viewer) && !isDepartmentManager(viewer)) return [];
  const beyond = new Set((await rolesBeyondViewer(manager, viewer, roles)).map((r) => r.id));
  return roles.filter((r) => !beyond.has(r.id));
}

export async function listRoles(manager: EntityManager, viewer: Viewer, assignableOnly = false): Promise<Role[]> {
  const roles = await manager.find(Role, { order: { id: 'ASC' } });
  return !assignableOnly && seesAllRoles(viewer) ? roles : assignable(manager, viewer, roles);
}

export async function findRole(manager: EntityManager, viewer: Viewer, rawId: number | string): Promise<Role | null> {
  const id = idOrNull(rawId);
  if (!id) return null;
  const role = await manager.findOneBy(Role, { id });
  if (!role || seesAllRoles(viewer)) return role;
  return (await assignable(manager, viewer, [role]))[0] ?? null;
}

export interface PermissionCatalog {
  groups: { name: string; permissions: string[] }[];
  modules: string[];
  scopeLevels: ScopeLevel[];
}

export const permissionCatalog = (): PermissionCatalog => ({
  groups: Object.entries(PERMISSION_GROUPS).map(([name, permissions]) => ({ name, permissions: [...permissions] })),
  modules: [...DATA_MODULES],
  scopeLevels: Object.values(ScopeLevel),
});
