// Lead operations of the GraphQL API. Result and input types are generated from the schema (`npm run codegen`).
import { graphql } from '../gql';
import type {
  CreateLeadInput, ExportFormat as Format, LeadDetailQuery, LeadFilter as Filter, LeadOrder as Order, LeadRowFieldsFragment,
  LeadSortField as SortField, LeadStatus as Status,
} from '../gql/graphql';

export type LeadStatus = Status;
export type LeadFilter = Filter;
export type LeadOrder = Order;
export type LeadSortField = SortField;
export type LeadInput = CreateLeadInput;
export type LeadRow = LeadRowFieldsFragment;
export type LeadDetail = NonNullable<LeadDetailQuery['lead']>;
export type LeadHistoryEntry = LeadDetail['history'][number];
export type ExportFormat = Format;
export type { ExportLink } from './exports';

export const LEAD_STATUSES: LeadStatus[] = ['NEW', 'CONTACTED', 'QUALIFIED', 'CONVERTED', 'INVALID'];
/** What a user may choose in the form: CONVERTED only comes from converting. */
export const SETTABLE_LEAD_STATUSES: LeadStatus[] = ['NEW', 'CONTACTED', 'QUALIFIED', 'INVALID'];
export const LEAD_STATUS_COLORS: Record<LeadStatus, string> = { NEW: 'blue', CONTACTED: 'cyan', QUALIFIED: 'gold', CONVERTED: 'green', INVALID: 'default' };
export const LEAD_INPUT_FIELDS = ['name', 'company', 'mobile', 'phone', 'email', 'source', 'address', 'remarks', 'status', 'nextContactAt'] as const;

/** One lead that could not be converted because its customer name is taken (CONFLICT extensions.leads). */
export interface ConversionConflict {
  id: string;
  name: string;
  customerName: string;
  duplicateInSelection: boolean;
  existingCode: string | null;
  existingOwnerName: string | null;
}

graphql(`
  fragment LeadRowFields on Lead {
    id name company mobile phone email source status nextContactAt convertedAt createdAt updatedAt deletedAt
    owner { id name } customer { id code name } viewerCanEdit viewerCanManage viewerCanTransfer
    customFields { key values display }
  }
`);

export const LEADS_QUERY = graphql(`
  query Leads($first: Int, $offset: Int, $after: String, $filter: LeadFilter, $orderBy: LeadOrder) {
    leads(first: $first, offset: $offset, after: $after, filter: $filter, orderBy: $orderBy) {
      totalCount totalCountExact nodes { ...LeadRowFields } pageInfo { hasNextPage endCursor }
    }
  }
`);
export const LEAD_QUERY = graphql(`
  query LeadDetail($id: ID!) {
    lead(id: $id) {
      ...LeadRowFields address remarks createdBy { id name }
      history { id action changes createdAt actor { id name } people { id name } }
    }
  }
`);
export const CREATE_LEAD = graphql(`mutation CreateLead($input: CreateLeadInput!) { createLead(input: $input) { id name } }`);
export const UPDATE_LEAD = graphql(`mutation UpdateLead($id: ID!, $input: UpdateLeadInput!) { updateLead(id: $id, input: $input) { id } }`);
export const DELETE_LEADS = graphql(`mutation DeleteLeads($ids: [ID!]!) { deleteLeads(ids: $ids) { ids } }`);
export const RESTORE_LEADS = graphql(`mutation RestoreLeads($ids: [ID!]!) { restoreLeads(ids: $ids) { id } }`);
export const TRANSFER_LEADS = graphql(`
  mutation TransferLeads($input: TransferLeadsInput!) { transferLeads(input: $input) { id owner { id name } } }
`);
export const CONVERT_LEADS = graphql(`
  mutation ConvertLeads($input: ConvertLeadsInput!) { convertLeads(input: $input) { id status customer { id code name } } }
`);
/** A short-lived link that streams the export (any size); the browser downloads it with the session cookie. */
export const EXPORT_LEADS_LINK = graphql(`
  mutation ExportLeadsLink($input: ExportLeadsInput!) { exportLeadsLink(input: $input) { ...ExportLinkFields } }
`);
