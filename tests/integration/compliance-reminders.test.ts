// The contact-frequency reminder job: a customer about to become overdue tells its owner once — a notification in
// the bell and a task due at that time in the task boxes — however often the job runs and even when two runs race;
// customers not yet due, already overdue, or without a frequency rule are left alone; a later due time reminds again.
import { DataSource } from 'typeorm';
import { ComplianceReminder, Task, User } from '@/entities';
import { CustomerLevel, CustomerType } from '@/entities/customer.entity';
import { runComplianceReminders } from '@/lib/jobs/compliance-reminders';
import { JOBS } from '@/lib/jobs';
import { closeTestDatabase, openTestDatabase } from '../support/database';
import { ok } from '../support/api';
import { Company, makeCompany } from './task-support';
import { customerAt, followUpAt } from './insight-support';

let db: DataSource;
let co: Company;
const DAY = 86_400_000;
const ago = (days: number) => new Date(Date.now() - days * DAY);

async function coreCustomer(owner: User, name: string, contactedDaysAgo: number, level = CustomerLevel.CORE, type = CustomerType.DIRECT) {
  const c = await customerAt(db, owner, ago(200), { name, level, type });
  await followUpAt(db, 'customer', c.id, owner, ago(contactedDaysAgo), true);
  return c;
}

const notices = async (user: Company['li']) => (await ok(user.as, '{ notifications(first: 50) { nodes { kind title entityType entityId } } unreadNotificationCount }'));
const tasksOf = (userId: number) => db.getRepository(Task).findBy({ assigneeId: userId, relatedType: 'customer' });

beforeAll(async () => {
  db = await openTestDatabase();
  co = await makeCompany(db);
});
afterAll(async () => closeTestDatabase(db));

test('a customer due tomorrow reminds its owner in the bell and the task boxes, once', async () => {
  // Core without a deal: fortnightly; contacted 13 days ago, so due in a day (the default reminder is 2 days ahead).
  const due = await coreCustomer(co.li.user, '提醒测试甲公司', 13);
  await coreCustomer(co.li.user, '提醒测试乙公司', 5);   // due in 9 days: not yet
  await coreCustomer(co.li.user, '提醒测试丙公司', 30);  // already overdue: the reminder comes before, not after
  await coreCustomer(co.li.user, '提醒测试丁公司', 13, CustomerLevel.NORMAL); // no frequency rule
  await coreCustomer(co.li.user, '提醒测试戊公司', 29, CustomerLevel.HIGH_GROWTH, CustomerType.DISTRIBUTOR); // distributors have none

  expect(await runComplianceReminders(db)).toEqual({ due: 1, reminded: 1 });
  const { notifications, unreadNotificationCount } = await notices(co.li);
  expect(notifications.nodes).toEqual([expect.objectContaining({ kind: 'compliance.due', entityType: 'customer', entityId: String(due.id) })]);
  expect(notifications.nodes[0].title).toContain('提醒测试甲公司');
  expect(unreadNotificationCount).toBe(1);
  const tasks = await tasksOf(co.li.user.id);
  expect(tasks).toHaveLength(1);
  expect(tasks[0]).toMatchObject({ relatedId: due.id, title: '联系客户：提醒测试甲公司', status: 'OPEN' });
  expect(Math.round((tasks[0].dueAt!.getTime() - Date.now()) / DAY)).toBe(1);
  // In her task boxes (due within the next 7 days).
  const { myTasks } = await ok(co.li.as, '{ myTasks { today { title relatedId } next { title relatedId } } }');
  expect([...myTasks.today, ...myTasks.next]).toEqual([{ title: '联系客户：提醒测试甲公司', relatedId: String(due.id) }]);

  expect(await runComplianceReminders(db)).toEqual({ due: 1, reminded: 0 });
  expect((await notices(co.li)).notifications.nodes).toHaveLength(1);
  expect(await tasksOf(co.li.user.id)).toHaveLength(1);
});

test('two runs at the same moment remind once', async () => {
  await coreCustomer(co.sun.user, '并发提醒测试公司', 13);
  const runs = await Promise.all([runComplianceReminders(db), runComplianceReminders(db), JOBS['compliance-reminders'](db)]);
  expect(runs.reduce((n: number, r) => n + (r as { reminded: number }).reminded, 0)).toBe(1);
  expect(await tasksOf(co.sun.user.id)).toHaveLength(1);
  expect((await notices(co.sun)).notifications.nodes).toHaveLength(1);
});

test('a customer reaching its reminder days later is reminded then; never twice for one due time', async () => {
  // Four days on, 乙 (contacted 5 days ago, fortnightly) is due in 5 days: still not; at nine days on it is.
  const later = (days: number) => new Date(Date.now() + days * DAY);
  expect((await runComplianceReminders(db, later(4))).reminded).toBe(0);
  const run = await runComplianceReminders(db, later(8));
  expect(run.reminded).toBeGreaterThanOrEqual(1);
  expect((await tasksOf(co.li.user.id)).map((t) => t.title)).toContain('联系客户：提醒测试乙公司');
  const rows = await db.getRepository(ComplianceReminder).find();
  expect(new Set(rows.map((r) => `${r.customerId}:${r.dueAt.getTime()}`)).size).toBe(rows.length);
});
