// A recipient of a work report, with the read receipt: readAt is set when they first open it.
import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt, DateColumn } from './columns';

@ObjectType('ReportRecipient')
@Entity('report_recipient')
@Index('uq_report_recipient', ['reportId', 'userId'], { unique: true })
@Index('idx_report_recipient_user', ['userId', 'readAt', 'reportId'])
export class ReportRecipient {
  @PrimaryGeneratedColumn() id: number;
  @Column({ name: 'report_id', type: 'int' }) reportId: number;
  @Column({ name: 'user_id', type: 'int' }) userId: number;
  @Field(() => Date, { nullable: true, description: 'When they first opened it; null while unread' }) @DateColumn({ name: 'read_at' }) readAt: Date | null;
  @Field(() => Date) @CreatedAt() createdAt: Date;
}
