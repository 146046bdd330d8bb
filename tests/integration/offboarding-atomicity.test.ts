// Offboarding is all or nothing: a database fault forced midway (moving the tasks, after customers, contacts,
// opportunities, contracts and leads have moved) or at the very end (notifying the successor) leaves every
// table exactly as it was — the user still active, their tokens alive, no pool entry, no audit entry.
import { DataSource } from 'typeorm';
import { onMysql, closeTestDatabase, openTestDatabase } from '../support/database';
import { As, gql, ok, tokenFor } from '../support/api';
import { makeUser, roleByCode } from '../support/factories';
import { OFFBOARD, OffboardingCompany, offboardingCompany, portfolio } from './offboarding-support';

let db: DataSource;
let c: OffboardingCompany;

beforeAll(async () => {
  db = await openTestDatabase();
  c = await offboardingCompany(db);
});
afterAll(async () => closeTestDatabase(db));

const TABLES = ['user', 'api_token', 'customer', 'contact', 'customer_team_member', 'customer_pool_history', 'opportunity', 'contract', 'lead', 'task', 'audit_log', 'notification'];

async function snapshot() {
  const out: Record<string, unknown[]> = {};
  for (const table of TABLES) out[table] = await db.query(`SELECT * FROM ${db.driver.escape(table)} ORDER BY 1`);
  // Calling the API marks the caller's token used; that is not part of the offboarding.
  out.api_token = (out.api_token as Record<string, unknown>[]).map(({ last_used_at: _used, ...row }) => row);
  return out;
}

/** A trigger that fails the statement: on moving a task to someone else, or on storing a notification. */
async function withFault<T>(where: 'task' | 'notification', work: () => Promise<T>): Promise<T> {
  const mysql = onMysql();
  if (where === 'task') {
    await db.query(mysql
      ? "CREATE TRIGGER offboarding_fault BEFORE UPDATE ON task FOR EACH ROW BEGIN IF NEW.assignee_id <> OLD.assignee_id THEN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'forced fault'; END IF; END"
      : "CREATE TRIGGER offboarding_fault BEFORE UPDATE OF assignee_id ON task BEGIN SELECT RAISE(ABORT, 'forced fault'); END");
  } else {
    await db.query(mysql
      ? "CREATE TRIGGER offboarding_fault BEFORE INSERT ON notification FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'forced fault'"
      : "CREATE TRIGGER offboarding_fault BEFORE INSERT ON notification BEGIN SELECT RAISE(ABORT, 'forced fault'); END");
  }
  try {
    return await work();
  } finally {
    await db.query('DROP TRIGGER offboarding_fault');
  }
}

async function leaverWithRecords(name: string) {
  const user = await makeUser(db, c.north, [await roleByCode(db, 'SALES')], { name });
  const as: As = await tokenFor(db, user);
  await portfolio(db, user, c.zhou.user);
  return { user, as };
}

const cases: [string, 'task' | 'notification', Record<string, unknown>][] = [
  ['a fault while moving the tasks to the successor', 'task', {}],
  ['a fault while moving the tasks, after the customers went to the pool', 'task', { releaseCustomersToPool: true }],
  ['a fault at the very end, notifying the successor', 'notification', {}],
];

test.each(cases)('%s changes nothing at all', async (_label, where, extra) => {
  const leaver = await leaverWithRecords(`故障测试${where}${Object.keys(extra).length}`);
  const before = await snapshot();
  const result = await withFault(where, () => gql(c.admin.as, OFFBOARD, { input: { userId: String(leaver.user.id), successorId: String(c.sun.user.id), ...extra } }));
  expect(result.errors?.[0].extensions?.code).toBe('INTERNAL_SERVER_ERROR');
  // Masked: no SQL, no trigger text reaches the client.
  expect(result.errors?.[0].message).toBe('Internal server error');
  expect(await snapshot()).toEqual(before);
  // The leaver's token still works: the disable was rolled back with everything else.
  expect((await ok(leaver.as, '{ customers(first: 5, filter: { inPool: false }) { totalCount } }')).customers.totalCount).toBe(2);

  // Without the fault the same call goes through.
  const done = (await ok(c.admin.as, OFFBOARD, { input: { userId: String(leaver.user.id), successorId: String(c.sun.user.id), ...extra } })).offboardUser;
  expect(done.user.status).toBe('DISABLED');
  expect(done.transferred.openTasks).toBe(2);
});
