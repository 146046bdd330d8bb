// Export requests of the record lists: the selected rows (ids) or the list's current filter, and the file format.
import { type ClassType, Field, ID, InputType } from 'type-graphql';
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

/** The fields of a list's export request over its filter input: the selected ids, or the filter; and the format. */
function ExportFields<F extends object>(filter: ClassType<F>) {
  @InputType({ isAbstract: true } as never)
  abstract class ExportRequest {
    @Field(() => [ID], { nullable: true, description: IDS }) @IsOptional() @ArrayMaxSize(500) ids?: string[];
    @Field(() => filter, { nullable: true, description: FILTER }) @IsOptional() @ValidateNested() filter?: F;
    @Field(() => ExportFormat) format: ExportFormat;
  }
  return ExportRequest;
}

@InputType('ExportCustomersInput')
export class ExportCustomersInput extends ExportFields<CustomerFilterInput>(CustomerFilterInput) {}

@InputType('ExportContactsInput')
export class ExportContactsInput extends ExportFields<ContactFilterInput>(ContactFilterInput) {}

@InputType('ExportOpportunitiesInput')
export class ExportOpportunitiesInput extends ExportFields<OpportunityFilterInput>(OpportunityFilterInput) {}

@InputType('ExportContractsInput')
export class ExportContractsInput extends ExportFields<ContractFilterInput>(ContractFilterInput) {}

@InputType('ExportReceivablesInput')
export class ExportReceivablesInput extends ExportFields<ReceivableFilterInput>(ReceivableFilterInput) {}

@InputType('ExportFollowUpsInput')
export class ExportFollowUpsInput extends ExportFields<FollowUpFilterInput>(FollowUpFilterInput) {}
