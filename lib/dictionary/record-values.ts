// Checks the dictionary-backed fields of a record write (customer industry, source, region; lead source; opportunity
// intent; payment methods; follow-up method) and stores each value as its option's code. A value must name an
// enabled option; a record that already holds a disabled option may keep it (it still shows its name).
import { EntityManager } from 'typeorm';
import { FieldErrors } from '@/lib/errors';
import { DICTIONARY_KINDS } from './kinds';
import { dictionaryIndex, kindName } from './dictionary.query';

/** The fields of `table` bound to a dictionary (free-text `suggest` fields left out). */
export const dictionaryFieldsOf = (table: string) =>
  DICTIONARY_KINDS.flatMap((k) => k.fields.filter((f) => f.table === table && !f.suggest).map((f) => ({ field: f.field, kind: k.kind })));

/**
 * Replaces each bound field's value by its option's code, in place; BAD_USER_INPUT naming every field whose value is
 * not an option (or a disabled one that the record did not already hold). `prefix` names nested input fields.
 */
export async function cleanDictionaryFields<T extends object>(manager: EntityManager, table: string, fields: T, before?: Partial<T> | null, prefix = ''): Promise<T> {
  const errors = new FieldErrors();
  const values = fields as Record<string, unknown>;
  for (const { field, kind } of dictionaryFieldsOf(table)) {
    const raw = values[field];
    if (raw === undefined || raw === null || raw === '') continue;
    const option = (await dictionaryIndex(manager, kind)).resolve(String(raw));
    const held = before ? (before as Record<string, unknown>)[field] : undefined;
    if (!option) errors.add(prefix + field, `is not an option of ${kindName(kind)}`);
    else if (!option.enabled && option.code !== held) errors.add(prefix + field, `is a disabled option of ${kindName(kind)}`);
    else values[field] = option.code;
  }
  errors.throwIfAny();
  return fields;
}
