// Follow-ups through the API: create on customers and contacts (read access to the parent suffices), the
// customer's last/next follow-up times, validation, the author-only edit window, soft deletion, lists and
// filters, nested fields, and the after-change seam other modules hook into.
import { DataSource } from 'typeorm';
import { AuditLog, Customer, CustomerTeamMember, FollowUp } from '@/entities';
import { onFollowUpChange, removeFollowUpListener } from '@/lib/followup/followup.hooks';
import { closeTestDatabase, openTestDatabase } from '../support/database';
import { codeOf, gql, ok } from '../support/api';
import { makeContact, makeCustomer, makeDepartment, rootDepartment } from '../support/factories';
import { Actor, CREATE, DELETE, LIST, ONE, UPDATE, actor, fieldsOf, logFollowUp } from './followup-support';

let db: DataSource;
let li: Actor; let sun: Actor; let wang: Actor; let chen: Actor;
const HOUR = 3600000;
const ago = (hours: number) => new Date(Date.now() - hours * HOUR).toISOString();
const ahead = (hours: number) => new Date(Date.now() + hours * HOUR).toISOString();
const seconds = (value: string | Date | null) => (value ? Math.floor(new Date(value).getTime() / 1000) : null);

beforeAll(async () => {
  db = await openTestDatabase();
  const root = await rootDepartment(db);
  const north = await makeDepartment(db, root, '华北');
  const south = await makeDepartment(db, root, '华南');
  li = await actor(db, ['SALES'], north);
  sun = await actor(db, ['SALES'], north);
  wang = await actor(db, ['DEPT_MANAGER'], north);
  chen = await actor(db, ['DEPT_MANAGER'], south);
});
afterAll(async () => closeTestDatabase(db));

