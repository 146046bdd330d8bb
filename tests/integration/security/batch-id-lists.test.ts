// Bug class: a batch mutation trusting its id list. For every mutation that acts on a list of records (found in the
// schema: an `ids` argument or input field), as a salesperson holding every operation permission but only their own
// records: an empty list is refused (never read as "all"), a list naming a colleague's record answers exactly like
// one naming a record that does not exist, the same with one of the actor's own records beside it (and nothing is
// half done), malformed and oversized lists are refused, and no refusal writes anything.
import { GraphQLField, GraphQLSchema, getNamedType, isInputObjectType, isNonNullType } from 'graphql';
import { DataSource } from 'typeorm';
import { FollowUp, Notification, Pool, Receivable, UserRole } from '@/entities';
import { FollowUpMethod } from '@/entities/follow-up.entity';
import { ReceivableStatus } from '@/entities/receivable.entity';
import { ALL_PERMISSIONS } from '@/lib/access';
import { createSchema } from '@/graphql/schema';
import { closeTestDatabase, openTestDatabase } from '../../support/database';
import { As, GqlResult, gql, tokenFor } from '../../support/api';
import { makeRole, makeUser } from '../../support/factories';
import { makeProduct } from '../contract-support';
import { offboardingCompany, portfolio } from '../offboarding-support';
import { tableChecksums } from './support';
import { skeleton } from './schema-walk';

const MISSING = '987654321';

/** What the ids of each batch mutation name: a kind of record, or one everyone may see (products). */
const KIND_OF: Record<string, string> = {
  deleteContacts: 'contact', restoreContacts: 'contact', deleteCustomers: 'customer', restoreCustomers: 'customer', transferCustomers: 'customer',
  lockCustomers: 'customer', unlockCustomers: 'customer', claimCustomers: 'customer', assignCustomers: 'customer', returnCustomersToPool: 'customer',
  moveCustomersToPool: 'customer', deleteLeads: 'lead', restoreLeads: 'lead', transferLeads: 'lead', convertLeads: 'lead', exportLeads: 'lead',
  exportLeadsLink: 'lead', exportCustomersLink: 'customer', exportContactsLink: 'contact', exportOpportunitiesLink: 'opportunity',
  exportContractsLink: 'contract', exportReceivablesLink: 'receivable', deleteReceivables: 'receivable', exportFollowUpsLink: 'followup', deleteContracts: 'contract', transferContracts: 'contract', deleteOpportunities: 'opportunity',
  restoreOpportunities: 'opportunity', transferOpportunities: 'opportunity', deleteTasks: 'task', markNotificationsRead: 'notification',
  deleteProducts: 'public', restoreProducts: 'public', reorderDictionaryOptions: 'public', reorderCustomFields: 'public', mergeCustomers: 'customer',
  // The skeleton input names the first RecycleBinType, CUSTOMER.
  restoreRecords: 'customer',
};
/** Administrator operations: called by a user holding every permission, the system ones too. */
const ADMINISTRATION = new Set(['reorderDictionaryOptions', 'reorderCustomFields']);
/** Mutations that act on the viewer's own items and skip any other id (as if it did not exist) instead of refusing. */
const OWN_ITEMS_ONLY = new Set(['markNotificationsRead']);

let db: DataSource;
let schema: GraphQLSchema;
let actor: As;
let administrator: As;
const own: Record<string, string> = {};
const hidden: Record<string, string> = {};
const extra: Record<string, unknown> = {};

