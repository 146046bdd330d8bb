// Custom field values on records: checked like built-in fields on every write (type, length, options of the
// dictionary, users, required), stored one row per value, and read back per page of records in one query.
import { EntityManager, In } from 'typeorm';
import { CustomField, CustomFieldValue, User } from '@/entities';
import { CustomFieldType } from '@/entities/custom-field.entity';
import { UserStatus } from '@/entities/user.entity';
import { FieldErrors } from '@/lib/errors';
import { DictionaryIndex, dictionaryIndex } from '@/lib/dictionary/dictionary.query';
import { customFieldsOf } from './definitions';

export interface CustomValueInput { key: string; value?: string | null; values?: readonly string[] | null }
/** A record write's input with custom values beside the built-in fields. */
export interface WithCustomValues { customFields?: readonly CustomValueInput[] | null }

/** One field's new value, normalised: `texts` for text, dates, choices and users; `number`; `long`. Empty clears. */
export interface CleanValue { field: CustomField; texts: string[]; number: string | null; long: string | null }

export interface CustomValueView { key: string; label: string; type: CustomFieldType; values: string[]; display: string | null }

const TEXT_MAX = 200;
const LONG_MAX = 2000;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const NUMBER = /^-?\d{1,14}(\.\d{1,4})?$/;
const MONEY = /^-?\d{1,14}(\.\d{1,2})?$/;

const errorField = (key: string) => `customFields.${key}`;

export const isValidDate = (value: string) => DATE.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);

/** The number as people write it: no trailing zeros (money: two places). */
export function numberText(stored: string | null, type: CustomFieldType): string | null {
  if (stored === null) return null;
  const n = Number(stored);
  return type === CustomFieldType.MONEY ? n.toFixed(2) : String(n);
}

const isEmpty = (input: CustomValueInput) => (input.values ? !input.values.some((v) => v?.trim()) : !input.value?.trim());

/** Dictionary indexes of the choice fields, one load per dictionary. */
async function indexesOf(manager: EntityManager, fields: readonly CustomField[]): Promise<Map<string, DictionaryIndex>> {
  const kinds = [...new Set(fields.map((f) => f.dictionaryKind).filter((k): k is string => !!k))];
  return new Map(await Promise.all(kinds.map(async (k) => [k, await dictionaryIndex(manager, k)] as const)));
}

/** Checks custom values against a module's enabled fields, loaded once for many records (an import's rows). */
export interface CustomValueChecker {
  fields: CustomField[];
  /**
   * The values of one write, normalised, or field errors (`customFields.<key>`). Creating: every required field must
   * be given, except those the writer may not set (`writable`, from field permissions). `held`: the record's current
   * choice codes, which it may keep although their option has been disabled.
   */
  check(inputs: readonly CustomValueInput[] | null | undefined, creating: boolean, held?: Map<number, string[]>, writable?: (key: string) => boolean): Promise<{ values: CleanValue[]; errors: FieldErrors }>;
}

