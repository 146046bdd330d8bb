// Who may change which user (SPEC 2.1/2.2, issue 8), decided in one place for create, update, disable, enable and
// password reset. Holders of system:user manage everyone, a department manager (role DEPT_MANAGER) ordinary users of
// their own department subtree. Nobody but a super administrator administers a user whose rights exceed their own,
// grants roles wider than their own (lib/org/role-breadth.ts), or resets the password of a user who reaches records
// they do not (a reset lets them act as that user). Only a super administrator grants the super administrator role
// or touches a super administrator, and the last active super administrator is never disabled or demoted.
import { EntityManager } from 'typeorm';
import { Department, Role, User, UserRole } from '@/entities';
import { UserStatus } from '@/entities/user.entity';
import { SUPER_ADMIN, Viewer, hasPermission, isSuperAdmin } from '@/lib/access';
import { forUpdate } from '@/lib/db/lock';
import { DomainError, conflict, forbidden, notFound } from '@/lib/errors';
import { departmentTreeFor, rolesBeyondViewer, takeoverWithin } from './role-breadth';
import { withinSubtree } from './org.common';

export const DEPT_MANAGER = 'DEPT_MANAGER';

export type UserAction = 'create' | 'update' | 'disable' | 'enable' | 'resetPassword';

export interface UserChange {
  action: UserAction;
  /** The user being changed; absent when creating. */
  target?: User;
  /** The target's roles before the change. */
  currentRoles?: Role[];
  /** The department the user will belong to, when it is set or changed. */
  departmentId?: number;
  /** The complete role list after the change, when roles are set or changed. */
  newRoles?: Role[];
}

export const isUserAdmin = (viewer: Viewer) => hasPermission(viewer, 'system:user');
export const isDepartmentManager = (viewer: Viewer) => viewer.roleCodes.includes(DEPT_MANAGER);

/** The department subtree a viewer administers users in: null for everyone (system:user), undefined for none. */
export async function administeredSubtree(manager: EntityManager, viewer: Viewer): Promise<Department | null | undefined> {
  if (isUserAdmin(viewer)) return null;
  if (!isDepartmentManager(viewer)) return undefined;
  return (await manager.findOneBy(Department, { id: viewer.departmentId })) ?? undefined;
}

const holdsSuperAdmin = (roles: Role[] = []) => roles.some((r) => r.code === SUPER_ADMIN);
const sameRoles = (a: Role[], b: Role[]) => a.length === b.length && a.every((r) => b.some((o) => o.id === r.id));

/** Throws FORBIDDEN (or NOT_FOUND for a user outside a manager's subtree) unless the viewer may make the change. */
export async function authorizeUserChange(manager: EntityManager, viewer: Viewer, change: UserChange): Promise<void> {
  const subtree = await administeredSubtree(manager, viewer);
  if (subtree === undefined) throw forbidden('Missing permission system:user');
  // A manager first: a user outside the subtree is as if missing, whatever else is true of them.
  if (subtree && change.target) {
    const home = await manager.findOneBy(Department, { id: change.target.departmentId });
    if (!home || !withinSubtree(home, subtree)) throw notFound('User');
  }
  const superAdmin = isSuperAdmin(viewer);
  const current = change.currentRoles ?? [];
  if (change.target && holdsSuperAdmin(current) && !superAdmin) throw forbidden('Only a super administrator may change a super administrator');
  if (change.newRoles) {
    const granted = change.newRoles.filter((r) => !current.some((c) => c.id === r.id));
    if (holdsSuperAdmin(granted) && !superAdmin) throw forbidden('Only a super administrator may grant the super administrator role');
    if (change.target?.id === viewer.userId && !superAdmin && !sameRoles(current, change.newRoles)) throw forbidden('You cannot change your own roles');
  }
  if (!superAdmin) await assertWithinViewer(manager, viewer, change, current);
  if (subtree === null) return;

  // A department manager from here on.
  if (change.action === 'resetPassword') throw forbidden('Only administrators may reset passwords');
  if (change.target?.id === viewer.userId) throw forbidden('You cannot administer your own account; use your profile');
  if (change.departmentId !== undefined) {
    const dept = await manager.findOneBy(Department, { id: change.departmentId });
    if (!dept || !withinSubtree(dept, subtree)) throw forbidden('You may only place users in your own department or below');
  }
}

/**
 * The target's present rights (where they sit now) and their rights after the change (roles and department as
 * changed) must both lie within the viewer's own; otherwise the change would hand the viewer, or a user they
 * control, more than they hold.
 */
async function assertWithinViewer(manager: EntityManager, viewer: Viewer, change: UserChange, current: Role[]) {
  if (change.target && (await rolesBeyondViewer(manager, viewer, current, change.target.departmentId)).length) {
    throw forbidden('This user holds rights wider than yours; ask a super administrator');
  }
  // A new password lets the viewer act as the user: everything the user reaches, the viewer must reach already.
  if (change.action === 'resetPassword' && change.target && change.target.id !== viewer.userId
    && !takeoverWithin(current, change.target.departmentId, viewer, await departmentTreeFor(manager, viewer))) {
    throw forbidden('This user reaches records you do not; ask a super administrator to reset the password');
  }
  const rolesAfter = change.newRoles ?? (change.target && change.departmentId !== undefined ? current : undefined);
  const departmentAfter = change.departmentId ?? change.target?.departmentId;
  if (!rolesAfter) return;
  const beyond = await rolesBeyondViewer(manager, viewer, rolesAfter, departmentAfter);
  if (beyond.length) throw forbidden(`You may not grant roles wider than your own: ${beyond.map((r) => r.name).join(', ')}`);
}

/** Whether the viewer may make this kind of change to the user (the same decision as the change itself), for the UI. */
export async function mayChangeUser(manager: EntityManager, viewer: Viewer, user: User, roles: Role[], action: 'update' | 'resetPassword'): Promise<boolean> {
  if (action === 'resetPassword' && !hasPermission(viewer, 'system:user')) return false;
  try {
    await authorizeUserChange(manager, viewer, { action, target: user, currentRoles: roles });
    return true;
  } catch (error) {
    if (error instanceof DomainError) return false;
    throw error;
  }
}

/**
 * Refuses to disable or demote `user` when no other ACTIVE super administrator would remain. The remaining
 * ones are read with a row lock, so two administrators disabling each other cannot both succeed.
 */
export async function assertNotLastSuperAdmin(manager: EntityManager, user: User, what: 'disable' | 'demote') {
  const qb = manager.createQueryBuilder(User, 'u')
    .innerJoin(UserRole, 'ur', 'ur.userId = u.id')
    .innerJoin(Role, 'r', 'r.id = ur.roleId')
    .where('r.code = :code', { code: SUPER_ADMIN })
    .andWhere('u.status = :active', { active: UserStatus.ACTIVE });
  const active = await forUpdate(manager, qb).getMany();
  if (!active.some((u) => u.id !== user.id)) {
    throw conflict(what === 'disable'
      ? 'This is the last active super administrator and cannot be disabled'
      : 'This is the last active super administrator and cannot lose the role', { field: what === 'disable' ? 'id' : 'roleIds' });
  }
}

/** The roles a user holds now. */
export async function rolesOf(manager: EntityManager, userId: number): Promise<Role[]> {
  return manager.createQueryBuilder(Role, 'r').innerJoin(UserRole, 'ur', 'ur.roleId = r.id')
    .where('ur.userId = :userId', { userId }).orderBy('r.id', 'ASC').getMany();
}
