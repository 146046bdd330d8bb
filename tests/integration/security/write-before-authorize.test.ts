// Bug class: writing before authorising. Every mutation of the schema (walked, so a new one is covered) is called
// with well-formed arguments naming a colleague's records (id 1 of every table is theirs) by three callers a rule
// must deny: nobody signed in, a signed-in user without any role, and a user holding every operation permission
// but no data scope. Whatever a caller is refused, no table may change; and the only calls such callers may make
// successfully are the self-service ones and creating records of their own, listed here with the reason.
import { GraphQLSchema } from 'graphql';
import { DataSource } from 'typeorm';
import { UserRole } from '@/entities';
import { ALL_PERMISSIONS, ScopeLevel } from '@/lib/access';
import { createSchema } from '@/graphql/schema';
import { closeTestDatabase, openTestDatabase } from '../../support/database';
import { As, GqlResult, gql, ok, tokenFor } from '../../support/api';
import { makeRole, makeUser } from '../../support/factories';
import { offboardingCompany, portfolio } from '../offboarding-support';
import { tableChecksums } from './support';
import { callWith, rootFields } from './schema-walk';

/** What any signed-in user may do to themselves, whatever their roles. */
const SELF_SERVICE: Record<string, string> = {
  changePassword: 'one\'s own password (old password required; throttled like login)',
  updateMyProfile: 'one\'s own phone, email and address',
  createApiToken: 'one\'s own API token, acting with one\'s own rights',
  markAllNotificationsRead: 'one\'s own notifications',
  markNotificationsRead: 'one\'s own notifications; other ids are skipped as if missing',
  createReport: 'one\'s own work report: everyone writes reports, whatever their roles (SPEC 4.4)',
};
/** What a caller with every operation permission but no data may still do: create records they will own. */
const CREATES_OWN: Record<string, string> = {
  createCustomer: 'a customer owned by its creator',
  createLead: 'a lead owned by its creator',
  createScheduleEntry: 'one\'s own schedule entry',
  createTask: 'a task for oneself (assigning others is checked against the task write scope)',
  createReport: 'one\'s own work report',
};

let db: DataSource;
let schema: GraphQLSchema;
const callers: Record<string, As> = {};

beforeAll(async () => {
  db = await openTestDatabase();
  schema = createSchema();
  const c = await offboardingCompany(db);
  // zhou's records come first, so id 1 of customers, contacts, leads, opportunities, contracts and tasks is his.
  await portfolio(db, c.zhou.user, c.sun.user);
  await portfolio(db, c.li.user, c.sun.user);
  // zhou's report and schedule entry, so id 1 of those tables is his too.
  const zhou = await tokenFor(db, c.zhou.user);
  await ok(zhou, 'mutation($r: ID!) { createReport(input: { kind: DAILY, content: "周洋日报", recipientIds: [$r] }) { id } }', { r: c.sun.user.id });
  const start = new Date(Date.now() + 86400_000);
  await ok(zhou, 'mutation($s: DateTimeISO!, $e: DateTimeISO!) { createScheduleEntry(input: { title: "拜访", startAt: $s, endAt: $e }) { id } }', { s: start.toISOString(), e: new Date(start.getTime() + 3600_000).toISOString() });
  callers.anonymous = null;
  callers.noRole = await tokenFor(db, await makeUser(db, c.north, []));
  const everything = await makeRole(db, { name: '有权无数', read: ScopeLevel.NONE, write: ScopeLevel.NONE, permissions: ALL_PERMISSIONS.filter((p) => !p.startsWith('system:')) });
  const noData = await makeUser(db, c.north, []);
  await db.getRepository(UserRole).insert({ userId: noData.id, roleId: everything.id });
  callers.noData = await tokenFor(db, noData);
});
afterAll(async () => closeTestDatabase(db));

const DENIALS: Record<string, string[]> = {
  anonymous: ['UNAUTHENTICATED'],
  noRole: ['FORBIDDEN', 'NOT_FOUND', 'BAD_USER_INPUT'],
  noData: ['FORBIDDEN', 'NOT_FOUND', 'BAD_USER_INPUT', 'CONFLICT'],
};

test.each(['anonymous', 'noRole', 'noData'])('%s: every mutation is refused with nothing written, except the listed own-record ones', async (caller) => {
  const problems: string[] = [];
  let denied = 0;
  for (const { field } of rootFields(schema, ['mutation'])) {
    const { query, variables } = callWith('mutation', field, []);
    const before = await tableChecksums(db);
    const result: GqlResult = await gql(callers[caller], query, variables);
    const code = result.errors?.[0]?.extensions?.code as string | undefined;
    if (!code) {
      const allowed = caller === 'noRole' ? SELF_SERVICE : caller === 'noData' ? { ...SELF_SERVICE, ...CREATES_OWN } : {};
      if (!(field.name in allowed)) problems.push(`${field.name}: accepted`);
      continue;
    }
    if (!DENIALS[caller].includes(code)) problems.push(`${field.name}: answered ${code}`);
    else denied++;
    const after = await tableChecksums(db);
    const changed = Object.keys(after).filter((t) => after[t] !== before[t]);
    if (changed.length) problems.push(`${field.name}: refused (${code}) but wrote ${changed.join(', ')}`);
  }
  expect(problems).toEqual([]);
  expect(denied).toBeGreaterThan(rootFields(schema, ['mutation']).length * 0.8);
});
