// Creating and editing users (SPEC 2.1). Users are never deleted; status changes live in user-status.service.
// Each change runs in one transaction: validate, authorise (user-policy), write, audit.
import { DataSource, EntityManager, In } from 'typeorm';
import { Position, Role, User, UserRole } from '@/entities';
import { UserStatus } from '@/entities/user.entity';
import { SUPER_ADMIN, Viewer } from '@/lib/access';
import { audit, diff } from '@/lib/audit/audit';
import { hashPassword } from '@/lib/auth/password';
import { isUniqueViolation } from '@/lib/db/errors';
import { forUpdate } from '@/lib/db/lock';
import { inTransaction } from '@/lib/db/transaction';
import { badInput, conflict, notFound } from '@/lib/errors';
import { lockDepartment } from './department.service';
import { actorOf } from './org.common';
import { assertNotLastSuperAdmin, authorizeUserChange, rolesOf } from './user-policy';
import { NewUserFields, UserFields, cleanUserFields } from './user.validation';

const conflictUsername = () => conflict('This username is already taken', { field: 'username' });

/** The department a user is placed in must exist and be enabled (locked, so it cannot be disabled meanwhile). */
async function requireEnabledDepartment(manager: EntityManager, id: number) {
  const dept = await lockDepartment(manager, id);
  if (!dept) throw badInput('departmentId', 'is not an existing department');
  if (!dept.enabled) throw badInput('departmentId', 'is disabled');
  return dept;
}

async function requireRoles(manager: EntityManager, ids: number[]): Promise<Role[]> {
  const roles = await manager.findBy(Role, { id: In(ids) });
  if (roles.length !== ids.length) throw badInput('roleIds', 'contains an unknown role');
  return roles;
}

async function requirePositionIn(manager: EntityManager, positionId: number, departmentId: number) {
  const position = await manager.findOneBy(Position, { id: positionId });
  if (!position || position.departmentId !== departmentId) throw badInput('positionId', 'must be a position of the chosen department');
}

export async function lockUser(manager: EntityManager, id: number): Promise<User> {
  const user = await forUpdate(manager, manager.createQueryBuilder(User, 'u').where('u.id = :id', { id })).getOne();
  if (!user) throw notFound('User');
  return user;
}

async function setRoles(manager: EntityManager, userId: number, roleIds: number[]) {
  await manager.delete(UserRole, { userId });
  if (roleIds.length) await manager.insert(UserRole, roleIds.map((roleId) => ({ userId, roleId })));
}

/** A new user is INACTIVE until the first login, and must then set their own password. */
export async function createUser(db: DataSource, viewer: Viewer, input: NewUserFields): Promise<User> {
  const fields = cleanUserFields(input, true);
  const passwordHash = await hashPassword(fields.password!);
  try {
    return await inTransaction(db, async (manager) => {
      const dept = await requireEnabledDepartment(manager, fields.departmentId!);
      if (fields.positionId) await requirePositionIn(manager, fields.positionId, dept.id);
      const roles = await requireRoles(manager, fields.roleIds!);
      await authorizeUserChange(manager, viewer, { action: 'create', departmentId: dept.id, newRoles: roles });
      const taken = await manager.createQueryBuilder(User, 'u').where('LOWER(u.username) = LOWER(:username)', { username: fields.username }).getExists();
      if (taken) throw conflictUsername();
      const { password: _password, roleIds, ...columns } = fields;
      const user = await manager.save(manager.create(User, {
        ...columns, passwordHash, status: UserStatus.INACTIVE, mustChangePassword: true, sessionVersion: 1,
      }));
      await setRoles(manager, user.id, roleIds!);
      await audit(manager, actorOf(viewer), { action: 'create', entityType: 'user', entityId: user.id, changes: { ...columns, roleIds } });
      return user;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflictUsername();
    throw error;
  }
}

/** Edits what administrators edit: name, department, position, roles and contact details. */
export async function updateUser(db: DataSource, viewer: Viewer, id: number, input: UserFields): Promise<User> {
  const fields = cleanUserFields(input, false);
  return inTransaction(db, async (manager) => {
    const user = await lockUser(manager, id);
    const currentRoles = await rolesOf(manager, id);
    const newRoles = fields.roleIds ? await requireRoles(manager, fields.roleIds) : undefined;
    const departmentId = fields.departmentId ?? user.departmentId;
    await authorizeUserChange(manager, viewer, { action: 'update', target: user, currentRoles, departmentId: fields.departmentId, newRoles });
    if (departmentId !== user.departmentId) await requireEnabledDepartment(manager, departmentId);
    const { roleIds: _roleIds, ...patch } = fields;
    if (patch.positionId) await requirePositionIn(manager, patch.positionId, departmentId);
    else if (patch.positionId === undefined && user.positionId && departmentId !== user.departmentId) {
      // A position is a title inside one department: moving the user elsewhere drops it.
      patch.positionId = null;
    }
    const losesSuperAdmin = newRoles && currentRoles.some((r) => r.code === SUPER_ADMIN) && !newRoles.some((r) => r.code === SUPER_ADMIN);
    if (losesSuperAdmin && user.status !== UserStatus.DISABLED) await assertNotLastSuperAdmin(manager, user, 'demote');

    const changes = diff(user, patch as Partial<User>);
    if (Object.keys(changes).length) {
      await manager.update(User, { id }, patch as Partial<User>);
      await audit(manager, actorOf(viewer), { action: 'update', entityType: 'user', entityId: id, changes });
    }
    const before = currentRoles.map((r) => r.id).sort((a, b) => a - b);
    const after = newRoles?.map((r) => r.id).sort((a, b) => a - b);
    if (after && before.join() !== after.join()) {
      await setRoles(manager, id, after);
      await audit(manager, actorOf(viewer), { action: 'role.assign', entityType: 'user', entityId: id, changes: { roleIds: [before, after] } });
    }
    return manager.findOneByOrFail(User, { id });
  });
}
