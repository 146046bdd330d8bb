// Creating and editing roles. The super administrator role is not editable; every change is audited
// with the before/after of the permissions and scopes.
import { DataSource, EntityManager, Not } from 'typeorm';
import { Role } from '@/entities';
import { SUPER_ADMIN, Viewer } from '@/lib/access';
import { audit } from '@/lib/audit/audit';
import { forUpdate } from '@/lib/db/lock';
import { inTransaction } from '@/lib/db/transaction';
import { conflict, forbidden, notFound } from '@/lib/errors';
import { actorOf, jsonDiff } from './org.common';
import { RoleInput, cleanRoleInput } from './role.validation';

const AUDITED = ['name', 'description', 'permissions', 'defaultScope', 'moduleScopes', 'customDepartments'] as const;

async function assertNameFree(manager: EntityManager, name: string, exceptId?: number) {
  const clash = await manager.findOneBy(Role, { name, ...(exceptId ? { id: Not(exceptId) } : {}) });
  if (clash) throw conflict('A role with this name already exists', { field: 'name' });
}

export async function createRole(db: DataSource, viewer: Viewer, input: RoleInput): Promise<Role> {
  return inTransaction(db, async (manager) => {
    const patch = await cleanRoleInput(manager, input);
    await assertNameFree(manager, patch.name!);
    const role = await manager.save(manager.create(Role, { ...patch, code: null, builtin: false }));
    await audit(manager, actorOf(viewer), { action: 'create', entityType: 'role', entityId: role.id, changes: jsonDiff({}, role, AUDITED) });
    return role;
  });
}

export async function updateRole(db: DataSource, viewer: Viewer, id: number, input: RoleInput): Promise<Role> {
  return inTransaction(db, async (manager) => {
    const role = await forUpdate(manager, manager.createQueryBuilder(Role, 'r').where('r.id = :id', { id })).getOne();
    if (!role) throw notFound('Role');
    if (role.code === SUPER_ADMIN) throw forbidden('The super administrator role cannot be edited');
    const patch = await cleanRoleInput(manager, input, role);
    const changes = jsonDiff(role, patch, AUDITED);
    if (!Object.keys(changes).length) return role;
    if (changes.name) await assertNameFree(manager, patch.name!, id);
    await manager.save(Object.assign(role, patch));
    await audit(manager, actorOf(viewer), { action: 'update', entityType: 'role', entityId: id, changes });
    return manager.findOneByOrFail(Role, { id });
  });
}
