// The notification bell (unreadNotificationCount, notifications, unreadCommentCount) for a manager over 200
// users: answers, stays exact as records move out of scope, and follows a follow-up whose parent changes.
// Before notifications and comments stored their record's root, this SQL grew like owners × types^depth and
// SQLite refused it (too many bound parameters) for a scope far smaller than this one.
import { DataSource } from 'typeorm';
import { Comment, Contact, Customer, Department, FollowUp, Lead, User } from '@/entities';
import { Notification } from '@/entities/notification.entity';
import { notify } from '@/lib/notification/notification.service';
import { backfillRecordRoots } from '@/lib/db/migrations/1796602136048-RecordRoots';
import { closeTestDatabase, onMysql, openTestDatabase } from '../support/database';
import { As, ok, tokenFor } from '../support/api';
import { makeContact, makeCustomer, makeDepartment, makeUser, roleByCode, rootDepartment } from '../support/factories';
import { COMMENT_ON, logFollowUp } from './followup-support';

let db: DataSource;
let wang: User; let wangAs: As;
let lead0As: As;
let staff: User[];
let outsider: User;

const BELL = '{ unreadNotificationCount unreadCommentCount notifications(unreadOnly: true) { totalCount nodes { kind entityType entityId } } }';
const bell = async () => ok(wangAs, BELL);
const comment = (as: As, targetType: string, targetId: string | number, content: string) =>
  ok(as, COMMENT_ON, { input: { targetType, targetId: String(targetId), content } });

beforeAll(async () => {
  db = await openTestDatabase();
  const root = await rootDepartment(db);
  const region = await makeDepartment(db, root, '华东大区');
  const groups: Department[] = [];
  for (let i = 0; i < 5; i++) groups.push(await makeDepartment(db, region, `华东${i}组`));
  const sales = await roleByCode(db, 'SALES');
  wang = await makeUser(db, region, [await roleByCode(db, 'DEPT_MANAGER')]);
  wangAs = await tokenFor(db, wang);
  // A group leader under wang: comments after wang's, so wang (an earlier commenter) is told.
  lead0As = await tokenFor(db, await makeUser(db, groups[0], [await roleByCode(db, 'DEPT_MANAGER')]));
  staff = [];
  for (let i = 0; i < 200; i++) staff.push(await makeUser(db, groups[i % groups.length], [sales]));
  outsider = await makeUser(db, await makeDepartment(db, root, '华南大区'), [sales]);
}, 120_000);
afterAll(async () => closeTestDatabase(db));

test('a manager over 200 users sees the bell count exactly, and loses what leaves their scope', async () => {
  const [s1, s2, s3] = [staff[5], staff[42], staff[199]]; // s1 is in group 0, under the group leader too
  const s1As = await tokenFor(db, s1);
  const c1 = await makeCustomer(db, s1);
  const ct1 = await makeContact(db, c1);
  const c3 = await makeCustomer(db, s3);
  const lead = await db.getRepository(Lead).save(db.getRepository(Lead).create({ name: '张三', company: '华信商贸', ownerId: s2.id, createdById: s2.id }));
  const followUp = await logFollowUp(s1As, 'contact', ct1.id);
  for (const [entityType, entityId] of [['customer', c1.id], ['contact', ct1.id], ['followup', Number(followUp.id)], ['lead', lead.id], ['customer', c3.id]] as const) {
    expect(await notify(db.manager, { recipients: [wang.id], kind: 'test', title: `${entityType}#${entityId}`, entityType, entityId })).toEqual([wang.id]);
  }
  await notify(db.manager, { recipients: [wang.id], kind: 'system', title: '系统通知' });
  // wang comments on s1's follow-up, then the group leader: wang is told (a notification and an unread mark).
  await comment(wangAs, 'followup', followUp.id, '预算要问清楚');
  await comment(lead0As, 'followup', followUp.id, '同意');

  let seen = await bell();
  expect(seen.unreadNotificationCount).toBe(7);
  expect(seen.notifications.totalCount).toBe(7);
  expect(seen.unreadCommentCount).toBe(1);

  // The contact moves to someone outside wang's scope: the contact, the follow-up on it and its comment go.
  await db.getRepository(Contact).update({ id: ct1.id }, { ownerId: outsider.id });
  seen = await bell();
  expect(seen.unreadNotificationCount).toBe(4);
  expect(seen.notifications.nodes.map((n: { entityType: string | null }) => n.entityType).sort()).toEqual(['customer', 'customer', 'lead', null]);
  expect(seen.unreadCommentCount).toBe(0);

  // Back in scope, then the follow-up is deleted: its comment no longer counts as unread (its notification,
  // like any notification about a deleted record the viewer can see, stays in the list).
  await db.getRepository(Contact).update({ id: ct1.id }, { ownerId: s1.id });
  expect((await bell()).unreadCommentCount).toBe(1);
  await db.getRepository(FollowUp).update({ id: Number(followUp.id) }, { deletedAt: new Date() });
  seen = await bell();
  expect(seen.unreadCommentCount).toBe(0);
  expect(seen.unreadNotificationCount).toBe(7);
});

