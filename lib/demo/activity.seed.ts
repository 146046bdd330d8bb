// Demo planning and reporting: a few weeks of tasks (some assigned by the managers wang and chen, some done), schedule
// entries (the weekly team meeting, customer visits, a training day) and work reports (daily and weekly ones to
// wang and chen, the managers' monthly ones to the top), with read receipts and a few comments — through the
// services, so notifications, audit and rules are the real ones. Follow-ups' next contact times already became
// schedule entries through the follow-up seam.
import { DataSource, In, IsNull } from 'typeorm';
import { Comment, Customer, Report, ScheduleEntry, Task, User } from '@/entities';
import { ScheduleSource } from '@/entities/schedule-entry.entity';
import { Notification } from '@/entities/notification.entity';
import { ReportKind } from '@/entities/report.entity';
import { TaskPriority, TaskStatus } from '@/entities/task.entity';
import { Viewer, loadViewer } from '@/lib/access';
import { commentOn } from '@/lib/comment/comment.service';
import { addDays, todayIn } from '@/lib/contract/dates';
import { createReport, markReportRead } from '@/lib/report';
import { createScheduleEntry } from '@/lib/schedule';
import { startOfCompanyDay } from '@/lib/schedule/company-day';
import { createTask, setTaskStatus } from '@/lib/task';

const DAY = 86_400_000;
const HOUR = 3_600_000;
const SALES = ['li', 'sun', 'zhao', 'zhou'];
const MANAGER_OF: Record<string, string> = { li: 'wang', sun: 'wang', zhao: 'wang', zhou: 'chen' };

type Person = { user: User; viewer: Viewer };

const TASKS: { title: string; description: string; priority: TaskPriority; dueDays: number | null }[] = [
  { title: '整理本月客户拜访计划', description: '按核心、高成长客户排出拜访顺序', priority: TaskPriority.HIGH, dueDays: 0 },
  { title: '准备技术交流材料', description: '产品白皮书、成功案例各一份', priority: TaskPriority.NORMAL, dueDays: 3 },
  { title: '跟进报价反馈', description: '确认客户对报价的意见，必要时申请折扣', priority: TaskPriority.URGENT, dueDays: -1 },
  { title: '补全客户资料', description: '11 项必填字段缺失的客户逐一补全', priority: TaskPriority.NORMAL, dueDays: null },
  { title: '提交合同审批', description: '合同草稿已与客户确认，走内部审批', priority: TaskPriority.HIGH, dueDays: 6 },
  { title: '季度客户回访', description: '回访已成交客户，了解使用情况', priority: TaskPriority.LOW, dueDays: 20 },
];

const ASSIGNED: { title: string; description: string; priority: TaskPriority; dueDays: number | null }[] = [
  { title: '本周内完成重点客户拜访', description: '至少拜访两家核心客户，并及时填写跟进记录', priority: TaskPriority.HIGH, dueDays: 2 },
  { title: '更新商机阶段和预计成交日期', description: '所有短线商机的阶段和日期务必准确', priority: TaskPriority.NORMAL, dueDays: 1 },
  { title: '整理公海领取的客户', description: '新领取的客户一周内完成首次联系', priority: TaskPriority.NORMAL, dueDays: 9 },
];

const DAILY = [
  '今日工作：\n1. 电话回访 3 家客户，其中 1 家有明确采购意向；\n2. 整理报价单并发送客户；\n明日计划：上门拜访信息中心主任。',
  '今日工作：\n1. 拜访客户信息中心，完成产品演示；\n2. 更新商机阶段；\n问题：客户对交付周期有顾虑，需要技术支持确认。',
  '今日工作：\n1. 参加部门例会；\n2. 补全 4 家客户资料；\n3. 跟进合同审批进度。',
  '今日工作：\n1. 与采购部沟通商务条款；\n2. 安排下周技术交流会；\n明日计划：准备交流材料。',
];

const WEEKLY = '本周完成：\n一、客户拜访 6 次，其中实质性沟通 5 次；\n二、新增商机 1 个，推进阶段 2 个；\n三、合同 1 份进入审批。\n下周计划：重点跟进两家核心客户的预算审批。\n需要支持：技术交流会需要售前工程师参加。';
const MONTHLY = '本月团队情况：\n一、合同额与回款完成情况见附表；\n二、核心客户联络频次达标率 85%，个别业务员需加强；\n三、公海客户领取后首次联系及时。\n下月重点：推进短线商机签约，加强回款跟进。';

