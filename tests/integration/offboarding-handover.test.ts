// offboardUser with a successor: the user is disabled and every open record moves in one transaction, audited;
// the successor is told and sees the whole history; bad successors and missing choices are refused, changing nothing.
import { DataSource, IsNull } from 'typeorm';
import { ApiToken, AuditLog, Notification, Task, User } from '@/entities';
import { UserStatus } from '@/entities/user.entity';
import { closeTestDatabase, openTestDatabase } from '../support/database';
import { As, codeOf, gql, ok, tokenFor } from '../support/api';
import { makeUser, roleByCode } from '../support/factories';
import { CREATE as CREATE_FOLLOW_UP } from './followup-support';
import { OFFBOARD, OffboardingCompany, Person, offboard, offboardingCompany, ownersOf, portfolio } from './offboarding-support';

let db: DataSource;
let c: OffboardingCompany;

beforeAll(async () => {
  db = await openTestDatabase();
  c = await offboardingCompany(db);
});
afterAll(async () => closeTestDatabase(db));

async function seller(name: string, department = c.north): Promise<Person> {
  const user = await makeUser(db, department, [await roleByCode(db, 'SALES')], { name });
  return { user, as: await tokenFor(db, user) };
}

const fieldsOf = (result: { errors?: { extensions?: Record<string, any> }[] }) => (result.errors?.[0]?.extensions?.fields ?? []).map((f: { field: string }) => f.field);

