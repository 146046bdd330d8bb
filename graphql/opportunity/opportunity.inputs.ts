// Opportunity inputs: only the fields a user may set. Owner (transfer) and category (updateOpportunityCategory)
// change through their own operations.
import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { ArrayMaxSize, IsOptional, MaxLength, ValidateNested } from 'class-validator';
import { CustomFieldFilterInput, CustomFieldInput } from '../custom-field/custom-field.types';
import { OpportunityCategory } from '@/entities/opportunity.entity';
import { OrderFields } from '../common/connection';
import { OwnerFilterFields, TransferRecordsInput } from '../common/inputs';

@InputType('OpportunityLineInput')
export class OpportunityLineInput {
  @Field(() => ID) productId: string;
  @Field(() => String, { nullable: true, description: "Defaults to the product's model" }) @IsOptional() @MaxLength(100) model?: string;
  @Field(() => String, { description: 'Exact decimal, at most 2 places, more than 0' }) quantity: string;
  @Field(() => String, { nullable: true, description: "Exact decimal; defaults to the product's list price" }) unitPrice?: string;
}

@InputType({ isAbstract: true } as never)
class OpportunityFieldsInput {
  @Field(() => ID, { nullable: true, description: 'A distributor following the deal (关联客户)' }) partnerCustomerId?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(50) intentCategory?: string;
  @Field(() => String, { nullable: true, description: 'Entered amount; only when there are no product lines (else their sum)' }) amount?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(500) purchaseReason?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(100) purchaseForm?: string;
  @Field(() => String, { nullable: true, description: 'Exact decimal' }) budget?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(1000) requirements?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(100) executionTime?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(500) competitors?: string;
  @Field(() => [ID], { nullable: true, description: "Contacts of the opportunity's customer" }) contactIds?: string[];
  @Field(() => [OpportunityLineInput], { nullable: true, description: 'Replaces all product lines' }) @IsOptional() @ValidateNested() products?: OpportunityLineInput[];
  @Field(() => [CustomFieldInput], { nullable: true, description: 'Values of custom fields (only those given change)' }) @IsOptional() @ArrayMaxSize(100) @ValidateNested() customFields?: CustomFieldInput[];
}

@InputType('CreateOpportunityInput')
export class CreateOpportunityInput extends OpportunityFieldsInput {
  @Field(() => String) @MaxLength(100) name: string;
  @Field(() => ID, { description: 'A DIRECT customer you can see' }) customerId: string;
  @Field(() => OpportunityCategory) category: OpportunityCategory;
  @Field(() => ID) stageId: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; required, no default' }) expectedCloseDate?: string;
  @Field(() => String, { nullable: true, description: 'Required for LOST' }) @IsOptional() @MaxLength(500) lostReason?: string;
}

@InputType('UpdateOpportunityInput')
export class UpdateOpportunityInput extends OpportunityFieldsInput {
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(100) name?: string;
  @Field(() => ID, { nullable: true, description: 'A stage the current category allows' }) stageId?: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, within what the current category allows' }) expectedCloseDate?: string;
}

@InputType('UpdateOpportunityCategoryInput')
export class UpdateOpportunityCategoryInput {
  @Field(() => OpportunityCategory) category: OpportunityCategory;
  @Field(() => ID) stageId: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; required' }) expectedCloseDate?: string;
  @Field(() => String, { nullable: true, description: 'Required for LOST' }) @IsOptional() @MaxLength(500) lostReason?: string;
}

@InputType('OpportunityFilter')
export class OpportunityFilterInput extends OwnerFilterFields {
  @Field(() => String, { nullable: true, description: "Matches the name and the customer's name" }) @IsOptional() @MaxLength(100) keyword?: string;
  @Field(() => ID, { nullable: true }) customerId?: string;
  @Field(() => [ID], { nullable: true, description: 'Owned by any of these users (e.g. the ownerIds of a dashboard figure)' }) ownerIds?: string[];
  @Field(() => OpportunityCategory, { nullable: true }) category?: OpportunityCategory;
  @Field(() => [OpportunityCategory], { nullable: true, description: 'Any of these categories' }) categories?: OpportunityCategory[];
  @Field(() => ID, { nullable: true }) stageId?: string;
  @Field(() => String, { nullable: true, description: 'Expected close date from (YYYY-MM-DD, inclusive)' }) expectedCloseFrom?: string;
  @Field(() => String, { nullable: true, description: 'Expected close date to (YYYY-MM-DD, inclusive)' }) expectedCloseTo?: string;
  @Field(() => Boolean, { nullable: true, description: 'true: the recycle bin' }) deleted?: boolean;
  @Field(() => Date, { nullable: true, description: 'Created at or after' }) createdFrom?: Date;
  @Field(() => Date, { nullable: true, description: 'Created at or before' }) createdTo?: Date;
  @Field(() => [CustomFieldFilterInput], { nullable: true, description: 'All of these custom field conditions' }) @IsOptional() @ArrayMaxSize(20) @ValidateNested() customFields?: CustomFieldFilterInput[];
}

export enum OpportunitySortField {
  UPDATED_AT = 'UPDATED_AT', CREATED_AT = 'CREATED_AT', EXPECTED_CLOSE_DATE = 'EXPECTED_CLOSE_DATE', AMOUNT = 'AMOUNT', NAME = 'NAME', FOLLOW_UP_DUE_AT = 'FOLLOW_UP_DUE_AT',
}
registerEnumType(OpportunitySortField, { name: 'OpportunitySortField' });

@InputType('OpportunityOrder')
export class OpportunityOrderInput extends OrderFields<OpportunitySortField>(OpportunitySortField) {}

@InputType('TransferOpportunitiesInput')
export class TransferOpportunitiesInput extends TransferRecordsInput {
}

@InputType('AddOpportunityProgressInput')
export class AddOpportunityProgressInput {
  @Field(() => ID) opportunityId: string;
  @Field(() => String, { description: '进展详情: what actually happened' }) @MaxLength(2000) content: string;
  @Field(() => String, { nullable: true, description: '下一步计划' }) @IsOptional() @MaxLength(1000) nextPlan?: string;
  @Field(() => Boolean, { nullable: true, description: 'Counts as a customer contact' }) countsAsContact?: boolean;
}

@InputType('OpportunityStageInput')
export class OpportunityStageInput {
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(50) name?: string;
  @Field(() => Int, { nullable: true, description: 'Win probability, 0–100' }) probability?: number;
  @Field(() => Int, { nullable: true, description: 'Stage number (unique), 0–99' }) sort?: number;
  @Field(() => Boolean, { nullable: true }) enabled?: boolean;
}
