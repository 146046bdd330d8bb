// Object and input types of the numbering rules (编号规则) and the reminder cadences (提醒周期).
import { Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { IsOptional, MaxLength } from 'class-validator';

export enum NumberingDatePart { NONE = 'NONE', YYYY = 'YYYY', YYYYMM = 'YYYYMM', YYYYMMDD = 'YYYYMMDD' }
registerEnumType(NumberingDatePart, { name: 'NumberingDatePart', description: 'The creation date written after the prefix: none, year, year+month, year+month+day' });
export enum NumberingResetPeriod { NEVER = 'NEVER', YEARLY = 'YEARLY', MONTHLY = 'MONTHLY', DAILY = 'DAILY' }
registerEnumType(NumberingResetPeriod, { name: 'NumberingResetPeriod', description: 'When the sequence starts again at 1; needs a date part at least as fine' });

@ObjectType('NumberingRule', { description: 'How the codes of one record type are made: prefix + date part + zero-padded sequence' })
export class NumberingRuleType {
  @Field(() => String, { description: 'customer, contract or receivable' }) module: string;
  @Field(() => String) prefix: string;
  @Field(() => NumberingDatePart) datePart: string;
  @Field(() => NumberingResetPeriod) resetPeriod: string;
  @Field(() => Int, { description: 'Digits of the sequence, 3 to 10' }) sequenceLength: number;
  @Field(() => String, { description: 'The code the next record would get now' }) nextNumber: string;
  @Field(() => Date, { nullable: true }) updatedAt: Date | null;
}

@InputType('UpdateNumberingRuleInput', { description: 'Only the parts given change; new numbers only' })
export class UpdateNumberingRuleInput {
  @Field(() => String, { nullable: true, description: '1 to 10 letters, digits, "-" or "_"' }) @IsOptional() @MaxLength(50) prefix?: string;
  @Field(() => NumberingDatePart, { nullable: true }) datePart?: string;
  @Field(() => NumberingResetPeriod, { nullable: true }) resetPeriod?: string;
  @Field(() => Int, { nullable: true }) sequenceLength?: number;
}

@ObjectType('CadenceSettings', { description: 'Reminder cadences (提醒周期) the jobs follow' })
export class CadenceSettingsType {
  @Field(() => Int, { description: 'Days a short-term opportunity may go without a progress record' }) shortTermFollowUpDays: number;
  @Field(() => Int, { description: 'Days for a mid-term opportunity' }) midTermFollowUpDays: number;
  @Field(() => Int, { description: 'Days for a long-term opportunity' }) longTermFollowUpDays: number;
  @Field(() => Int, { description: 'Days before the planned date a payment plan without its own lead time is reminded' }) paymentPlanReminderDays: number;
  @Field(() => Int, { description: 'Days before the due day open tasks are reminded (0: on the due day)' }) taskReminderDays: number;
  @Field(() => Int, { description: 'Minutes before a follow-up’s next contact time its reminder fires' }) followUpReminderMinutes: number;
}

@InputType('UpdateCadenceSettingsInput')
export class UpdateCadenceSettingsInput {
  @Field(() => Int, { nullable: true }) shortTermFollowUpDays?: number;
  @Field(() => Int, { nullable: true }) midTermFollowUpDays?: number;
  @Field(() => Int, { nullable: true }) longTermFollowUpDays?: number;
  @Field(() => Int, { nullable: true }) paymentPlanReminderDays?: number;
  @Field(() => Int, { nullable: true }) taskReminderDays?: number;
  @Field(() => Int, { nullable: true }) followUpReminderMinutes?: number;
}