async function people(db: DataSource, names: string[]): Promise<Map<string, Person>> {
  const users = await db.getRepository(User).findBy({ username: In(names) });
  const out = new Map<string, Person>();
  for (const user of users) out.set(user.username, { user, viewer: (await loadViewer(db.manager, user.id))!.viewer });
  return out;
}

/** A moment `days` from today at `hour` o'clock in the company's time zone. */
const at = (days: number, hour: number, minute = 0) => new Date(startOfCompanyDay(new Date()).getTime() + days * DAY + hour * HOUR + minute * 60_000);

const isWeekday = (date: string) => { const d = new Date(`${date}T00:00:00Z`).getUTCDay(); return d !== 0 && d !== 6; };

async function seedTasks(db: DataSource, team: Map<string, Person>) {
  let count = 0;
  for (const [s, name] of SALES.entries()) {
    const me = team.get(name)!;
    const customers = await db.getRepository(Customer).find({ where: { ownerId: me.user.id, deletedAt: IsNull() }, order: { id: 'ASC' }, take: 6 });
    for (const [k, t] of TASKS.entries()) {
      const related = k % 2 === 0 && customers[k] ? { relatedType: 'customer', relatedId: customers[k].id } : {};
      const task = await createTask(db, me.viewer, { title: t.title, description: t.description, priority: t.priority, dueAt: t.dueDays === null ? null : at(t.dueDays + (s % 2), 17, 30), ...related });
      await db.getRepository(Task).update({ id: task.id }, { createdAt: at(-18 + k * 2 + s, 9, 15), updatedAt: at(-18 + k * 2 + s, 9, 15) });
      count++;
    }
    // Older work, already done: a few weeks of history.
    for (let w = 1; w <= 3; w++) {
      const done = await createTask(db, me.viewer, { title: `第${w}轮客户回访`, description: '回访并记录客户反馈', priority: TaskPriority.NORMAL, dueAt: at(-7 * w, 17) });
      await setTaskStatus(db, me.viewer, done.id, TaskStatus.DONE);
      await db.getRepository(Task).update({ id: done.id }, { createdAt: at(-7 * w - 3, 10), completedAt: at(-7 * w, 15), updatedAt: at(-7 * w, 15) });
      count++;
    }
    const manager = team.get(MANAGER_OF[name])!;
    for (const [k, t] of ASSIGNED.entries()) {
      const task = await createTask(db, manager.viewer, { title: t.title, description: t.description, priority: t.priority, assigneeId: me.user.id, dueAt: t.dueDays === null ? null : at(t.dueDays + k, 18) });
      if (k === 1 && s % 2 === 0) await setTaskStatus(db, me.viewer, task.id, TaskStatus.IN_PROGRESS);
      count++;
    }
  }
  return count;
}

async function seedSchedule(db: DataSource, team: Map<string, Person>) {
  let count = 0;
  const add = async (owner: Person, input: Parameters<typeof createScheduleEntry>[2]) => {
    const entry = await createScheduleEntry(db, owner.viewer, input);
    // Invitations went out a few days ahead; those of past meetings have been read.
    const sent = new Date(Math.min(entry.startAt.getTime() - 3 * DAY, Date.now() - HOUR));
    await db.getRepository(ScheduleEntry).update({ id: entry.id }, { createdAt: sent, updatedAt: sent });
    await db.getRepository(Notification).update({ entityType: 'schedule', entityId: entry.id }, {
      createdAt: sent, readAt: entry.startAt.getTime() < Date.now() ? new Date(sent.getTime() + 2 * HOUR) : null,
    });
    count++;
  };
  const today = new Date(`${todayIn()}T00:00:00Z`).getUTCDay(); // 0 Sunday … 6 Saturday
  const monday = -((today + 6) % 7);
  for (const [manager, members] of [['wang', ['li', 'sun', 'zhao']], ['chen', ['zhou']]] as const) {
    const owner = team.get(manager)!;
    for (let w = -3; w <= 2; w++) {
      await add(owner, {
        title: '销售部周例会', description: '上周工作回顾、本周重点客户与商机推进', startAt: at(monday + w * 7, 9), endAt: at(monday + w * 7, 10),
        reminderMinutes: 15, participantIds: members.map((m) => team.get(m)!.user.id),
      });
    }
  }
  for (const [s, name] of SALES.entries()) {
    const me = team.get(name)!;
    const customers = await db.getRepository(Customer).find({ where: { ownerId: me.user.id, deletedAt: IsNull() }, order: { id: 'ASC' }, take: 8 });
    for (const [k, customer] of customers.entries()) {
      const day = -14 + k * 3 + s;
      await add(me, {
        title: k % 2 ? `电话沟通：${customer.name}` : `拜访：${customer.name}`, description: k % 2 ? '确认采购时间表' : '演示产品并了解需求',
        startAt: at(day, 10 + (k % 4) * 2), endAt: at(day, 11 + (k % 4) * 2, k % 2 ? 0 : 30), reminderMinutes: 30,
        relatedType: 'customer', relatedId: customer.id,
      });
    }
    await add(me, { title: '产品培训', description: '新版本产品功能培训（全天）', allDay: true, startAt: at(4 + s, 9), endAt: at(4 + s, 9), reminderMinutes: 60 * 16 });
  }
  return count;
}

