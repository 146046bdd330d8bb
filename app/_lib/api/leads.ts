// Lead operations of the GraphQL API, with the shapes the UI reads.
import type { CustomerLevel, CustomerType, UserRef } from './customers';

export type LeadStatus = 'NEW' | 'CONTACTED' | 'QUALIFIED' | 'CONVERTED' | 'INVALID';
export const LEAD_STATUSES: LeadStatus[] = ['NEW', 'CONTACTED', 'QUALIFIED', 'CONVERTED', 'INVALID'];
/** What a user may choose in the form: CONVERTED only comes from converting. */
export const SETTABLE_LEAD_STATUSES: LeadStatus[] = ['NEW', 'CONTACTED', 'QUALIFIED', 'INVALID'];
export const LEAD_STATUS_COLORS: Record<LeadStatus, string> = { NEW: 'blue', CONTACTED: 'cyan', QUALIFIED: 'gold', CONVERTED: 'green', INVALID: 'default' };

export interface LeadInput {
  name: string;
  company?: string | null;
  mobile?: string | null;
  phone?: string | null;
  email?: string | null;
  source?: string | null;
  address?: string | null;
  remarks?: string | null;
  status?: LeadStatus | null;
  nextContactAt?: string | null;
}
export const LEAD_INPUT_FIELDS = ['name', 'company', 'mobile', 'phone', 'email', 'source', 'address', 'remarks', 'status', 'nextContactAt'] as const;

export interface LeadRow {
  id: string;
  name: string;
  company: string | null;
  mobile: string | null;
  phone: string | null;
  email: string | null;
  source: string | null;
  status: LeadStatus;
  nextContactAt: string | null;
  convertedAt: string | null;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
  owner: UserRef | null;
  customer: { id: string; code: string; name: string } | null;
  viewerCanEdit: boolean;
  viewerCanManage: boolean;
}

export interface LeadHistoryEntry { id: string; action: string; changes: string | null; createdAt: string; actor: UserRef | null }

export interface LeadDetail extends LeadRow {
  address: string | null;
  remarks: string | null;
  createdBy: UserRef | null;
  history: LeadHistoryEntry[];
}

export interface LeadFilter {
  keyword?: string;
  ownerId?: string;
  departmentId?: string;
  source?: string;
  status?: LeadStatus;
  createdFrom?: string;
  createdTo?: string;
  nextContactFrom?: string;
  nextContactTo?: string;
  deleted?: boolean;
}
export type LeadSortField = 'CREATED_AT' | 'UPDATED_AT' | 'NAME' | 'COMPANY' | 'STATUS' | 'NEXT_CONTACT_AT';
export interface LeadOrder { field: LeadSortField; direction: 'ASC' | 'DESC' }

/** One lead that could not be converted because its customer name is taken (CONFLICT extensions.leads). */
export interface ConversionConflict {
  id: string;
  name: string;
  customerName: string;
  duplicateInSelection: boolean;
  existingCode: string | null;
  existingOwnerName: string | null;
}

export interface ExportFile { fileName: string; mimeType: string; contentBase64: string; count: number }
export type ExportFormat = 'CSV' | 'XLSX';

const ROW = 'id name company mobile phone email source status nextContactAt convertedAt createdAt updatedAt deletedAt owner { id name } customer { id code name } viewerCanEdit viewerCanManage';

export const LEADS_QUERY = /* GraphQL */ `
  query Leads($first: Int, $offset: Int, $filter: LeadFilter, $orderBy: LeadOrder) {
    leads(first: $first, offset: $offset, filter: $filter, orderBy: $orderBy) { totalCount nodes { ${ROW} } }
  }
`;
export const LEAD_QUERY = /* GraphQL */ `
  query Lead($id: ID!) {
    lead(id: $id) {
      ${ROW} address remarks createdBy { id name }
      history { id action changes createdAt actor { id name } }
    }
  }
`;
export const CREATE_LEAD = /* GraphQL */ `mutation CreateLead($input: CreateLeadInput!) { createLead(input: $input) { id name } }`;
export const UPDATE_LEAD = /* GraphQL */ `mutation UpdateLead($id: ID!, $input: UpdateLeadInput!) { updateLead(id: $id, input: $input) { id } }`;
export const DELETE_LEADS = /* GraphQL */ `mutation DeleteLeads($ids: [ID!]!) { deleteLeads(ids: $ids) { ids } }`;
export const RESTORE_LEADS = /* GraphQL */ `mutation RestoreLeads($ids: [ID!]!) { restoreLeads(ids: $ids) { id } }`;
export const TRANSFER_LEADS = /* GraphQL */ `
  mutation TransferLeads($input: TransferLeadsInput!) { transferLeads(input: $input) { id owner { id name } } }
`;
export const CONVERT_LEADS = /* GraphQL */ `
  mutation ConvertLeads($input: ConvertLeadsInput!) { convertLeads(input: $input) { id status customer { id code name } } }
`;
export const EXPORT_LEADS = /* GraphQL */ `
  mutation ExportLeads($input: ExportLeadsInput!) { exportLeads(input: $input) { fileName mimeType contentBase64 count } }
`;

export interface ConvertLeadsInput { ids: string[]; customerType?: CustomerType; customerLevel?: CustomerLevel }
