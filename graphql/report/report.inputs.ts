// Work report inputs: kind, period date, content, recipients and files. The subject is generated, never typed.
import { Field, ID, InputType } from 'type-graphql';
import { ArrayMaxSize, IsOptional, MaxLength } from 'class-validator';
import { ReportKind } from '@/entities/report.entity';

@InputType('CreateReportInput')
export class CreateReportInput {
  @Field(() => ReportKind) kind: ReportKind;
  @Field(() => String, { nullable: true, description: 'Any day of the period, YYYY-MM-DD (today by default)' }) date?: string;
  @Field(() => String) @MaxLength(40000) content: string;
  @Field(() => [ID], { nullable: true, description: 'Colleagues to send it to besides your leader' }) @IsOptional() @ArrayMaxSize(50) recipientIds?: string[];
  @Field(() => Boolean, { nullable: true, description: 'Send it to your leader too (default true)' }) includeLeader?: boolean;
  @Field(() => [ID], { nullable: true, description: 'Your uploads (POST /api/attachments) to attach' }) @IsOptional() @ArrayMaxSize(20) attachmentIds?: string[];
}

@InputType('UpdateReportInput')
export class UpdateReportInput {
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(40000) content?: string;
  @Field(() => [ID], { nullable: true, description: 'More recipients (those already there stay)' }) @IsOptional() @ArrayMaxSize(50) addRecipientIds?: string[];
  @Field(() => [ID], { nullable: true }) @IsOptional() @ArrayMaxSize(20) attachmentIds?: string[];
}

@InputType('ReportFilter')
export class ReportFilterInput {
  @Field(() => ID, { nullable: true }) authorId?: string;
  @Field(() => ID, { nullable: true, description: "The author's department, including its sub-departments" }) departmentId?: string;
  @Field(() => ReportKind, { nullable: true }) kind?: ReportKind;
  @Field(() => Date, { nullable: true, description: 'Reports whose period ends on or after this day' }) from?: Date;
  @Field(() => Date, { nullable: true, description: 'Reports whose period starts on or before this day' }) to?: Date;
  @Field(() => String, { nullable: true, description: 'Matches subject and content' }) @IsOptional() @MaxLength(100) keyword?: string;
}