test('comments on a converted lead\'s follow-up follow it to the new customer', async () => {
  const s2 = staff[85];
  const s2As = await tokenFor(db, s2);
  const lead = await db.getRepository(Lead).save(db.getRepository(Lead).create({ name: '李四', company: '恒泰科技', ownerId: s2.id, createdById: s2.id }));
  const followUp = await logFollowUp(s2As, 'lead', lead.id);
  await comment(wangAs, 'followup', followUp.id, '尽快转客户');
  await comment(lead0As, 'followup', followUp.id, '同意');
  const before = await bell();
  expect(before.unreadCommentCount).toBe(1);

  const converted = await ok(s2As, 'mutation($input: ConvertLeadsInput!) { convertLeads(input: $input) { id customer { id } } }', { input: { ids: [String(lead.id)] } });
  const customerId = Number(converted.convertLeads[0].customer.id);
  expect(await db.getRepository(Comment).countBy({ targetType: 'followup', targetId: Number(followUp.id), rootType: 'customer', rootId: customerId })).toBe(2);
  // The new customer leaves wang's scope (the lead stays s2's): the comment and its notification go with it.
  await db.getRepository(Customer).update({ id: customerId }, { ownerId: outsider.id });
  const after = await bell();
  expect(after.unreadCommentCount).toBe(0);
  expect(after.unreadNotificationCount).toBe(before.unreadNotificationCount - 1);
});

test('the migration backfills the root of existing notifications and comments', async () => {
  const s = staff[3];
  const sAs = await tokenFor(db, s);
  const customer = await makeCustomer(db, s);
  const followUp = await logFollowUp(sAs, 'customer', customer.id);
  const rows = await db.getRepository(Notification).save([
    { userId: wang.id, kind: 'x', title: 'a', entityType: 'customer', entityId: customer.id },
    { userId: wang.id, kind: 'x', title: 'b', entityType: 'followup', entityId: Number(followUp.id) },
    { userId: wang.id, kind: 'x', title: 'c' },
  ]);
  const old = await db.getRepository(Comment).save({ targetType: 'followup', targetId: Number(followUp.id), content: '旧批示', authorId: wang.id });
  for (const sql of backfillRecordRoots(onMysql() ? 'mysql' : 'sqlite')) await db.query(sql);
  const after = await db.getRepository(Notification).findBy(rows.map((r) => ({ id: r.id })));
  expect(after.map((n) => [n.title, n.rootType, n.rootId]).sort()).toEqual([['a', 'customer', customer.id], ['b', 'customer', customer.id], ['c', null, null]]);
  expect(await db.getRepository(Comment).findOneByOrFail({ id: old.id })).toMatchObject({ rootType: 'customer', rootId: customer.id });
});
