// Notifications: only about records the recipient can see (when sent and when read), own ones only, idempotent.
import { DataSource } from 'typeorm';
import { Customer } from '@/entities';
import { Notification } from '@/entities/notification.entity';
import { notify } from '@/lib/notification/notification.service';
import { COUNT_CAP_BROAD } from '@/lib/pagination';
import { closeTestDatabase, openTestDatabase } from '../support/database';
import { ok, tokenFor } from '../support/api';
import { makeCustomer, makeDepartment, makeUser, roleByCode, rootDepartment } from '../support/factories';

let db: DataSource;
beforeAll(async () => { db = await openTestDatabase(); });
afterAll(async () => closeTestDatabase(db));

const LIST = '{ notifications { totalCount nodes { id kind title entityType entityId readAt } } unreadNotificationCount }';

test('a notification about a record is only stored for, and shown to, users who can see the record', async () => {
  const root = await rootDepartment(db);
  const team = await makeDepartment(db, root);
  const sales = await roleByCode(db, 'SALES');
  const manager = await roleByCode(db, 'DEPT_MANAGER');
  const li = await makeUser(db, team, [sales]);
  const sun = await makeUser(db, team, [sales]);
  const wang = await makeUser(db, team, [manager]);
  const customer = await makeCustomer(db, li);

  const sent = await notify(db.manager, { recipients: [li.id, sun.id, wang.id], kind: 'comment', title: '新批示', entityType: 'customer', entityId: customer.id, actorId: wang.id });
  expect(sent).toEqual([li.id]); // sun cannot see li's customer; wang is the actor
  await notify(db.manager, { recipients: [sun.id], kind: 'system', title: '系统通知' });
  await notify(db.manager, { recipients: [sun.id], kind: 'x', title: '未知类型', entityType: 'no-such-type', entityId: 1 });

  const mine = await ok(await tokenFor(db, li), LIST);
  expect(mine.notifications.nodes.map((n: { title: string }) => n.title)).toEqual(['新批示']);
  expect(mine.unreadNotificationCount).toBe(1);
  const sunList = await ok(await tokenFor(db, sun), LIST);
  expect(sunList.notifications.nodes.map((n: { title: string }) => n.title)).toEqual(['系统通知']);

  // Once the customer moves out of li's scope, the old notification disappears from li's list and count.
  await db.getRepository(Customer).update({ id: customer.id }, { ownerId: sun.id });
  const after = await ok(await tokenFor(db, li), LIST);
  expect(after.notifications.totalCount).toBe(0);
  expect(after.unreadNotificationCount).toBe(0);
});

test('the same dedupe key stores one notification, and users mark only their own as read', async () => {
  const root = await rootDepartment(db);
  const sales = await roleByCode(db, 'SALES');
  const a = await makeUser(db, root, [sales]);
  const b = await makeUser(db, root, [sales]);
  await Promise.all([1, 2, 3].map(() => notify(db.manager, { recipients: [a.id, b.id], kind: 'task.due', title: '任务到期', dedupeKey: 'task:7:due' })));
  expect(await db.getRepository(Notification).countBy({ userId: a.id, kind: 'task.due' })).toBe(1);

  const bNote = await db.getRepository(Notification).findOneByOrFail({ userId: b.id, kind: 'task.due' });
  const marked = await ok(await tokenFor(db, a), 'mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) }', { ids: [String(bNote.id)] });
  expect(marked.markNotificationsRead).toBe(0);
  expect((await db.getRepository(Notification).findOneByOrFail({ id: bNote.id })).readAt).toBeNull();

  const all = await ok(await tokenFor(db, a), 'mutation { markAllNotificationsRead }');
  expect(all.markAllNotificationsRead).toBe(1);
  expect((await ok(await tokenFor(db, a), LIST)).unreadNotificationCount).toBe(0);
});

test('the list counts to 1 000 ("1 000+": every counted row costs a probe of its record); the bell counts exactly', async () => {
  const busy = await makeUser(db, await rootDepartment(db), [await roleByCode(db, 'SALES')]);
  const rows = Array.from({ length: COUNT_CAP_BROAD + 5 }, (_, i) => ({ userId: busy.id, kind: 'system', title: `通知${i}` }));
  await db.transaction(async (m) => {
    for (let i = 0; i < rows.length; i += 200) await m.createQueryBuilder().insert().into(Notification).values(rows.slice(i, i + 200)).updateEntity(false).execute();
  });
  const seen = await ok(await tokenFor(db, busy), '{ notifications(first: 3) { totalCount totalCountExact nodes { id } } unreadNotificationCount }');
  expect(seen.notifications).toMatchObject({ totalCount: COUNT_CAP_BROAD, totalCountExact: false });
  expect(seen.notifications.nodes).toHaveLength(3);
  expect(seen.unreadNotificationCount).toBe(COUNT_CAP_BROAD + 5);
});