describe('creating', () => {
  test('a follow-up on a customer is stored with its author and updates the customer’s last and next follow-up times', async () => {
    const customer = await makeCustomer(db, li.user);
    const created = await logFollowUp(li.as, 'customer', customer.id, {
      subject: '去访', method: 'VISIT', participants: '张宏 信息中心主任', objective: '介绍方案', result: '对方认可', nextStep: '发报价',
      occurredAt: ago(2), nextContactAt: ahead(48), substantive: true,
    });
    expect(created).toMatchObject({ parentType: 'customer', parentId: String(customer.id), subject: '去访', method: 'VISIT', substantive: true, viewerCanEdit: true });
    expect(created.author.username).toBe(li.user.username);
    expect(created.parent).toEqual({ type: 'customer', id: String(customer.id), title: customer.name });
    const after = await db.getRepository(Customer).findOneByOrFail({ id: customer.id });
    expect(seconds(after.lastFollowUpAt)).toBe(seconds(created.occurredAt));
    expect(seconds(after.nextFollowUpAt)).toBe(seconds(created.nextContactAt));
    expect(seconds(after.updatedAt)).toBe(seconds(customer.updatedAt)); // a contact is not an edit of the customer
    const entry = await db.getRepository(AuditLog).findOneByOrFail({ entityType: 'followup', entityId: Number(created.id), action: 'create' });
    expect(entry.actorId).toBe(li.user.id);
  });

  test('occurredAt defaults to now and a follow-up on a contact counts for the contact’s customer', async () => {
    const customer = await makeCustomer(db, li.user);
    const contact = await makeContact(db, customer);
    const before = Date.now();
    const created = await logFollowUp(li.as, 'contact', contact.id);
    expect(new Date(created.occurredAt).getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(created.parent.title).toBe(contact.name);
    const after = await db.getRepository(Customer).findOneByOrFail({ id: customer.id });
    expect(seconds(after.lastFollowUpAt)).toBe(seconds(created.occurredAt));
    expect(after.nextFollowUpAt).toBeNull();
  });

  test('a planned next contact is superseded by a later contact, and the earliest open plan wins', async () => {
    const customer = await makeCustomer(db, li.user);
    await logFollowUp(li.as, 'customer', customer.id, { occurredAt: ago(72), nextContactAt: ago(30) });
    const later = await logFollowUp(li.as, 'customer', customer.id, { occurredAt: ago(24), nextContactAt: ahead(96) });
    const other = await logFollowUp(li.as, 'customer', customer.id, { occurredAt: ago(20), nextContactAt: ahead(24) });
    const row = await db.getRepository(Customer).findOneByOrFail({ id: customer.id });
    expect(seconds(row.lastFollowUpAt)).toBe(seconds(other.occurredAt));
    expect(seconds(row.nextFollowUpAt)).toBe(seconds(other.nextContactAt)); // ahead(24) before ahead(96); ago(30) is superseded
    expect(later.id).toBeDefined();
  });

  test('every invalid field is reported together as BAD_USER_INPUT and nothing is written', async () => {
    const customer = await makeCustomer(db, li.user);
    const count = await db.getRepository(FollowUp).count();
    const result = await gql(li.as, CREATE, { input: {
      parentType: 'customer', parentId: String(customer.id), subject: ' ', objective: '', result: '', occurredAt: ahead(2), nextContactAt: ahead(1),
    } });
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(result)).toEqual(['method', 'objective', 'occurredAt', 'result', 'subject']);
    const order = await gql(li.as, CREATE, { input: {
      parentType: 'customer', parentId: String(customer.id), subject: '致电', method: 'PHONE', objective: 'a', result: 'b', occurredAt: ago(1), nextContactAt: ago(2),
    } });
    expect(fieldsOf(order)).toEqual(['nextContactAt']);
    const long = await gql(li.as, CREATE, { input: {
      parentType: 'customer', parentId: String(customer.id), subject: '致'.repeat(51), method: 'PHONE', objective: 'a', result: 'b',
    } });
    expect(fieldsOf(long)).toEqual(['subject']);
    const method = await gql(li.as, CREATE, { input: { parentType: 'customer', parentId: String(customer.id), subject: 'x', method: 'FAX', objective: 'a', result: 'b' } });
    expect(codeOf(method)).toBe('BAD_USER_INPUT');
    expect(await db.getRepository(FollowUp).count()).toBe(count);
  });

  test('a parent type that cannot carry follow-ups is BAD_USER_INPUT on parentType', async () => {
    const unknown = await gql(li.as, CREATE, { input: { parentType: 'order', parentId: '1', subject: 'x', method: 'PHONE', objective: 'a', result: 'b' } });
    expect(codeOf(unknown)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(unknown)).toEqual(['parentType']);
    const own = await logFollowUp(li.as, 'customer', (await makeCustomer(db, li.user)).id);
    const nested = await gql(li.as, CREATE, { input: { parentType: 'followup', parentId: own.id, subject: 'x', method: 'PHONE', objective: 'a', result: 'b' } });
    expect(fieldsOf(nested)).toEqual(['parentType']);
  });

  test('a parent outside the scope, deleted or missing is NOT_FOUND', async () => {
    const hidden = await makeCustomer(db, sun.user);
    const deleted = await makeCustomer(db, li.user, { deletedAt: new Date(), nameKey: null });
    for (const id of [hidden.id, deleted.id, 987654]) {
      expect(codeOf(await gql(li.as, CREATE, { input: { parentType: 'customer', parentId: String(id), subject: 'x', method: 'PHONE', objective: 'a', result: 'b' } }))).toBe('NOT_FOUND');
    }
    expect(codeOf(await gql(chen.as, CREATE, { input: { parentType: 'customer', parentId: String(hidden.id), subject: 'x', method: 'PHONE', objective: 'a', result: 'b' } }))).toBe('NOT_FOUND');
  });

  test('read access suffices: a read-only team member and a leader may log a contact', async () => {
    const customer = await makeCustomer(db, li.user);
    await db.getRepository(CustomerTeamMember).insert({ customerId: customer.id, userId: sun.user.id, canEdit: false });
    const bySun = await logFollowUp(sun.as, 'customer', customer.id);
    const byWang = await logFollowUp(wang.as, 'customer', customer.id);
    expect([bySun.author.username, byWang.author.username]).toEqual([sun.user.username, wang.user.username]);
    expect(codeOf(await gql(null, CREATE, { input: { parentType: 'customer', parentId: String(customer.id), subject: 'x', method: 'PHONE', objective: 'a', result: 'b' } }))).toBe('UNAUTHENTICATED');
  });
});

