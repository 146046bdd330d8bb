// Reminder cadences as company settings (one row, id 1; absent means the defaults): how often an open opportunity
// must get a progress record per category (seed 002 §4.1.3: 7/15/15), how many days ahead a payment plan without
// its own lead time is reminded, how many days before the due day tasks are reminded, and how many minutes before
// a follow-up's next contact time its schedule reminder fires.
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { UpdatedAt } from './columns';

@Entity('cadence_settings')
export class CadenceSettings {
  @PrimaryColumn({ type: 'int' }) id: number;
  @Column({ name: 'short_term_follow_up_days', type: 'int', default: 7 }) shortTermFollowUpDays: number;
  @Column({ name: 'mid_term_follow_up_days', type: 'int', default: 15 }) midTermFollowUpDays: number;
  @Column({ name: 'long_term_follow_up_days', type: 'int', default: 15 }) longTermFollowUpDays: number;
  @Column({ name: 'payment_plan_reminder_days', type: 'int', default: 3 }) paymentPlanReminderDays: number;
  @Column({ name: 'task_reminder_days', type: 'int', default: 0 }) taskReminderDays: number;
  @Column({ name: 'follow_up_reminder_minutes', type: 'int', default: 15 }) followUpReminderMinutes: number;
  @Column({ name: 'updated_by_id', type: 'int', nullable: true }) updatedById: number | null;
  @UpdatedAt() updatedAt: Date;
}
