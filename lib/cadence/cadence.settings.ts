// Reminder cadences as settings an administrator changes (system:settings), read by the jobs and services that
// remind: opportunity follow-up intervals per category (seed 002 §4.1.3: 7/15/15), the lead time of payment plans
// without their own, how many days before their due day tasks are reminded, and the follow-up contact reminder.
// Without a stored row the defaults apply. Changes are audited; new follow-up intervals re-time open opportunities.
import { DataSource, EntityManager } from 'typeorm';
import { CadenceSettings, Opportunity } from '@/entities';
import { OpportunityCategory } from '@/entities/opportunity.entity';
import { Viewer, hasPermission } from '@/lib/access';
import { audit, diff } from '@/lib/audit/audit';
import { isMysql } from '@/lib/db/lock';
import { inTransaction } from '@/lib/db/transaction';
import { FieldErrors, forbidden } from '@/lib/errors';
import { actorOf } from '@/lib/org/org.common';

export interface Cadences {
  /** Days an open opportunity may go without a progress record, per category. */
  shortTermFollowUpDays: number;
  midTermFollowUpDays: number;
  longTermFollowUpDays: number;
  /** Days before the planned date a payment plan without its own lead time is reminded (0: on the day). */
  paymentPlanReminderDays: number;
  /** Days before the due day an open task is reminded (0: on the due day). */
  taskReminderDays: number;
  /** Minutes before a follow-up's next contact time its schedule reminder fires. */
  followUpReminderMinutes: number;
}

const KEYS = ['shortTermFollowUpDays', 'midTermFollowUpDays', 'longTermFollowUpDays', 'paymentPlanReminderDays', 'taskReminderDays', 'followUpReminderMinutes'] as const;
export const CADENCE_LIMITS: Record<keyof Cadences, [number, number]> = {
  shortTermFollowUpDays: [1, 365], midTermFollowUpDays: [1, 365], longTermFollowUpDays: [1, 365],
  paymentPlanReminderDays: [0, 365], taskReminderDays: [0, 30], followUpReminderMinutes: [0, 30 * 24 * 60],
};

/** The defaults; FOLLOW_UP_REMINDER_MINUTES (the older environment setting) still sets the last one's default. */
export function defaultCadences(): Cadences {
  const minutes = Number(process.env.FOLLOW_UP_REMINDER_MINUTES);
  return {
    shortTermFollowUpDays: 7, midTermFollowUpDays: 15, longTermFollowUpDays: 15, paymentPlanReminderDays: 3, taskReminderDays: 0,
    followUpReminderMinutes: process.env.FOLLOW_UP_REMINDER_MINUTES && Number.isInteger(minutes) && minutes >= 0 ? minutes : 15,
  };
}

const SETTINGS_ID = 1;

export async function cadences(manager: EntityManager): Promise<Cadences> {
  const row = await manager.findOneBy(CadenceSettings, { id: SETTINGS_ID });
  return row ? (Object.fromEntries(KEYS.map((k) => [k, row[k]])) as unknown as Cadences) : defaultCadences();
}

const FOLLOW_UP_KEYS: Partial<Record<OpportunityCategory, 'shortTermFollowUpDays' | 'midTermFollowUpDays' | 'longTermFollowUpDays'>> = {
  [OpportunityCategory.SHORT_TERM]: 'shortTermFollowUpDays', [OpportunityCategory.MID_TERM]: 'midTermFollowUpDays', [OpportunityCategory.LONG_TERM]: 'longTermFollowUpDays',
};

/** Follow-up interval of a category in days; null for closed categories (never due). */
export function followUpDaysOf(c: Cadences, category: OpportunityCategory): number | null {
  const key = FOLLOW_UP_KEYS[category];
  return key ? c[key] : null;
}

/** Re-times every opportunity of the category from its last progress (or creation) with the new interval: one UPDATE. */
async function retimeOpportunities(manager: EntityManager, category: OpportunityCategory, days: number): Promise<number> {
  const since = 'COALESCE(last_progress_at, created_at)';
  const due = isMysql(manager) ? `DATE_ADD(${since}, INTERVAL ${days} DAY)` : `strftime('%Y-%m-%d %H:%M:%f', ${since}, '+${days} days')`;
  const result = await manager.createQueryBuilder().update(Opportunity).set({ followUpDueAt: () => due }).where('category = :category', { category }).execute();
  return result.affected ?? 0;
}

export type CadencesInput = Partial<Record<keyof Cadences, number | null>>;

export async function updateCadences(db: DataSource, viewer: Viewer, input: CadencesInput): Promise<Cadences> {
  if (!hasPermission(viewer, 'system:settings')) throw forbidden('Missing permission system:settings');
  const errors = new FieldErrors();
  const patch: Partial<Cadences> = {};
  for (const key of KEYS) {
    const value = input[key];
    if (value === undefined || value === null) continue;
    const [min, max] = CADENCE_LIMITS[key];
    if (!Number.isInteger(value) || value < min || value > max) errors.add(key, `must be a whole number from ${min} to ${max}`);
    else patch[key] = value;
  }
  errors.throwIfAny();
  return inTransaction(db, async (manager) => {
    const current = await cadences(manager);
    const changes: Record<string, unknown> = diff(current, patch);
    if (!Object.keys(changes).length) return current;
    const next = { ...current, ...patch };
    await manager.save(CadenceSettings, { id: SETTINGS_ID, ...next, updatedById: viewer.userId });
    let retimed = 0;
    for (const [category, key] of Object.entries(FOLLOW_UP_KEYS) as [OpportunityCategory, keyof Cadences][]) {
      if (key in changes) retimed += await retimeOpportunities(manager, category, next[key]);
    }
    if (retimed) changes.retimedOpportunities = retimed;
    await audit(manager, actorOf(viewer), { action: 'update', entityType: 'cadence_settings', entityId: SETTINGS_ID, changes });
    return cadences(manager);
  });
}