describe('changing and deleting', () => {
  test('the author may change their follow-up; the change is audited with before and after', async () => {
    const customer = await makeCustomer(db, li.user);
    const created = await logFollowUp(li.as, 'customer', customer.id, { occurredAt: ago(3) });
    const updated = (await ok(li.as, UPDATE, { id: created.id, input: { result: '客户确认下周签约', nextContactAt: ahead(5), substantive: true } })).updateFollowUp;
    expect(updated).toMatchObject({ result: '客户确认下周签约', substantive: true });
    const entry = await db.getRepository(AuditLog).findOneByOrFail({ entityType: 'followup', entityId: Number(created.id), action: 'update' });
    expect(entry.changes).toMatchObject({ result: ['客户有采购意向', '客户确认下周签约'], substantive: [false, true] });
    expect(seconds((await db.getRepository(Customer).findOneByOrFail({ id: customer.id })).nextFollowUpAt)).toBe(seconds(updated.nextContactAt));
    const bad = await gql(li.as, UPDATE, { id: created.id, input: { nextContactAt: ago(5) } });
    expect(fieldsOf(bad)).toEqual(['nextContactAt']);
    expect(fieldsOf(await gql(li.as, UPDATE, { id: created.id, input: { result: '' } }))).toEqual(['result']);
  });

  test('others may not change it: FORBIDDEN for a leader who sees it, NOT_FOUND for anyone who does not', async () => {
    const customer = await makeCustomer(db, li.user);
    const created = await logFollowUp(li.as, 'customer', customer.id);
    expect(codeOf(await gql(wang.as, UPDATE, { id: created.id, input: { result: 'x' } }))).toBe('FORBIDDEN');
    expect(codeOf(await gql(wang.as, DELETE, { id: created.id }))).toBe('FORBIDDEN');
    expect(codeOf(await gql(sun.as, UPDATE, { id: created.id, input: { result: 'x' } }))).toBe('NOT_FOUND');
    expect(codeOf(await gql(chen.as, DELETE, { id: created.id }))).toBe('NOT_FOUND');
    expect((await db.getRepository(FollowUp).findOneByOrFail({ id: Number(created.id) })).deletedAt).toBeNull();
  });

  test('the edit window closes after FOLLOW_UP_EDIT_DAYS, and a comment by someone else freezes the record', async () => {
    const customer = await makeCustomer(db, li.user);
    const old = await logFollowUp(li.as, 'customer', customer.id, { occurredAt: ago(24 * 9) });
    await db.getRepository(FollowUp).update({ id: Number(old.id) }, { createdAt: new Date(Date.now() - 8 * 24 * HOUR) });
    expect(codeOf(await gql(li.as, UPDATE, { id: old.id, input: { result: 'x' } }))).toBe('FORBIDDEN');
    expect((await ok(li.as, ONE, { id: old.id })).followUp.viewerCanEdit).toBe(false);
    process.env.FOLLOW_UP_EDIT_DAYS = '30';
    try {
      expect((await ok(li.as, UPDATE, { id: old.id, input: { result: '补充说明' } })).updateFollowUp.result).toBe('补充说明');
    } finally {
      delete process.env.FOLLOW_UP_EDIT_DAYS;
    }
    const fresh = await logFollowUp(li.as, 'customer', customer.id);
    await ok(wang.as, 'mutation($input: CommentOnInput!) { commentOn(input: $input) { id } }', { input: { targetType: 'followup', targetId: fresh.id, content: '请补充预算信息' } });
    expect(codeOf(await gql(li.as, UPDATE, { id: fresh.id, input: { result: 'x' } }))).toBe('CONFLICT');
    expect(codeOf(await gql(li.as, DELETE, { id: fresh.id }))).toBe('CONFLICT');
    expect((await ok(li.as, ONE, { id: fresh.id })).followUp.viewerCanEdit).toBe(false);
  });

  test('deleting is soft and audited; the follow-up disappears and the customer’s times are recomputed without it', async () => {
    const customer = await makeCustomer(db, li.user);
    const first = await logFollowUp(li.as, 'customer', customer.id, { occurredAt: ago(10) });
    const second = await logFollowUp(li.as, 'customer', customer.id, { occurredAt: ago(1), nextContactAt: ahead(10) });
    expect((await ok(li.as, DELETE, { id: second.id })).deleteFollowUp.ids).toEqual([second.id]);
    const row = await db.getRepository(FollowUp).findOneByOrFail({ id: Number(second.id) });
    expect(row.deletedAt).not.toBeNull();
    expect(row.deletedById).toBe(li.user.id);
    expect((await ok(li.as, ONE, { id: second.id })).followUp).toBeNull();
    const list = await ok(li.as, LIST, { filter: { parentType: 'customer', parentId: String(customer.id) } });
    expect(list.followUps.nodes.map((n: { id: string }) => n.id)).toEqual([first.id]);
    const after = await db.getRepository(Customer).findOneByOrFail({ id: customer.id });
    expect(seconds(after.lastFollowUpAt)).toBe(seconds(first.occurredAt));
    expect(after.nextFollowUpAt).toBeNull();
    expect(await db.getRepository(AuditLog).countBy({ entityType: 'followup', entityId: Number(second.id), action: 'delete' })).toBe(1);
    expect(codeOf(await gql(li.as, DELETE, { id: second.id }))).toBe('NOT_FOUND');
  });
});