beforeAll(async () => {
  db = await openTestDatabase();
  schema = createSchema();
  const c = await offboardingCompany(db);
  // li may do everything to her own records: only the scope can refuse her.
  const everything = await makeRole(db, { name: '全部操作', permissions: ALL_PERMISSIONS.filter((p) => !p.startsWith('system:')) });
  await db.getRepository(UserRole).insert({ userId: c.li.user.id, roleId: everything.id });
  actor = await tokenFor(db, c.li.user);
  administrator = await tokenFor(db, await makeUser(db, c.north, [await makeRole(db, { name: '全部权限', permissions: ALL_PERMISSIONS })]));
  const mine = await portfolio(db, c.li.user, c.sun.user);
  const theirs = await portfolio(db, c.zhou.user, c.sun.user);
  Object.assign(own, { customer: mine.customers[0].id, contact: mine.contacts[0].id, lead: mine.leads[0].id, contract: mine.contracts[0].id, opportunity: mine.opportunities[0].id, task: mine.tasks[0].id });
  Object.assign(hidden, { customer: theirs.customers[0].id, contact: theirs.contacts[0].id, lead: theirs.leads[0].id, contract: theirs.contracts[0].id, opportunity: theirs.opportunities[0].id, task: theirs.tasks[0].id });
  // A receivable and a follow-up on each side of the scope line, for the receivable and follow-up exports.
  const receivable = (contractId: number, recordedById: number, code: string) => db.getRepository(Receivable).save(db.getRepository(Receivable).create({
    code, contractId, amount: '100.00', receivedDate: '2026-11-01', status: ReceivableStatus.APPROVED, recordedById }));
  own.receivable = String((await receivable(mine.contracts[0].id, c.li.user.id, 'HK-BATCH-1')).id);
  hidden.receivable = String((await receivable(theirs.contracts[0].id, c.zhou.user.id, 'HK-BATCH-2')).id);
  const followUp = (parentId: number, authorId: number) => db.getRepository(FollowUp).save(db.getRepository(FollowUp).create({
    parentType: 'customer', parentId, subject: '致电', method: FollowUpMethod.PHONE, objective: '目的', result: '结果', occurredAt: new Date(), authorId }));
  own.followup = String((await followUp(mine.customers[0].id, c.li.user.id)).id);
  hidden.followup = String((await followUp(theirs.customers[0].id, c.zhou.user.id)).id);
  const note = (userId: number, title: string) => db.getRepository(Notification).save(db.getRepository(Notification).create({ userId, kind: 'comment', title }));
  own.notification = (await note(c.li.user.id, '给李娜')).id as unknown as string;
  hidden.notification = (await note(c.zhou.user.id, '给周洋')).id as unknown as string;
  const product = await makeProduct(db, { name: '批量测试产品', model: 'B-1' });
  own.public = String(product.id);
  for (const key of Object.keys(own)) own[key] = String(own[key]);
  for (const key of Object.keys(hidden)) hidden[key] = String(hidden[key]);
  const pool = await db.getRepository(Pool).findOneByOrFail({ isDefault: true });
  Object.assign(extra, { toUserId: String(c.sun.user.id), userId: String(c.sun.user.id), reason: '批量测试', poolId: String(pool.id) });
});
afterAll(async () => closeTestDatabase(db));

/** Mutations choosing their records by a list of ids: `ids` as an argument or as a field of the input. */
function batchMutations() {
  return Object.values(schema.getMutationType()!.getFields()).flatMap((field) => {
    const direct = field.args.find((a) => a.name === 'ids');
    if (direct) return [{ field, path: ['ids'] }];
    const input = field.args.find((a) => isInputObjectType(getNamedType(a.type)) && 'ids' in (getNamedType(a.type) as any).getFields()); // eslint-disable-line @typescript-eslint/no-explicit-any
    return input ? [{ field, path: [input.name, 'ids'] }] : [];
  });
}

function call(field: GraphQLField<unknown, unknown>, path: string[], ids: unknown) {
  const variables: Record<string, unknown> = {};
  for (const arg of field.args) {
    if (arg.name in extra) variables[arg.name] = extra[arg.name];
    else if (isNonNullType(arg.type)) variables[arg.name] = skeleton(arg.type);
  }
  if (path.length === 1) variables.ids = ids;
  else {
    const input = { ...(variables[path[0]] as Record<string, unknown> ?? {}) };
    for (const [k, v] of Object.entries(extra)) if (k in (getNamedType(field.args.find((a) => a.name === path[0])!.type) as any).getFields()) input[k] = v; // eslint-disable-line @typescript-eslint/no-explicit-any
    input.ids = ids;
    variables[path[0]] = input;
  }
  const used = field.args.filter((a) => a.name in variables);
  const named = getNamedType(field.type);
  const selection = 'getFields' in named ? '{ __typename }' : '';
  const query = `mutation(${used.map((a) => `$${a.name}: ${a.type}`).join(', ')}) { ${field.name}(${used.map((a) => `${a.name}: $${a.name}`).join(', ')}) ${selection} }`;
  return gql(ADMINISTRATION.has(field.name) ? administrator : actor, query, variables);
}

