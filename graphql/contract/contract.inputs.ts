// Contract and payment plan inputs: only the fields a user may set. Number, owner and status change through
// their own operations (numbering rule, transfer, submit / approval / void). Money and dates are strings:
// exact decimals ("12800.00") and calendar dates ("2026-11-22").
import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { ArrayMaxSize, IsOptional, MaxLength, ValidateNested } from 'class-validator';
import { CustomFieldFilterInput, CustomFieldInput } from '../custom-field/custom-field.types';
import { ContractStatus } from '@/entities/contract.entity';
import { OrderFields } from '../common/connection';
import { OwnerFilterFields, TransferRecordsInput } from '../common/inputs';

@InputType('ContractLineInput')
export class ContractLineInput {
  @Field(() => ID) productId: string;
  @Field(() => String, { nullable: true, description: "Defaults to the product's model" }) @IsOptional() @MaxLength(100) model?: string;
  @Field(() => String, { description: 'Exact decimal, greater than 0' }) @MaxLength(20) quantity: string;
  @Field(() => String, { description: 'Exact decimal' }) @MaxLength(20) unitPrice: string;
}

@InputType({ isAbstract: true } as never)
abstract class ContractFieldsInput {
  @Field(() => ID, { nullable: true, description: 'An opportunity of the same customer; null removes it' }) opportunityId?: string | null;
  @Field(() => String, { nullable: true, description: 'Required without product lines; with lines it is their sum (a different value is refused)' })
  @IsOptional() @MaxLength(20) amount?: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) signDate?: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) startDate?: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, not before the start date' }) endDate?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(1000) remarks?: string | null;
  @Field(() => [ContractLineInput], { nullable: true, description: 'Omitted: unchanged; an empty list removes every line' }) @IsOptional() @ValidateNested() lines?: ContractLineInput[];
  @Field(() => [CustomFieldInput], { nullable: true, description: 'Values of custom fields (only those given change)' }) @IsOptional() @ArrayMaxSize(100) @ValidateNested() customFields?: CustomFieldInput[];
}

@InputType('CreateContractInput')
export class CreateContractInput extends ContractFieldsInput {
  @Field(() => String) @MaxLength(200) title: string;
  @Field(() => ID, { description: 'A customer you can see' }) customerId: string;
}

@InputType('UpdateContractInput')
export class UpdateContractInput extends ContractFieldsInput {
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(200) title?: string;
  @Field(() => ID, { nullable: true }) customerId?: string;
}

@InputType('ContractFilter')
export class ContractFilterInput extends OwnerFilterFields {
  @Field(() => String, { nullable: true, description: 'Matches the number and the title' }) @IsOptional() @MaxLength(100) keyword?: string;
  @Field(() => ContractStatus, { nullable: true }) status?: ContractStatus;
  @Field(() => [ContractStatus], { nullable: true }) statuses?: ContractStatus[];
  @Field(() => ID, { nullable: true }) customerId?: string;
  @Field(() => ID, { nullable: true }) opportunityId?: string;
  @Field(() => [ID], { nullable: true, description: 'Owned by any of these users (e.g. the ownerIds of a dashboard figure)' }) ownerIds?: string[];
  @Field(() => String, { nullable: true, description: 'Signed on or after (YYYY-MM-DD)' }) signFrom?: string;
  @Field(() => String, { nullable: true, description: 'Signed on or before (YYYY-MM-DD)' }) signTo?: string;
  @Field(() => [CustomFieldFilterInput], { nullable: true, description: 'All of these custom field conditions' }) @IsOptional() @ArrayMaxSize(20) @ValidateNested() customFields?: CustomFieldFilterInput[];
}

export enum ContractSortField { UPDATED_AT = 'UPDATED_AT', CREATED_AT = 'CREATED_AT', SIGN_DATE = 'SIGN_DATE', AMOUNT = 'AMOUNT', CODE = 'CODE' }
registerEnumType(ContractSortField, { name: 'ContractSortField' });

@InputType('ContractOrder')
export class ContractOrderInput extends OrderFields<ContractSortField>(ContractSortField) {}

@InputType('TransferContractsInput')
export class TransferContractsInput extends TransferRecordsInput {
}

@InputType({ isAbstract: true } as never)
abstract class PaymentPlanFieldsInput {
  @Field(() => Int, { nullable: true, description: 'Term number; defaults to the next one' }) term?: number;
  @Field(() => String, { nullable: true, description: 'e.g. 银行转账 (dictionary value)' }) @IsOptional() @MaxLength(30) method?: string | null;
  @Field(() => Int, { nullable: true, description: 'Days before the planned date to remind the contract owner (0: on the day; null: the company default in settings)' }) reminderDays?: number | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(500) remarks?: string | null;
}

@InputType('CreatePaymentPlanInput')
export class CreatePaymentPlanInput extends PaymentPlanFieldsInput {
  @Field(() => ID) contractId: string;
  @Field(() => String, { description: 'Exact decimal, greater than 0' }) @MaxLength(20) amount: string;
  @Field(() => String, { description: 'YYYY-MM-DD' }) plannedDate: string;
}

@InputType('UpdatePaymentPlanInput')
export class UpdatePaymentPlanInput extends PaymentPlanFieldsInput {
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(20) amount?: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) plannedDate?: string;
}
