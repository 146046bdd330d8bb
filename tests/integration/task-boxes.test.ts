// "My tasks" in four boxes (SPEC 4.2) at the day boundaries of Asia/Shanghai: Inbox (no due date), Today (due
// today or overdue), Next (the following 7 days), Future (later). Only the viewer's own open tasks count.
import { DataSource } from 'typeorm';
import { Task } from '@/entities';
import { TaskPriority, TaskStatus } from '@/entities/task.entity';
import { loadViewer } from '@/lib/access';
import { myTasks } from '@/lib/task';
import { closeTestDatabase, openTestDatabase } from '../support/database';
import { ok } from '../support/api';
import { CREATE_TASK, Company, MY_TASKS, hoursFromNow, makeCompany } from './task-support';

let db: DataSource;
let co: Company;

beforeAll(async () => {
  db = await openTestDatabase();
  co = await makeCompany(db);
});
afterAll(async () => closeTestDatabase(db));

async function task(assigneeId: number, title: string, dueAt: string | null, status = TaskStatus.OPEN) {
  return db.getRepository(Task).save(db.getRepository(Task).create({
    title, description: null, assigneeId, createdById: assigneeId, dueAt: dueAt ? new Date(dueAt) : null,
    priority: TaskPriority.NORMAL, status, relatedType: null, relatedId: null, completedAt: null, dueRemindedAt: null, deletedAt: null, deletedById: null,
  }));
}

const titles = (list: Task[]) => list.map((t) => t.title).sort();

test('the boxes follow the Shanghai calendar day, not UTC', async () => {
  const me = co.sun.user.id;
  // Shanghai is UTC+8: 2026-11-23 00:00 local = 2026-11-22T16:00Z; 2026-11-24 00:00 local = 2026-11-23T16:00Z.
  await task(me, 'no date', null);
  await task(me, 'overdue last week', '2026-11-16T02:00:00.000Z');
  await task(me, 'today first second', '2026-11-22T16:00:00.000Z');
  await task(me, 'today last second', '2026-11-23T15:59:59.000Z');
  await task(me, 'tomorrow first second', '2026-11-23T16:00:00.000Z');
  await task(me, 'day 7 last second', '2026-11-30T15:59:59.000Z');
  await task(me, 'day 8 first second', '2026-11-30T16:00:00.000Z');
  await task(me, 'next year', '2027-02-01T00:00:00.000Z');
  await task(me, 'done today', '2026-11-23T04:00:00.000Z', TaskStatus.DONE);
  await task(me, 'cancelled, no date', null, TaskStatus.CANCELLED);
  await task(me, 'started today', '2026-11-23T05:00:00.000Z', TaskStatus.IN_PROGRESS);
  await task(co.li.user.id, "someone else's today", '2026-11-23T04:00:00.000Z');
  const deleted = await task(me, 'deleted', '2026-11-23T04:00:00.000Z');
  await db.getRepository(Task).update({ id: deleted.id }, { deletedAt: new Date() });
  const viewer = (await loadViewer(db.manager, me))!.viewer;

  // 2026-11-23 08:00 in Shanghai, which is still 2026-11-23 00:00 in UTC.
  const morning = await myTasks(db, viewer, new Date('2026-11-23T00:00:00.000Z'));
  expect(titles(morning.inbox)).toEqual(['no date']);
  expect(titles(morning.today)).toEqual(['overdue last week', 'started today', 'today first second', 'today last second'].sort());
  expect(titles(morning.next)).toEqual(['day 7 last second', 'tomorrow first second'].sort());
  expect(titles(morning.future)).toEqual(['day 8 first second', 'next year'].sort());
  expect(morning.counts).toEqual({ inbox: 1, today: 4, next: 2, future: 2 });
  expect(morning.today.map((t) => t.title)[0]).toBe('overdue last week'); // by due time, overdue first

  // One second before midnight in Shanghai (15:59:59 UTC): still the same day.
  const lastSecond = await myTasks(db, viewer, new Date('2026-11-23T15:59:59.000Z'));
  expect(lastSecond.counts).toEqual({ inbox: 1, today: 4, next: 2, future: 2 });

  // Midnight in Shanghai (16:00 UTC, the same UTC date): the next day starts, the boxes move.
  const midnight = await myTasks(db, viewer, new Date('2026-11-23T16:00:00.000Z'));
  expect(titles(midnight.today)).toEqual(['overdue last week', 'started today', 'today first second', 'today last second', 'tomorrow first second'].sort());
  expect(titles(midnight.next)).toEqual(['day 7 last second', 'day 8 first second'].sort());
  expect(titles(midnight.future)).toEqual(['next year']);
});

test('myTasks through the API shows the signed-in user’s open tasks in their boxes', async () => {
  const add = (title: string, dueAt: string | null) => ok(co.zhou.as, CREATE_TASK, { input: { title, dueAt } });
  await add('inbox', null);
  await add('overdue', hoursFromNow(-30));
  await add('in three days', hoursFromNow(72));
  await add('in a month', hoursFromNow(24 * 30));
  const data = await ok(co.zhou.as, MY_TASKS);
  const box = (name: string) => data.myTasks[name].map((t: { title: string }) => t.title);
  expect(box('inbox')).toEqual(['inbox']);
  expect(box('today')).toEqual(['overdue']);
  expect(box('next')).toEqual(['in three days']);
  expect(box('future')).toEqual(['in a month']);
  expect([data.myTasks.inboxCount, data.myTasks.todayCount, data.myTasks.nextCount, data.myTasks.futureCount]).toEqual([1, 1, 1, 1]);
  // A task zhou's leader assigns lands in zhou's boxes, not the leader's.
  await ok(co.chen.as, CREATE_TASK, { input: { title: 'from chen', assigneeId: String(co.zhou.user.id) } });
  expect((await ok(co.zhou.as, MY_TASKS)).myTasks.inboxCount).toBe(2);
  expect((await ok(co.chen.as, MY_TASKS)).myTasks.inboxCount).toBe(0);
});
