// Follow-up inputs: only the fields a user may set. Author and times of recording are set by the server.
import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { ArrayMaxSize, IsOptional, MaxLength } from 'class-validator';
import { OrderFields } from '../common/connection';

@InputType({ isAbstract: true } as never)
class FollowUpFieldsInput {
  @Field(() => String, { nullable: true, description: '来访, 去访, 致电, 来电 or free text' }) @IsOptional() @MaxLength(50) subject?: string;
  @Field(() => String, { nullable: true, description: 'An enabled option of the 跟进方式 dictionary, by code or name' }) @IsOptional() @MaxLength(60) method?: string;
  @Field(() => String, { nullable: true, description: 'A: who took part (names and positions)' }) @IsOptional() @MaxLength(200) participants?: string;
  @Field(() => String, { nullable: true, description: 'B: 目的 objective' }) @IsOptional() @MaxLength(2000) objective?: string;
  @Field(() => String, { nullable: true, description: 'C: 结果 result' }) @IsOptional() @MaxLength(2000) result?: string;
  @Field(() => String, { nullable: true, description: 'D: 下一步计划 next step' }) @IsOptional() @MaxLength(2000) nextStep?: string;
  @Field(() => Date, { nullable: true, description: 'When the contact happened (default now); not in the future' }) occurredAt?: Date;
  @Field(() => Date, { nullable: true, description: 'Next contact time: after occurredAt; becomes a schedule entry and a reminder' }) nextContactAt?: Date;
  @Field(() => Boolean, { nullable: true, description: 'A substantive contact (实质性沟通)' }) substantive?: boolean;
  @Field(() => [ID], { nullable: true, description: 'Your uploads (POST /api/attachments) to attach' }) @IsOptional() @ArrayMaxSize(20) attachmentIds?: string[];
}

@InputType('CreateFollowUpInput')
export class CreateFollowUpInput extends FollowUpFieldsInput {
  @Field(() => String, { description: 'customer, contact, lead, opportunity or contract' }) parentType: string;
  @Field(() => ID) parentId: string;
}

@InputType('UpdateFollowUpInput')
export class UpdateFollowUpInput extends FollowUpFieldsInput {}

@InputType('FollowUpFilter')
export class FollowUpFilterInput {
  @Field(() => String, { nullable: true }) parentType?: string;
  @Field(() => ID, { nullable: true }) parentId?: string;
  @Field(() => ID, { nullable: true }) authorId?: string;
  @Field(() => [ID], { nullable: true, description: 'Written by any of these users (e.g. the ownerIds of a dashboard figure)' }) authorIds?: string[];
  @Field(() => ID, { nullable: true, description: "The author's department, including its sub-departments" }) departmentId?: string;
  @Field(() => Date, { nullable: true, description: 'occurredAt from' }) from?: Date;
  @Field(() => Date, { nullable: true, description: 'occurredAt to' }) to?: Date;
  @Field(() => Boolean, { nullable: true }) substantive?: boolean;
  @Field(() => String, { nullable: true, description: 'An option code of the 跟进方式 dictionary' }) @IsOptional() @MaxLength(60) method?: string;
  @Field(() => String, { nullable: true, description: 'Matches subject, participants, objective, result and next step' }) @IsOptional() @MaxLength(100) keyword?: string;
  @Field(() => Boolean, { nullable: true, description: 'Only follow-ups with comments you have not read' }) unreadComments?: boolean;
}

export enum FollowUpSortField { OCCURRED_AT = 'OCCURRED_AT', CREATED_AT = 'CREATED_AT', NEXT_CONTACT_AT = 'NEXT_CONTACT_AT' }
registerEnumType(FollowUpSortField, { name: 'FollowUpSortField' });

@InputType('FollowUpOrder')
export class FollowUpOrderInput extends OrderFields<FollowUpSortField>(FollowUpSortField) {}
