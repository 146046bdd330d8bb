// The role editor's working copy and its conversion to the API input; pure, so it is unit-tested.
import { SCOPE_RANK, type AdminRole, type FieldMode, type ScopeLevel } from '@/app/_lib/api/admin';

/** One scope setting: read, write and transfer (分配/转移) levels; write and transfer never wider than read. */
export interface ScopePair { read: ScopeLevel; write: ScopeLevel; transfer: ScopeLevel }
export interface RoleDraft {
  name: string;
  description: string;
  permissions: string[];
  defaultScope: ScopePair;
  /** Modules with their own scope; absent modules use the default. */
  modules: Record<string, ScopePair>;
  customDepartments: { departmentId: string; includeChildren: boolean }[];
  /** Field restrictions per module and field (字段权限); a field not listed is editable. */
  fields: Record<string, Record<string, FieldMode>>;
}

export const emptyDraft = (): RoleDraft => ({
  name: '', description: '', permissions: [], defaultScope: { read: 'SELF', write: 'SELF', transfer: 'SELF' }, modules: {}, customDepartments: [], fields: {},
});

export function draftOf(role: AdminRole): RoleDraft {
  return {
    name: role.name,
    description: role.description ?? '',
    permissions: [...role.permissions],
    defaultScope: { read: role.defaultScope.read, write: role.defaultScope.write, transfer: role.defaultScope.transfer ?? role.defaultScope.write },
    modules: Object.fromEntries(role.moduleScopes.map((m) => [m.module, { read: m.read, write: m.write, transfer: m.transfer ?? m.write }])),
    customDepartments: role.customDepartments.map((c) => ({ departmentId: c.departmentId, includeChildren: c.includeChildren })),
    fields: role.fieldPermissions.reduce<RoleDraft['fields']>((all, p) => ({ ...all, [p.module]: { ...all[p.module], [p.field]: p.mode } }), {}),
  };
}

/** A field's new mode; EDITABLE removes the restriction. */
export function withFieldMode(draft: RoleDraft, module: string, field: string, mode: FieldMode): RoleDraft {
  const { [field]: _old, ...rest } = draft.fields[module] ?? {};
  return { ...draft, fields: { ...draft.fields, [module]: mode === 'EDITABLE' ? rest : { ...rest, [field]: mode } } };
}

/** Write (and transfer) levels allowed with a read level: never wider than it. */
export const writeLevelsFor = (read: ScopeLevel, levels: ScopeLevel[]) => levels.filter((l) => SCOPE_RANK[l] <= SCOPE_RANK[read]);

/** A new read level; the write and transfer levels narrow with it when they would be wider. */
export function withRead(pair: ScopePair, read: ScopeLevel): ScopePair {
  const within = (level: ScopeLevel) => (SCOPE_RANK[level] <= SCOPE_RANK[read] ? level : read);
  return { read, write: within(pair.write), transfer: within(pair.transfer) };
}

export const usesCustom = (draft: RoleDraft) =>
  [draft.defaultScope, ...Object.values(draft.modules)].some((s) => s.read === 'CUSTOM' || s.write === 'CUSTOM' || s.transfer === 'CUSTOM');

export function inputOf(draft: RoleDraft) {
  return {
    name: draft.name.trim(),
    description: draft.description.trim() || null,
    permissions: draft.permissions,
    defaultScope: draft.defaultScope,
    moduleScopes: Object.entries(draft.modules).map(([module, s]) => ({ module, read: s.read, write: s.write, transfer: s.transfer })),
    // Departments matter only for a CUSTOM scope; without one they are dropped rather than stored unused.
    customDepartments: usesCustom(draft) ? draft.customDepartments : [],
    fieldPermissions: Object.entries(draft.fields).flatMap(([module, fields]) => Object.entries(fields).map(([field, mode]) => ({ module, field, mode }))),
  };
}
