// A task (任务): something one user (the assignee, its owner for the data scopes) is to do, possibly assigned by
// a leader (the creator), with an optional due time, a priority and a status, optionally about a business record.
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt, DateColumn, UpdatedAt } from './columns';

export enum TaskPriority { LOW = 'LOW', NORMAL = 'NORMAL', HIGH = 'HIGH', URGENT = 'URGENT' }
registerEnumType(TaskPriority, { name: 'TaskPriority', description: 'LOW 低, NORMAL 普通, HIGH 高, URGENT 紧急' });

export enum TaskStatus { OPEN = 'OPEN', IN_PROGRESS = 'IN_PROGRESS', DONE = 'DONE', CANCELLED = 'CANCELLED' }
registerEnumType(TaskStatus, { name: 'TaskStatus', description: 'OPEN 未开始, IN_PROGRESS 进行中, DONE 已完成, CANCELLED 已取消' });

/** Statuses of tasks still to be done: they appear in the four boxes and are reminded when due. */
export const OPEN_TASK_STATUSES = [TaskStatus.OPEN, TaskStatus.IN_PROGRESS] as const;

@ObjectType('Task')
@Entity('task')
@Index('idx_task_assignee_status_due', ['assigneeId', 'status', 'dueAt'])
@Index('idx_task_creator', ['createdById', 'createdAt'])
// List indexes: see customer.entity.ts (the assignee is the task's owner; the list orders by creation).
@Index('idx_task_assignee_live_created', ['assigneeId', 'deletedAt', 'createdAt'])
@Index('idx_task_live_created_assignee', ['deletedAt', 'createdAt', 'id', 'assigneeId'])
@Index('idx_task_due', ['dueAt'])
@Index('idx_task_related', ['relatedType', 'relatedId'])
export class Task {
  @Field(() => ID) @PrimaryGeneratedColumn() id: number;
  @Field(() => String) @Column({ type: 'varchar', length: 200 }) title: string;
  @Field(() => String, { nullable: true }) @Column({ type: 'text', nullable: true }) description: string | null;
  /** The owner of the task for the data scopes. */
  @Field(() => ID) @Column({ name: 'assignee_id', type: 'int' }) assigneeId: number;
  @Field(() => ID) @Column({ name: 'created_by_id', type: 'int' }) createdById: number;
  @Field(() => Date, { nullable: true, description: 'Null: no due date (the Inbox box)' }) @DateColumn({ name: 'due_at' }) dueAt: Date | null;
  @Field(() => TaskPriority) @Column({ type: 'varchar', length: 10, default: TaskPriority.NORMAL }) priority: TaskPriority;
  @Field(() => TaskStatus) @Column({ type: 'varchar', length: 12, default: TaskStatus.OPEN }) status: TaskStatus;
  @Field(() => String, { nullable: true }) @Column({ name: 'related_type', type: 'varchar', length: 20, nullable: true }) relatedType: string | null;
  @Field(() => ID, { nullable: true }) @Column({ name: 'related_id', type: 'int', nullable: true }) relatedId: number | null;
  @Field(() => Date, { nullable: true }) @DateColumn({ name: 'completed_at' }) completedAt: Date | null;
  /** Set when the reminder job has claimed (and sent) the due reminder; cleared when the due time changes. */
  @DateColumn({ name: 'due_reminded_at' }) dueRemindedAt: Date | null;
  @Field(() => Date, { nullable: true }) @DateColumn({ name: 'deleted_at' }) deletedAt: Date | null;
  @Column({ name: 'deleted_by_id', type: 'int', nullable: true }) deletedById: number | null;
  @Field(() => Date) @CreatedAt() createdAt: Date;
  @Field(() => Date) @UpdatedAt() updatedAt: Date;
}
