// The recycle bin (回收站): deleted records of one type that the viewer may read, newest deletion first, with
// who deleted them and whether the viewer may restore each; and restoring them through the module's own service.
import { Brackets, DataSource } from 'typeorm';
import { Viewer, hasPermission, requireIds } from '@/lib/access';
import { deletedWithCustomers } from '@/lib/customer/customer.service';
import { badInput, forbidden } from '@/lib/errors';
import { Page, PageArgs, paginate } from '@/lib/pagination';
import { ESCAPE, likePattern } from '@/lib/text';
import { RECYCLE_KINDS, RECYCLE_TYPES, RecycleKind, RecycleType, RestoreOptions } from './recycle-kinds';

export interface RecycleBinItem {
  type: RecycleType;
  id: number;
  code: string | null;
  title: string;
  deletedAt: Date;
  deletedById: number | null;
  viewerCanRestore: boolean;
  /** Records deleted together with it (a customer's contacts and opportunities), restored with it on request. */
  deletedWithCount: number;
}

export interface RecycleBinFilter { type: string; keyword?: string | null }

const KEYWORD_MAX = 100;

function kindOf(type: string): RecycleKind & { type: RecycleType } {
  if (!(RECYCLE_TYPES as readonly string[]).includes(type)) throw badInput('type', `must be one of: ${RECYCLE_TYPES.join(', ')}`);
  return { ...RECYCLE_KINDS[type as RecycleType], type: type as RecycleType };
}

const mayUse = (viewer: Viewer, kind: RecycleKind) => !kind.visible || kind.visible(viewer);
const mayRestore = (viewer: Viewer, kind: RecycleKind) => mayUse(viewer, kind) && (!kind.permission || hasPermission(viewer, kind.permission));

/** One page of the viewer's recycle bin for a record type. */
export async function listRecycleBin(db: DataSource, viewer: Viewer, filter: RecycleBinFilter, page: PageArgs = {}): Promise<Page<RecycleBinItem>> {
  const kind = kindOf(filter.type);
  const keyword = filter.keyword?.trim() ?? '';
  if (keyword.length > KEYWORD_MAX) throw badInput('filter.keyword', `at most ${KEYWORD_MAX} characters`);
  if (!mayUse(viewer, kind)) return { nodes: [], totalCount: 0, startOffset: 0, hasNextPage: false, hasPreviousPage: false };
  const manager = db.manager;
  const qb = await kind.deleted(manager, viewer);
  if (keyword) {
    qb.andWhere(new Brackets((w) => { for (const column of kind.search) w.orWhere(`${column} LIKE :binKeyword${ESCAPE}`); }), { binKeyword: likePattern(keyword) });
  }
  qb.orderBy(`${kind.alias}.deletedAt`, 'DESC').addOrderBy(`${kind.alias}.id`, 'DESC');
  const rows = await paginate(qb, page);
  const restorable = mayRestore(viewer, kind) && rows.nodes.length ? await kind.restorable(manager, viewer, rows.nodes) : new Set<number>();
  const withCustomer = kind.type === 'customer' ? await deletedWithCustomers(manager, rows.nodes as { id: number; deletedAt: Date | null }[]) : new Map<number, number>();
  return {
    ...rows,
    nodes: rows.nodes.map((row) => ({
      type: kind.type, id: Number(row.id), ...kind.describe(row), deletedAt: row.deletedAt, deletedById: row.deletedById ?? null,
      viewerCanRestore: restorable.has(Number(row.id)), deletedWithCount: withCustomer.get(Number(row.id)) ?? 0,
    })),
  };
}

/**
 * Restores records of one type, all or nothing, through the module's restore service: ids the viewer cannot read
 * (or that are not in the bin) are NOT_FOUND, readable ones outside the write scope FORBIDDEN; audited there.
 */
export async function restoreRecords(db: DataSource, viewer: Viewer, type: string, rawIds: readonly (string | number)[], options: RestoreOptions = {}): Promise<number[]> {
  const kind = kindOf(type);
  const ids = requireIds(rawIds);
  if (!mayRestore(viewer, kind)) throw forbidden(kind.permission ? `Missing permission ${kind.permission}` : 'You may not restore these records');
  await kind.restore(db, viewer, ids, options);
  return ids;
}
