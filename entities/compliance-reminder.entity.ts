// One contact-frequency reminder sent: a customer whose required contact falls due at `dueAt`. The unique key lets
// the reminder job run on several app servers at once and still remind (bell + task) exactly once per due date.
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt, DateColumn } from './columns';

@Entity('compliance_reminder')
@Index('uq_compliance_reminder', ['customerId', 'dueAt'], { unique: true })
export class ComplianceReminder {
  @PrimaryGeneratedColumn() id: number;
  @Column({ name: 'customer_id', type: 'int' }) customerId: number;
  @Column({ name: 'owner_id', type: 'int' }) ownerId: number;
  @DateColumn({ name: 'due_at', nullable: false }) dueAt: Date;
  @Column({ name: 'task_id', type: 'int', nullable: true }) taskId: number | null;
  @CreatedAt() createdAt: Date;
}
