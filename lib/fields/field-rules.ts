// Field permissions applied where the service layer meets a field: a role's stored restrictions (cleaned on save),
// writes (a field the viewer may not write is refused, never silently dropped), filters and sorts (only on fields
// the viewer reads in full, so no filter becomes an oracle of a hidden or masked value) and recorded changes
// (audit history and the audit log: hidden fields left out, masked ones masked).
import type { StoredFieldPermissions } from '@/entities/role.entity';
import type { Viewer } from '@/lib/access';
import { FieldErrors, badInput } from '@/lib/errors';
import { FIELD_MODULES, FieldDescription, FieldModule, fieldOf, isFieldModule } from './registry';
import { CUSTOM_FIELD_PREFIX, FieldMode, STORED_FIELD_MODES, fieldMode, fieldModes, isReadable } from './field-modes';
import { maskValue } from './mask';

/**
 * A role's field restrictions as stored: known modules and fields only (`fields`: each module's controlled fields,
 * custom ones included), in that order, EDITABLE dropped.
 */
export function cleanFieldPermissions(errors: FieldErrors, entries: readonly { module: string; field: string; mode: string }[], fields: Record<FieldModule, readonly FieldDescription[]>): StoredFieldPermissions {
  const chosen = new Map<string, string>();
  entries.forEach((entry, i) => {
    const at = `fieldPermissions.${i}`;
    if (!isFieldModule(entry.module)) return void errors.add(`${at}.module`, 'is not a module with controlled fields');
    if (!fields[entry.module].some((d) => d.key === entry.field)) return void errors.add(`${at}.field`, 'is not a controlled field of the module');
    if (entry.mode !== 'EDITABLE' && !(STORED_FIELD_MODES as readonly string[]).includes(entry.mode)) return void errors.add(`${at}.mode`, 'is not a field mode');
    const key = `${entry.module}.${entry.field}`;
    if (chosen.has(key)) return void errors.add(`${at}.field`, 'is listed twice');
    chosen.set(key, entry.mode);
  });
  const stored: StoredFieldPermissions = {};
  for (const module of Object.keys(FIELD_MODULES) as FieldModule[]) {
    for (const d of fields[module]) {
      const mode = chosen.get(`${module}.${d.key}`);
      if (mode && mode !== 'EDITABLE') (stored[module] ??= {})[d.key] = mode as 'HIDDEN' | 'MASKED' | 'READ_ONLY';
    }
  }
  return stored;
}

const given = (value: unknown) => value !== undefined;

/**
 * BAD_USER_INPUT naming every controlled field in a create or update input that the viewer may not write (hidden,
 * masked or read-only). The same answer for each mode, so a write never tells a hidden field's value or mode apart.
 */
export function assertFieldsWritable(viewer: Viewer, module: string, input: object, prefix = 'input') {
  const modes = fieldModes(viewer, module);
  const refused = Object.entries(input).filter(([key, value]) => given(value) && (modes.get(key) ?? 'EDITABLE') !== 'EDITABLE').map(([key]) => key);
  for (const { key } of customEntries(input)) if (fieldMode(viewer, module, `${CUSTOM_FIELD_PREFIX}${key}`) !== 'EDITABLE') refused.push(`customFields.${key}`);
  if (refused.length) throw badInput(refused.map((key) => ({ field: `${prefix}.${key}`, message: 'is not a field you may set' })));
}

/** The custom values or filters of an input (`customFields: [{ key, … }]`). */
function customEntries(input: object | null | undefined): { key: string }[] {
  const list = (input as { customFields?: unknown } | null | undefined)?.customFields;
  return Array.isArray(list) ? list.filter((e): e is { key: string } => typeof e?.key === 'string') : [];
}

/** Whether the viewer may set a custom field (a create requires only the required fields they may set). */
export const customFieldWritable = (viewer: Viewer, module: string) => (key: string) => fieldMode(viewer, module, `${CUSTOM_FIELD_PREFIX}${key}`) === 'EDITABLE';

/** Whether the viewer sees a custom field in full (not hidden, not masked). */
export const customFieldReadable = (viewer: Viewer | null, module: string, key: string) => isReadable(fieldMode(viewer, module, `${CUSTOM_FIELD_PREFIX}${key}`));

/**
 * BAD_USER_INPUT for a filter on a controlled field the viewer does not read in full: filtering by a hidden or
 * masked value would tell it. `keys` maps filter keys to the fields they test (default: the same name).
 */
export function assertFieldsFilterable(viewer: Viewer, module: string, filter: object | null | undefined, keys: Record<string, string> = {}) {
  if (!filter) return;
  const modes = fieldModes(viewer, module);
  const refused = Object.entries(filter).filter(([key, value]) => {
    if (value === undefined || value === null || value === '') return false;
    const field = keys[key] ?? key;
    return modes.has(field) && !isReadable(modes.get(field)!);
  }).map(([key]) => key);
  customEntries(filter).forEach(({ key }, i) => { if (!customFieldReadable(viewer, module, key)) refused.push(`customFields.${i}.key`); });
  if (refused.length) throw badInput(refused.map((key) => ({ field: `filter.${key}`, message: 'is not a field you may filter by' })));
}

/** A sort key (CREATED_AT, MOBILE, …) names a field: refused like a filter when it is not fully readable. */
export function assertSortable(viewer: Viewer, module: string, sortField: string | null | undefined) {
  if (!sortField) return;
  const field = sortField.toLowerCase().replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
  const mode = fieldModes(viewer, module).get(field);
  if (mode && !isReadable(mode)) throw badInput('orderBy.field', 'is not a field you may sort by');
}

/** The value of a field as the viewer may see it (null when hidden). */
export function visibleValue(mode: FieldMode, module: string, key: string, value: unknown): unknown {
  if (mode === 'HIDDEN') return null;
  return mode === 'MASKED' ? maskValue(fieldOf(module, key)?.mask ?? 'text', value) : value;
}

/**
 * Recorded changes of a record as the viewer may see them: `{ field: [before, after] }` or `{ field: value }`.
 * Hidden fields are left out, masked ones masked (both values of a pair). Other entity types pass unchanged.
 */
export function redactChanges(viewer: Viewer | null, entityType: string, changes: Record<string, unknown> | null): Record<string, unknown> | null {
  if (!changes || !isFieldModule(entityType)) return changes;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(changes)) {
    const mode = fieldMode(viewer, entityType, key);
    if (isReadable(mode)) { out[key] = value; continue; }
    if (mode === 'HIDDEN') continue;
    out[key] = Array.isArray(value) ? value.map((v) => visibleValue(mode, entityType, key, v)) : visibleValue(mode, entityType, key, value);
  }
  return out;
}

/** Field keys of a change set the viewer may know were changed (timeline summaries). */
export function visibleChangedKeys(viewer: Viewer | null, entityType: string, changes: Record<string, unknown> | null): string[] {
  return Object.keys(redactChanges(viewer, entityType, changes) ?? {});
}
