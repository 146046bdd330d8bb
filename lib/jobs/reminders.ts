// Reminders (SPEC 4.2, 4.5): schedule entries whose reminder time has come (follow-ups' next contact times are
// schedule entries too) tell their owner and participants; open tasks that are due today or overdue (or within the
// days ahead set in settings 提醒周期) tell their assignee. Each reminder goes out once. Safe when several app instances run it at the same moment: a row is
// claimed by a conditional UPDATE (… WHERE reminded IS NULL AND the time is still the one read) inside the same
// transaction as its notification, and the notification's dedupe key (record + time) backs that up.
import { DataSource, EntityManager } from 'typeorm';
import { ScheduleEntry, ScheduleParticipant, Task } from '@/entities';
import { ScheduleSource } from '@/entities/schedule-entry.entity';
import { OPEN_TASK_STATUSES } from '@/entities/task.entity';
import { cadences } from '@/lib/cadence/cadence.settings';
import { inTransaction } from '@/lib/db/transaction';
import { notify } from '@/lib/notification/notification.service';
import { companyDate, companyDateTime, startOfCompanyDayAfter } from '@/lib/schedule/company-day';
import '@/lib/schedule/schedule.tables';
import '@/lib/task/task.tables';

const BATCH = 200;

/** `due`: rows whose reminder time has come; `claimed`: rows this run reminded; `notified`: notifications stored. */
export interface ReminderRunResult {
  schedule: { due: number; claimed: number; skipped: number; notified: number };
  tasks: { due: number; claimed: number; notified: number };
}

/** Claims the row for this run: true when this run flipped the marker (no other run has, or will). */
async function claim(manager: EntityManager, entity: typeof ScheduleEntry | typeof Task, marker: 'reminderSentAt' | 'dueRemindedAt', id: number, time: Date, now: Date) {
  const [markerColumn, timeColumn] = marker === 'reminderSentAt' ? ['reminder_sent_at', 'remind_at'] : ['due_reminded_at', 'due_at'];
  const result = await manager.createQueryBuilder().update(entity).set({ [marker]: now } as never)
    .where(`id = :id AND ${markerColumn} IS NULL AND ${timeColumn} = :time`, { id, time }).execute();
  return (result.affected ?? 0) === 1;
}

async function remindEntry(manager: EntityManager, entry: ScheduleEntry, now: Date): Promise<{ claimed: boolean; notified: number }> {
  if (!(await claim(manager, ScheduleEntry, 'reminderSentAt', entry.id, entry.remindAt!, now))) return { claimed: false, notified: 0 };
  const participants = (await manager.findBy(ScheduleParticipant, { entryId: entry.id })).map((p) => p.userId);
  const fromFollowUp = entry.source === ScheduleSource.FOLLOW_UP;
  const when = entry.allDay ? companyDate(entry.startAt) : companyDateTime(entry.startAt);
  const sent = await notify(manager, {
    recipients: [entry.ownerId, ...participants], kind: fromFollowUp ? 'followup.due' : 'schedule.reminder',
    title: fromFollowUp ? `跟进提醒：${entry.title}（${when}）` : `日程提醒：${entry.title}（${when}）`, body: entry.description?.slice(0, 200) ?? null,
    entityType: 'schedule', entityId: entry.id,
    data: { startAt: entry.startAt.toISOString(), relatedType: entry.relatedType, relatedId: entry.relatedId, followUpId: entry.followUpId },
    dedupeKey: `schedule-reminder:${entry.id}:${entry.remindAt!.getTime()}`,
  });
  return { claimed: true, notified: sent.length };
}

async function remindTask(manager: EntityManager, task: Task, now: Date, windowEnd: Date): Promise<{ claimed: boolean; notified: number }> {
  if (!(await claim(manager, Task, 'dueRemindedAt', task.id, task.dueAt!, now))) return { claimed: false, notified: 0 };
  const overdue = task.dueAt!.getTime() < now.getTime() && companyDate(task.dueAt!) !== companyDate(now);
  const upcoming = task.dueAt!.getTime() >= startOfCompanyDayAfter(now, 1).getTime();
  const sent = await notify(manager, {
    recipients: [task.assigneeId], kind: 'task.due',
    title: `${overdue ? '任务已逾期' : upcoming ? '任务即将到期' : '任务今天到期'}：${task.title}（${companyDateTime(task.dueAt!)}）`,
    entityType: 'task', entityId: task.id, data: { dueAt: task.dueAt!.toISOString(), overdue, dueBefore: windowEnd.toISOString() },
    dedupeKey: `task-due:${task.id}:${task.dueAt!.getTime()}`,
  });
  return { claimed: true, notified: sent.length };
}

export async function runReminders(db: DataSource, now = new Date()): Promise<ReminderRunResult> {
  const result: ReminderRunResult = { schedule: { due: 0, claimed: 0, skipped: 0, notified: 0 }, tasks: { due: 0, claimed: 0, notified: 0 } };
  // Entries already over when first seen (the job was down, or the entry was written afterwards) are not worth
  // a reminder any more: mark them so they are not looked at again.
  const stale = await db.createQueryBuilder().update(ScheduleEntry).set({ reminderSentAt: now })
    .where('reminder_sent_at IS NULL AND remind_at <= :now AND end_at <= :now AND deleted_at IS NULL', { now }).execute();
  result.schedule.skipped = stale.affected ?? 0;

  for (let afterId = 0; ;) {
    const batch = await db.getRepository(ScheduleEntry).createQueryBuilder('s')
      .where('s.deletedAt IS NULL AND s.reminderSentAt IS NULL AND s.remindAt <= :now AND s.endAt > :now', { now })
      .andWhere('s.id > :afterId', { afterId }).orderBy('s.id', 'ASC').limit(BATCH).getMany();
    for (const entry of batch) {
      result.schedule.due += 1;
      const outcome = await inTransaction(db, (manager) => remindEntry(manager, entry, now));
      if (outcome.claimed) result.schedule.claimed += 1;
      result.schedule.notified += outcome.notified;
    }
    if (batch.length < BATCH) break;
    afterId = batch[batch.length - 1].id;
  }

  // Tasks due before the end of the reminder window: today, plus the days ahead the settings ask for.
  const windowEnd = startOfCompanyDayAfter(now, 1 + (await cadences(db.manager)).taskReminderDays);
  for (let afterId = 0; ;) {
    const batch = await db.getRepository(Task).createQueryBuilder('t')
      .where('t.deletedAt IS NULL AND t.dueRemindedAt IS NULL AND t.dueAt < :windowEnd', { windowEnd })
      .andWhere('t.status IN (:...open)', { open: [...OPEN_TASK_STATUSES] })
      .andWhere('t.id > :afterId', { afterId }).orderBy('t.id', 'ASC').limit(BATCH).getMany();
    for (const task of batch) {
      result.tasks.due += 1;
      const outcome = await inTransaction(db, (manager) => remindTask(manager, task, now, windowEnd));
      if (outcome.claimed) result.tasks.claimed += 1;
      result.tasks.notified += outcome.notified;
    }
    if (batch.length < BATCH) break;
    afterId = batch[batch.length - 1].id;
  }
  return result;
}

