// Opportunity follow-up reminders (SPEC 3.5): an open opportunity with no progress record for its category's interval
// (settings 提醒周期; by default 7 days short-term, 15 mid- and long-term) since its last progress (or creation) tells
// its owner once per overdue period.
// Idempotent and safe when several app instances run it at once: the dedupe key (opportunity, clock start,
// period number) lets the database keep exactly one notification per period.
import { DataSource } from 'typeorm';
import { Opportunity } from '@/entities';
import { OPEN_CATEGORIES } from '@/entities/opportunity.entity';
import { inTransaction } from '@/lib/db/transaction';
import { notify } from '@/lib/notification/notification.service';
import { cadences, followUpDaysOf } from '@/lib/cadence/cadence.settings';
import '@/lib/opportunity/opportunity.tables';

const DAY = 86_400_000;
const BATCH = 200;

/** `due`: opportunities past their follow-up date; `reminded`: owners addressed (a repeat is dropped by its key). */
export interface OpportunityReminderResult { due: number; reminded: number }

/** The reminder period an opportunity is in: 1 when first due, 2 one interval later, … (0 when not yet due). */
export function reminderPeriod(since: Date, days: number, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - since.getTime()) / (days * DAY)));
}

export async function runOpportunityReminders(db: DataSource, now = new Date()): Promise<OpportunityReminderResult> {
  let due = 0;
  let reminded = 0;
  const cadence = await cadences(db.manager);
  for (let afterId = 0; ;) {
    const batch = await db.getRepository(Opportunity).createQueryBuilder('o')
      .where('o.deletedAt IS NULL').andWhere('o.category IN (:...open)', { open: [...OPEN_CATEGORIES] })
      .andWhere('o.followUpDueAt <= :now', { now }).andWhere('o.id > :afterId', { afterId })
      .orderBy('o.id', 'ASC').limit(BATCH).getMany();
    for (const o of batch) {
      const days = followUpDaysOf(cadence, o.category);
      const since = o.lastProgressAt ?? o.createdAt;
      const period = days ? reminderPeriod(since, days, now) : 0;
      if (!period) continue;
      due += 1;
      const sent = await inTransaction(db, (manager) => notify(manager, {
        recipients: [o.ownerId], kind: 'opportunity.followup',
        title: `商机「${o.name}」已 ${period * days!} 天未跟进`,
        body: `请填写进展记录（${days} 天提醒一次）`, entityType: 'opportunity', entityId: o.id,
        data: { period, since: since.toISOString() }, dedupeKey: `opportunity-followup:${o.id}:${since.getTime()}:${period}`,
      }));
      reminded += sent.length;
    }
    if (batch.length < BATCH) break;
    afterId = batch[batch.length - 1].id;
  }
  return { due, reminded };
}