/**
 * The answer with the probed id (as a whole number, not part of a word such as a generated name's "e55r5") replaced,
 * so answers for two ids can be compared.
 */
const answer = (r: GqlResult, probe: string) => JSON.stringify({
  data: r.data ?? null,
  errors: (r.errors ?? []).map((e) => ({ code: e.extensions?.code, message: e.message.replace(new RegExp(`(?<![\\dA-Za-z])${probe}(?![\\dA-Za-z])`, 'g'), '<id>') })),
});

test('every batch mutation is classified by the records its ids name', () => {
  expect(batchMutations().map((m) => m.field.name).filter((name) => !(name in KIND_OF))).toEqual([]);
});

test.each(Object.keys(KIND_OF))('%s: empty, hidden, mixed, malformed and oversized id lists', async (name) => {
  const found = batchMutations().find((m) => m.field.name === name);
  if (!found) return; // renamed or removed: the classification test above lists what is new
  const { field, path } = found;
  const kind = KIND_OF[name];
  const problems: string[] = [];
  /** Runs the call; a refusal must leave every table as it was. */
  const run = async (label: string, ids: unknown) => {
    const before = await tableChecksums(db);
    const result = await call(field, path, ids);
    if (result.errors?.length) {
      const after = await tableChecksums(db);
      const changed = Object.keys(after).filter((t) => after[t] !== before[t]);
      if (changed.length) problems.push(`${label}: refused with ${result.errors[0].extensions?.code} but wrote ${changed.join(', ')}`);
    }
    return result;
  };
  const codeOf = (r: GqlResult) => r.errors?.[0]?.extensions?.code;

  const empty = await run('[]', []);
  if (codeOf(empty) !== 'BAD_USER_INPUT') problems.push(`[] answered ${codeOf(empty) ?? 'OK'}, not BAD_USER_INPUT`);
  for (const bad of [['abc'], ['-1'], ['0'], ['1.5'], ['99999999999999999999'], Array.from({ length: 501 }, (_, i) => String(i + 1))]) {
    const r = await run(`[${bad.length > 3 ? `${bad.length} ids` : bad.join(',')}]`, bad);
    if (codeOf(r) !== 'BAD_USER_INPUT') problems.push(`${bad.length > 3 ? `${bad.length} ids` : JSON.stringify(bad)} answered ${codeOf(r) ?? 'OK'}, not BAD_USER_INPUT`);
  }
  if (kind !== 'public') {
    const missing = await run(`[missing]`, [MISSING]);
    const secret = await run(`[hidden]`, [hidden[kind]]);
    if (answer(secret, hidden[kind]) !== answer(missing, MISSING)) problems.push(`a hidden id answers ${answer(secret, hidden[kind])}, a missing one ${answer(missing, MISSING)}`);
    if (!OWN_ITEMS_ONLY.has(name)) {
      if (!codeOf(missing)) problems.push('a missing id was accepted');
      const mixedMissing = await run('[own, missing]', [own[kind], MISSING]);
      const mixedHidden = await run('[own, hidden]', [own[kind], hidden[kind]]);
      if (answer(mixedHidden, hidden[kind]) !== answer(mixedMissing, MISSING)) problems.push(`[own, hidden] answers ${answer(mixedHidden, hidden[kind])}, [own, missing] ${answer(mixedMissing, MISSING)}`);
      if (!codeOf(mixedHidden)) problems.push('[own, hidden] was accepted');
    } else {
      const before = await db.getRepository(Notification).findOneByOrFail({ id: Number(hidden[kind]) });
      await run('[own, hidden]', [own[kind], hidden[kind]]);
      expect((await db.getRepository(Notification).findOneByOrFail({ id: Number(hidden[kind]) })).readAt).toEqual(before.readAt);
    }
  } else {
    const missing = await run('[missing]', [MISSING]);
    if (!codeOf(missing)) problems.push('a missing id was accepted');
  }
  expect(problems).toEqual([]);
});
