// A schedule entry (日程): a meeting, visit or call in someone's calendar, optionally about a business record
// (relatedType + relatedId), with participants and a reminder. Owned by one user (ownerId); visible to the owner,
// the participants and leaders whose read scope covers the owner (lib/schedule/schedule.tables.ts).
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt, DateColumn, UpdatedAt } from './columns';

/** Where an entry came from: written by hand, or made from a follow-up's next contact time. */
export enum ScheduleSource { MANUAL = 'MANUAL', FOLLOW_UP = 'FOLLOW_UP' }
registerEnumType(ScheduleSource, { name: 'ScheduleSource', description: 'MANUAL, or FOLLOW_UP (a follow-up\'s next contact time)' });

@ObjectType('ScheduleEntry')
@Entity('schedule_entry')
@Index('idx_schedule_owner_start', ['ownerId', 'startAt'])
@Index('idx_schedule_remind', ['remindAt'])
@Index('idx_schedule_related', ['relatedType', 'relatedId'])
@Index('idx_schedule_follow_up', ['followUpId'])
export class ScheduleEntry {
  @Field(() => ID) @PrimaryGeneratedColumn() id: number;
  @Field(() => String) @Column({ type: 'varchar', length: 200 }) title: string;
  @Field(() => String, { nullable: true }) @Column({ type: 'text', nullable: true }) description: string | null;
  @Field(() => Date) @DateColumn({ name: 'start_at', nullable: false }) startAt: Date;
  @Field(() => Date, { description: 'After startAt; for all-day entries the last second of the last day (Asia/Shanghai)' })
  @DateColumn({ name: 'end_at', nullable: false }) endAt: Date;
  @Field(() => Boolean) @Column({ name: 'all_day', type: 'boolean', default: false }) allDay: boolean;
  @Field(() => String, { nullable: true, description: 'customer, contact, lead, opportunity, contract, …' })
  @Column({ name: 'related_type', type: 'varchar', length: 20, nullable: true }) relatedType: string | null;
  @Field(() => ID, { nullable: true }) @Column({ name: 'related_id', type: 'int', nullable: true }) relatedId: number | null;
  @Field(() => Int, { nullable: true, description: 'Remind this many minutes before the start (null: no reminder)' })
  @Column({ name: 'reminder_minutes', type: 'int', nullable: true }) reminderMinutes: number | null;
  /** startAt - reminderMinutes: what the reminder job looks for. */
  @Field(() => Date, { nullable: true }) @DateColumn({ name: 'remind_at' }) remindAt: Date | null;
  /** Set when the reminder job has claimed (and sent) this entry's reminder; cleared when the time changes. */
  @DateColumn({ name: 'reminder_sent_at' }) reminderSentAt: Date | null;
  @Field(() => ScheduleSource) @Column({ type: 'varchar', length: 10, default: ScheduleSource.MANUAL }) source: ScheduleSource;
  @Field(() => ID, { nullable: true, description: 'The follow-up whose next contact time made this entry' })
  @Column({ name: 'follow_up_id', type: 'int', nullable: true }) followUpId: number | null;
  @Field(() => ID) @Column({ name: 'owner_id', type: 'int' }) ownerId: number;
  @Field(() => ID) @Column({ name: 'created_by_id', type: 'int' }) createdById: number;
  @Field(() => Date, { nullable: true }) @DateColumn({ name: 'deleted_at' }) deletedAt: Date | null;
  @Column({ name: 'deleted_by_id', type: 'int', nullable: true }) deletedById: number | null;
  @Field(() => Date) @CreatedAt() createdAt: Date;
  @Field(() => Date) @UpdatedAt() updatedAt: Date;
}