export async function customValueChecker(manager: EntityManager, module: string): Promise<CustomValueChecker> {
  const fields = await customFieldsOf(manager, module);
  const byKey = new Map(fields.map((f) => [f.key, f]));
  const indexes = await indexesOf(manager, fields);
  const users = new Map<string, number | null>();
  /** An active user by id, username or a name no other active user has (import cells hold names). */
  const userOf = async (raw: string) => {
    if (!users.has(raw)) {
      const found = /^\d{1,9}$/.test(raw) ? await manager.findBy(User, { id: Number(raw), status: UserStatus.ACTIVE }) : [];
      const named = found.length ? found : await manager.findBy(User, [{ username: raw, status: UserStatus.ACTIVE }, { name: raw, status: UserStatus.ACTIVE }]);
      const byUsername = named.filter((u) => u.username === raw);
      users.set(raw, byUsername.length === 1 ? byUsername[0].id : named.length === 1 ? named[0].id : null);
    }
    return users.get(raw) ?? null;
  };

  async function check(inputs: readonly CustomValueInput[] | null | undefined, creating: boolean, held: Map<number, string[]> = new Map(), writable: (key: string) => boolean = () => true) {
    const errors = new FieldErrors();
    const given = new Map<string, CustomValueInput>();
    for (const input of inputs ?? []) {
      if (!byKey.has(input.key)) errors.add(errorField(input.key), 'is not a custom field of this record');
      else if (given.has(input.key)) errors.add(errorField(input.key), 'is given twice');
      else given.set(input.key, input);
    }
    for (const field of fields) {
      const input = given.get(field.key);
      if (field.required && writable(field.key) && (input ? isEmpty(input) : creating)) errors.add(errorField(field.key), 'is required');
    }
    const values: CleanValue[] = [];
    for (const [key, input] of given) {
      const field = byKey.get(key)!;
      const value: CleanValue = { field, texts: [], number: null, long: null };
      values.push(value);
      if (isEmpty(input)) continue;
      const raws = (input.values ?? [input.value ?? '']).map((v) => (v ?? '').trim()).filter(Boolean);
      const raw = raws[0];
      const fail = (message: string) => errors.add(errorField(key), message);
      if (field.type !== CustomFieldType.MULTI_CHOICE && raws.length > 1) { fail('takes one value'); continue; }
      switch (field.type) {
        case CustomFieldType.TEXT:
          if ([...raw].length > TEXT_MAX) fail(`must be at most ${TEXT_MAX} characters`); else value.texts = [raw];
          break;
        case CustomFieldType.LONG_TEXT:
          if ([...raw].length > LONG_MAX) fail(`must be at most ${LONG_MAX} characters`); else value.long = raw;
          break;
        case CustomFieldType.NUMBER:
        case CustomFieldType.MONEY: {
          const plain = raw.replace(/,/g, '');
          const pattern = field.type === CustomFieldType.MONEY ? MONEY : NUMBER;
          if (!pattern.test(plain)) fail(field.type === CustomFieldType.MONEY ? 'must be an amount with at most 2 decimals' : 'must be a number');
          else value.number = plain;
          break;
        }
        case CustomFieldType.DATE:
          if (!isValidDate(raw)) fail('must be a date (YYYY-MM-DD)'); else value.texts = [raw];
          break;
        case CustomFieldType.USER: {
          const userId = await userOf(raw);
          if (userId === null) fail('must be an active user'); else value.texts = [String(userId)];
          break;
        }
        default: {
          const index = indexes.get(field.dictionaryKind ?? '');
          const codes: string[] = [];
          for (const one of raws) {
            const option = index?.resolve(one);
            if (!option) fail(`"${one}" is not one of the options`);
            else if (!option.enabled && !(held.get(field.id) ?? []).includes(option.code)) fail(`"${one}" is a disabled option`);
            else if (!codes.includes(option.code)) codes.push(option.code);
          }
          value.texts = codes;
        }
      }
    }
    return { values, errors };
  }
  return { fields, check };
}

/** Checks one write's custom values (see CustomValueChecker); BAD_USER_INPUT naming each wrong field. */
export async function cleanCustomValues(manager: EntityManager, module: string, inputs: readonly CustomValueInput[] | null | undefined, creating: boolean, held: Map<number, string[]> = new Map(), writable?: (key: string) => boolean): Promise<CleanValue[]> {
  const { values, errors } = await (await customValueChecker(manager, module)).check(inputs, creating, held, writable);
  errors.throwIfAny();
  return values;
}

/** What a value reads as in audit changes. */
const auditValue = (v: { texts: string[]; number: string | null; long: string | null }) =>
  v.long ?? v.number ?? (v.texts.length > 1 ? v.texts : v.texts[0] ?? null);

type ValueRow = Pick<CustomFieldValue, 'fieldId' | 'recordId' | 'textValue' | 'numberValue' | 'longValue'>;

/** The stored rows of one record's values: one per chosen option, one per other non-empty value. */
export function valueRows(recordId: number, values: readonly CleanValue[]): ValueRow[] {
  return values.flatMap((v): ValueRow[] => {
    const base = { fieldId: v.field.id, recordId, textValue: null, numberValue: null, longValue: null };
    if (v.texts.length) return v.texts.map((t) => ({ ...base, textValue: t }));
    if (v.number !== null) return [{ ...base, numberValue: v.number }];
    if (v.long !== null) return [{ ...base, longValue: v.long }];
    return [];
  });
}

