// Administering custom fields (system:customField): add, relabel, require, reorder and disable — never delete, so
// stored values stay readable. A choice field with its own options keeps them in the dictionary `field:<id>`, where
// they are maintained like any dictionary option. Each change is one transaction, audited with before/after.
import { DataSource, EntityManager } from 'typeorm';
import { CustomField, DictionaryOption } from '@/entities';
import { CustomFieldType } from '@/entities/custom-field.entity';
import { Viewer, hasPermission } from '@/lib/access';
import { audit } from '@/lib/audit/audit';
import { inTransaction } from '@/lib/db/transaction';
import { isUniqueViolation } from '@/lib/db/errors';
import { FieldErrors, badInput, forbidden, notFound } from '@/lib/errors';
import { actorOf, cleanText, parseId, tooLong } from '@/lib/org/org.common';
import { PATH_SEPARATOR, builtinKind, fieldKind, isTreeKind } from '@/lib/dictionary/kinds';
import { CustomFieldModule, builtinKeys, isCustomFieldModule } from './modules';

export const CUSTOM_FIELD_PERMISSION = 'system:customField';
const KEY_PATTERN = /^[a-z][A-Za-z0-9]{1,39}$/;
const LABEL_MAX = 50;
const OPTION_MAX = 50;
/** A module's limit: every field is a form row and an index range; hundreds would be a second schema. */
export const FIELDS_PER_MODULE = 60;

export const isChoice = (type: CustomFieldType) => type === CustomFieldType.SINGLE_CHOICE || type === CustomFieldType.MULTI_CHOICE;

function requireAdmin(viewer: Viewer) {
  if (!hasPermission(viewer, CUSTOM_FIELD_PERMISSION)) throw forbidden(`Missing permission ${CUSTOM_FIELD_PERMISSION}`);
}

/** The module's fields in form order; disabled ones only when asked. */
export function customFieldsOf(manager: EntityManager, module: string, withDisabled = false): Promise<CustomField[]> {
  return manager.find(CustomField, { where: { module, ...(withDisabled ? {} : { enabled: true }) }, order: { sortOrder: 'ASC', id: 'ASC' } });
}

export interface CreateCustomFieldInput {
  module: string;
  key: string;
  label: string;
  type: CustomFieldType;
  required?: boolean | null;
  /** Choice fields: a shared dictionary's kind… */
  dictionaryKind?: string | null;
  /** …or their own options, by name. */
  options?: readonly string[] | null;
}

function cleanLabel(raw: string | null | undefined, errors: FieldErrors): string {
  const label = cleanText(raw) ?? '';
  errors.check(!!label, 'label', 'is required').check(!tooLong(label, LABEL_MAX), 'label', `must be at most ${LABEL_MAX} characters`);
  return label;
}

function cleanOptions(raw: readonly string[] | null | undefined, errors: FieldErrors): string[] {
  const names = (raw ?? []).map((n) => cleanText(n)).filter((n): n is string => !!n);
  if (names.some((n) => tooLong(n, OPTION_MAX) || n.includes(PATH_SEPARATOR))) errors.add('options', `each option at most ${OPTION_MAX} characters, without ${PATH_SEPARATOR}`);
  if (new Set(names).size !== names.length) errors.add('options', 'are listed twice');
  return names;
}