/** Moves a report (and the notifications about it) back to when it was written. */
async function backdate(db: DataSource, report: Report, when: Date) {
  await db.getRepository(Report).update({ id: report.id }, { createdAt: when, updatedAt: when });
  await db.getRepository(Notification).update({ entityType: 'report', entityId: report.id }, { createdAt: when });
}

async function seedReports(db: DataSource, team: Map<string, Person>) {
  let count = 0;
  const today = todayIn();
  const written: { report: Report; reader: Person; daysAgo: number }[] = [];
  for (const [s, name] of SALES.entries()) {
    const me = team.get(name)!;
    const reader = team.get(MANAGER_OF[name])!;
    for (let d = 12; d >= 1; d--) {
      const date = addDays(today, -d);
      if (!isWeekday(date) || (d + s) % 5 === 0) continue; // a missed day now and then
      const report = await createReport(db, me.viewer, { kind: ReportKind.DAILY, date, content: DAILY[(d + s) % DAILY.length] });
      await backdate(db, report, at(-d, 18, 10 + s * 7));
      written.push({ report, reader, daysAgo: d });
      count++;
    }
    for (let w = 3; w >= 1; w--) {
      const date = addDays(today, -7 * w);
      const report = await createReport(db, me.viewer, { kind: ReportKind.WEEKLY, date, content: WEEKLY });
      // Written on the Friday of its week, late afternoon.
      const friday = Math.round((Date.parse(`${report.periodStart}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / DAY) + 4;
      await backdate(db, report, at(friday, 17, s * 5));
      written.push({ report, reader, daysAgo: 7 * w });
      count++;
    }
  }
  // The managers' monthly reports go to the top (总公司 has no head, so they name the super administrator).
  const admin = await db.getRepository(User).findOneBy({ username: 'admin' });
  for (const name of ['wang', 'chen']) {
    const me = team.get(name)!;
    const report = await createReport(db, me.viewer, { kind: ReportKind.MONTHLY, date: addDays(today, -28), content: MONTHLY, recipientIds: admin ? [admin.id] : [] });
    await backdate(db, report, at(-1, 20));
    count++;
  }
  // Managers have read what is older than three days; the newest stay unread. A few get a comment (批示).
  for (const [i, { report, reader, daysAgo }] of written.entries()) {
    if (daysAgo > 3) {
      await markReportRead(db, reader.viewer, report.id, at(-daysAgo + 1, 8, 40));
    }
    if (i % 7 === 3) {
      const comment = await commentOn(db, reader.viewer, { targetType: 'report', targetId: report.id, content: i % 2 ? '重点客户的预算节点要盯紧。' : '收到，交付周期的问题我来协调技术支持。' });
      await db.getRepository(Comment).update({ id: comment.id }, { createdAt: at(-daysAgo + 1, 9) });
      await db.getRepository(Notification).update({ entityType: 'report', entityId: report.id, kind: 'comment' }, { createdAt: at(-daysAgo + 1, 9) });
    }
  }
  return count;
}

export async function seedActivity(db: DataSource): Promise<{ tasks: number; schedule: number; reports: number }> {
  const team = await people(db, ['wang', 'chen', ...SALES]);
  if (team.size < 6) return { tasks: 0, schedule: 0, reports: 0 };
  const tasks = await seedTasks(db, team);
  const schedule = await seedSchedule(db, team);
  const reports = await seedReports(db, team);
  return { tasks, schedule: schedule + (await db.getRepository(ScheduleEntry).countBy({ source: ScheduleSource.FOLLOW_UP })), reports };
}
