// The role editor's working copy and its conversion to the API input; pure, so it is unit-tested.
import { SCOPE_RANK, type AdminRole, type FieldMode, type ScopeLevel } from '@/app/_lib/api/admin';
import { hasMessage, translate, translator, type MessageKey, type Translate } from '@/app/_lib/i18n/catalog';
import { LOCALES } from '@/app/_lib/i18n/locale';

/** The descriptions built-in roles are created with (stored in English); an administrator's own wording is kept as written. */
const BUILTIN_DESCRIPTIONS: Record<string, string> = Object.fromEntries(
  ['SUPER_ADMIN', 'SYSTEM_ADMIN', 'DEPT_MANAGER', 'SALES', 'FINANCE', 'SERVICE'].map((code) => [code, translate('en', `roleDesc.${code}` as MessageKey)]),
);

/** A role's description in the user's language: a built-in role's stock description from the catalogue, else as stored. */
export function roleDescription(t: Translate, role: Pick<AdminRole, 'builtin' | 'code' | 'description'>): string {
  const key = `roleDesc.${role.code}`;
  if (role.builtin && role.code && hasMessage(key) && role.description === BUILTIN_DESCRIPTIONS[role.code]) return t(key);
  return role.description ?? '';
}

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

/** The editor's copy of a role; `t` shows a built-in role's stock description in the user's language. */
export function draftOf(role: AdminRole, t?: Translate): RoleDraft {
  return {
    name: role.name,
    description: t ? roleDescription(t, role) : role.description ?? '',
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

/**
 * The API input; with the role being edited, a stock description left as shown (in any language) is sent back as
 * stored, so saving a built-in role does not freeze its description in one language.
 */
export function inputOf(draft: RoleDraft, role?: AdminRole | null) {
  const description = draft.description.trim();
  const unchanged = !!role && role.description != null && LOCALES.some((l) => description === roleDescription(translator(l), role));
  return {
    name: draft.name.trim(),
    description: unchanged ? role!.description! : description || null,
    permissions: draft.permissions,
    defaultScope: draft.defaultScope,
    moduleScopes: Object.entries(draft.modules).map(([module, s]) => ({ module, read: s.read, write: s.write, transfer: s.transfer })),
    // Departments matter only for a CUSTOM scope; without one they are dropped rather than stored unused.
    customDepartments: usesCustom(draft) ? draft.customDepartments : [],
    fieldPermissions: Object.entries(draft.fields).flatMap(([module, fields]) => Object.entries(fields).map(([field, mode]) => ({ module, field, mode }))),
  };
}