describe('handing everything to a successor', () => {
  let leaver: Person;
  let successor: Person;
  let p: Awaited<ReturnType<typeof portfolio>>;
  let result: any;

  beforeAll(async () => {
    leaver = await seller('离职的业务员');
    successor = await seller('接手的业务员');
    p = await portfolio(db, leaver.user, c.zhou.user);
    // The leaver's own work on the first customer: an edit and a follow-up.
    await ok(leaver.as, 'mutation($id: ID!) { updateCustomer(id: $id, input: { remarks: "客户要求下月上门演示" }) { id } }', { id: String(p.customers[0].id) });
    await ok(leaver.as, CREATE_FOLLOW_UP, { input: {
      parentType: 'customer', parentId: String(p.customers[0].id), subject: '去访', method: 'VISIT', objective: '了解扫描需求', result: '客户计划年底采购',
    } });
    await ok(leaver.as, CREATE_FOLLOW_UP, { input: {
      parentType: 'opportunity', parentId: String(p.opportunities[0].id), subject: '致电', method: 'PHONE', objective: '确认预算', result: '预算已批',
    } });
    result = (await offboard(c.admin.as, { userId: String(leaver.user.id), successorId: String(successor.user.id) })).offboardUser;
  });

  test('the user is disabled and the result counts what moved', async () => {
    expect(result.user).toEqual({ id: String(leaver.user.id), status: 'DISABLED' });
    expect(result.successor).toEqual({ id: String(successor.user.id) });
    expect(result.customersReleased).toBe(0);
    expect(result.transferred).toEqual({ customers: 2, contacts: 3, opportunities: 2, contracts: 2, leads: 1, openTasks: 2, total: 12 });
    expect(result.kept.total).toBe(0);
    // Disabled means disabled: the leaver's token stops working at once.
    expect(codeOf(await gql(leaver.as, '{ customers(first: 1) { totalCount } }'))).toBe('UNAUTHENTICATED');
    expect(await db.getRepository(ApiToken).countBy({ userId: leaver.user.id, revokedAt: IsNull() })).toBe(0);
  });

  test('every open record has the successor as owner; the recycle bin, converted leads and finished tasks stay', async () => {
    const s = successor.user.id;
    const l = leaver.user.id;
    expect(await ownersOf(db, p)).toEqual({
      customers: [s, s, l],
      contacts: [s, s, s, c.zhou.user.id],
      opportunities: [s, s],
      contracts: [s, s],
      leads: [s, l],
      tasks: [s, s, l],
    });
    // A task's due reminder goes out again, to its new assignee.
    expect((await db.getRepository(Task).findOneByOrFail({ id: p.tasks[0].id })).dueRemindedAt).toBeNull();
    // The colleague's customer stays theirs, though the leaver's contact under it moved.
    expect(await ok(successor.as, 'query($id: ID!) { contact(id: $id) { id } }', { id: String(p.foreignContact.id) })).toEqual({ contact: { id: String(p.foreignContact.id) } });
  });

  test('the successor sees the full history: earlier edits, follow-ups, closed opportunities and void contracts', async () => {
    const customer = (await ok(successor.as, `query($id: ID!) { customer(id: $id) { id owner { id } contacts { id } history { action actorId } } }`, { id: String(p.customers[0].id) })).customer;
    expect(customer.owner).toEqual({ id: String(successor.user.id) });
    expect(customer.contacts).toEqual([{ id: String(p.contacts[0].id) }]);
    const actions = customer.history.map((h: { action: string; actorId: string }) => `${h.action}:${h.actorId}`);
    expect(actions).toEqual(expect.arrayContaining([`transfer:${c.admin.user.id}`, `update:${leaver.user.id}`]));

    const followUps = (await ok(successor.as, `query($f: FollowUpFilter) { followUps(filter: $f) { totalCount nodes { subject author { id } } } }`, { f: { parentType: 'customer', parentId: String(p.customers[0].id) } })).followUps;
    expect(followUps).toEqual({ totalCount: 1, nodes: [{ subject: '去访', author: { id: String(leaver.user.id) } }] });
    const onOpportunity = (await ok(successor.as, `query($f: FollowUpFilter) { followUps(filter: $f) { totalCount } }`, { f: { parentType: 'opportunity', parentId: String(p.opportunities[0].id) } })).followUps;
    expect(onOpportunity.totalCount).toBe(1);

    const won = (await ok(successor.as, 'query($id: ID!) { opportunity(id: $id) { id category } }', { id: String(p.wonOpportunity.id) })).opportunity;
    expect(won).toEqual({ id: String(p.wonOpportunity.id), category: 'WON' });
    for (const k of p.contracts) {
      expect((await ok(successor.as, 'query($id: ID!) { contract(id: $id) { id status } }', { id: String(k.id) })).contract).toEqual({ id: String(k.id), status: k.status });
    }
    expect((await ok(successor.as, 'query($id: ID!) { lead(id: $id) { id } }', { id: String(p.leads[0].id) })).lead).toEqual({ id: String(p.leads[0].id) });
    expect((await ok(successor.as, 'query($id: ID!) { task(id: $id) { id } }', { id: String(p.tasks[1].id) })).task).toEqual({ id: String(p.tasks[1].id) });
  });

  test('the successor is notified once with a summary', async () => {
    const list = (await ok(successor.as, '{ notifications(first: 10) { nodes { kind title body } } }')).notifications.nodes;
    expect(list).toEqual([{ kind: 'offboarding', title: '离职的业务员 的工作已交接给你', body: '客户 2 个，联系人 3 个，商机 2 个，合同 2 个，线索 1 个，待办任务 2 个' }]);
  });

  test('the audit log has the disable, the offboarding summary and one transfer entry per record', async () => {
    const userEntries = await db.getRepository(AuditLog).find({ where: { entityType: 'user', entityId: leaver.user.id }, order: { id: 'ASC' } });
    expect(userEntries.map((a) => a.action)).toEqual(['disable', 'offboard']);
    expect(userEntries[1].actorId).toBe(c.admin.user.id);
    expect(userEntries[1].changes).toMatchObject({ successorId: successor.user.id, releaseCustomersToPool: false, customersReleased: 0, transferred: { customers: 2, openTasks: 2 } });
    const moved: [string, number][] = [
      ...p.customers.map((x) => ['customer', x.id] as [string, number]), ...p.contacts.map((x) => ['contact', x.id] as [string, number]),
      ...p.opportunities.map((x) => ['opportunity', x.id] as [string, number]), ...p.contracts.map((x) => ['contract', x.id] as [string, number]),
      ['lead', p.leads[0].id], ...p.tasks.map((x) => ['task', x.id] as [string, number]),
    ];
    for (const [entityType, entityId] of moved) {
      const entries = await db.getRepository(AuditLog).findBy({ entityType, entityId, action: 'transfer' });
      expect(entries).toHaveLength(1);
      const ownerKey = entityType === 'task' ? 'assigneeId' : 'ownerId';
      expect(entries[0].changes).toMatchObject({ [ownerKey]: [leaver.user.id, successor.user.id], offboarding: true });
    }
    expect(await db.getRepository(AuditLog).countBy({ entityType: 'customer', entityId: p.deletedCustomer.id, action: 'transfer' })).toBe(0);
  });
});

