// Relay-style pagination over a query builder: opaque cursors, stable order (sort key + id), counts that scale.
// A cursor carries the sort key of its row, so the next page is an index range (keyset: "after this key"), never
// an OFFSET that reads and throws away every row before it. `offset` stays for page-number UIs. The count is
// run only when asked for, and stops at COUNT_CAP: beyond it the API says "10 000+" (totalCountExact false).
import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { badInput } from './errors';

export interface PageArgs { first?: number | null; after?: string | null; offset?: number | null }
export interface PageCount { total: number; exact: boolean }
export interface Page<T> {
  nodes: T[];
  /** The count when it was already known; otherwise `count()` runs it (only if the caller asks for it). */
  totalCount: number;
  count?: () => Promise<PageCount>;
  startOffset: number;
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  /** One cursor per node (keyset cursors); without it, cursors are offsets. */
  cursors?: string[];
}

export const MAX_PAGE = 200;
export const DEFAULT_PAGE = 20;
/** Counting stops here: a larger total is shown as "10 000+" (exact counts of huge scoped sets cost a scan). */
export const COUNT_CAP = 10_000;
/** The cap of a count whose every row costs a lookup (a per-row custom condition, a parent probed per follow-up): "1 000+". */
export const COUNT_CAP_BROAD = 1000;

export const encodeCursor = (offset: number) => Buffer.from(`o:${offset}`).toString('base64url');

type KeyValue = string | number | null;
interface Cursor { offset: number; keys?: KeyValue[] }

const encodeKeyset = (offset: number, keys: KeyValue[]) => Buffer.from(`k:${JSON.stringify([offset, keys])}`).toString('base64url');

function parseCursor(cursor: string): Cursor {
  const text = Buffer.from(cursor, 'base64url').toString();
  const offset = /^o:(\d{1,9})$/.exec(text);
  if (offset) return { offset: Number(offset[1]) };
  if (text.startsWith('k:') && text.length < 2000) {
    try {
      const [at, keys] = JSON.parse(text.slice(2)) as [unknown, unknown];
      if (Number.isSafeInteger(at) && (at as number) >= 0 && Array.isArray(keys)
        && keys.every((k) => k === null || typeof k === 'number' || (typeof k === 'string' && k.length <= 300))) {
        return { offset: at as number, keys: keys as KeyValue[] };
      }
    } catch { /* falls through to the error below */ }
  }
  throw badInput('after', 'is not a valid cursor');
}

/** The row offset a cursor points at (offset or keyset cursor alike). */
export const decodeCursor = (cursor: string): number => parseCursor(cursor).offset;

interface SortKey { expression: string; descending: boolean; nullable: boolean }

/**
 * The query's ORDER BY as keyset keys, when every entry is a plain column (`alias.property`) of the main entity;
 * null otherwise (an expression: the query keeps offset cursors).
 */
function sortKeys<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>): SortKey[] | null {
  const main = qb.expressionMap.mainAlias;
  if (!main?.hasMetadata) return null;
  const keys: SortKey[] = [];
  for (const [expression, order] of Object.entries(qb.expressionMap.orderBys)) {
    const match = new RegExp(`^${main.name}\\.(\\w+)$`).exec(expression);
    const column = match ? main.metadata.findColumnWithPropertyPath(match[1]) : undefined;
    if (!column) return null;
    const direction = typeof order === 'string' ? order : order.order;
    keys.push({ expression, descending: direction === 'DESC', nullable: column.isNullable });
  }
  const last = keys[keys.length - 1];
  return last && last.expression === `${main.name}.id` ? keys : null;
}

/**
 * "Comes after the row with these key values" in the query's order. NULL sorts first ascending and last
 * descending on both MariaDB and SQLite, and the conditions follow that.
 */
