// The reminder job: schedule reminders (follow-ups' next contact times included) and due tasks raise one
// notification each — never a second time, not for deleted, finished or stale records, again after the time
// moves — and two runs at the same moment (two DataSources on MariaDB, like two app instances) send each once.
import { DataSource, In } from 'typeorm';
import { ScheduleEntry, Task } from '@/entities';
import { Notification } from '@/entities/notification.entity';
import { TaskPriority, TaskStatus } from '@/entities/task.entity';
import { openDataSource } from '@/lib/db/data-source';
import { JOBS } from '@/lib/jobs';
import { runReminders } from '@/lib/jobs/reminders';
import { closeTestDatabase, onMysql, openTestDatabase } from '../support/database';
import { ok } from '../support/api';
import { makeCustomer } from '../support/factories';
import { logFollowUp } from './followup-support';
import { CREATE_ENTRY, CREATE_TASK, Company, NOTIFICATIONS, SET_STATUS, UPDATE_ENTRY, UPDATE_TASK, hoursFromNow, makeCompany } from './task-support';

let db: DataSource;
let co: Company;

beforeAll(async () => {
  db = await openTestDatabase();
  co = await makeCompany(db);
});
afterAll(async () => closeTestDatabase(db));

const MINUTE = 60_000;
const minutesFromNow = (m: number) => new Date(Date.now() + m * MINUTE).toISOString();
const reminders = (entityType: string, ids: (string | number)[]) =>
  db.getRepository(Notification).find({ where: { entityType, entityId: In(ids.map(Number)), kind: In(['schedule.reminder', 'followup.due', 'task.due']) }, order: { id: 'ASC' } });

test('the job is registered for `npm run jobs`', () => {
  expect(Object.keys(JOBS)).toContain('reminders');
});

describe('schedule reminders', () => {
  test('owner and participants are reminded once when the reminder time has come; later runs send nothing more', async () => {
    const due = (await ok(co.li.as, CREATE_ENTRY, { input: {
      title: '客户来访', startAt: minutesFromNow(5), endAt: minutesFromNow(65), reminderMinutes: 10, participantIds: [String(co.sun.user.id)],
    } })).createScheduleEntry;
    const notYet = (await ok(co.li.as, CREATE_ENTRY, { input: { title: '下周会议', startAt: hoursFromNow(48), endAt: hoursFromNow(49), reminderMinutes: 10 } })).createScheduleEntry;
    const none = (await ok(co.li.as, CREATE_ENTRY, { input: { title: '不提醒', startAt: minutesFromNow(5), endAt: minutesFromNow(30) } })).createScheduleEntry;
    const first = await runReminders(db);
    expect(first.schedule.claimed).toBe(1);
    const sent = await reminders('schedule', [due.id, notYet.id, none.id]);
    expect(sent.map((n) => [n.userId, n.entityId, n.kind]).sort()).toEqual([[co.li.user.id, Number(due.id), 'schedule.reminder'], [co.sun.user.id, Number(due.id), 'schedule.reminder']].sort());
    expect(sent[0].title).toContain('客户来访');
    const second = await runReminders(db);
    expect(second.schedule.claimed).toBe(0);
    expect(await reminders('schedule', [due.id, notYet.id, none.id])).toHaveLength(2);
    // The participant finds it in their notifications.
    const theirs = await ok(co.sun.as, NOTIFICATIONS);
    expect(theirs.notifications.nodes.some((n: { kind: string; entityId: string }) => n.kind === 'schedule.reminder' && n.entityId === due.id)).toBe(true);
  });

  test('moving the start re-arms the reminder: one more reminder for the new time', async () => {
    const entry = (await ok(co.zhou.as, CREATE_ENTRY, { input: { title: '电话会议', startAt: minutesFromNow(3), endAt: minutesFromNow(30), reminderMinutes: 5 } })).createScheduleEntry;
    await runReminders(db);
    expect(await reminders('schedule', [entry.id])).toHaveLength(1);
    await ok(co.zhou.as, UPDATE_ENTRY, { id: entry.id, input: { startAt: minutesFromNow(4), endAt: minutesFromNow(40) } });
    await runReminders(db);
    expect(await reminders('schedule', [entry.id])).toHaveLength(2);
    await runReminders(db);
    expect(await reminders('schedule', [entry.id])).toHaveLength(2);
  });

  test('deleted entries and entries already over are not reminded (the stale ones are set aside)', async () => {
    const gone = (await ok(co.li.as, CREATE_ENTRY, { input: { title: '取消的', startAt: minutesFromNow(2), endAt: minutesFromNow(20), reminderMinutes: 5 } })).createScheduleEntry;
    await ok(co.li.as, 'mutation($id: ID!) { deleteScheduleEntry(id: $id) { ids } }', { id: gone.id });
    const past = (await ok(co.li.as, CREATE_ENTRY, { input: { title: '昨天的', startAt: hoursFromNow(-26), endAt: hoursFromNow(-25), reminderMinutes: 5 } })).createScheduleEntry;
    const result = await runReminders(db);
    expect(result.schedule.skipped).toBeGreaterThanOrEqual(1);
    expect(await reminders('schedule', [gone.id, past.id])).toHaveLength(0);
    expect((await db.getRepository(ScheduleEntry).findOneByOrFail({ id: Number(past.id) })).reminderSentAt).not.toBeNull();
  });

  test("a follow-up's next contact time reminds its author as a follow-up reminder", async () => {
    const customer = await makeCustomer(db, co.sun.user);
    const followUp = await logFollowUp(co.sun.as, 'customer', customer.id, { nextContactAt: minutesFromNow(10) });
    const entry = await db.getRepository(ScheduleEntry).findOneByOrFail({ followUpId: Number(followUp.id) });
    await runReminders(db, new Date(Date.now() - MINUTE)); // 11 minutes before: the 15-minute reminder is due
    const sent = await reminders('schedule', [entry.id]);
    expect(sent.map((n) => [n.userId, n.kind])).toEqual([[co.sun.user.id, 'followup.due']]);
    expect(sent[0].title).toContain(customer.name);
    expect(sent[0].data).toMatchObject({ relatedType: 'customer', relatedId: customer.id, followUpId: Number(followUp.id) });
  });
});