export async function createCustomField(db: DataSource, viewer: Viewer, input: CreateCustomFieldInput): Promise<CustomField> {
  requireAdmin(viewer);
  const errors = new FieldErrors();
  if (!isCustomFieldModule(input.module)) throw badInput('module', 'does not take custom fields');
  const module: CustomFieldModule = input.module;
  const key = (input.key ?? '').trim();
  errors.check(KEY_PATTERN.test(key), 'key', 'must start with a small letter and hold 2–40 letters or digits');
  const label = cleanLabel(input.label, errors);
  if (!Object.values(CustomFieldType).includes(input.type)) errors.add('type', 'is not a field type');
  const options = cleanOptions(input.options, errors);
  const kind = cleanText(input.dictionaryKind);
  if (isChoice(input.type)) {
    if (kind && options.length) errors.add('options', 'give either a dictionary or own options, not both');
    else if (kind && (!builtinKind(kind) || isTreeKind(kind))) errors.add('dictionaryKind', 'is not a flat data dictionary');
    else if (!kind && !options.length) errors.add('options', 'a choice field needs options or a dictionary');
  } else if (kind || options.length) errors.add(kind ? 'dictionaryKind' : 'options', 'only choice fields take options');
  errors.throwIfAny();
  return inTransaction(db, async (manager) => {
    if (builtinKeys(manager, module).has(key.toLowerCase())) throw badInput('key', 'is the name of a built-in field');
    const taken = await manager.createQueryBuilder(CustomField, 'f').where('f.module = :module', { module }).getMany();
    if (taken.some((f) => f.key.toLowerCase() === key.toLowerCase())) throw badInput('key', 'another custom field of this module has it');
    if (taken.length >= FIELDS_PER_MODULE) throw badInput('module', `has the most custom fields allowed (${FIELDS_PER_MODULE})`);
    const sortOrder = Math.max(0, ...taken.map((f) => f.sortOrder)) + 1;
    let field = manager.create(CustomField, { module, key, label, type: input.type, required: !!input.required, dictionaryKind: kind, sortOrder, enabled: true });
    try {
      field = await manager.save(field);
    } catch (error) {
      if (isUniqueViolation(error)) throw badInput('key', 'another custom field of this module has it');
      throw error;
    }
    if (isChoice(input.type) && !kind) {
      field.dictionaryKind = fieldKind(field.id);
      await manager.save(field);
      // An option's code is its name at creation (lib/dictionary), never changed by a rename.
      await manager.insert(DictionaryOption, options.map((name, i) => ({ kind: field.dictionaryKind!, code: name, name, parentId: 0, sortOrder: i + 1, enabled: true })));
    }
    await audit(manager, actorOf(viewer), { action: 'create', entityType: 'custom_field', entityId: field.id, changes: { module, key, label, type: field.type, required: field.required, dictionaryKind: field.dictionaryKind, options } });
    return field;
  });
}

export interface UpdateCustomFieldInput { label?: string | null; required?: boolean | null; enabled?: boolean | null; sortOrder?: number | null }

export async function updateCustomField(db: DataSource, viewer: Viewer, rawId: string | number, input: UpdateCustomFieldInput): Promise<CustomField> {
  requireAdmin(viewer);
  const id = parseId(rawId, 'id');
  const errors = new FieldErrors();
  const label = input.label === undefined || input.label === null ? undefined : cleanLabel(input.label, errors);
  if (input.sortOrder !== undefined && input.sortOrder !== null && (!Number.isInteger(input.sortOrder) || input.sortOrder < 0 || input.sortOrder > 10_000)) errors.add('sortOrder', 'must be a whole number from 0 to 10000');
  errors.throwIfAny();
  return inTransaction(db, async (manager) => {
    const field = await manager.findOneBy(CustomField, { id });
    if (!field) throw notFound('Custom field');
    const changes: Record<string, [unknown, unknown]> = {};
    const set = <K extends 'label' | 'required' | 'enabled' | 'sortOrder'>(name: K, value: CustomField[K] | null | undefined) => {
      if (value === undefined || value === null || value === field[name]) return;
      changes[name] = [field[name], value];
      field[name] = value;
    };
    set('label', label);
    set('required', input.required);
    set('enabled', input.enabled);
    set('sortOrder', input.sortOrder);
    if (!Object.keys(changes).length) return field;
    const saved = await manager.save(field);
    await audit(manager, actorOf(viewer), { action: 'update', entityType: 'custom_field', entityId: id, changes: { module: field.module, key: field.key, ...changes } });
    return saved;
  });
}

/** Puts a module's fields (disabled ones too) in the given order, in one transaction; `ids` lists each once. */
export async function reorderCustomFields(db: DataSource, viewer: Viewer, module: string, rawIds: readonly (string | number)[]): Promise<CustomField[]> {
  requireAdmin(viewer);
  if (!isCustomFieldModule(module)) throw badInput('module', 'does not take custom fields');
  const ids = rawIds.map((raw) => parseId(raw, 'ids'));
  return inTransaction(db, async (manager) => {
    const fields = await customFieldsOf(manager, module, true);
    const same = ids.length === fields.length && new Set(ids).size === ids.length && fields.every((f) => ids.includes(f.id));
    if (!same) throw badInput('ids', 'must list every field of this module exactly once');
    const entries = [];
    for (const [index, id] of ids.entries()) {
      const field = fields.find((f) => f.id === id)!;
      if (field.sortOrder === index + 1) continue;
      entries.push({ action: 'update', entityType: 'custom_field', entityId: id, changes: { module, key: field.key, sortOrder: [field.sortOrder, index + 1] } });
      await manager.update(CustomField, { id }, { sortOrder: index + 1 });
    }
    await audit(manager, actorOf(viewer), entries);
    return customFieldsOf(manager, module, true);
  });
}
