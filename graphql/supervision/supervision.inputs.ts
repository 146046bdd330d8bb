// Inputs of 员工监督: the shared filter (time range, department, person) and each tab's extras.
import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { IsOptional, MaxLength } from 'class-validator';
import { ReportKind } from '@/entities/report.entity';
import { OrderFields } from '../common/connection';

@InputType('SupervisionFilter')
export class SupervisionFilterInput {
  @Field(() => Date, { nullable: true, description: 'Period start: follow-ups by contact time, reports by period, done tasks by completion' }) from?: Date;
  @Field(() => Date, { nullable: true, description: 'Period end (not before from)' }) to?: Date;
  @Field(() => ID, { nullable: true, description: "The person's department, with its sub-departments" }) departmentId?: string;
  @Field(() => ID, { nullable: true }) userId?: string;
  @Field(() => Boolean, { nullable: true, description: 'Also people whose account is disabled (default: no)' }) includeDisabled?: boolean;
}

@InputType('SupervisedFollowUpFilter')
export class SupervisedFollowUpFilterInput extends SupervisionFilterInput {
  @Field(() => Boolean, { nullable: true }) substantive?: boolean;
  @Field(() => String, { nullable: true, description: 'An option code of the 跟进方式 dictionary' }) @IsOptional() @MaxLength(60) method?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(100) keyword?: string;
}

export enum SupervisedTaskState { OPEN = 'OPEN', OVERDUE = 'OVERDUE', DONE = 'DONE', ALL = 'ALL' }
registerEnumType(SupervisedTaskState, {
  name: 'SupervisedTaskState',
  description: 'OPEN / OVERDUE: the state now (the period does not apply); DONE: completed in the period; ALL: created in the period',
});

@InputType('SupervisedTaskFilter')
export class SupervisedTaskFilterInput extends SupervisionFilterInput {
  @Field(() => SupervisedTaskState, { nullable: true, defaultValue: SupervisedTaskState.OPEN }) state?: SupervisedTaskState;
}

@InputType('SupervisedReportFilter')
export class SupervisedReportFilterInput extends SupervisionFilterInput {
  @Field(() => ReportKind, { nullable: true }) kind?: ReportKind;
}

export enum PersonActivitySortField {
  NAME = 'NAME', FOLLOW_UPS = 'FOLLOW_UPS', SUBSTANTIVE = 'SUBSTANTIVE', OPEN_TASKS = 'OPEN_TASKS', OVERDUE_TASKS = 'OVERDUE_TASKS',
  REPORTS = 'REPORTS', LAST_FOLLOW_UP = 'LAST_FOLLOW_UP',
}
registerEnumType(PersonActivitySortField, { name: 'PersonActivitySortField' });

@InputType('PersonActivityOrder')
export class PersonActivityOrderInput extends OrderFields<PersonActivitySortField>(PersonActivitySortField) {}