function afterCondition(keys: SortKey[], values: KeyValue[], params: Record<string, unknown>): string {
  const branches: string[] = [];
  for (let i = 0; i < keys.length; i++) {
    const parts: string[] = [];
    for (let j = 0; j < i; j++) {
      params[`pk${j}`] = values[j];
      parts.push(values[j] === null ? `${keys[j].expression} IS NULL` : `${keys[j].expression} = :pk${j}`);
    }
    const { expression, descending, nullable } = keys[i];
    params[`pk${i}`] = values[i];
    let beyond: string | null;
    if (values[i] === null) beyond = descending ? null : `${expression} IS NOT NULL`;
    else if (!descending) beyond = `${expression} > :pk${i}`;
    // A NOT NULL column gets no IS NULL branch: it would only keep the optimizer from an index range.
    else beyond = nullable ? `(${expression} < :pk${i} OR ${expression} IS NULL)` : `${expression} < :pk${i}`;
    if (beyond) branches.push([...parts, beyond].join(' AND '));
  }
  return branches.length ? `(${branches.map((b) => `(${b})`).join(' OR ')})` : '1 = 0';
}

/** COUNT(*) of the query's rows, stopping at `cap` + 1: exact up to the cap. */
export async function cappedCount<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, cap = COUNT_CAP): Promise<PageCount> {
  const inner = qb.clone().orderBy().select('1', 'one').offset(undefined).limit(cap + 1);
  const row = await qb.createQueryBuilder().select('COUNT(*)', 'n').from(`(${inner.getQuery()})`, 'counted')
    .setParameters(inner.getParameters()).getRawOne<{ n: number | string }>();
  const n = Number(row?.n ?? 0);
  return n > cap ? { total: cap, exact: false } : { total: n, exact: true };
}

/**
 * One page of `qb` (whose ORDER BY must end with the id, for a stable order): `first` + 1 rows tell whether
 * there is a next page; the count is lazy and capped (`count()`), on `countQuery` when the rows are better
 * counted by another query shape than the page's.
 */
export async function paginate<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>, args: PageArgs, options: { countCap?: number; countQuery?: () => Promise<SelectQueryBuilder<T>> } = {},
): Promise<Page<T>> {
  const first = args.first ?? DEFAULT_PAGE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE) throw badInput('first', `must be between 0 and ${MAX_PAGE}`);
  const counting = qb.clone();
  const keys = sortKeys(qb);
  const page = qb.clone();
  let start = 0;
  if (args.offset !== undefined && args.offset !== null) {
    if (!Number.isInteger(args.offset) || args.offset < 0) throw badInput('offset', 'must be zero or more');
    start = args.offset;
    page.offset(start);
  } else if (args.after) {
    const cursor = parseCursor(args.after);
    start = cursor.offset + 1;
    if (cursor.keys && keys && cursor.keys.length === keys.length) {
      const params: Record<string, unknown> = {};
      page.andWhere(afterCondition(keys, cursor.keys, params), params);
    } else {
      page.offset(start);
    }
  }
  const count = async () => cappedCount(options.countQuery ? await options.countQuery() : counting, options.countCap);
  if (first === 0) return { nodes: [], totalCount: 0, count, startOffset: start, hasNextPage: false, hasPreviousPage: start > 0 };
  page.limit(first + 1);
  let nodes: T[];
  let cursors: string[] | undefined;
  if (keys) {
    // Keys travel as the database's own text, so the next page compares exactly (a date keeps its microseconds
    // on MariaDB; a number compared with its text is compared as a number on both databases).
    const text = qb.connection.options.type === 'better-sqlite3' ? 'TEXT' : 'CHAR';
    keys.forEach((key, i) => page.addSelect(`CAST(${key.expression} AS ${text})`, `pk_value_${i}`));
    const { entities, raw } = await page.getRawAndEntities();
    nodes = entities;
    // Raw rows by id (a join could repeat a row; the entities are distinct).
    const idKey = `pk_value_${keys.length - 1}`;
    const byId = new Map(raw.map((row: Record<string, unknown>) => [String(row[idKey]), row]));
    const metadata = qb.expressionMap.mainAlias!.metadata;
    cursors = entities.slice(0, first).map((entity, i) => {
      const row = byId.get(String(metadata.getEntityIdMap(entity)?.id)) ?? {};
      return encodeKeyset(start + i, keys.map((_, k) => {
        const value = row[`pk_value_${k}`];
        return value === null || value === undefined ? null : typeof value === 'number' ? value : String(value);
      }));
    });
  } else {
    nodes = await page.getMany();
  }
  const hasNextPage = nodes.length > first;
  return { nodes: nodes.slice(0, first), totalCount: 0, count, startOffset: start, hasNextPage, hasPreviousPage: start > 0, cursors };
}
