/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type ContactFilter = {
  createdFrom?: string | null | undefined;
  createdTo?: string | null | undefined;
  customerId?: string | number | null | undefined;
  /** true: the recycle bin */
  deleted?: boolean | null | undefined;
  keyword?: string | null | undefined;
  /** Owned by any of these users */
  ownerIds?: Array<string | number> | null | undefined;
};

export type ConvertLeadsInput = {
  /** Level of the new customers (default NORMAL) */
  customerLevel?: CustomerLevel | null | undefined;
  /** Type of the new customers (default DIRECT) */
  customerType?: CustomerType | null | undefined;
  ids: Array<string | number>;
};

export type CreateContactInput = {
  /** YYYY-MM-DD */
  birthday?: string | null | undefined;
  customerId: string | number;
  department?: string | null | undefined;
  email?: string | null | undefined;
  isPrimary?: boolean | null | undefined;
  mobile?: string | null | undefined;
  name: string;
  phone?: string | null | undefined;
  position?: string | null | undefined;
  remarks?: string | null | undefined;
  wechat?: string | null | undefined;
};

export type CreateCustomerInput = {
  address?: string | null | undefined;
  contactName?: string | null | undefined;
  contactPosition?: string | null | undefined;
  email?: string | null | undefined;
  industry?: string | null | undefined;
  level?: CustomerLevel | null | undefined;
  mobile?: string | null | undefined;
  /** Legal full name, no abbreviations */
  name: string;
  phone?: string | null | undefined;
  postcode?: string | null | undefined;
  /** 公司概况, at most 50 characters */
  profile?: string | null | undefined;
  region?: string | null | undefined;
  remarks?: string | null | undefined;
  source?: string | null | undefined;
  type?: CustomerType | null | undefined;
  website?: string | null | undefined;
};

export type CreateLeadInput = {
  address?: string | null | undefined;
  /** Becomes the customer name on conversion */
  company?: string | null | undefined;
  email?: string | null | undefined;
  mobile?: string | null | undefined;
  /** The person: becomes the primary contact on conversion */
  name: string;
  nextContactAt?: string | null | undefined;
  phone?: string | null | undefined;
  remarks?: string | null | undefined;
  source?: string | null | undefined;
  /** Any status but CONVERTED, which only conversion sets */
  status?: LeadStatus | null | undefined;
};

export type CustomerFilter = {
  createdFrom?: string | null | undefined;
  createdTo?: string | null | undefined;
  dealStatus?: DealStatus | null | undefined;
  /** true: the recycle bin */
  deleted?: boolean | null | undefined;
  /** Owner's department, including its sub-departments */
  departmentId?: string | number | null | undefined;
  /** true: public pool only; false: owned only */
  inPool?: boolean | null | undefined;
  industry?: string | null | undefined;
  /** Matches name, code, contact name and phone numbers */
  keyword?: string | null | undefined;
  level?: CustomerLevel | null | undefined;
  locked?: boolean | null | undefined;
  ownerId?: string | number | null | undefined;
  /** Owned by any of these users (e.g. the ownerIds of a dashboard figure) */
  ownerIds?: Array<string | number> | null | undefined;
  region?: string | null | undefined;
  source?: string | null | undefined;
  type?: CustomerType | null | undefined;
  updatedFrom?: string | null | undefined;
  updatedTo?: string | null | undefined;
};

export type CustomerLevel =
  | 'CORE'
  | 'HIGH_GROWTH'
  | 'NORMAL';

export type CustomerOrder = {
  direction?: SortDirection;
  field: CustomerSortField;
};

export type CustomerSortField =
  | 'CODE'
  | 'CREATED_AT'
  | 'LAST_FOLLOW_UP_AT'
  | 'LEVEL'
  | 'NAME'
  | 'NEXT_FOLLOW_UP_AT'
  | 'UPDATED_AT';

export type CustomerType =
  | 'DIRECT'
  | 'DISTRIBUTOR';

