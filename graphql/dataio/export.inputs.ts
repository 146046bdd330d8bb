// Export requests of the record lists: the selected rows (ids) or the list's current filter, and the file format.
import { Field, ID, InputType } from 'type-graphql';
import { ArrayMaxSize, IsOptional, ValidateNested } from 'class-validator';
import { ExportFormat } from '../common/export-file';
import { CustomerFilterInput } from '../customer/customer.inputs';
import { ContactFilterInput } from '../contact/contact.inputs';
import { OpportunityFilterInput } from '../opportunity/opportunity.inputs';
import { ContractFilterInput } from '../contract/contract.inputs';
import { ReceivableFilterInput } from '../receivable/receivable.inputs';
import { FollowUpFilterInput } from '../followup/followup.inputs';

const IDS = 'The selected rows (every one must be readable, at most 500, like every id list); leave out to export by filter';
const FILTER = "Without ids: every row the list shows for this filter (the list's own filter)";

@InputType('ExportCustomersInput')
export class ExportCustomersInput {
  @Field(() => [ID], { nullable: true, description: IDS }) @IsOptional() @ArrayMaxSize(500) ids?: string[];
  @Field(() => CustomerFilterInput, { nullable: true, description: FILTER }) @IsOptional() @ValidateNested() filter?: CustomerFilterInput;
  @Field(() => ExportFormat) format: ExportFormat;
}

@InputType('ExportContactsInput')
export class ExportContactsInput {
  @Field(() => [ID], { nullable: true, description: IDS }) @IsOptional() @ArrayMaxSize(500) ids?: string[];
  @Field(() => ContactFilterInput, { nullable: true, description: FILTER }) @IsOptional() @ValidateNested() filter?: ContactFilterInput;
  @Field(() => ExportFormat) format: ExportFormat;
}

@InputType('ExportOpportunitiesInput')
export class ExportOpportunitiesInput {
  @Field(() => [ID], { nullable: true, description: IDS }) @IsOptional() @ArrayMaxSize(500) ids?: string[];
  @Field(() => OpportunityFilterInput, { nullable: true, description: FILTER }) @IsOptional() @ValidateNested() filter?: OpportunityFilterInput;
  @Field(() => ExportFormat) format: ExportFormat;
}

@InputType('ExportContractsInput')
export class ExportContractsInput {
  @Field(() => [ID], { nullable: true, description: IDS }) @IsOptional() @ArrayMaxSize(500) ids?: string[];
  @Field(() => ContractFilterInput, { nullable: true, description: FILTER }) @IsOptional() @ValidateNested() filter?: ContractFilterInput;
  @Field(() => ExportFormat) format: ExportFormat;
}

@InputType('ExportReceivablesInput')
export class ExportReceivablesInput {
  @Field(() => [ID], { nullable: true, description: IDS }) @IsOptional() @ArrayMaxSize(500) ids?: string[];
  @Field(() => ReceivableFilterInput, { nullable: true, description: FILTER }) @IsOptional() @ValidateNested() filter?: ReceivableFilterInput;
  @Field(() => ExportFormat) format: ExportFormat;
}

@InputType('ExportFollowUpsInput')
export class ExportFollowUpsInput {
  @Field(() => [ID], { nullable: true, description: IDS }) @IsOptional() @ArrayMaxSize(500) ids?: string[];
  @Field(() => FollowUpFilterInput, { nullable: true, description: FILTER }) @IsOptional() @ValidateNested() filter?: FollowUpFilterInput;
  @Field(() => ExportFormat) format: ExportFormat;
}
