// The object types of 员工监督: supervised people and departments, per-person activity rows, one person's "now".
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { FollowUp, Report, ScheduleEntry, Task } from '@/entities';
import { Connection } from '../common/connection';
import { PersonWithDepartment } from '../common/user-summary';

@ObjectType('SupervisedPerson', { description: 'A user whose activity you may review' })
export class SupervisedPerson extends PersonWithDepartment {}

@ObjectType('SupervisionDepartment', { description: 'A department holding people you supervise; parentId is its nearest such ancestor' })
export class SupervisionDepartment {
  @Field(() => ID) id: number;
  @Field(() => String) name: string;
  @Field(() => ID, { nullable: true }) parentId: number | null;
}

@ObjectType('SupervisionScope')
export class SupervisionScope {
  @Field(() => Boolean, { description: 'You supervise someone besides yourself (a leader)' }) supervisesOthers: boolean;
  @Field(() => [SupervisedPerson], { description: 'Everyone whose activity you may review, yourself included' }) people: SupervisedPerson[];
  @Field(() => [SupervisionDepartment]) departments: SupervisionDepartment[];
}

@ObjectType('ActivityCounts')
export class ActivityCounts {
  @Field(() => Int, { description: 'Follow-ups with their contact time in the period' }) followUps: number;
  @Field(() => Int, { description: 'Of those, substantive contacts (实质性沟通)' }) substantiveFollowUps: number;
  @Field(() => Int, { description: 'Open tasks now (not done or cancelled)' }) openTasks: number;
  @Field(() => Int, { description: 'Open tasks past their due time now' }) overdueTasks: number;
  @Field(() => Int, { description: 'Work reports whose period overlaps the period' }) reports: number;
}

@ObjectType('PersonActivity', { description: "One person's activity that you may read" })
export class PersonActivity extends ActivityCounts {
  @Field(() => SupervisedPerson) person: SupervisedPerson;
  @Field(() => Date, { nullable: true, description: 'Their latest follow-up you may read, whatever the period' }) lastFollowUpAt: Date | null;
}

@ObjectType('PersonActivityConnection')
export class PersonActivityConnection extends Connection(PersonActivity, 'PersonActivity') {
  @Field(() => ActivityCounts, { description: 'Sums over every person of the filter (all pages)' }) totals: ActivityCounts;
}

@ObjectType('PersonNow', { description: 'What a person you supervise is doing now' })
export class PersonNow {
  @Field(() => SupervisedPerson) person: SupervisedPerson;
  @Field(() => Date, { nullable: true }) lastLoginAt: Date | null;
  @Field(() => [ScheduleEntry], { description: "Today's entries (Asia/Shanghai) they own or take part in, that you may see" }) todaySchedule: ScheduleEntry[];
  @Field(() => [Task], { description: 'Their open tasks you may see, by due time (at most 20)' }) openTasks: Task[];
  @Field(() => Int) openTaskCount: number;
  @Field(() => Int) overdueTaskCount: number;
  @Field(() => [FollowUp], { description: 'Their latest follow-ups you may see (at most 5)' }) latestFollowUps: FollowUp[];
  @Field(() => [Report], { description: 'Their latest work reports you may see (at most 3)' }) latestReports: Report[];
}