/** NONE 未成交, DEAL 已成交 */
export type DealStatus =
  | 'DEAL'
  | 'NONE';

/** CSV (UTF-8 with BOM) or Excel .xlsx */
export type ExportFormat =
  | 'CSV'
  | 'XLSX';

export type ExportLeadsInput = {
  /** Without ids: every lead matching this filter */
  filter?: LeadFilter | null | undefined;
  format: ExportFormat;
  /** The selected leads (all must be readable); leave out to export by filter */
  ids?: Array<string | number> | null | undefined;
  orderBy?: LeadOrder | null | undefined;
};

export type LeadFilter = {
  createdFrom?: string | null | undefined;
  createdTo?: string | null | undefined;
  /** true: the recycle bin */
  deleted?: boolean | null | undefined;
  /** Owner's department, including its sub-departments */
  departmentId?: string | number | null | undefined;
  /** Matches name, company, mobile and phone */
  keyword?: string | null | undefined;
  nextContactFrom?: string | null | undefined;
  nextContactTo?: string | null | undefined;
  ownerId?: string | number | null | undefined;
  source?: string | null | undefined;
  status?: LeadStatus | null | undefined;
};

export type LeadOrder = {
  direction?: SortDirection;
  field: LeadSortField;
};

export type LeadSortField =
  | 'COMPANY'
  | 'CREATED_AT'
  | 'NAME'
  | 'NEXT_CONTACT_AT'
  | 'STATUS'
  | 'UPDATED_AT';

/** NEW 新线索, CONTACTED 已联系, QUALIFIED 已确认, CONVERTED 已转化 (set only by conversion), INVALID 无效 */
export type LeadStatus =
  | 'CONTACTED'
  | 'CONVERTED'
  | 'INVALID'
  | 'NEW'
  | 'QUALIFIED';

export type SortDirection =
  | 'ASC'
  | 'DESC';

export type TransferCustomersInput = {
  ids: Array<string | number>;
  /** Keep the old owner as a read-only team member */
  keepOldOwnerInTeam?: boolean | null | undefined;
  toUserId: string | number;
  /** Also move the customers' contacts */
  withContacts?: boolean | null | undefined;
  /** Also move the customers' contracts that are not void, owned by the old owner (needs contract:transfer) */
  withContracts?: boolean | null | undefined;
  /** Also move the customers' open opportunities owned by the old owner (needs opportunity:transfer) */
  withOpportunities?: boolean | null | undefined;
};

export type TransferLeadsInput = {
  ids: Array<string | number>;
  toUserId: string | number;
};

export type UpdateContactInput = {
  /** YYYY-MM-DD */
  birthday?: string | null | undefined;
  department?: string | null | undefined;
  email?: string | null | undefined;
  isPrimary?: boolean | null | undefined;
  mobile?: string | null | undefined;
  name?: string | null | undefined;
  phone?: string | null | undefined;
  position?: string | null | undefined;
  remarks?: string | null | undefined;
  wechat?: string | null | undefined;
};

export type UpdateCustomerInput = {
  address?: string | null | undefined;
  contactName?: string | null | undefined;
  contactPosition?: string | null | undefined;
  email?: string | null | undefined;
  industry?: string | null | undefined;
  level?: CustomerLevel | null | undefined;
  mobile?: string | null | undefined;
  name?: string | null | undefined;
  phone?: string | null | undefined;
  postcode?: string | null | undefined;
  /** 公司概况, at most 50 characters */
  profile?: string | null | undefined;
  region?: string | null | undefined;
  remarks?: string | null | undefined;
  source?: string | null | undefined;
  type?: CustomerType | null | undefined;
  website?: string | null | undefined;
};

export type UpdateLeadInput = {
  address?: string | null | undefined;
  /** Becomes the customer name on conversion */
  company?: string | null | undefined;
  email?: string | null | undefined;
  mobile?: string | null | undefined;
  name?: string | null | undefined;
  nextContactAt?: string | null | undefined;
  phone?: string | null | undefined;
  remarks?: string | null | undefined;
  source?: string | null | undefined;
  /** Any status but CONVERTED, which only conversion sets */
  status?: LeadStatus | null | undefined;
};

