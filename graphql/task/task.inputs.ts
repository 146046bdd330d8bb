// Task inputs: only the fields a user may set. Creator, status (setTaskStatus) and reminders are the server's.
import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { IsOptional, MaxLength } from 'class-validator';
import { TaskPriority, TaskStatus } from '@/entities/task.entity';
import { OrderFields } from '../common/connection';

@InputType({ isAbstract: true } as never)
class TaskFieldsInput {
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(500) title?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(10000) description?: string;
  @Field(() => Date, { nullable: true, description: 'Null: no due date (Inbox)' }) dueAt?: Date;
  @Field(() => TaskPriority, { nullable: true }) priority?: TaskPriority;
  @Field(() => ID, { nullable: true, description: 'Yourself by default; a leader may name anyone in their task write scope' }) assigneeId?: string;
  @Field(() => String, { nullable: true, description: 'customer, contact, lead, opportunity, contract, followup or report' }) relatedType?: string;
  @Field(() => ID, { nullable: true }) relatedId?: string;
}

@InputType('CreateTaskInput')
export class CreateTaskInput extends TaskFieldsInput {}

@InputType('UpdateTaskInput')
export class UpdateTaskInput extends TaskFieldsInput {}

@InputType('TaskFilter')
export class TaskFilterInput {
  @Field(() => ID, { nullable: true }) assigneeId?: string;
  @Field(() => ID, { nullable: true }) createdById?: string;
  @Field(() => ID, { nullable: true, description: "The assignee's department, including its sub-departments" }) departmentId?: string;
  @Field(() => [TaskStatus], { nullable: true }) statuses?: TaskStatus[];
  @Field(() => TaskPriority, { nullable: true }) priority?: TaskPriority;
  @Field(() => Date, { nullable: true }) dueFrom?: Date;
  @Field(() => Date, { nullable: true }) dueTo?: Date;
  @Field(() => String, { nullable: true }) relatedType?: string;
  @Field(() => ID, { nullable: true }) relatedId?: string;
  @Field(() => String, { nullable: true, description: 'Matches title and description' }) @IsOptional() @MaxLength(100) keyword?: string;
}

export enum TaskSortField { DUE_AT = 'DUE_AT', CREATED_AT = 'CREATED_AT', UPDATED_AT = 'UPDATED_AT' }
registerEnumType(TaskSortField, { name: 'TaskSortField' });

@InputType('TaskOrder')
export class TaskOrderInput extends OrderFields<TaskSortField>(TaskSortField) {}