/** Writes the values of one record; returns the changes for its audit entry (`custom.<key>`: [before, after]). */
export async function saveCustomValues(manager: EntityManager, recordId: number, values: readonly CleanValue[]): Promise<Record<string, [unknown, unknown]>> {
  if (!values.length) return {};
  const fieldIds = values.map((v) => v.field.id);
  const before = await manager.findBy(CustomFieldValue, { recordId, fieldId: In(fieldIds) });
  const changes: Record<string, [unknown, unknown]> = {};
  const changed: CleanValue[] = [];
  for (const value of values) {
    const rows = before.filter((r) => r.fieldId === value.field.id);
    const type = value.field.type;
    const old = auditValue({ texts: rows.map((r) => r.textValue!).filter((t) => t !== null), number: numberText(rows[0]?.numberValue ?? null, type), long: rows[0]?.longValue ?? null });
    const now = auditValue({ ...value, number: numberText(value.number, type) });
    if (JSON.stringify(old) === JSON.stringify(now)) continue;
    changes[`custom.${value.field.key}`] = [old, now];
    changed.push(value);
  }
  if (!changed.length) return {};
  // Values are replaced, not versioned: the audit entry keeps what they were.
  await manager.delete(CustomFieldValue, { recordId, fieldId: In(changed.map((v) => v.field.id)) });
  const rows = valueRows(recordId, changed);
  if (rows.length) await manager.insert(CustomFieldValue, rows);
  return changes;
}

/** The record's current choice codes per field (a disabled option it holds may stay). */
export async function heldChoices(manager: EntityManager, recordId: number): Promise<Map<number, string[]>> {
  const rows = await manager.findBy(CustomFieldValue, { recordId });
  const out = new Map<number, string[]>();
  for (const r of rows) if (r.textValue !== null) out.set(r.fieldId, [...(out.get(r.fieldId) ?? []), r.textValue]);
  return out;
}

/** The values of the module's fields (disabled ones too when asked) on each record, with what they read as. */
export async function customValuesOf(manager: EntityManager, module: string, recordIds: readonly number[], withDisabled = false): Promise<Map<number, CustomValueView[]>> {
  const out = new Map<number, CustomValueView[]>(recordIds.map((id) => [id, []]));
  const fields = await customFieldsOf(manager, module, withDisabled);
  if (!fields.length || !recordIds.length) return out;
  const rows = await manager.findBy(CustomFieldValue, { recordId: In([...recordIds]), fieldId: In(fields.map((f) => f.id)) });
  const indexes = await indexesOf(manager, fields);
  const userFields = new Set(fields.filter((f) => f.type === CustomFieldType.USER).map((f) => f.id));
  const userIds = [...new Set(rows.filter((r) => userFields.has(r.fieldId)).map((r) => Number(r.textValue)))];
  const users = userIds.length ? new Map((await manager.findBy(User, { id: In(userIds) })).map((u) => [String(u.id), u.name])) : new Map<string, string>();
  // Grouped once by record and field: an export batch holds a thousand records.
  const byCell = new Map<string, CustomFieldValue[]>();
  for (const r of rows) byCell.set(`${r.recordId}:${r.fieldId}`, [...(byCell.get(`${r.recordId}:${r.fieldId}`) ?? []), r]);
  for (const recordId of recordIds) {
    out.set(recordId, fields.map((field) => {
      const held = byCell.get(`${recordId}:${field.id}`) ?? [];
      const texts = held.map((r) => r.textValue).filter((t): t is string => t !== null);
      const number = numberText(held[0]?.numberValue ?? null, field.type);
      const values = number !== null ? [number] : held[0]?.longValue != null ? [held[0].longValue] : texts;
      let display: string | null = values.length ? values.join('、') : null;
      if (field.dictionaryKind) display = texts.length ? texts.map((c) => indexes.get(field.dictionaryKind!)?.label(c) ?? c).join('、') : null;
      if (field.type === CustomFieldType.USER) display = texts.length ? users.get(texts[0]) ?? texts[0] : null;
      return { key: field.key, label: field.label, type: field.type, values, display };
    }));
  }
  return out;
}

/**
 * Checks and writes one record's custom values inside the caller's transaction; returns the audit changes. Creating
 * checks every required field; an update touches only the fields it names.
 */
export async function applyCustomValues(manager: EntityManager, module: string, recordId: number, inputs: readonly CustomValueInput[] | null | undefined, creating: boolean, writable?: (key: string) => boolean): Promise<Record<string, [unknown, unknown]>> {
  if (!creating && !inputs?.length) return {};
  const clean = await cleanCustomValues(manager, module, inputs, creating, creating ? new Map() : await heldChoices(manager, recordId), writable);
  return saveCustomValues(manager, recordId, clean);
}

/** The after-values of audit changes, for a create's entry. */
export const afterValues = (changes: Record<string, [unknown, unknown]>) => Object.fromEntries(Object.entries(changes).map(([k, [, after]]) => [k, after]));
