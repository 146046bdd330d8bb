// List filters on custom fields, each an index range on (field, value, record) — the same on SQLite and MariaDB,
// whatever the module. A value few records hold is read first (`id IN (…)`, a small set); a value many hold is
// checked per candidate row instead (a correlated lookup), so a first page in the list's order stops after a few
// rows rather than materialising hundreds of thousands of ids (MariaDB turns IN and EXISTS alike into that).
import { EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { CustomFieldValue } from '@/entities';
import { CustomFieldType } from '@/entities/custom-field.entity';
import { FieldErrors } from '@/lib/errors';
import { dictionaryIndex } from '@/lib/dictionary/dictionary.query';
import { customFieldsOf } from './definitions';
import { isValidDate } from './values';

export interface CustomFieldFilter {
  key: string;
  /** Any of these values (choices by code or name, users by id, text exactly, numbers). */
  equals?: readonly string[] | null;
  /** Numbers, money and dates (YYYY-MM-DD): inclusive bounds. */
  from?: string | null;
  to?: string | null;
  /** Text and long text: holds this. */
  contains?: string | null;
}

const NUMERIC = [CustomFieldType.NUMBER, CustomFieldType.MONEY];
/** From this many matching values on, a condition is checked per row. */
const BROAD = 5000;
const escapeLike = (s: string) => s.replace(/[!%_]/g, (c) => `!${c}`);

export const hasCustomFilter = (filters: readonly CustomFieldFilter[] | null | undefined) => !!filters?.length;

/** Which applied filter lists were checked per row only (every condition broad), for the list's index and count. */
const perRow = new WeakMap<readonly CustomFieldFilter[], boolean>();

/**
 * Whether these filters (already applied) are checked per candidate row: the list then walks the scope's own index
 * like an unfiltered one, and counts only so far (COUNT_CAP_BROAD) since every row costs a lookup.
 */
export const checkedPerRow = (filters: readonly CustomFieldFilter[] | null | undefined) => !!filters?.length && perRow.get(filters) === true;

export { COUNT_CAP_BROAD } from '@/lib/pagination';

/** Whether at least BROAD values match (an index-only count that stops there). */
async function isBroad(manager: EntityManager, sub: SelectQueryBuilder<CustomFieldValue>): Promise<boolean> {
  const capped = sub.clone().select('1', 'one').limit(BROAD);
  const row = await manager.createQueryBuilder().select('COUNT(*)', 'n').from(`(${capped.getQuery()})`, 'matched').setParameters(capped.getParameters()).getRawOne<{ n: number | string }>();
  return Number(row?.n ?? 0) >= BROAD;
}

export async function applyCustomFieldFilters<T extends ObjectLiteral>(manager: EntityManager, qb: SelectQueryBuilder<T>, alias: string, module: string, filters: readonly CustomFieldFilter[] | null | undefined) {
  if (!filters?.length) return;
  const fields = await customFieldsOf(manager, module);
  const errors = new FieldErrors();
  let allBroad = true;
  for (const [i, filter] of filters.entries()) {
    const at = `customFields.${filter.key}`;
    const field = fields.find((f) => f.key === filter.key);
    if (!field) { errors.add(at, 'is not a custom field of this list'); continue; }
    const numeric = NUMERIC.includes(field.type);
    const column = numeric ? 'v.number_value' : field.type === CustomFieldType.LONG_TEXT ? 'v.long_value' : 'v.text_value';
    const sub = manager.createQueryBuilder(CustomFieldValue, 'v').select('v.record_id').where(`v.field_id = :cf${i}`, { [`cf${i}`]: field.id });
    let narrowed = false;
    const equals = (filter.equals ?? []).map((v) => v.trim()).filter(Boolean);
    if (equals.length) {
      let values = equals;
      if (field.dictionaryKind) {
        const index = await dictionaryIndex(manager, field.dictionaryKind);
        values = equals.map((v) => index.resolve(v)?.code ?? v);
      }
      if (numeric && values.some((v) => Number.isNaN(Number(v)))) errors.add(at, 'must be numbers');
      sub.andWhere(`${column} IN (:...cf${i}eq)`, { [`cf${i}eq`]: values });
      narrowed = true;
    }
    for (const [edge, op] of [['from', '>='], ['to', '<=']] as const) {
      const raw = filter[edge]?.trim();
      if (!raw) continue;
      if (numeric ? Number.isNaN(Number(raw)) : field.type !== CustomFieldType.DATE || !isValidDate(raw)) errors.add(at, numeric ? 'bounds must be numbers' : 'only numbers and dates take bounds (YYYY-MM-DD)');
      sub.andWhere(`${column} ${op} :cf${i}${edge}`, { [`cf${i}${edge}`]: raw });
      narrowed = true;
    }
    const contains = filter.contains?.trim();
    if (contains) {
      if (field.type !== CustomFieldType.TEXT && field.type !== CustomFieldType.LONG_TEXT) errors.add(at, 'only text fields take "contains"');
      sub.andWhere(`${column} LIKE :cf${i}like ESCAPE '!'`, { [`cf${i}like`]: `%${escapeLike(contains)}%` });
      narrowed = true;
    }
    if (!narrowed) errors.add(at, 'give equals, from/to or contains');
    if (errors.any()) continue;
    const broad = await isBroad(manager, sub);
    allBroad &&= broad;
    if (broad) {
      const probe = sub.clone().select('1').andWhere(`v.record_id = ${alias}.id`).limit(1);
      qb.andWhere(`(${probe.getQuery()}) IS NOT NULL`, probe.getParameters());
    } else {
      qb.andWhere(`${alias}.id IN (${sub.getQuery()})`, sub.getParameters());
    }
  }
  errors.throwIfAny();
  perRow.set(filters, allBroad);
}
