// Role input rules (SPEC 2.2): known permission codes, modules and levels; write and transfer never wider than read;
// CUSTOM needs at least one existing department. Problems are reported together as field errors.
import { EntityManager, In } from 'typeorm';
import { Department, Role } from '@/entities';
import type { StoredCustomDepartment, StoredScope } from '@/entities/role.entity';
import { ALL_PERMISSIONS, SCOPE_RANK, ScopeLevel, isDataModule } from '@/lib/access';
import { FieldErrors } from '@/lib/errors';
import { cleanText, tooLong } from './org.common';
import { cleanFieldPermissions } from '@/lib/fields/field-rules';
import { allControlledFields } from '@/lib/fields/controlled-fields';

export interface ScopeInput { read: string; write?: string | null; transfer?: string | null }
export interface ModuleScopeInput extends ScopeInput { module: string }
export interface CustomDepartmentInput { departmentId: number | string; includeChildren?: boolean | null }

export interface FieldPermissionEntry { module: string; field: string; mode: string }

export interface RoleInput {
  name?: string | null;
  description?: string | null;
  permissions?: string[] | null;
  defaultScope?: ScopeInput | null;
  moduleScopes?: ModuleScopeInput[] | null;
  customDepartments?: CustomDepartmentInput[] | null;
  fieldPermissions?: FieldPermissionEntry[] | null;
}

export type RolePatch = Partial<Pick<Role, 'name' | 'description' | 'permissions' | 'defaultScope' | 'moduleScopes' | 'customDepartments' | 'fieldPermissions'>>;

const isLevel = (value: unknown): value is ScopeLevel => Object.values(ScopeLevel).includes(value as ScopeLevel);

/** Checks one read/write/transfer triple; write defaults to read, transfer to write. */
function cleanScope(errors: FieldErrors, field: string, input: ScopeInput): StoredScope | null {
  const write = input.write ?? input.read;
  const transfer = input.transfer ?? write;
  errors.check(isLevel(input.read), `${field}.read`, 'is not a known scope level');
  errors.check(isLevel(write), `${field}.write`, 'is not a known scope level');
  errors.check(isLevel(transfer), `${field}.transfer`, 'is not a known scope level');
  if (!isLevel(input.read) || !isLevel(write) || !isLevel(transfer)) return null;
  errors.check(SCOPE_RANK[write] <= SCOPE_RANK[input.read], `${field}.write`, 'must not be wider than the read scope');
  // Left out, transfer is the write level: a write too wide is reported once, on write.
  if (input.transfer != null) errors.check(SCOPE_RANK[transfer] <= SCOPE_RANK[input.read], `${field}.transfer`, 'must not be wider than the read scope');
  return { read: input.read, write, transfer };
}

const usesCustom = (scopes: StoredScope[]) => scopes.some((s) => [s.read, s.write, s.transfer].includes(ScopeLevel.CUSTOM));

/** Cleans the input against the role as it is now (`current`, absent on create); returns the fields to store. */
export async function cleanRoleInput(manager: EntityManager, input: RoleInput, current?: Role): Promise<RolePatch> {
  const errors = new FieldErrors();
  const patch: RolePatch = {};
  if (!current || input.name !== undefined) {
    const name = cleanText(input.name);
    errors.check(!!name && !tooLong(name, 50), 'name', 'is required (at most 50 characters)');
    if (name) patch.name = name;
  }
  if (input.description !== undefined) {
    patch.description = cleanText(input.description);
    errors.check(!tooLong(patch.description, 200), 'description', 'must be at most 200 characters');
  }
  if (!current || (input.permissions !== undefined && input.permissions !== null)) {
    const codes = [...new Set(input.permissions ?? [])];
    const unknown = codes.filter((c) => !ALL_PERMISSIONS.includes(c));
    errors.check(!unknown.length, 'permissions', `unknown permission codes: ${unknown.join(', ')}`);
    patch.permissions = ALL_PERMISSIONS.filter((c) => codes.includes(c));
  }
  if (!current || input.defaultScope) {
    if (!input.defaultScope) errors.add('defaultScope', 'is required');
    else patch.defaultScope = cleanScope(errors, 'defaultScope', input.defaultScope) ?? undefined;
  }
  if (input.moduleScopes) {
    const modules: Record<string, StoredScope> = {};
    input.moduleScopes.forEach((entry, i) => {
      const field = `moduleScopes.${i}`;
      if (!isDataModule(entry.module)) return void errors.add(`${field}.module`, 'is not a known module');
      if (modules[entry.module]) return void errors.add(`${field}.module`, 'is listed twice');
      const scope = cleanScope(errors, field, entry);
      if (scope) modules[entry.module] = scope;
    });
    patch.moduleScopes = modules;
  } else if (!current) patch.moduleScopes = {};
  if (input.customDepartments) {
    const chosen = new Map<number, StoredCustomDepartment>();
    for (const entry of input.customDepartments) {
      const id = Number(entry.departmentId);
      if (Number.isSafeInteger(id) && id > 0) chosen.set(id, { departmentId: id, includeChildren: entry.includeChildren ?? true });
      else errors.add('customDepartments', 'contains an invalid department id');
    }
    const found = chosen.size ? await manager.countBy(Department, { id: In([...chosen.keys()]) }) : 0;
    errors.check(found === chosen.size, 'customDepartments', 'contains an unknown department');
    patch.customDepartments = [...chosen.values()];
  } else if (!current) patch.customDepartments = [];

  if (input.fieldPermissions) patch.fieldPermissions = cleanFieldPermissions(errors, input.fieldPermissions, await allControlledFields(manager));
  else if (!current) patch.fieldPermissions = {};

  const finalScopes = [patch.defaultScope ?? current?.defaultScope, ...Object.values(patch.moduleScopes ?? current?.moduleScopes ?? {})]
    .filter((s): s is StoredScope => !!s);
  const finalDepartments = patch.customDepartments ?? current?.customDepartments ?? [];
  errors.check(!usesCustom(finalScopes) || finalDepartments.length > 0, 'customDepartments', 'choose at least one department for the CUSTOM scope');
  errors.throwIfAny();
  return patch;
}
