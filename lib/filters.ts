// Filter pieces several modules' lists share. `ownerIds`: records owned by any of these users — what a dashboard
// figure links to, so the list shows exactly the records the figure counted.
import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { badInput } from './errors';

/** More owners than any company has users: a longer list is a mistake, not a question. */
export const MAX_OWNER_IDS = 20000;

let seq = 0;

/** Narrows `column` to the owners (an empty list matches nothing); BAD_USER_INPUT on `field` for malformed ids. */
export function whereOwnerIn<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, column: string, raw: readonly (string | number)[] | null | undefined, field = 'filter.ownerIds') {
  if (raw === undefined || raw === null) return qb;
  const ids = [...new Set(raw.map(Number))];
  if (ids.length > MAX_OWNER_IDS) throw badInput(field, `at most ${MAX_OWNER_IDS} ids`);
  if (ids.some((id) => !Number.isSafeInteger(id) || id <= 0)) throw badInput(field, 'contains an invalid id');
  if (!ids.length) return qb.andWhere('1 = 0');
  const name = `ownerIn${++seq}`;
  return qb.andWhere(`${column} IN (:...${name})`, { [name]: ids });
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A YYYY-MM-DD filter bound (or none); BAD_USER_INPUT on `field` for anything else, and for a range ending before it starts. */
export function checkDayRange(from: string | null | undefined, to: string | null | undefined, fields: { from: string; to: string }) {
  const valid = (v: string) => DAY.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v);
  if (from && !valid(from)) throw badInput(fields.from, 'must be a date (YYYY-MM-DD)');
  if (to && !valid(to)) throw badInput(fields.to, 'must be a date (YYYY-MM-DD)');
  if (from && to && to < from) throw badInput(fields.to, 'must not be before the start');
}
