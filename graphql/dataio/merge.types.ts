// 合并客户 inputs and result: the customers to merge and, per field, whose value wins.
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { ArrayMaxSize, IsOptional, MaxLength, ValidateNested } from 'class-validator';
import { Customer } from '@/entities';
import { MERGE_FIELDS } from '@/lib/customer/customer-merge.service';

@InputType('MergeFieldChoice', { description: 'The customer whose value of a field the kept customer takes' })
export class MergeFieldChoice {
  @Field(() => String, { description: `One of ${MERGE_FIELDS.join(', ')}` }) @MaxLength(30) field: string;
  @Field(() => ID) customerId: string;
}

@InputType('MergeCustomersInput', { description: 'Duplicates merged into the earliest created of them (2 to 10 customers in your write scope)' })
export class MergeCustomersInput {
  @Field(() => [ID]) @ArrayMaxSize(10) ids: string[];
  @Field(() => [MergeFieldChoice], { nullable: true, description: 'Unnamed fields keep the kept customer\'s value (or the first one given when it has none)' })
  @IsOptional() @ArrayMaxSize(20) @ValidateNested({ each: true }) choices?: MergeFieldChoice[];
}

@ObjectType('MergeCustomersResult')
export class MergeCustomersResult {
  @Field(() => Customer, { description: 'The kept customer, with the chosen values' }) kept: Customer;
  @Field(() => [ID], { description: 'The customers merged into it (now in the recycle bin)' }) mergedIds: string[];
}