export type CustomerRowFieldsFragment = { id: string, code: string, name: string, type: CustomerType, level: CustomerLevel, industry: string | null, source: string | null, region: string | null, contactName: string | null, mobile: string | null, dealStatus: DealStatus, locked: boolean, lastFollowUpAt: string | null, createdAt: string, updatedAt: string, deletedAt: string | null, viewerCanEdit: boolean, viewerCanManage: boolean, owner: { id: string, name: string } | null };

export type ContactFieldsFragment = { id: string, customerId: string, name: string, department: string | null, position: string | null, mobile: string | null, phone: string | null, email: string | null, wechat: string | null, birthday: string | null, remarks: string | null, isPrimary: boolean, updatedAt: string, owner: { id: string, name: string } | null };

export type CustomersQueryVariables = Exact<{
  first?: number | null | undefined;
  offset?: number | null | undefined;
  after?: string | null | undefined;
  filter?: CustomerFilter | null | undefined;
  orderBy?: CustomerOrder | null | undefined;
}>;


export type CustomersQuery = { customers: { totalCount: number, totalCountExact: boolean, nodes: Array<{ id: string, code: string, name: string, type: CustomerType, level: CustomerLevel, industry: string | null, source: string | null, region: string | null, contactName: string | null, mobile: string | null, dealStatus: DealStatus, locked: boolean, lastFollowUpAt: string | null, createdAt: string, updatedAt: string, deletedAt: string | null, viewerCanEdit: boolean, viewerCanManage: boolean, owner: { id: string, name: string } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CustomerDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type CustomerDetailQuery = { customer: { address: string | null, postcode: string | null, profile: string | null, contactPosition: string | null, phone: string | null, email: string | null, website: string | null, remarks: string | null, nextFollowUpAt: string | null, id: string, code: string, name: string, type: CustomerType, level: CustomerLevel, industry: string | null, source: string | null, region: string | null, contactName: string | null, mobile: string | null, dealStatus: DealStatus, locked: boolean, lastFollowUpAt: string | null, createdAt: string, updatedAt: string, deletedAt: string | null, viewerCanEdit: boolean, viewerCanManage: boolean, createdBy: { id: string, name: string } | null, contacts: Array<{ id: string, customerId: string, name: string, department: string | null, position: string | null, mobile: string | null, phone: string | null, email: string | null, wechat: string | null, birthday: string | null, remarks: string | null, isPrimary: boolean, updatedAt: string, owner: { id: string, name: string } | null }>, team: Array<{ userId: string, canEdit: boolean, createdAt: string, user: { id: string, name: string, username: string } | null }>, history: Array<{ id: string, action: string, entityType: string, entityId: string | null, changes: string | null, createdAt: string, actor: { id: string, name: string } | null }>, owner: { id: string, name: string } | null } | null };

export type CreateCustomerMutationVariables = Exact<{
  input: CreateCustomerInput;
}>;


export type CreateCustomerMutation = { createCustomer: { id: string, code: string } };

export type UpdateCustomerMutationVariables = Exact<{
  id: string | number;
  input: UpdateCustomerInput;
}>;


export type UpdateCustomerMutation = { updateCustomer: { id: string } };

export type DeleteCustomersMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type DeleteCustomersMutation = { deleteCustomers: { ids: Array<string> } };

export type RestoreCustomersMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type RestoreCustomersMutation = { restoreCustomers: Array<{ id: string }> };

export type LockCustomersMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type LockCustomersMutation = { lockCustomers: Array<{ id: string, locked: boolean }> };

export type UnlockCustomersMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type UnlockCustomersMutation = { unlockCustomers: Array<{ id: string, locked: boolean }> };

export type TransferCustomersMutationVariables = Exact<{
  input: TransferCustomersInput;
}>;


export type TransferCustomersMutation = { transferCustomers: Array<{ id: string, owner: { id: string, name: string } | null }> };

export type SetTeamMemberMutationVariables = Exact<{
  customerId: string | number;
  userId: string | number;
  canEdit: boolean;
}>;


export type SetTeamMemberMutation = { setCustomerTeamMember: { userId: string, canEdit: boolean } };

export type RemoveTeamMemberMutationVariables = Exact<{
  customerId: string | number;
  userId: string | number;
}>;


export type RemoveTeamMemberMutation = { removeCustomerTeamMember: boolean };

export type ContactsQueryVariables = Exact<{
  first?: number | null | undefined;
  offset?: number | null | undefined;
  after?: string | null | undefined;
  filter?: ContactFilter | null | undefined;
}>;


export type ContactsQuery = { contacts: { totalCount: number, totalCountExact: boolean, nodes: Array<{ id: string, customerId: string, name: string, department: string | null, position: string | null, mobile: string | null, phone: string | null, email: string | null, wechat: string | null, birthday: string | null, remarks: string | null, isPrimary: boolean, updatedAt: string, customer: { id: string, code: string, name: string } | null, owner: { id: string, name: string } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CreateContactMutationVariables = Exact<{
  input: CreateContactInput;
}>;


export type CreateContactMutation = { createContact: { id: string } };

export type UpdateContactMutationVariables = Exact<{
  id: string | number;
  input: UpdateContactInput;
}>;


export type UpdateContactMutation = { updateContact: { id: string } };

export type DeleteContactsMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type DeleteContactsMutation = { deleteContacts: { ids: Array<string> } };

export type LeadRowFieldsFragment = { id: string, name: string, company: string | null, mobile: string | null, phone: string | null, email: string | null, source: string | null, status: LeadStatus, nextContactAt: string | null, convertedAt: string | null, createdAt: string, updatedAt: string, deletedAt: string | null, viewerCanEdit: boolean, viewerCanManage: boolean, owner: { id: string, name: string } | null, customer: { id: string, code: string, name: string } | null };

export type LeadsQueryVariables = Exact<{
  first?: number | null | undefined;
  offset?: number | null | undefined;
  after?: string | null | undefined;
  filter?: LeadFilter | null | undefined;
  orderBy?: LeadOrder | null | undefined;
}>;


export type LeadsQuery = { leads: { totalCount: number, totalCountExact: boolean, nodes: Array<{ id: string, name: string, company: string | null, mobile: string | null, phone: string | null, email: string | null, source: string | null, status: LeadStatus, nextContactAt: string | null, convertedAt: string | null, createdAt: string, updatedAt: string, deletedAt: string | null, viewerCanEdit: boolean, viewerCanManage: boolean, owner: { id: string, name: string } | null, customer: { id: string, code: string, name: string } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type LeadDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type LeadDetailQuery = { lead: { address: string | null, remarks: string | null, id: string, name: string, company: string | null, mobile: string | null, phone: string | null, email: string | null, source: string | null, status: LeadStatus, nextContactAt: string | null, convertedAt: string | null, createdAt: string, updatedAt: string, deletedAt: string | null, viewerCanEdit: boolean, viewerCanManage: boolean, createdBy: { id: string, name: string } | null, history: Array<{ id: string, action: string, changes: string | null, createdAt: string, actor: { id: string, name: string } | null }>, owner: { id: string, name: string } | null, customer: { id: string, code: string, name: string } | null } | null };

export type CreateLeadMutationVariables = Exact<{
  input: CreateLeadInput;
}>;


export type CreateLeadMutation = { createLead: { id: string, name: string } };

export type UpdateLeadMutationVariables = Exact<{
  id: string | number;
  input: UpdateLeadInput;
}>;


export type UpdateLeadMutation = { updateLead: { id: string } };

export type DeleteLeadsMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type DeleteLeadsMutation = { deleteLeads: { ids: Array<string> } };

export type RestoreLeadsMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type RestoreLeadsMutation = { restoreLeads: Array<{ id: string }> };

export type TransferLeadsMutationVariables = Exact<{
  input: TransferLeadsInput;
}>;


export type TransferLeadsMutation = { transferLeads: Array<{ id: string, owner: { id: string, name: string } | null }> };

export type ConvertLeadsMutationVariables = Exact<{
  input: ConvertLeadsInput;
}>;


export type ConvertLeadsMutation = { convertLeads: Array<{ id: string, status: LeadStatus, customer: { id: string, code: string, name: string } | null }> };

export type ExportLeadsLinkMutationVariables = Exact<{
  input: ExportLeadsInput;
}>;


export type ExportLeadsLinkMutation = { exportLeadsLink: { url: string, fileName: string, count: number } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const CustomerRowFieldsFragmentDoc = new TypedDocumentString(`
    fragment CustomerRowFields on Customer {
  id
  code
  name
  type
  level
  industry
  source
  region
  contactName
  mobile
  dealStatus
  locked
  lastFollowUpAt
  createdAt
  updatedAt
  deletedAt
  owner {
    id
    name
  }
  viewerCanEdit
  viewerCanManage
}
    `, {"fragmentName":"CustomerRowFields"}) as unknown as TypedDocumentString<CustomerRowFieldsFragment, unknown>;
export const ContactFieldsFragmentDoc = new TypedDocumentString(`
    fragment ContactFields on Contact {
  id
  customerId
  name
  department
  position
  mobile
  phone
  email
  wechat
  birthday
  remarks
  isPrimary
  updatedAt
  owner {
    id
    name
  }
}
    `, {"fragmentName":"ContactFields"}) as unknown as TypedDocumentString<ContactFieldsFragment, unknown>;
export const LeadRowFieldsFragmentDoc = new TypedDocumentString(`
    fragment LeadRowFields on Lead {
  id
  name
  company
  mobile
  phone
  email
  source
  status
  nextContactAt
  convertedAt
  createdAt
  updatedAt
  deletedAt
  owner {
    id
    name
  }
  customer {
    id
    code
    name
  }
  viewerCanEdit
  viewerCanManage
}
    `, {"fragmentName":"LeadRowFields"}) as unknown as TypedDocumentString<LeadRowFieldsFragment, unknown>;
export const CustomersDocument = new TypedDocumentString(`
    query Customers($first: Int, $offset: Int, $after: String, $filter: CustomerFilter, $orderBy: CustomerOrder) {
  customers(
    first: $first
    offset: $offset
    after: $after
    filter: $filter
    orderBy: $orderBy
  ) {
    totalCount
    totalCountExact
    nodes {
      ...CustomerRowFields
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment CustomerRowFields on Customer {
  id
  code
  name
  type
  level
  industry
  source
  region
  contactName
  mobile
  dealStatus
  locked
  lastFollowUpAt
  createdAt
  updatedAt
  deletedAt
  owner {
    id
    name
  }
  viewerCanEdit
  viewerCanManage
}`) as unknown as TypedDocumentString<CustomersQuery, CustomersQueryVariables>;
export const CustomerDetailDocument = new TypedDocumentString(`
    query CustomerDetail($id: ID!) {
  customer(id: $id) {
    ...CustomerRowFields
    address
    postcode
    profile
    contactPosition
    phone
    email
    website
    remarks
    nextFollowUpAt
    createdBy {
      id
      name
    }
    contacts {
      ...ContactFields
    }
    team {
      userId
      canEdit
      createdAt
      user {
        id
        name
        username
      }
    }
    history {
      id
      action
      entityType
      entityId
      changes
      createdAt
      actor {
        id
        name
      }
    }
  }
}
    fragment CustomerRowFields on Customer {
  id
  code
  name
  type
  level
  industry
  source
  region
  contactName
  mobile
  dealStatus
  locked
  lastFollowUpAt
  createdAt
  updatedAt
  deletedAt
  owner {
    id
    name
  }
  viewerCanEdit
  viewerCanManage
}
fragment ContactFields on Contact {
  id
  customerId
  name
  department
  position
  mobile
  phone
  email
  wechat
  birthday
  remarks
  isPrimary
  updatedAt
  owner {
    id
    name
  }
}`) as unknown as TypedDocumentString<CustomerDetailQuery, CustomerDetailQueryVariables>;
export const CreateCustomerDocument = new TypedDocumentString(`
    mutation CreateCustomer($input: CreateCustomerInput!) {
  createCustomer(input: $input) {
    id
    code
  }
}
    `) as unknown as TypedDocumentString<CreateCustomerMutation, CreateCustomerMutationVariables>;
export const UpdateCustomerDocument = new TypedDocumentString(`
    mutation UpdateCustomer($id: ID!, $input: UpdateCustomerInput!) {
  updateCustomer(id: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<UpdateCustomerMutation, UpdateCustomerMutationVariables>;
export const DeleteCustomersDocument = new TypedDocumentString(`
    mutation DeleteCustomers($ids: [ID!]!) {
  deleteCustomers(ids: $ids) {
    ids
  }
}
    `) as unknown as TypedDocumentString<DeleteCustomersMutation, DeleteCustomersMutationVariables>;
export const RestoreCustomersDocument = new TypedDocumentString(`
    mutation RestoreCustomers($ids: [ID!]!) {
  restoreCustomers(ids: $ids) {
    id
  }
}
    `) as unknown as TypedDocumentString<RestoreCustomersMutation, RestoreCustomersMutationVariables>;
export const LockCustomersDocument = new TypedDocumentString(`
    mutation LockCustomers($ids: [ID!]!) {
  lockCustomers(ids: $ids) {
    id
    locked
  }
}
    `) as unknown as TypedDocumentString<LockCustomersMutation, LockCustomersMutationVariables>;
export const UnlockCustomersDocument = new TypedDocumentString(`
    mutation UnlockCustomers($ids: [ID!]!) {
  unlockCustomers(ids: $ids) {
    id
    locked
  }
}
    `) as unknown as TypedDocumentString<UnlockCustomersMutation, UnlockCustomersMutationVariables>;
export const TransferCustomersDocument = new TypedDocumentString(`
    mutation TransferCustomers($input: TransferCustomersInput!) {
  transferCustomers(input: $input) {
    id
    owner {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<TransferCustomersMutation, TransferCustomersMutationVariables>;
export const SetTeamMemberDocument = new TypedDocumentString(`
    mutation SetTeamMember($customerId: ID!, $userId: ID!, $canEdit: Boolean!) {
  setCustomerTeamMember(
    customerId: $customerId
    userId: $userId
    canEdit: $canEdit
  ) {
    userId
    canEdit
  }
}
    `) as unknown as TypedDocumentString<SetTeamMemberMutation, SetTeamMemberMutationVariables>;
export const RemoveTeamMemberDocument = new TypedDocumentString(`
    mutation RemoveTeamMember($customerId: ID!, $userId: ID!) {
  removeCustomerTeamMember(customerId: $customerId, userId: $userId)
}
    `) as unknown as TypedDocumentString<RemoveTeamMemberMutation, RemoveTeamMemberMutationVariables>;
export const ContactsDocument = new TypedDocumentString(`
    query Contacts($first: Int, $offset: Int, $after: String, $filter: ContactFilter) {
  contacts(first: $first, offset: $offset, after: $after, filter: $filter) {
    totalCount
    totalCountExact
    nodes {
      ...ContactFields
      customer {
        id
        code
        name
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment ContactFields on Contact {
  id
  customerId
  name
  department
  position
  mobile
  phone
  email
  wechat
  birthday
  remarks
  isPrimary
  updatedAt
  owner {
    id
    name
  }
}`) as unknown as TypedDocumentString<ContactsQuery, ContactsQueryVariables>;
export const CreateContactDocument = new TypedDocumentString(`
    mutation CreateContact($input: CreateContactInput!) {
  createContact(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateContactMutation, CreateContactMutationVariables>;
export const UpdateContactDocument = new TypedDocumentString(`
    mutation UpdateContact($id: ID!, $input: UpdateContactInput!) {
  updateContact(id: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<UpdateContactMutation, UpdateContactMutationVariables>;
export const DeleteContactsDocument = new TypedDocumentString(`
    mutation DeleteContacts($ids: [ID!]!) {
  deleteContacts(ids: $ids) {
    ids
  }
}
    `) as unknown as TypedDocumentString<DeleteContactsMutation, DeleteContactsMutationVariables>;
export const LeadsDocument = new TypedDocumentString(`
    query Leads($first: Int, $offset: Int, $after: String, $filter: LeadFilter, $orderBy: LeadOrder) {
  leads(
    first: $first
    offset: $offset
    after: $after
    filter: $filter
    orderBy: $orderBy
  ) {
    totalCount
    totalCountExact
    nodes {
      ...LeadRowFields
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment LeadRowFields on Lead {
  id
  name
  company
  mobile
  phone
  email
  source
  status
  nextContactAt
  convertedAt
  createdAt
  updatedAt
  deletedAt
  owner {
    id
    name
  }
  customer {
    id
    code
    name
  }
  viewerCanEdit
  viewerCanManage
}`) as unknown as TypedDocumentString<LeadsQuery, LeadsQueryVariables>;
export const LeadDetailDocument = new TypedDocumentString(`
    query LeadDetail($id: ID!) {
  lead(id: $id) {
    ...LeadRowFields
    address
    remarks
    createdBy {
      id
      name
    }
    history {
      id
      action
      changes
      createdAt
      actor {
        id
        name
      }
    }
  }
}
    fragment LeadRowFields on Lead {
  id
  name
  company
  mobile
  phone
  email
  source
  status
  nextContactAt
  convertedAt
  createdAt
  updatedAt
  deletedAt
  owner {
    id
    name
  }
  customer {
    id
    code
    name
  }
  viewerCanEdit
  viewerCanManage
}`) as unknown as TypedDocumentString<LeadDetailQuery, LeadDetailQueryVariables>;
export const CreateLeadDocument = new TypedDocumentString(`
    mutation CreateLead($input: CreateLeadInput!) {
  createLead(input: $input) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<CreateLeadMutation, CreateLeadMutationVariables>;
export const UpdateLeadDocument = new TypedDocumentString(`
    mutation UpdateLead($id: ID!, $input: UpdateLeadInput!) {
  updateLead(id: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<UpdateLeadMutation, UpdateLeadMutationVariables>;
export const DeleteLeadsDocument = new TypedDocumentString(`
    mutation DeleteLeads($ids: [ID!]!) {
  deleteLeads(ids: $ids) {
    ids
  }
}
    `) as unknown as TypedDocumentString<DeleteLeadsMutation, DeleteLeadsMutationVariables>;
export const RestoreLeadsDocument = new TypedDocumentString(`
    mutation RestoreLeads($ids: [ID!]!) {
  restoreLeads(ids: $ids) {
    id
  }
}
    `) as unknown as TypedDocumentString<RestoreLeadsMutation, RestoreLeadsMutationVariables>;
export const TransferLeadsDocument = new TypedDocumentString(`
    mutation TransferLeads($input: TransferLeadsInput!) {
  transferLeads(input: $input) {
    id
    owner {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<TransferLeadsMutation, TransferLeadsMutationVariables>;
export const ConvertLeadsDocument = new TypedDocumentString(`
    mutation ConvertLeads($input: ConvertLeadsInput!) {
  convertLeads(input: $input) {
    id
    status
    customer {
      id
      code
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ConvertLeadsMutation, ConvertLeadsMutationVariables>;
export const ExportLeadsLinkDocument = new TypedDocumentString(`
    mutation ExportLeadsLink($input: ExportLeadsInput!) {
  exportLeadsLink(input: $input) {
    url
    fileName
    count
  }
}
    `) as unknown as TypedDocumentString<ExportLeadsLinkMutation, ExportLeadsLinkMutationVariables>;