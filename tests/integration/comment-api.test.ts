// Comments (批示): who may comment, on what, who is told (only those who can see the record), unread marks,
// and visibility exactly with the record.
import { DataSource } from 'typeorm';
import { AuditLog, Comment, CommentReceipt, Customer, CustomerTeamMember } from '@/entities';
import { Notification } from '@/entities/notification.entity';
import { closeTestDatabase, openTestDatabase } from '../support/database';
import { codeOf, gql, ok } from '../support/api';
import { makeCustomer, makeDepartment, rootDepartment } from '../support/factories';
import { Actor, COMMENTS, COMMENT_ON, MARK_READ, ONE, actor, fieldsOf, logFollowUp } from './followup-support';

let db: DataSource;
let li: Actor; let sun: Actor; let wang: Actor; let chen: Actor; let boss: Actor;
const UNREAD = '{ unreadCommentCount notifications(unreadOnly: true) { totalCount nodes { kind entityType entityId } } }';
const comment = (as: Actor['as'], targetType: string, targetId: string | number, content = '请尽快跟进') =>
  gql(as, COMMENT_ON, { input: { targetType, targetId: String(targetId), content } });

beforeAll(async () => {
  db = await openTestDatabase();
  const root = await rootDepartment(db);
  const north = await makeDepartment(db, root, '华北');
  const south = await makeDepartment(db, root, '华南');
  li = await actor(db, ['SALES'], north);
  sun = await actor(db, ['SALES'], north);
  wang = await actor(db, ['DEPT_MANAGER'], north);
  chen = await actor(db, ['DEPT_MANAGER'], south);
  boss = await actor(db, ['SUPER_ADMIN'], root);
});
afterAll(async () => closeTestDatabase(db));

test('a leader comments on a follow-up: the author is notified and sees it unread until they open it', async () => {
  const customer = await makeCustomer(db, li.user);
  const followUp = await logFollowUp(li.as, 'customer', customer.id);
  const result = await comment(wang.as, 'followup', followUp.id, '  预算情况要问清楚  ');
  expect(result.data.commentOn).toMatchObject({ content: '预算情况要问清楚', targetType: 'followup', targetId: followUp.id, unread: false });
  expect(result.data.commentOn.author.username).toBe(wang.user.username);

  const unread = await ok(li.as, UNREAD);
  expect(unread.unreadCommentCount).toBe(1);
  expect(unread.notifications.nodes).toEqual([{ kind: 'comment', entityType: 'followup', entityId: followUp.id }]);
  const seen = await ok(li.as, ONE, { id: followUp.id });
  expect(seen.followUp).toMatchObject({ commentCount: 1, unreadCommentCount: 1 });
  const thread = await ok(li.as, COMMENTS, { t: 'followup', id: followUp.id });
  expect(thread.comments.nodes).toEqual([expect.objectContaining({ content: '预算情况要问清楚', unread: true, target: { type: 'followup', id: followUp.id, title: '致电' } })]);
  expect((await ok(li.as, `{ followUps(filter: { unreadComments: true }) { nodes { id } } }`)).followUps.nodes).toEqual([{ id: followUp.id }]);

  expect((await ok(li.as, MARK_READ, { t: 'followup', id: followUp.id })).markCommentsRead).toBe(1);
  expect((await ok(li.as, MARK_READ, { t: 'followup', id: followUp.id })).markCommentsRead).toBe(0);
  const after = await ok(li.as, UNREAD);
  expect(after.unreadCommentCount).toBe(0);
  expect(after.notifications.totalCount).toBe(0);
  expect((await ok(li.as, COMMENTS, { t: 'followup', id: followUp.id })).comments.nodes[0].unread).toBe(false);
  expect((await ok(wang.as, UNREAD)).unreadCommentCount).toBe(0);
  const audit = await db.getRepository(AuditLog).findOneByOrFail({ entityType: 'comment', action: 'create', entityId: Number(result.data.commentOn.id) });
  expect(audit.changes).toMatchObject({ targetType: 'followup', recipients: [li.user.id] });
});

