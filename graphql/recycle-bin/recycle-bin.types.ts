// Object and input types of the recycle bin (回收站).
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ArrayMaxSize, IsOptional, MaxLength } from 'class-validator';
import { Connection } from '../common/connection';

export enum RecycleBinType {
  CUSTOMER = 'customer', CONTACT = 'contact', LEAD = 'lead', OPPORTUNITY = 'opportunity', CONTRACT = 'contract', RECEIVABLE = 'receivable',
  FOLLOW_UP = 'followup', TASK = 'task', SCHEDULE = 'schedule', REPORT = 'report', PRODUCT = 'product',
}
registerEnumType(RecycleBinType, { name: 'RecycleBinType', description: 'The record types the recycle bin holds' });

@ObjectType('RecycleBinItem', { description: 'A deleted record the viewer may read' })
export class RecycleBinItem {
  @Field(() => RecycleBinType) type: RecycleBinType;
  @Field(() => ID) id: number;
  @Field(() => String, { nullable: true, description: 'Its number (customers, contracts)' }) code: string | null;
  @Field(() => String, { description: 'Name, title or subject' }) title: string;
  @Field(() => Date) deletedAt: Date;
  deletedById: number | null;
  @Field(() => Boolean, { description: 'The viewer holds the restore permission and the record is in their write scope' }) viewerCanRestore: boolean;
  @Field(() => Int, { description: 'Records deleted together with it (a customer\'s contacts and opportunities)' }) deletedWithCount: number;
}

@ObjectType('RecycleBinItemConnection')
export class RecycleBinItemConnection extends Connection(RecycleBinItem, 'RecycleBinItem') {}

@InputType('RecycleBinFilter')
export class RecycleBinFilterInput {
  @Field(() => RecycleBinType) type: RecycleBinType;
  @Field(() => String, { nullable: true, description: 'Part of the name, title or number' }) @IsOptional() @MaxLength(100) keyword?: string;
}

@InputType('RestoreRecordsInput')
export class RestoreRecordsInput {
  @Field(() => RecycleBinType) type: RecycleBinType;
  @Field(() => [ID]) @ArrayMaxSize(500) ids: string[];
  @Field(() => Boolean, { nullable: true, description: 'Customers: also restore the contacts and opportunities deleted with them (default true)' }) withRelated?: boolean;
}

@ObjectType('RestoreRecordsPayload')
export class RestoreRecordsPayload {
  @Field(() => RecycleBinType) type: RecycleBinType;
  @Field(() => [ID]) ids: string[];
}
