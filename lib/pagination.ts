// Relay-style pagination over a query builder: opaque cursors, stable order (sort key + id), SQL LIMIT/OFFSET.
import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { badInput } from './errors';

export interface PageArgs { first?: number | null; after?: string | null; offset?: number | null }
export interface Page<T> {
  nodes: T[];
  totalCount: number;
  startOffset: number;
  hasNextPage: boolean;
  hasPreviousPage: boolean;
}

export const MAX_PAGE = 200;
export const DEFAULT_PAGE = 20;

export const encodeCursor = (offset: number) => Buffer.from(`o:${offset}`).toString('base64url');

export function decodeCursor(cursor: string): number {
  const text = Buffer.from(cursor, 'base64url').toString();
  const match = /^o:(\d{1,9})$/.exec(text);
  if (!match) throw badInput('after', 'is not a valid cursor');
  return Number(match[1]);
}

/** Applies LIMIT/OFFSET and counts; `orderBy` must already end with the id for a stable order. */
export async function paginate<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, args: PageArgs): Promise<Page<T>> {
  const first = args.first ?? DEFAULT_PAGE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE) throw badInput('first', `must be between 0 and ${MAX_PAGE}`);
  let start = 0;
  if (args.after) start = decodeCursor(args.after) + 1;
  if (args.offset !== undefined && args.offset !== null) {
    if (!Number.isInteger(args.offset) || args.offset < 0) throw badInput('offset', 'must be zero or more');
    start = args.offset;
  }
  const [nodes, count] = await Promise.all([
    qb.clone().offset(start).limit(first).getMany(),
    // COUNT(*) rather than getCount()'s COUNT(DISTINCT id): the query has no joins, and it is much cheaper.
    qb.clone().orderBy().select('COUNT(*)', 'n').getRawOne<{ n: number | string }>(),
  ]);
  const totalCount = Number(count?.n ?? 0);
  return { nodes, totalCount, startOffset: start, hasNextPage: start + nodes.length < totalCount, hasPreviousPage: start > 0 };
}
