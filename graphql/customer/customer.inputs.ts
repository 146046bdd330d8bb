// Customer inputs: only the fields a user may set. Owner, code, deal status and lock have their own operations.
import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { ArrayMaxSize, IsOptional, MaxLength, ValidateNested } from 'class-validator';
import { CustomerLevel, CustomerType, DealStatus } from '@/entities/customer.entity';
import { OrderFields } from '../common/connection';
import { OwnerCreatedFilterFields, TransferRecordsInput } from '../common/inputs';
import { CustomFieldFilterInput, CustomFieldInput } from '../custom-field/custom-field.types';

// Decorated so type-graphql inherits these fields into the concrete inputs (it is never used on its own).
@InputType()
class CustomerFieldsInput {
  @Field(() => CustomerType, { nullable: true }) type?: CustomerType;
  @Field(() => CustomerLevel, { nullable: true }) level?: CustomerLevel;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(50) industry?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(50) source?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(50) region?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(200) address?: string;
  @Field(() => String, { nullable: true }) postcode?: string;
  @Field(() => String, { nullable: true, description: '公司概况, at most 50 characters' }) @IsOptional() @MaxLength(50) profile?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(50) contactName?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(50) contactPosition?: string;
  @Field(() => String, { nullable: true }) mobile?: string;
  @Field(() => String, { nullable: true }) phone?: string;
  @Field(() => String, { nullable: true }) email?: string;
  @Field(() => String, { nullable: true }) website?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(1000) remarks?: string;
  @Field(() => [CustomFieldInput], { nullable: true, description: 'Values of custom fields (only those given change)' }) @IsOptional() @ArrayMaxSize(100) @ValidateNested() customFields?: CustomFieldInput[];
}

@InputType('CreateCustomerInput')
export class CreateCustomerInput extends CustomerFieldsInput {
  @Field(() => String, { description: 'Legal full name, no abbreviations' }) @MaxLength(100) name: string;
}

@InputType('UpdateCustomerInput')
export class UpdateCustomerInput extends CustomerFieldsInput {
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(100) name?: string;
}

@InputType('CustomerFilter')
export class CustomerFilterInput extends OwnerCreatedFilterFields<number> {
  @Field(() => String, { nullable: true, description: 'Matches name, code, contact name and phone numbers' }) @IsOptional() @MaxLength(100) keyword?: string;
  @Field(() => [ID], { nullable: true, description: 'Owned by any of these users (e.g. the ownerIds of a dashboard figure)' }) ownerIds?: string[];
  @Field(() => CustomerType, { nullable: true }) type?: CustomerType;
  @Field(() => CustomerLevel, { nullable: true }) level?: CustomerLevel;
  @Field(() => String, { nullable: true }) source?: string;
  @Field(() => String, { nullable: true }) industry?: string;
  @Field(() => String, { nullable: true }) region?: string;
  @Field(() => DealStatus, { nullable: true }) dealStatus?: DealStatus;
  @Field(() => Boolean, { nullable: true }) locked?: boolean;
  @Field(() => Boolean, { nullable: true, description: 'true: public pool only; false: owned only' }) inPool?: boolean;
  @Field(() => Boolean, { nullable: true, description: 'true: the recycle bin' }) deleted?: boolean;
  @Field(() => Date, { nullable: true }) updatedFrom?: Date;
  @Field(() => Date, { nullable: true }) updatedTo?: Date;
  @Field(() => [CustomFieldFilterInput], { nullable: true, description: 'All of these custom field conditions' }) @IsOptional() @ArrayMaxSize(20) @ValidateNested() customFields?: CustomFieldFilterInput[];
}

export enum CustomerSortField {
  CREATED_AT = 'CREATED_AT', UPDATED_AT = 'UPDATED_AT', NAME = 'NAME', CODE = 'CODE', LEVEL = 'LEVEL',
  LAST_FOLLOW_UP_AT = 'LAST_FOLLOW_UP_AT', NEXT_FOLLOW_UP_AT = 'NEXT_FOLLOW_UP_AT',
}
registerEnumType(CustomerSortField, { name: 'CustomerSortField' });

@InputType('CustomerOrder')
export class CustomerOrderInput extends OrderFields<CustomerSortField>(CustomerSortField) {}

@InputType('TransferCustomersInput')
export class TransferCustomersInput extends TransferRecordsInput<number> {
  @Field(() => Boolean, { nullable: true, description: "Also move the customers' contacts" }) withContacts?: boolean;
  @Field(() => Boolean, { nullable: true, description: 'Keep the old owner as a read-only team member' }) keepOldOwnerInTeam?: boolean;
  @Field(() => Boolean, { nullable: true, defaultValue: false, description: "Also move the customers' open opportunities owned by the old owner (needs opportunity:transfer)" }) withOpportunities?: boolean;
  @Field(() => Boolean, { nullable: true, defaultValue: false, description: "Also move the customers' contracts that are not void, owned by the old owner (needs contract:transfer)" }) withContracts?: boolean;
}
