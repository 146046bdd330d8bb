// Payment plan reminders (SPEC 3.6, 4.5): from `reminderDays` before a plan's date (a plan without its own: the
// company default of settings 提醒周期) up to the date itself, the owner of the (approved, live) contract is told once that the term is due, unless it is already received.
// Idempotent and safe when several app instances run it at once: the notification's dedupe key (plan and
// planned date) lets the database keep exactly one; moving the plan to a new date reminds again.
import { DataSource } from 'typeorm';
import { Contract, PaymentPlan, Receivable } from '@/entities';
import { ContractStatus } from '@/entities/contract.entity';
import { ReceivableStatus } from '@/entities/receivable.entity';
import { cadences } from '@/lib/cadence/cadence.settings';
import { isMysql } from '@/lib/db/lock';
import { notify } from '@/lib/notification/notification.service';
// Registers the 'contract' record type, which notify() checks the owner's visibility against.
import '@/lib/contract/contract.tables';
import { dateOf, todayIn } from '@/lib/contract/dates';
import { centsOf, formatYuan, sqlCents, sumCents } from '@/lib/contract/money';

/** `due`: plans in their reminder window; `reminded`: owners addressed (a repeat is dropped by its dedupe key). */
export interface ReminderResult { due: number; reminded: number }

export async function runPaymentPlanReminders(db: DataSource, now = new Date()): Promise<ReminderResult> {
  const manager = db.manager;
  const today = todayIn(now);
  const lead = `COALESCE(p.reminderDays, ${Math.trunc((await cadences(manager)).paymentPlanReminderDays)})`;
  const remindFrom = isMysql(manager) ? `DATE_SUB(p.plannedDate, INTERVAL ${lead} DAY)` : `date(p.plannedDate, '-' || ${lead} || ' days')`;
  const received = manager.createQueryBuilder(Receivable, 'r').select(`COALESCE(SUM(${sqlCents(manager, 'r.amount')}), 0)`)
    .where('r.planId = p.id').andWhere('r.status = :approved');
  const rows = await manager.createQueryBuilder(PaymentPlan, 'p')
    .innerJoin(Contract, 'k', 'k.id = p.contractId')
    .select(['p.id AS id', 'p.term AS term', 'p.amount AS amount', 'p.plannedDate AS plannedDate', 'k.id AS contractId', 'k.code AS code', 'k.title AS title', 'k.ownerId AS ownerId'])
    .addSelect(`(${received.getQuery()})`, 'received')
    .where('p.deletedAt IS NULL').andWhere('k.deletedAt IS NULL').andWhere('k.status = :status', { status: ContractStatus.APPROVED })
    .andWhere('p.plannedDate >= :today', { today }).andWhere(`${remindFrom} <= :today`)
    .setParameter('approved', ReceivableStatus.APPROVED)
    .getRawMany<{ id: number; term: number; amount: string | number; plannedDate: string | Date; contractId: number; code: string; title: string; ownerId: number; received: unknown }>();
  let reminded = 0;
  for (const row of rows) {
    if (sumCents(row.received) >= centsOf(row.amount)) continue;
    const plannedDate = dateOf(row.plannedDate)!;
    const sent = await notify(manager, {
      recipients: [Number(row.ownerId)], kind: 'payment_plan.due',
      title: `回款提醒：合同 ${row.code} 第 ${row.term} 期 ${formatYuan(row.amount)} 计划于 ${plannedDate} 回款`,
      body: row.title, entityType: 'contract', entityId: Number(row.contractId),
      data: { paymentPlanId: Number(row.id), plannedDate }, dedupeKey: `payment-plan:${row.id}:${plannedDate}`,
    });
    reminded += sent.length;
  }
  return { due: rows.length, reminded };
}