describe('reading', () => {
  let customer: Customer;
  let ids: string[];
  beforeAll(async () => {
    const root = await rootDepartment(db);
    const team = await makeDepartment(db, root, '读取测试组');
    const a = await actor(db, ['SALES'], team);
    const b = await actor(db, ['SALES'], team);
    const lead = await actor(db, ['DEPT_MANAGER'], team);
    Object.assign(reading, { a, b, lead });
    customer = await makeCustomer(db, a.user);
    const other = await makeCustomer(db, b.user);
    ids = [];
    ids.push((await logFollowUp(a.as, 'customer', customer.id, { occurredAt: ago(50), method: 'VISIT', subject: '去访', substantive: true })).id);
    ids.push((await logFollowUp(a.as, 'customer', customer.id, { occurredAt: ago(30), result: '预算已批复' })).id);
    ids.push((await logFollowUp(b.as, 'customer', other.id, { occurredAt: ago(20) })).id);
    ids.push((await logFollowUp(a.as, 'contact', (await makeContact(db, customer)).id, { occurredAt: ago(10), substantive: true })).id);
  });
  const reading = {} as { a: Actor; b: Actor; lead: Actor };

  test('a salesperson lists only follow-ups on records they can see; the leader sees the team’s', async () => {
    const mine = await ok(reading.a.as, LIST, {});
    expect(mine.followUps.nodes.map((n: { id: string }) => n.id)).toEqual([ids[3], ids[1], ids[0]]);
    expect(mine.followUps.totalCount).toBe(3);
    const team = await ok(reading.lead.as, LIST, { filter: { from: ago(60) } });
    expect(team.followUps.nodes.map((n: { id: string }) => n.id)).toEqual([ids[3], ids[2], ids[1], ids[0]]);
    expect((await ok(reading.b.as, ONE, { id: ids[0] })).followUp).toBeNull();
    expect((await ok(reading.lead.as, ONE, { id: ids[0] })).followUp.viewerCanEdit).toBe(false);
  });

  test('filters: parent, author, department, time range, substantive, method, keyword; order and pages', async () => {
    const as = reading.lead.as;
    const q = async (filter: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
      (await ok(as, LIST, { filter, ...extra })).followUps.nodes.map((n: { id: string }) => n.id);
    expect(await q({ parentType: 'customer', parentId: String(customer.id) })).toEqual([ids[1], ids[0]]);
    expect(await q({ parentType: 'contact' })).toEqual([ids[3]]);
    expect(await q({ authorId: String(reading.b.user.id) })).toEqual([ids[2]]);
    expect(await q({ departmentId: String(reading.a.user.departmentId), from: ago(40), to: ago(5) })).toEqual([ids[3], ids[2], ids[1]]);
    expect(await q({ substantive: true, from: ago(60) })).toEqual([ids[3], ids[0]]);
    expect(await q({ method: 'VISIT', from: ago(60) })).toEqual([ids[0]]);
    expect(await q({ keyword: '预算已批' })).toEqual([ids[1]]);
    expect(await q({ from: ago(60) }, { orderBy: { field: 'OCCURRED_AT', direction: 'ASC' } })).toEqual(ids);
    const page1 = await ok(as, LIST, { filter: { from: ago(60) }, first: 3 });
    expect(page1.followUps.pageInfo.hasNextPage).toBe(true);
    const page2 = await ok(as, LIST, { filter: { from: ago(60) }, first: 3, after: page1.followUps.pageInfo.endCursor });
    expect(page2.followUps.nodes.map((n: { id: string }) => n.id)).toEqual([ids[0]]);
    expect(page2.followUps.totalCount).toBe(4);
    expect(await q({ departmentId: '999999' })).toEqual([]);
    expect(codeOf(await gql(as, LIST, { first: 201 }))).toBe('BAD_USER_INPUT');
  });

  test('customers and contacts carry their latest follow-ups and counts, batched and scoped', async () => {
    const data = await ok(reading.lead.as, `query($id: ID!) { customer(id: $id) { followUpCount followUps(first: 1) { id } contacts { followUpCount followUps { id } } } }`, { id: String(customer.id) });
    expect(data.customer.followUpCount).toBe(2);
    expect(data.customer.followUps.map((f: { id: string }) => f.id)).toEqual([ids[1]]);
    expect(data.customer.contacts[0].followUps.map((f: { id: string }) => f.id)).toEqual([ids[3]]);
    const list = await ok(reading.lead.as, '{ customers(first: 50) { nodes { id followUpCount followUps(first: 2) { id parentId } } } }');
    for (const node of list.customers.nodes) for (const f of node.followUps) expect(f.parentId).toBe(node.id);
    const types = await ok(reading.a.as, '{ followUpParentTypes }');
    expect(types.followUpParentTypes).toEqual(expect.arrayContaining(['customer', 'contact']));
  });
});

describe('the after-change seam', () => {
  afterEach(() => removeFollowUpListener('test'));

  test('listeners run in the follow-up’s transaction with its customer; a failing listener undoes everything', async () => {
    const customer = await makeCustomer(db, li.user);
    const calls: { event: string; customerId: number | null; nextContactAt: Date | null }[] = [];
    onFollowUpChange('test', async (_manager, change) => { calls.push({ event: change.event, customerId: change.customerId, nextContactAt: change.followUp.nextContactAt }); });
    const created = await logFollowUp(li.as, 'customer', customer.id, { nextContactAt: ahead(3) });
    await ok(li.as, UPDATE, { id: created.id, input: { result: '改' } });
    await ok(li.as, DELETE, { id: created.id });
    expect(calls.map((c) => [c.event, c.customerId])).toEqual([['create', customer.id], ['update', customer.id], ['delete', customer.id]]);
    expect(calls[0].nextContactAt).toBeInstanceOf(Date);

    onFollowUpChange('test', async () => { throw new Error('schedule unavailable'); });
    const before = await db.getRepository(FollowUp).count();
    const failed = await gql(li.as, CREATE, { input: { parentType: 'customer', parentId: String(customer.id), subject: 'x', method: 'PHONE', objective: 'a', result: 'b', nextContactAt: ahead(3) } });
    expect(codeOf(failed)).toBe('INTERNAL_SERVER_ERROR');
    expect(await db.getRepository(FollowUp).count()).toBe(before);
    expect((await db.getRepository(Customer).findOneByOrFail({ id: customer.id })).nextFollowUpAt).toBeNull();
  });
});
