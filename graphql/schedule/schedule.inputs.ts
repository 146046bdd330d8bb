// Schedule entry inputs: only what a user may set. Owner, source and the reminder bookkeeping are the server's.
import { Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, IsOptional, MaxLength } from 'class-validator';

@InputType({ isAbstract: true } as never)
class ScheduleEntryFieldsInput {
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(500) title?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(10000) description?: string;
  @Field(() => Boolean, { nullable: true, description: 'Whole days (Asia/Shanghai): from the start day to the end day' }) allDay?: boolean;
  @Field(() => String, { nullable: true, description: 'customer, contact, lead, opportunity, contract, followup or report' }) relatedType?: string;
  @Field(() => ID, { nullable: true }) relatedId?: string;
  @Field(() => Int, { nullable: true, description: 'Remind this many minutes before the start; null for no reminder' }) reminderMinutes?: number;
  @Field(() => [ID], { nullable: true, description: 'Colleagues taking part (active users); they may read the entry and are reminded' })
  @IsOptional() @ArrayMaxSize(50) participantIds?: string[];
}

@InputType('CreateScheduleEntryInput')
export class CreateScheduleEntryInput extends ScheduleEntryFieldsInput {
  @Field(() => Date) startAt: Date;
  @Field(() => Date, { description: 'After startAt' }) endAt: Date;
}

@InputType('UpdateScheduleEntryInput')
export class UpdateScheduleEntryInput extends ScheduleEntryFieldsInput {
  @Field(() => Date, { nullable: true }) startAt?: Date;
  @Field(() => Date, { nullable: true }) endAt?: Date;
}
