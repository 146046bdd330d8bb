// A participant of a schedule entry: a colleague invited to it, who may read it and is reminded with the owner.
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt } from './columns';

@Entity('schedule_participant')
@Index('uq_schedule_participant', ['entryId', 'userId'], { unique: true })
@Index('idx_schedule_participant_user', ['userId', 'entryId'])
export class ScheduleParticipant {
  @PrimaryGeneratedColumn() id: number;
  @Column({ name: 'entry_id', type: 'int' }) entryId: number;
  @Column({ name: 'user_id', type: 'int' }) userId: number;
  @CreatedAt() createdAt: Date;
}
