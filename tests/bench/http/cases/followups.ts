// Follow-ups list: newest contact first, visible when their parent (customer, contact, opportunity, lead,
// contract) is.
import { BenchCase, CaseContext, LIST_TARGETS, ViewerScope, byLiveOrder, ownerIn } from '../case';

const ROW = `id parentType parentId subject method participants objective result nextStep occurredAt nextContactAt substantive createdAt
  viewerCanEdit commentCount unreadCommentCount author { id name username } parent { type id title } attachments { id fileName size mimeType url }`;
const QUERY = `query FollowUps($filter: FollowUpFilter, $first: Int) { followUps(filter: $filter, first: $first) { totalCount nodes { ${ROW} } } }`;

const PARENTS: [string, string][] = [['customer', 'customer'], ['contact', 'contact'], ['opportunity', 'opportunity'], ['lead', '`lead`'], ['contract', 'contract']];

/**
 * By hand: for one owner, each parent type's follow-ups through the owner's records (UNION of five small joins);
 * for many owners or all, a backward walk of follow_up by occurred_at that checks the parent's owner by primary key.
 */
export async function followUpPageSql(ctx: CaseContext, scope: ViewerScope) {
  const walk = await ctx.index('follow_up', byLiveOrder('occurred_at'));
  const team = scope.teamCustomers.length ? ` OR (f.parent_type = 'customer' AND f.parent_id IN (${scope.teamCustomers.join(',')}))` : '';
  if (scope.owners === null) return `SELECT f.* FROM follow_up f ${walk} WHERE f.deleted_at IS NULL ORDER BY f.occurred_at DESC, f.id DESC LIMIT 21`;
  if (scope.owners.length > 1) {
    // Each row's parent is probed by primary key (LEFT JOINs, one per parent type): MariaDB keeps follow_up first and
    // walks it in order, stopping after 21 visible rows. EXISTS subqueries under an OR get materialised instead.
    const joins = PARENTS.map(([type, table], i) => `LEFT JOIN ${table} p${i} ON f.parent_type = '${type}' AND p${i}.id = f.parent_id`).join(' ');
    const owned = PARENTS.map((_, i) => ownerIn(`p${i}.owner_id`, scope.owners)).join(' OR ');
    return `SELECT f.* FROM follow_up f ${walk} ${joins} WHERE f.deleted_at IS NULL AND (${owned}${team})
      ORDER BY f.occurred_at DESC, f.id DESC LIMIT 21`;
  }
  const branches = PARENTS.map(([type, table]) => `(SELECT f.* FROM ${table} p JOIN follow_up f ON f.parent_type = '${type}' AND f.parent_id = p.id
    WHERE ${ownerIn('p.owner_id', scope.owners)} AND f.deleted_at IS NULL ORDER BY f.occurred_at DESC, f.id DESC LIMIT 21)`);
  if (scope.teamCustomers.length) branches.push(`(SELECT f.* FROM follow_up f WHERE f.parent_type = 'customer' AND f.parent_id IN (${scope.teamCustomers.join(',')}) AND f.deleted_at IS NULL ORDER BY f.occurred_at DESC, f.id DESC LIMIT 21)`);
  return `${branches.join(' UNION ')} ORDER BY occurred_at DESC, id DESC LIMIT 21`;
}

const firstPage: BenchCase = {
  group: 'follow-ups', name: 'follow-ups first page + totalCount', targets: LIST_TARGETS,
  prepare: async (ctx, role) => ({ call: { query: QUERY, variables: { first: 20 } }, floor: [{ sql: await followUpPageSql(ctx, await ctx.scope(role)) }] }),
};

export const cases = [firstPage];
