// Disabling, re-enabling and password resets. Disabling or resetting ends every session at once (the session
// version moves on) and revokes the user's API tokens, so nothing issued before keeps working.
import { DataSource, EntityManager } from 'typeorm';
import { Department, User } from '@/entities';
import { UserStatus } from '@/entities/user.entity';
import { SUPER_ADMIN, Viewer } from '@/lib/access';
import { audit } from '@/lib/audit/audit';
import { revokeAllApiTokens } from '@/lib/auth/api-token.service';
import { hashPassword, passwordProblem } from '@/lib/auth/password';
import { inTransaction } from '@/lib/db/transaction';
import { badInput } from '@/lib/errors';
import { actorOf } from './org.common';
import { assertNotLastSuperAdmin, authorizeUserChange, rolesOf } from './user-policy';
import { lockUser } from './user.service';

/** `db` may be an EntityManager inside a caller's transaction (offboarding disables and hands over in one). */
export async function disableUser(db: DataSource | EntityManager, viewer: Viewer, id: number): Promise<User> {
  return inTransaction(db, async (manager) => {
    const user = await lockUser(manager, id);
    const roles = await rolesOf(manager, id);
    await authorizeUserChange(manager, viewer, { action: 'disable', target: user, currentRoles: roles });
    if (user.id === viewer.userId) throw badInput('id', 'You cannot disable your own account');
    if (user.status === UserStatus.DISABLED) return user;
    if (roles.some((r) => r.code === SUPER_ADMIN)) await assertNotLastSuperAdmin(manager, user, 'disable');
    await manager.update(User, { id }, { status: UserStatus.DISABLED, sessionVersion: user.sessionVersion + 1 });
    const apiTokensRevoked = await revokeAllApiTokens(manager, id);
    await audit(manager, actorOf(viewer), {
      action: 'disable', entityType: 'user', entityId: id, changes: { status: [user.status, UserStatus.DISABLED], apiTokensRevoked },
    });
    return manager.findOneByOrFail(User, { id });
  });
}

/** Back to ACTIVE, or to INACTIVE when the user never signed in. Their department must be enabled. */
export async function enableUser(db: DataSource, viewer: Viewer, id: number): Promise<User> {
  return inTransaction(db, async (manager) => {
    const user = await lockUser(manager, id);
    await authorizeUserChange(manager, viewer, { action: 'enable', target: user, currentRoles: await rolesOf(manager, id) });
    if (user.status !== UserStatus.DISABLED) return user;
    const dept = await manager.findOneBy(Department, { id: user.departmentId });
    if (!dept?.enabled) throw badInput('id', "The user's department is disabled: enable it or move the user first");
    const status = user.lastLoginAt ? UserStatus.ACTIVE : UserStatus.INACTIVE;
    await manager.update(User, { id }, { status });
    await audit(manager, actorOf(viewer), { action: 'enable', entityType: 'user', entityId: id, changes: { status: [UserStatus.DISABLED, status] } });
    return manager.findOneByOrFail(User, { id });
  });
}

/** Sets a temporary password the user must change at the next login. */
export async function resetPassword(db: DataSource, viewer: Viewer, id: number, newPassword: string): Promise<User> {
  const problem = passwordProblem(newPassword);
  if (problem) throw badInput('newPassword', problem);
  const passwordHash = await hashPassword(newPassword);
  return inTransaction(db, async (manager) => {
    const user = await lockUser(manager, id);
    await authorizeUserChange(manager, viewer, { action: 'resetPassword', target: user, currentRoles: await rolesOf(manager, id) });
    if (user.id === viewer.userId) throw badInput('id', 'Use changePassword for your own password');
    await manager.update(User, { id }, { passwordHash, mustChangePassword: true, sessionVersion: user.sessionVersion + 1 });
    const apiTokensRevoked = await revokeAllApiTokens(manager, id);
    await audit(manager, actorOf(viewer), { action: 'password.reset', entityType: 'user', entityId: id, changes: { apiTokensRevoked } });
    return manager.findOneByOrFail(User, { id });
  });
}
