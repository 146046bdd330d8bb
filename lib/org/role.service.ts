// Creating and editing roles. The super administrator role is not editable; nobody but a super administrator
// creates or edits a role wider than their own rights (lib/org/role-breadth.ts), nor edits one held by users it
// would then give more than the editor reaches; every change is audited with the before/after of the permissions
// and scopes.
import { DataSource, EntityManager, Not } from 'typeorm';
import { Role, User, UserRole } from '@/entities';
import { SUPER_ADMIN, Viewer, hasPermission, isSuperAdmin } from '@/lib/access';
import { audit } from '@/lib/audit/audit';
import { forUpdate } from '@/lib/db/lock';
import { inTransaction } from '@/lib/db/transaction';
import { conflict, forbidden, notFound } from '@/lib/errors';
import { actorOf, jsonDiff } from './org.common';
import { departmentTreeFor, loadDepartmentTree, roleWithin } from './role-breadth';
import { RoleInput, cleanRoleInput } from './role.validation';

const AUDITED = ['name', 'description', 'permissions', 'defaultScope', 'moduleScopes', 'customDepartments', 'fieldPermissions'] as const;

async function assertNameFree(manager: EntityManager, name: string, exceptId?: number) {
  const clash = await manager.findOneBy(Role, { name, ...(exceptId ? { id: Not(exceptId) } : {}) });
  if (clash) throw conflict('A role with this name already exists', { field: 'name' });
}

/** Departments of the users holding the role (the reach of SELF_AND_CHILDREN depends on where they sit). */
async function holderDepartments(manager: EntityManager, roleId: number): Promise<number[]> {
  const rows = await manager.createQueryBuilder(User, 'u').select('DISTINCT u.departmentId', 'departmentId')
    .innerJoin(UserRole, 'ur', 'ur.userId = u.id').where('ur.roleId = :roleId', { roleId }).getRawMany<{ departmentId: number }>();
  return rows.map((r) => Number(r.departmentId));
}

/** FORBIDDEN unless the role (as it would be stored) is within the viewer's rights, for each of its holders too. */
async function assertRoleWithinViewer(manager: EntityManager, viewer: Viewer, role: Role, holders: number[] = []) {
  if (isSuperAdmin(viewer)) return;
  const tree = await loadDepartmentTree(manager);
  if (!roleWithin(role, viewer, tree) || holders.some((departmentId) => !roleWithin(role, viewer, tree, departmentId))) {
    throw forbidden('You may not create or edit a role wider than your own rights');
  }
}

/** The viewer may edit the role as it is (what updateRole decides before looking at the edit itself), for the UI. */
export async function mayEditRole(manager: EntityManager, viewer: Viewer, role: Role): Promise<boolean> {
  if (role.code === SUPER_ADMIN || !hasPermission(viewer, 'system:role')) return false;
  if (isSuperAdmin(viewer)) return true;
  const tree = await departmentTreeFor(manager, viewer);
  return roleWithin(role, viewer, tree) && (await holderDepartments(manager, role.id)).every((departmentId) => roleWithin(role, viewer, tree, departmentId));
}

export async function createRole(db: DataSource, viewer: Viewer, input: RoleInput): Promise<Role> {
  return inTransaction(db, async (manager) => {
    const patch = await cleanRoleInput(manager, input);
    const candidate = manager.create(Role, { ...patch, code: null, builtin: false });
    await assertRoleWithinViewer(manager, viewer, candidate);
    await assertNameFree(manager, patch.name!);
    const role = await manager.save(candidate);
    await audit(manager, actorOf(viewer), { action: 'create', entityType: 'role', entityId: role.id, changes: jsonDiff({}, role, AUDITED) });
    return role;
  });
}

export async function updateRole(db: DataSource, viewer: Viewer, id: number, input: RoleInput): Promise<Role> {
  return inTransaction(db, async (manager) => {
    const role = await forUpdate(manager, manager.createQueryBuilder(Role, 'r').where('r.id = :id', { id })).getOne();
    if (!role) throw notFound('Role');
    if (role.code === SUPER_ADMIN) throw forbidden('The super administrator role cannot be edited');
    // A role wider than the editor's rights is out of their hands, whatever the edit would make of it.
    if (!isSuperAdmin(viewer) && !roleWithin(role, viewer, await loadDepartmentTree(manager))) throw forbidden('You may not create or edit a role wider than your own rights');
    const patch = await cleanRoleInput(manager, input, role);
    const changes = jsonDiff(role, patch, AUDITED);
    if (!Object.keys(changes).length) return role;
    await assertRoleWithinViewer(manager, viewer, manager.create(Role, { ...role, ...patch }), await holderDepartments(manager, id));
    if (changes.name) await assertNameFree(manager, patch.name!, id);
    await manager.save(Object.assign(role, patch));
    await audit(manager, actorOf(viewer), { action: 'update', entityType: 'role', entityId: id, changes });
    return manager.findOneByOrFail(Role, { id });
  });
}
