// Contact-frequency reminders (seed 002 §3.4): a core or high-growth direct customer whose next required contact
// falls due within the reminder days tells its owner — a notification in the bell and a task (due at that time) in
// their task boxes — once per due time. Safe when several app instances run it at once: the reminder row's unique
// key (customer, due time) is inserted first in the same transaction, so only one run creates the task and the
// notification; the notification's dedupe key backs that up.
import { DataSource } from 'typeorm';
import { ComplianceReminder, Task } from '@/entities';
import { TaskPriority, TaskStatus } from '@/entities/task.entity';
import { audit } from '@/lib/audit/audit';
import { DAY_SECONDS, FrequencyRule, complianceRules, customerStates, dueTime, intervalOf, runNamed } from '@/lib/compliance';
import { isUniqueViolation } from '@/lib/db/errors';
import { inTransaction } from '@/lib/db/transaction';
import { notify } from '@/lib/notification/notification.service';
import { rawDate } from '@/lib/supervision/supervision.filter';
import { companyDateTime } from '@/lib/schedule/company-day';
import '@/lib/task/task.tables';

const BATCH = 200;
const RULE_TEXT: Record<FrequencyRule, string> = { CORE_SHORT: '核心客户（短线）', CORE_MID: '核心客户', HIGH_GROWTH: '高成长客户' };
const SYSTEM = { userId: null, ip: null, requestId: null };

/** `due`: customers due within the reminder days; `reminded`: those this run reminded (the others already were). */
export interface ComplianceReminderResult { due: number; reminded: number }

export async function runComplianceReminders(db: DataSource, now = new Date()): Promise<ComplianceReminderResult> {
  const rules = await complianceRules(db.manager);
  const states = await customerStates(db.manager, null, null, rules, now);
  const result = { due: 0, reminded: 0 };
  for (let afterId = 0; ;) {
    const rows = await runNamed<Record<string, unknown>>(db.manager, `SELECT y.id AS id, y.name AS name, y.ownerId AS ownerId, y.rule AS rule, y.reference AS reference
      FROM (${states.sql}) y WHERE y.slack <= 0 AND y.slack > ${-rules.reminderDays * DAY_SECONDS} AND y.id > ${afterId} ORDER BY y.id LIMIT ${BATCH}`, states.params);
    for (const row of rows) {
      const rule = row.rule as FrequencyRule;
      const days = intervalOf(rule, rules)!;
      const reference = rawDate(row.reference);
      if (!reference) continue;
      result.due += 1;
      const dueAt = dueTime(reference, days);
      const customerId = Number(row.id);
      const ownerId = Number(row.ownerId);
      const name = String(row.name);
      try {
        await inTransaction(db, async (manager) => {
          const reminder = await manager.save(manager.create(ComplianceReminder, { customerId, ownerId, dueAt, taskId: null }));
          const title = `联系客户：${name}`.slice(0, 200);
          const task = await manager.save(manager.create(Task, {
            title, description: `${RULE_TEXT[rule]}每${days}天至少沟通一次（实质沟通或跟单进展）。请在 ${companyDateTime(dueAt)} 前联系并填写跟进记录。`,
            assigneeId: ownerId, createdById: ownerId, dueAt, priority: TaskPriority.HIGH, status: TaskStatus.OPEN,
            relatedType: 'customer', relatedId: customerId, completedAt: null, dueRemindedAt: null, deletedAt: null, deletedById: null,
          }));
          await manager.update(ComplianceReminder, { id: reminder.id }, { taskId: task.id });
          await audit(manager, SYSTEM, { action: 'create', entityType: 'task', entityId: task.id, changes: { title, assigneeId: ownerId, dueAt: dueAt.toISOString(), relatedType: 'customer', relatedId: customerId, reason: 'compliance' } });
          await notify(manager, {
            recipients: [ownerId], kind: 'compliance.due', title: `联络提醒：客户「${name}」需在 ${companyDateTime(dueAt)} 前联系`.slice(0, 200),
            body: `${RULE_TEXT[rule]}每${days}天至少沟通一次`, entityType: 'customer', entityId: customerId,
            data: { dueAt: dueAt.toISOString(), rule, taskId: task.id }, dedupeKey: `compliance-due:${customerId}:${dueAt.getTime()}`,
          });
        });
        result.reminded += 1;
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
      }
    }
    if (rows.length < BATCH) break;
    afterId = Number(rows[rows.length - 1].id);
  }
  return result;
}
