// The one decision of field permissions: given the viewer and a module, each field's mode. Roles store only
// restrictions (HIDDEN, MASKED, READ_ONLY); a field a role does not mention is EDITABLE under it.
//
// Several roles: the most permissive mode wins per field, counted over the viewer's roles that let them read the
// module at all (a finance role without customer data does not lift the salesperson role's masks on customers).
// When no role of theirs reads the module (they reach a record only as a team member, say), all their roles count.
// A viewer without roles sees no controlled field (deny by default); the super administrator sees every field.
import type { Role } from '@/entities';
import { ScopeLevel, Viewer, isSuperAdmin, roleLevel } from '@/lib/access';
import { isDataModule } from '@/lib/access/scopes';
import { FieldDescription, isFieldModule, moduleFields } from './registry';

export const FIELD_MODES = ['HIDDEN', 'MASKED', 'READ_ONLY', 'EDITABLE'] as const;
export type FieldMode = (typeof FIELD_MODES)[number];
/** Modes a role stores (EDITABLE is the absence of a restriction). */
export const STORED_FIELD_MODES: readonly FieldMode[] = ['HIDDEN', 'MASKED', 'READ_ONLY'];

const RANK: Record<FieldMode, number> = { HIDDEN: 0, MASKED: 1, READ_ONLY: 2, EDITABLE: 3 };
export const morePermissive = (a: FieldMode, b: FieldMode): FieldMode => (RANK[a] >= RANK[b] ? a : b);
export const fieldModeRank = (mode: FieldMode) => RANK[mode];

/** The value shows in full (read-only or editable). */
export const isReadable = (mode: FieldMode) => mode === 'READ_ONLY' || mode === 'EDITABLE';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** What one role says about a field: EDITABLE when it says nothing; an unreadable stored value is HIDDEN. */
export function roleFieldMode(role: Pick<Role, 'fieldPermissions'>, module: string, field: string): FieldMode {
  const stored = isRecord(role.fieldPermissions) ? role.fieldPermissions[module] : undefined;
  if (stored === undefined || stored === null) return 'EDITABLE';
  if (!isRecord(stored)) return 'HIDDEN';
  const mode = stored[field];
  if (mode === undefined || mode === null) return 'EDITABLE';
  return (STORED_FIELD_MODES as readonly unknown[]).includes(mode) ? (mode as FieldMode) : 'HIDDEN';
}

/** The roles whose field rules count for a module (see the file comment). */
function countingRoles(roles: readonly Role[], module: string): readonly Role[] {
  if (!isDataModule(module)) return roles;
  const reading = roles.filter((role) => roleLevel(role, module, 'read') !== ScopeLevel.NONE);
  return reading.length ? reading : roles;
}

export type FieldModes = ReadonlyMap<string, FieldMode>;

/** Each controlled field's mode for the viewer in the module, computed once per request. */
export function fieldModes(viewer: Viewer | null, module: string): FieldModes {
  const fields = moduleFields(module);
  if (!viewer) return new Map(fields.map((d) => [d.key, 'HIDDEN' as FieldMode]));
  const key = `fieldModes:${module}`;
  const cached = viewer.cache.get(key) as FieldModes | undefined;
  if (cached) return cached;
  const modes = new Map<string, FieldMode>();
  const superAdmin = isSuperAdmin(viewer);
  const roles = countingRoles(viewer.roles ?? [], module);
  for (const field of fields) {
    let mode: FieldMode = superAdmin ? 'EDITABLE' : 'HIDDEN';
    if (!superAdmin) for (const role of roles) mode = morePermissive(mode, roleFieldMode(role, module, field.key));
    modes.set(field.key, mode);
  }
  viewer.cache.set(key, modes);
  return modes;
}

/** Custom fields are named `custom.<key>` in field permissions, audit changes and export columns. */
export const CUSTOM_FIELD_PREFIX = 'custom.';
export const isCustomFieldKey = (field: string) => field.startsWith(CUSTOM_FIELD_PREFIX);

/**
 * A custom field's mode: in a module with controlled fields it is controlled like the built-in ones (the
 * administrator defines it, so it is not in the registry); elsewhere its record's scope decides.
 */
function customFieldMode(viewer: Viewer | null, module: string, field: string): FieldMode {
  if (!isFieldModule(module)) return 'EDITABLE';
  if (!viewer) return 'HIDDEN';
  if (isSuperAdmin(viewer)) return 'EDITABLE';
  const key = `fieldMode:${module}:${field}`;
  const cached = viewer.cache.get(key) as FieldMode | undefined;
  if (cached) return cached;
  let mode: FieldMode = 'HIDDEN';
  for (const role of countingRoles(viewer.roles ?? [], module)) mode = morePermissive(mode, roleFieldMode(role, module, field));
  viewer.cache.set(key, mode);
  return mode;
}

/** One field's mode; a field the module does not control is EDITABLE (its record's scope decides). */
export const fieldMode = (viewer: Viewer | null, module: string, field: string): FieldMode =>
  (isCustomFieldKey(field) ? customFieldMode(viewer, module, field) : fieldModes(viewer, module).get(field) ?? 'EDITABLE');

/** The controlled fields of the module with a given property. */
export function fieldsWhere(viewer: Viewer | null, module: string, test: (mode: FieldMode) => boolean): FieldDescription[] {
  const modes = fieldModes(viewer, module);
  return moduleFields(module).filter((d) => test(modes.get(d.key) ?? 'EDITABLE'));
}