describe('refusals change nothing', () => {
  let leaver: Person;
  let p: Awaited<ReturnType<typeof portfolio>>;
  let before: Awaited<ReturnType<typeof ownersOf>>;

  beforeAll(async () => {
    leaver = await seller('还没交接的业务员');
    p = await portfolio(db, leaver.user, c.zhou.user);
    before = await ownersOf(db, p);
  });

  async function refused(as: As, input: Record<string, unknown>, code: string, fields?: string[]) {
    const audits = await db.getRepository(AuditLog).count();
    const result = await gql(as, OFFBOARD, { input: { userId: String(leaver.user.id), ...input } });
    expect(codeOf(result)).toBe(code);
    if (fields) expect(fieldsOf(result)).toEqual(fields);
    expect((await db.getRepository(User).findOneByOrFail({ id: leaver.user.id })).status).toBe(UserStatus.ACTIVE);
    expect(await ownersOf(db, p)).toEqual(before);
    expect(await db.getRepository(AuditLog).count()).toBe(audits);
    return result;
  }

  test('neither a successor nor the pool, while there are records', async () => {
    await refused(c.admin.as, {}, 'BAD_USER_INPUT', ['successorId']);
  });

  test('a successor who is disabled, never signed in, unknown or the leaver', async () => {
    const disabled = await makeUser(db, c.north, [], { status: UserStatus.DISABLED });
    const inactive = await makeUser(db, c.north, [], { status: UserStatus.INACTIVE });
    for (const id of [disabled.id, inactive.id, 999999, leaver.user.id]) await refused(c.admin.as, { successorId: String(id) }, 'BAD_USER_INPUT', ['successorId']);
    await refused(c.admin.as, { successorId: 'x' }, 'BAD_USER_INPUT', ['successorId']);
  });

  test("a successor outside the actor's transfer scope for one of the modules", async () => {
    // The user administrator may disable the user, but may give no one a customer outside their own (SELF) scope.
    const result = await refused(c.it.as, { successorId: String(c.sun.user.id) }, 'BAD_USER_INPUT', ['successorId']);
    expect(result.errors?.[0].extensions?.fields[0].message).toBe('is outside your data scope (customer)');
    // The department manager transfers within his department only: someone of another department is refused.
    await refused(c.manager.as, { successorId: String(c.zhou.user.id) }, 'BAD_USER_INPUT', ['successorId']);
  });

  test('callers who may not disable the user', async () => {
    await refused(c.sun.as, { successorId: String(c.sun.user.id) }, 'FORBIDDEN');
    const outsider = await seller('华南业务员', c.south);
    const other = await makeUser(db, c.south, [await roleByCode(db, 'DEPT_MANAGER')]);
    await refused(await tokenFor(db, other), { successorId: String(outsider.user.id) }, 'NOT_FOUND');
    await refused(leaver.as, { successorId: String(c.sun.user.id) }, 'FORBIDDEN');
    await refused(null, { successorId: String(c.sun.user.id) }, 'UNAUTHENTICATED');
  });
});

test('a department manager hands a leaving subordinate\'s records to another subordinate (his transfer scope, not his write scope)', async () => {
  const leaver = await seller('经理下属乙');
  const p = await portfolio(db, leaver.user, c.zhou.user);
  const result = (await offboard(c.manager.as, { userId: String(leaver.user.id), successorId: String(c.sun.user.id) })).offboardUser;
  expect(result.transferred.total).toBe(12);
  expect((await ownersOf(db, p)).customers.slice(0, 2)).toEqual([c.sun.user.id, c.sun.user.id]);
});

test('a department manager offboards a subordinate to themselves', async () => {
  const leaver = await seller('经理下属');
  const p = await portfolio(db, leaver.user, c.zhou.user);
  const result = (await offboard(c.manager.as, { userId: String(leaver.user.id), successorId: String(c.manager.user.id) })).offboardUser;
  expect(result.transferred.total).toBe(12);
  const owners = await ownersOf(db, p);
  expect(owners.customers.slice(0, 2)).toEqual([c.manager.user.id, c.manager.user.id]);
  expect(owners.tasks.slice(0, 2)).toEqual([c.manager.user.id, c.manager.user.id]);
  // The actor is the successor: nobody to notify.
  expect(await db.getRepository(Notification).countBy({ userId: c.manager.user.id, kind: 'offboarding' })).toBe(0);
});

test('a user without records is simply disabled; a user disabled earlier can still hand over their records', async () => {
  const idle = await seller('没有记录的业务员');
  const idleResult = (await offboard(c.admin.as, { userId: String(idle.user.id) })).offboardUser;
  expect(idleResult).toMatchObject({ user: { status: 'DISABLED' }, successor: null, transferred: { total: 0 }, kept: { total: 0 } });

  const earlier = await seller('早已停用的业务员');
  const p = await portfolio(db, earlier.user, c.zhou.user);
  await ok(c.admin.as, 'mutation($id: ID!) { disableUser(id: $id) { status } }', { id: String(earlier.user.id) });
  const result = (await offboard(c.admin.as, { userId: String(earlier.user.id), successorId: String(c.sun.user.id) })).offboardUser;
  expect(result).toMatchObject({ user: { status: 'DISABLED' }, transferred: { customers: 2, total: 12 } });
  expect((await ownersOf(db, p)).customers).toEqual([c.sun.user.id, c.sun.user.id, earlier.user.id]);
  const actions = (await db.getRepository(AuditLog).find({ where: { entityType: 'user', entityId: earlier.user.id }, order: { id: 'ASC' } })).map((a) => a.action);
  expect(actions).toEqual(['disable', 'offboard']);
});
