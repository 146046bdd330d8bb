// The timeline: follow-ups, comments and audit entries of a record and its readable children, newest first,
// paged without overlap, extensible by providers and child resolvers from other modules.
import { DataSource } from 'typeorm';
import { AuditLog, Customer } from '@/entities';
import { registerTimelineChildren, registerTimelineProvider } from '@/lib/timeline/timeline.registry';
import { closeTestDatabase, openTestDatabase } from '../support/database';
import { codeOf, gql, ok } from '../support/api';
import { makeContact, makeCustomer, makeDepartment, rootDepartment } from '../support/factories';
import { Actor, COMMENT_ON, TIMELINE, actor, logFollowUp } from './followup-support';

let db: DataSource;
let li: Actor; let sun: Actor; let wang: Actor; let chen: Actor;
let customer: Customer;
const HOUR = 3600000;
const ago = (hours: number) => new Date(Date.now() - hours * HOUR).toISOString();
type Item = { id: string; kind: string; at: string; targetType: string; targetId: string; followUp: { id: string } | null; comment: { content: string } | null; auditEntry: { action: string } | null };

beforeAll(async () => {
  db = await openTestDatabase();
  const root = await rootDepartment(db);
  const north = await makeDepartment(db, root, '华北');
  const south = await makeDepartment(db, root, '华南');
  li = await actor(db, ['SALES'], north);
  sun = await actor(db, ['SALES'], north);
  wang = await actor(db, ['DEPT_MANAGER'], north);
  chen = await actor(db, ['DEPT_MANAGER'], south);
  customer = (await ok(li.as, 'mutation { createCustomer(input: { name: "北京时间线科技有限公司" }) { id } }')).createCustomer;
  customer = await db.getRepository(Customer).findOneByOrFail({ id: Number((customer as unknown as { id: string }).id) });
});
afterAll(async () => closeTestDatabase(db));

test('a customer’s timeline merges follow-ups, comments and audit entries of it and its contacts, newest first', async () => {
  const contact = await makeContact(db, customer, { name: '张宏' });
  const hiddenContact = await makeContact(db, customer, { name: '孙的联系人', ownerId: sun.user.id });
  const onCustomer = await logFollowUp(li.as, 'customer', customer.id, { occurredAt: ago(30), subject: '去访' });
  const onContact = await logFollowUp(li.as, 'contact', contact.id, { occurredAt: ago(20), subject: '致电' });
  const onHidden = await logFollowUp(sun.as, 'contact', hiddenContact.id, { occurredAt: ago(10), subject: '来电' });
  await ok(wang.as, COMMENT_ON, { input: { targetType: 'followup', targetId: onContact.id, content: '不错' } });

  const data = await ok(li.as, TIMELINE, { t: 'customer', id: String(customer.id), first: 50 });
  const items: Item[] = data.timeline.nodes;
  const times = items.map((i) => new Date(i.at).getTime());
  expect(times).toEqual([...times].sort((a, b) => b - a));
  expect(items.filter((i) => i.kind === 'FOLLOW_UP').map((i) => i.followUp!.id)).toEqual([onContact.id, onCustomer.id]);
  expect(items.find((i) => i.kind === 'COMMENT')).toMatchObject({ targetType: 'followup', targetId: onContact.id, comment: { content: '不错' } });
  expect(items.filter((i) => i.kind === 'AUDIT').map((i) => i.auditEntry!.action)).toContain('create');
  expect(items.some((i) => i.followUp?.id === onHidden.id)).toBe(false); // li cannot see sun's contact
  expect(data.timeline.totalCount).toBe(items.length);

  const lead = await ok(wang.as, TIMELINE, { t: 'customer', id: String(customer.id), first: 50, kinds: ['FOLLOW_UP'] });
  expect(lead.timeline.nodes.map((i: Item) => i.followUp!.id)).toEqual([onHidden.id, onContact.id, onCustomer.id]);
  expect(lead.timeline.totalCount).toBe(3);

  const ofContact = await ok(li.as, TIMELINE, { t: 'contact', id: String(contact.id), kinds: ['FOLLOW_UP', 'COMMENT'] });
  expect(ofContact.timeline.nodes.map((i: Item) => i.kind)).toEqual(['COMMENT', 'FOLLOW_UP']);
  const field = await ok(li.as, `query($id: ID!) { customer(id: $id) { timeline(first: 50) { totalCount nodes { id } } } }`, { id: String(customer.id) });
  expect(field.customer.timeline.nodes.map((n: { id: string }) => n.id)).toEqual(items.map((i) => i.id));
});