test('commenting needs supervision:comment; a record outside the scope, missing or of no known type is refused', async () => {
  const customer = await makeCustomer(db, li.user);
  const followUp = await logFollowUp(li.as, 'customer', customer.id);
  const before = await db.getRepository(Comment).count();
  expect(codeOf(await comment(sun.as, 'followup', followUp.id))).toBe('FORBIDDEN');
  expect(codeOf(await comment(li.as, 'followup', followUp.id))).toBe('FORBIDDEN');
  expect(codeOf(await comment(chen.as, 'followup', followUp.id))).toBe('NOT_FOUND');
  expect(codeOf(await comment(chen.as, 'customer', customer.id))).toBe('NOT_FOUND');
  expect(codeOf(await comment(wang.as, 'followup', 999999))).toBe('NOT_FOUND');
  const badType = await comment(wang.as, 'spaceship', 1);
  expect(fieldsOf(badType)).toEqual(['targetType']);
  expect(fieldsOf(await comment(wang.as, 'followup', followUp.id, '   '))).toEqual(['content']);
  expect(codeOf(await comment(wang.as, 'followup', followUp.id, '长'.repeat(2001)))).toBe('BAD_USER_INPUT');
  expect(codeOf(await comment(null, 'followup', followUp.id))).toBe('UNAUTHENTICATED');
  expect(await db.getRepository(Comment).count()).toBe(before);
  expect(codeOf(await gql(chen.as, COMMENTS, { t: 'followup', id: followUp.id }))).toBe('NOT_FOUND');
  expect(codeOf(await gql(sun.as, MARK_READ, { t: 'followup', id: followUp.id }))).toBe('NOT_FOUND');
});

test('a comment on a customer reaches its owner; later comments reach earlier commenters too', async () => {
  const customer = await makeCustomer(db, li.user);
  await comment(wang.as, 'customer', customer.id, '这个客户要重点维护');
  await comment(boss.as, 'customer', customer.id, '同意');
  const toLi = await db.getRepository(CommentReceipt).findBy({ userId: li.user.id });
  const comments = await db.getRepository(Comment).findBy({ targetType: 'customer', targetId: customer.id });
  expect(comments).toHaveLength(2);
  expect(toLi.filter((r) => comments.some((c) => c.id === r.commentId))).toHaveLength(2);
  const toWang = await db.getRepository(CommentReceipt).findBy({ userId: wang.user.id });
  expect(toWang.map((r) => r.commentId)).toContain(comments.find((c) => c.authorId === boss.user.id)!.id);
  const customerComments = await ok(li.as, COMMENTS, { t: 'customer', id: String(customer.id) });
  expect(customerComments.comments.nodes.map((c: { content: string }) => c.content)).toEqual(['这个客户要重点维护', '同意']);
});

test('the author is told only if they can see the record', async () => {
  const customer = await makeCustomer(db, li.user);
  await db.getRepository(CustomerTeamMember).insert({ customerId: customer.id, userId: sun.user.id, canEdit: false });
  const bySun = await logFollowUp(sun.as, 'customer', customer.id);
  await db.getRepository(CustomerTeamMember).delete({ customerId: customer.id, userId: sun.user.id });
  const result = await comment(wang.as, 'followup', bySun.id);
  expect(result.errors).toBeUndefined();
  expect(await db.getRepository(CommentReceipt).countBy({ commentId: Number(result.data.commentOn.id) })).toBe(0);
  expect(await db.getRepository(Notification).countBy({ userId: sun.user.id, entityType: 'followup', entityId: Number(bySun.id) })).toBe(0);
  expect((await ok(sun.as, UNREAD)).unreadCommentCount).toBe(0);
});

test('comments are visible exactly with their record: moving the customer away hides them and their unread marks', async () => {
  const customer = await makeCustomer(db, li.user);
  const followUp = await logFollowUp(li.as, 'customer', customer.id);
  await comment(wang.as, 'followup', followUp.id, '第一条');
  await comment(wang.as, 'customer', customer.id, '第二条');
  const before = (await ok(li.as, UNREAD)).unreadCommentCount;
  expect(before).toBeGreaterThanOrEqual(2);
  await db.getRepository(Customer).update({ id: customer.id }, { ownerId: sun.user.id });
  expect((await ok(li.as, UNREAD)).unreadCommentCount).toBe(before - 2);
  expect(codeOf(await gql(li.as, COMMENTS, { t: 'followup', id: followUp.id }))).toBe('NOT_FOUND');
  expect(codeOf(await gql(li.as, COMMENTS, { t: 'customer', id: String(customer.id) }))).toBe('NOT_FOUND');
  expect((await ok(li.as, ONE, { id: followUp.id })).followUp).toBeNull();
  // The new owner sees the whole history, comments included (nothing leaves with the old owner).
  expect((await ok(sun.as, COMMENTS, { t: 'followup', id: followUp.id })).comments.totalCount).toBe(1);
  expect((await ok(wang.as, COMMENTS, { t: 'customer', id: String(customer.id) })).comments.totalCount).toBe(1);
});
