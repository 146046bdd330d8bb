// Customer list: first page with its count, a page reached by cursor (the 11th), keyword search; owned customers
// only, as the customer page asks (the pool has its own page).
import { BenchCase, CaseContext, LIST_TARGETS, ViewerRole, ViewerScope, byLiveOrder, byOwner, ownerIn, sqlTime } from '../case';

export const CUSTOMER_ROW = `id code name type level industry source region contactName mobile dealStatus locked lastFollowUpAt createdAt updatedAt deletedAt
  owner { id name } viewerCanEdit viewerCanManage`;
const QUERY = `query Customers($first: Int, $after: String, $filter: CustomerFilter, $orderBy: CustomerOrder) {
  customers(first: $first, after: $after, filter: $filter, orderBy: $orderBy) { totalCount nodes { ${CUSTOMER_ROW} } pageInfo { hasNextPage endCursor } }
}`;
const COLUMNS = `c.id, c.code, c.name, c.type, c.level, c.industry, c.source, c.region, c.contact_name, c.mobile, c.deal_status, c.locked,
  c.last_follow_up_at, c.created_at, c.updated_at, c.deleted_at, c.owner_id, u.name AS owner_name`;
export const KEYWORD = '华信';

/**
 * The page's rows by hand: the owner's index for one owner; for many owners (or all) a backward walk of
 * (deleted_at, updated_at) that stops after 21 visible rows; team customers as a second branch of a UNION.
 */
export async function customerPageSql(ctx: CaseContext, scope: ViewerScope, extra = 'TRUE', after?: { updatedAt: string; id: number }) {
  const keyset = after ? `AND (c.updated_at < '${sqlTime(after.updatedAt)}' OR (c.updated_at = '${sqlTime(after.updatedAt)}' AND c.id < ${after.id}))` : '';
  const index = await ctx.index('customer', scope.owners && scope.owners.length === 1 ? byOwner('updated_at') : byLiveOrder('updated_at'));
  const owned = `SELECT ${COLUMNS} FROM customer c ${index} LEFT JOIN user u ON u.id = c.owner_id
    WHERE c.deleted_at IS NULL AND c.owner_id IS NOT NULL AND ${ownerIn('c.owner_id', scope.owners)} AND ${extra} ${keyset}
    ORDER BY c.updated_at DESC, c.id DESC LIMIT 21`;
  if (!scope.teamCustomers.length || scope.owners === null) return owned;
  const team = `SELECT ${COLUMNS} FROM customer c LEFT JOIN user u ON u.id = c.owner_id
    WHERE c.id IN (${scope.teamCustomers.join(',')}) AND c.deleted_at IS NULL AND c.owner_id IS NOT NULL AND ${extra} ${keyset}`;
  return `(${owned}) UNION (${team}) ORDER BY updated_at DESC, id DESC LIMIT 21`;
}

const keywordSql = (kw: string) => `(c.name LIKE '%${kw}%' OR c.code LIKE '%${kw}%' OR c.contact_name LIKE '%${kw}%' OR c.mobile LIKE '%${kw}%' OR c.phone LIKE '%${kw}%'
  OR EXISTS (SELECT 1 FROM contact k WHERE k.customer_id = c.id AND k.deleted_at IS NULL AND (k.name LIKE '%${kw}%' OR k.mobile LIKE '%${kw}%' OR k.phone LIKE '%${kw}%')))`;

const firstPage: BenchCase = {
  group: 'customers', name: 'customers first page + totalCount', targets: LIST_TARGETS, throughput: ['self'],
  prepare: async (ctx, role) => ({
    call: { query: QUERY, variables: { first: 20, filter: { inPool: false } } },
    floor: [{ sql: await customerPageSql(ctx, await ctx.scope(role)) }],
  }),
};

/** Follows the cursor ten pages in, then measures the 11th page. */
async function cursorAt(ctx: CaseContext, role: ViewerRole, pages: number) {
  let after: string | null = null;
  let last: { updatedAt: string; id: string } | undefined;
  for (let i = 0; i < pages; i++) {
    const data: { customers: { nodes: { updatedAt: string; id: string }[]; pageInfo: { endCursor: string | null } } } =
      await ctx.call(role, { query: QUERY, variables: { first: 20, after, filter: { inPool: false } } });
    after = data.customers.pageInfo.endCursor;
    last = data.customers.nodes[data.customers.nodes.length - 1] ?? last;
    if (!after) break;
  }
  return { after, last };
}

const cursorPage: BenchCase = {
  group: 'customers', name: 'customers page 11 by cursor', targets: LIST_TARGETS,
  prepare: async (ctx, role) => {
    const { after, last } = await cursorAt(ctx, role, 10);
    return {
      call: { query: QUERY, variables: { first: 20, after, filter: { inPool: false } } },
      floor: [{ sql: await customerPageSql(ctx, await ctx.scope(role), 'TRUE', last ? { updatedAt: last.updatedAt, id: Number(last.id) } : undefined) }],
    };
  },
};

const keyword: BenchCase = {
  group: 'customers', name: `customers keyword "${KEYWORD}"`, targets: { self: 150, manager: 150, admin: 150 },
  prepare: async (ctx, role) => ({
    call: { query: QUERY, variables: { first: 20, filter: { inPool: false, keyword: KEYWORD } } },
    floor: [{ sql: await customerPageSql(ctx, await ctx.scope(role), keywordSql(KEYWORD)) }],
  }),
};

export const cases = [firstPage, cursorPage, keyword];