test('pages follow each other without overlap or gaps', async () => {
  const other = await makeCustomer(db, li.user);
  for (let i = 0; i < 7; i++) await logFollowUp(li.as, 'customer', other.id, { occurredAt: ago(50 - i) });
  await db.getRepository(AuditLog).insert(Array.from({ length: 5 }, (_, i) => ({ actorId: li.user.id, action: 'update', entityType: 'customer', entityId: other.id, changes: { level: ['NORMAL', String(i)] }, ip: null, requestId: null })));
  const all = (await ok(li.as, TIMELINE, { t: 'customer', id: String(other.id), first: 100 })).timeline;
  const seen: string[] = [];
  let after: string | null = null;
  for (let page = 0; page < 10; page++) {
    const data: any = (await ok(li.as, TIMELINE, { t: 'customer', id: String(other.id), first: 3, after })).timeline;
    seen.push(...data.nodes.map((n: Item) => n.id));
    expect(data.totalCount).toBe(all.totalCount);
    if (!data.pageInfo.hasNextPage) break;
    after = data.pageInfo.endCursor;
  }
  expect(seen).toEqual(all.nodes.map((n: Item) => n.id));
  expect(new Set(seen).size).toBe(all.totalCount);
  expect(all.totalCount).toBe(7 + 5); // the follow-ups and the customer's own audit entries
});

test('a record outside the scope is NOT_FOUND; an unknown type or bad cursor is BAD_USER_INPUT', async () => {
  expect(codeOf(await gql(chen.as, TIMELINE, { t: 'customer', id: String(customer.id) }))).toBe('NOT_FOUND');
  expect(codeOf(await gql(sun.as, TIMELINE, { t: 'customer', id: String(customer.id) }))).toBe('NOT_FOUND');
  expect(codeOf(await gql(li.as, TIMELINE, { t: 'customer', id: '999999' }))).toBe('NOT_FOUND');
  expect(codeOf(await gql(li.as, TIMELINE, { t: 'galaxy', id: '1' }))).toBe('BAD_USER_INPUT');
  expect(codeOf(await gql(li.as, TIMELINE, { t: 'customer', id: String(customer.id), after: 'not-a-cursor' }))).toBe('BAD_USER_INPUT');
  expect(codeOf(await gql(null, TIMELINE, { t: 'customer', id: String(customer.id) }))).toBe('UNAUTHENTICATED');
});

test('other modules add kinds and children without changing the timeline', async () => {
  const target = await makeCustomer(db, li.user);
  const extraChild = await makeCustomer(db, li.user);
  registerTimelineProvider({
    kind: 'TASK',
    entries: async ({ targets, limit }) => targets.flatMap((t) => t.ids.map((id) => ({
      kind: 'TASK', id: id * 10, at: new Date(Date.now() - 5 * HOUR), actorId: null, targetType: t.type, targetId: id, title: `任务 ${id}`, summary: null,
    }))).slice(0, limit),
    count: async ({ targets }) => targets.reduce((n, t) => n + t.ids.length, 0),
  });
  registerTimelineChildren('customer', async () => [{ type: 'customer', ids: [extraChild.id] }]);
  const data = await ok(li.as, TIMELINE, { t: 'customer', id: String(target.id), kinds: ['TASK'] });
  expect(data.timeline.nodes.map((n: Item & { title: string }) => n.title).sort()).toEqual([`任务 ${extraChild.id}`, `任务 ${target.id}`].sort());
  expect((await ok(li.as, '{ timelineKinds }')).timelineKinds).toEqual(expect.arrayContaining(['FOLLOW_UP', 'COMMENT', 'AUDIT', 'TASK']));
});
