// First pages of the other module lists: contracts, leads, contacts, receivables, tasks, notifications.
import { BenchCase, CaseContext, LIST_TARGETS, ViewerScope, byLiveOrder, byOwner, ownerIn } from '../case';

const one = (scope: ViewerScope) => !!scope.owners && scope.owners.length === 1;

/** A list of an owned table: the owner's index for one owner, else a backward walk of the live index. */
const ownedPage = async (ctx: CaseContext, table: string, scope: ViewerScope, join = '', primaryFirst = false) => {
  // Contacts list primary contacts first: the index must then hold is_primary before updated_at.
  const primary = (match: (c: string[]) => boolean) => (c: string[]) => match(c) && (!primaryFirst || (c.includes('is_primary') && c.indexOf('is_primary') < c.indexOf('updated_at')));
  const liveOrder = primaryFirst ? (c: string[]) => c[0] === 'deleted_at' && c[1] === 'is_primary' && c[2] === 'updated_at' : byLiveOrder('updated_at');
  const index = await ctx.index(table, one(scope) ? primary(byOwner('updated_at')) : liveOrder);
  return `SELECT t.* ${join ? ', j.name AS related_name' : ''} FROM \`${table}\` t ${index} ${join}
   WHERE t.deleted_at IS NULL AND ${ownerIn('t.owner_id', scope.owners)} ORDER BY ${primaryFirst ? 't.is_primary DESC, ' : ''}t.updated_at DESC, t.id DESC LIMIT 21`;
};

const CONTRACT_ROW = 'id code title status amount receivedAmount outstandingAmount signDate customerId customer { id name } owner { id name } updatedAt viewerCanDelete viewerCanTransfer';
const LEAD_ROW = 'id name company mobile phone email source status nextContactAt convertedAt createdAt updatedAt deletedAt owner { id name } customer { id code name } viewerCanEdit viewerCanManage';
const CONTACT_ROW = 'id customerId name department position mobile phone email wechat birthday remarks isPrimary updatedAt owner { id name } customer { id code name }';
const RECEIVABLE_ROW = 'id code amount receivedDate method status remarks planId createdAt contract { id code title customer { id name } } recordedBy { id name }';
const TASK_ROW = `id title description dueAt priority status overdue completedAt createdAt viewerCanEdit viewerCanChangeStatus relatedType relatedId
  assignee { id name username } createdBy { id name username } related { type id title }`;

const contracts: BenchCase = {
  group: 'lists', name: 'contracts first page + totalCount', targets: LIST_TARGETS,
  prepare: async (ctx, role) => ({
    call: { query: `query Contracts($first: Int) { contracts(first: $first) { totalCount nodes { ${CONTRACT_ROW} } } }`, variables: { first: 20 } },
    floor: [{ sql: await ownedPage(ctx, 'contract', await ctx.scope(role), 'JOIN customer j ON j.id = t.customer_id') }],
  }),
};

const leads: BenchCase = {
  group: 'lists', name: 'leads first page + totalCount', targets: LIST_TARGETS,
  prepare: async (ctx, role) => ({
    call: { query: `query Leads($first: Int) { leads(first: $first) { totalCount nodes { ${LEAD_ROW} } } }`, variables: { first: 20 } },
    floor: [{ sql: await ownedPage(ctx, 'lead', await ctx.scope(role)) }],
  }),
};

const contacts: BenchCase = {
  group: 'lists', name: 'contacts first page + totalCount', targets: LIST_TARGETS,
  prepare: async (ctx, role) => ({
    call: { query: `query Contacts($first: Int) { contacts(first: $first) { totalCount nodes { ${CONTACT_ROW} } } }`, variables: { first: 20 } },
    floor: [{ sql: await ownedPage(ctx, 'contact', await ctx.scope(role), 'JOIN customer j ON j.id = t.customer_id', true) }],
  }),
};

const receivables: BenchCase = {
  group: 'lists', name: 'receivables first page + totalCount', targets: LIST_TARGETS,
  prepare: async (ctx, role) => {
    const scope = await ctx.scope(role);
    return {
      call: { query: `query Receivables($first: Int) { receivables(first: $first) { totalCount nodes { ${RECEIVABLE_ROW} } } }`, variables: { first: 20 } },
      floor: [{ sql: one(scope)
        ? `SELECT r.*, k.code, k.title FROM contract k JOIN receivable r ON r.contract_id = k.id WHERE k.owner_id = ${scope.owners![0]} AND k.deleted_at IS NULL ORDER BY r.received_date DESC, r.id DESC LIMIT 21`
        : `SELECT r.*, k.code, k.title FROM receivable r ${await ctx.index('receivable', (c) => c[0] === 'received_date')} JOIN contract k ON k.id = r.contract_id
           WHERE k.deleted_at IS NULL AND ${ownerIn('k.owner_id', scope.owners)} ORDER BY r.received_date DESC, r.id DESC LIMIT 21` }],
    };
  },
};

const tasks: BenchCase = {
  group: 'lists', name: 'tasks first page + totalCount', targets: LIST_TARGETS,
  prepare: async (ctx, role) => {
    const scope = await ctx.scope(role);
    const people = role === 'admin' ? null : scope.people;
    return {
      call: { query: `query Tasks($first: Int) { tasks(first: $first) { totalCount nodes { ${TASK_ROW} } } }`, variables: { first: 20 } },
      floor: [{ sql: people && people.length === 1
        ? `(SELECT * FROM task WHERE assignee_id = ${people[0]} AND deleted_at IS NULL ORDER BY created_at DESC, id DESC LIMIT 21)
           UNION (SELECT * FROM task WHERE created_by_id = ${people[0]} AND deleted_at IS NULL ORDER BY created_at DESC, id DESC LIMIT 21) ORDER BY created_at DESC, id DESC LIMIT 21`
        : `SELECT * FROM task WHERE deleted_at IS NULL AND (${ownerIn('assignee_id', people)} OR ${ownerIn('created_by_id', people)})
           ORDER BY created_at DESC, id DESC LIMIT 21` }],
    };
  },
};

const notifications: BenchCase = {
  group: 'lists', name: 'notifications first page + totalCount', targets: { self: 50, manager: 50, root: 50 },
  prepare: async (ctx, role) => {
    const scope = await ctx.scope(role);
    return {
      call: { query: 'query Notifications($first: Int) { notifications(first: $first) { totalCount nodes { id kind title body entityType entityId readAt createdAt } } }', variables: { first: 20 } },
      floor: [{ sql: `SELECT * FROM notification WHERE user_id = ${scope.userId} ORDER BY created_at DESC, id DESC LIMIT 21` }],
    };
  },
};

/** The bell: unread notifications and unread comments, as the shell polls them. */
const bell: BenchCase = {
  group: 'lists', name: 'bell: unreadNotificationCount + unreadCommentCount', targets: { self: 50, manager: 50, root: 50 },
  prepare: async (ctx, role) => {
    const scope = await ctx.scope(role);
    return {
      call: { query: '{ unreadNotificationCount unreadCommentCount }' },
      floor: [
        { sql: `SELECT COUNT(*) FROM notification WHERE user_id = ${scope.userId} AND read_at IS NULL` },
        { sql: `SELECT COUNT(*) FROM comment_receipt WHERE user_id = ${scope.userId} AND read_at IS NULL` },
      ],
    };
  },
};

export const cases = [contracts, leads, contacts, receivables, tasks, notifications, bell];
