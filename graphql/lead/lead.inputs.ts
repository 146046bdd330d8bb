// Lead inputs: only the fields a user may set. Owner changes by transfer; CONVERTED and the customer link by conversion.
import { CustomFieldFilterInput, CustomFieldInput } from '../custom-field/custom-field.types';
import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { ArrayMaxSize, IsOptional, MaxLength, ValidateNested } from 'class-validator';
import { CustomerLevel, CustomerType } from '@/entities/customer.entity';
import { LeadStatus } from '@/entities/lead.entity';
import { OpportunityCategory } from '@/entities/opportunity.entity';
import { OrderFields } from '../common/connection';
import { OwnerCreatedFilterFields, TransferRecordsInput } from '../common/inputs';
import { ExportFormat } from '../common/export-file';

// Lengths and formats are checked by lib/lead/lead.validation.ts, so every field error is reported at once.
// Abstract: without the decorator type-graphql does not inherit these fields into the concrete inputs.
@InputType({ isAbstract: true } as never)
class LeadFieldsInput {
  @Field(() => String, { nullable: true, description: 'Becomes the customer name on conversion' }) company?: string;
  @Field(() => String, { nullable: true }) mobile?: string;
  @Field(() => String, { nullable: true }) phone?: string;
  @Field(() => String, { nullable: true }) email?: string;
  @Field(() => String, { nullable: true }) source?: string;
  @Field(() => String, { nullable: true }) address?: string;
  @Field(() => String, { nullable: true }) remarks?: string;
  @Field(() => LeadStatus, { nullable: true, description: 'Any status but CONVERTED, which only conversion sets' }) status?: LeadStatus;
  @Field(() => Date, { nullable: true }) nextContactAt?: Date;
  @Field(() => [CustomFieldInput], { nullable: true, description: 'Values of custom fields (only those given change)' }) @IsOptional() @ArrayMaxSize(100) @ValidateNested() customFields?: CustomFieldInput[];
}

@InputType('CreateLeadInput')
export class CreateLeadInput extends LeadFieldsInput {
  @Field(() => String, { description: 'The person: becomes the primary contact on conversion' }) name: string;
}

@InputType('UpdateLeadInput')
export class UpdateLeadInput extends LeadFieldsInput {
  @Field(() => String, { nullable: true }) name?: string;
}

@InputType('LeadFilter')
export class LeadFilterInput extends OwnerCreatedFilterFields<number> {
  @Field(() => String, { nullable: true, description: 'Matches name, company, mobile and phone' }) @IsOptional() @MaxLength(100) keyword?: string;
  @Field(() => String, { nullable: true }) source?: string;
  @Field(() => LeadStatus, { nullable: true }) status?: LeadStatus;
  @Field(() => Date, { nullable: true }) nextContactFrom?: Date;
  @Field(() => Date, { nullable: true }) nextContactTo?: Date;
  @Field(() => Boolean, { nullable: true, description: 'true: the recycle bin' }) deleted?: boolean;
  @Field(() => [CustomFieldFilterInput], { nullable: true, description: 'All of these custom field conditions' }) @IsOptional() @ArrayMaxSize(20) @ValidateNested() customFields?: CustomFieldFilterInput[];
}

export enum LeadSortField {
  CREATED_AT = 'CREATED_AT', UPDATED_AT = 'UPDATED_AT', NAME = 'NAME', COMPANY = 'COMPANY', STATUS = 'STATUS', NEXT_CONTACT_AT = 'NEXT_CONTACT_AT',
}
registerEnumType(LeadSortField, { name: 'LeadSortField' });

@InputType('LeadOrder')
export class LeadOrderInput extends OrderFields<LeadSortField>(LeadSortField) {}

@InputType('TransferLeadsInput')
export class TransferLeadsInput extends TransferRecordsInput<number> {
}

@InputType('ConvertLeadOpportunityInput', { description: 'The opportunity a lead becomes with its customer: owned by the lead\'s owner, its contact linked' })
export class ConvertLeadOpportunityInput {
  @Field(() => String) @MaxLength(100) name: string;
  @Field(() => OpportunityCategory) category: OpportunityCategory;
  @Field(() => ID) stageId: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; required' }) expectedCloseDate?: string;
  @Field(() => String, { nullable: true, description: 'Exact decimal' }) @IsOptional() @MaxLength(20) amount?: string;
}

@InputType('ConvertLeadsInput')
export class ConvertLeadsInput {
  @Field(() => [ID]) ids: string[];
  @Field(() => CustomerType, { nullable: true, description: 'Type of the new customers (default DIRECT)' }) customerType?: CustomerType;
  @Field(() => CustomerLevel, { nullable: true, description: 'Level of the new customers (default NORMAL)' }) customerLevel?: CustomerLevel;
  @Field(() => ConvertLeadOpportunityInput, { nullable: true, description: 'One lead only: also an opportunity of the new customer, in the same step (needs opportunity:create)' })
  @IsOptional() @ValidateNested() opportunity?: ConvertLeadOpportunityInput;
}

@InputType('ExportLeadsInput')
export class ExportLeadsInput {
  @Field(() => [ID], { nullable: true, description: 'The selected leads (all must be readable); leave out to export by filter' }) ids?: string[];
  @Field(() => LeadFilterInput, { nullable: true, description: 'Without ids: every lead matching this filter' }) @IsOptional() @ValidateNested() filter?: LeadFilterInput;
  @Field(() => LeadOrderInput, { nullable: true }) @IsOptional() @ValidateNested() orderBy?: LeadOrderInput;
  @Field(() => ExportFormat) format: ExportFormat;
}