describe('task reminders', () => {
  test('open tasks due today or overdue tell their assignee once; finished, undated, later and deleted ones do not', async () => {
    const make = async (title: string, dueAt: string | null) => (await ok(co.wang.as, CREATE_TASK, { input: { title, dueAt, assigneeId: String(co.li.user.id) } })).createTask;
    const overdue = await make('逾期任务', hoursFromNow(-50));
    const dueNow = await make('马上到期', minutesFromNow(1));
    const done = await make('已完成', hoursFromNow(-2));
    await ok(co.li.as, SET_STATUS, { id: done.id, status: 'DONE' });
    const undated = await make('无截止', null);
    const later = await make('下个月', hoursFromNow(24 * 30));
    const deleted = await make('删掉的', hoursFromNow(-3));
    await ok(co.wang.as, 'mutation($ids: [ID!]!) { deleteTasks(ids: $ids) { ids } }', { ids: [deleted.id] });
    await runReminders(db);
    await runReminders(db);
    const sent = await reminders('task', [overdue.id, dueNow.id, done.id, undated.id, later.id, deleted.id]);
    expect(sent.map((n) => [n.userId, n.entityId]).sort()).toEqual([[co.li.user.id, Number(overdue.id)], [co.li.user.id, Number(dueNow.id)]].sort());
    expect(sent.find((n) => n.entityId === Number(overdue.id))!.title).toContain('任务已逾期');
    // A new due time is reminded again.
    await ok(co.wang.as, UPDATE_TASK, { id: overdue.id, input: { dueAt: hoursFromNow(-1) } });
    await runReminders(db);
    expect(await reminders('task', [overdue.id])).toHaveLength(2);
  });

  test('a task moved to someone else before the reminder tells only the new assignee', async () => {
    const task = (await ok(co.wang.as, CREATE_TASK, { input: { title: '转交任务', dueAt: hoursFromNow(-1), assigneeId: String(co.li.user.id) } })).createTask;
    await ok(co.wang.as, UPDATE_TASK, { id: task.id, input: { assigneeId: String(co.sun.user.id) } });
    await runReminders(db);
    expect((await reminders('task', [task.id])).map((n) => n.userId)).toEqual([co.sun.user.id]);
  });
});

test('two runs at the same moment send each reminder exactly once', async () => {
  const entries: number[] = [];
  const tasks: number[] = [];
  const now = new Date();
  for (let i = 0; i < 15; i++) {
    const start = new Date(now.getTime() + (i + 1) * MINUTE);
    const saved = await db.getRepository(ScheduleEntry).save(db.getRepository(ScheduleEntry).create({
      title: `并发日程${i}`, description: null, startAt: start, endAt: new Date(start.getTime() + 30 * MINUTE), allDay: false, relatedType: null, relatedId: null,
      reminderMinutes: 30, remindAt: new Date(start.getTime() - 30 * MINUTE), reminderSentAt: null, ownerId: co.zhou.user.id, createdById: co.zhou.user.id, deletedAt: null, deletedById: null,
    }));
    entries.push(saved.id);
    const task = await db.getRepository(Task).save(db.getRepository(Task).create({
      title: `并发任务${i}`, description: null, assigneeId: co.zhou.user.id, createdById: co.zhou.user.id, dueAt: new Date(now.getTime() - i * MINUTE),
      priority: TaskPriority.NORMAL, status: TaskStatus.OPEN, relatedType: null, relatedId: null, completedAt: null, dueRemindedAt: null, deletedAt: null, deletedById: null,
    }));
    tasks.push(task.id);
  }
  // On MariaDB the second run has its own DataSource (its own connections), as a second app instance would;
  // in-memory SQLite has one database per connection, so there both runs share the process's DataSource.
  const other = onMysql() ? await openDataSource() : db;
  try {
    const [a, b] = await Promise.all([runReminders(db, now), runReminders(other, now)]);
    expect(a.schedule.claimed + b.schedule.claimed).toBe(15);
    expect(a.tasks.claimed + b.tasks.claimed).toBe(15);
  } finally {
    if (other !== db) await other.destroy();
  }
  const sentEntries = await reminders('schedule', entries);
  const sentTasks = await reminders('task', tasks);
  expect(sentEntries.map((n) => Number(n.entityId)).sort((x, y) => x - y)).toEqual([...entries].sort((x, y) => x - y));
  expect(sentTasks.map((n) => Number(n.entityId)).sort((x, y) => x - y)).toEqual([...tasks].sort((x, y) => x - y));
});
