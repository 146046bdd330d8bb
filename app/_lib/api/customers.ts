// Customer and contact operations of the GraphQL API, with the shapes the UI reads.
export type CustomerType = 'DIRECT' | 'DISTRIBUTOR';
export type CustomerLevel = 'CORE' | 'HIGH_GROWTH' | 'NORMAL';
export type DealStatus = 'NONE' | 'DEAL';
export const CUSTOMER_TYPES: CustomerType[] = ['DIRECT', 'DISTRIBUTOR'];
export const CUSTOMER_LEVELS: CustomerLevel[] = ['CORE', 'HIGH_GROWTH', 'NORMAL'];

export interface UserRef { id: string; name: string; username?: string }

/** The fields of CreateCustomerInput (all but the name optional). */
export interface CustomerInput {
  name: string;
  type?: CustomerType;
  level?: CustomerLevel;
  industry?: string | null;
  source?: string | null;
  region?: string | null;
  address?: string | null;
  postcode?: string | null;
  profile?: string | null;
  contactName?: string | null;
  contactPosition?: string | null;
  mobile?: string | null;
  phone?: string | null;
  email?: string | null;
  website?: string | null;
  remarks?: string | null;
}
export const CUSTOMER_INPUT_FIELDS = [
  'name', 'type', 'level', 'industry', 'source', 'region', 'address', 'postcode', 'profile',
  'contactName', 'contactPosition', 'mobile', 'phone', 'email', 'website', 'remarks',
] as const;

export interface CustomerRow {
  id: string;
  code: string;
  name: string;
  type: CustomerType;
  level: CustomerLevel;
  industry: string | null;
  source: string | null;
  region: string | null;
  contactName: string | null;
  mobile: string | null;
  dealStatus: DealStatus;
  locked: boolean;
  owner: UserRef | null;
  lastFollowUpAt: string | null;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
  viewerCanEdit: boolean;
  viewerCanManage: boolean;
}

export interface Contact {
  id: string;
  customerId: string;
  name: string;
  department: string | null;
  position: string | null;
  mobile: string | null;
  phone: string | null;
  email: string | null;
  wechat: string | null;
  birthday: string | null;
  remarks: string | null;
  isPrimary: boolean;
  owner: UserRef | null;
  updatedAt: string;
}

export interface TeamMember { userId: string; canEdit: boolean; createdAt: string; user: UserRef | null }
export interface HistoryEntry {
  id: string;
  action: string;
  entityType: string;
  entityId: string | null;
  changes: string | null;
  createdAt: string;
  actor: UserRef | null;
}

export interface CustomerDetail extends CustomerRow {
  address: string | null;
  postcode: string | null;
  profile: string | null;
  contactPosition: string | null;
  phone: string | null;
  email: string | null;
  website: string | null;
  remarks: string | null;
  createdBy: UserRef | null;
  nextFollowUpAt: string | null;
  contacts: Contact[];
  team: TeamMember[];
  history: HistoryEntry[];
}

export interface CustomerFilter {
  keyword?: string;
  ownerId?: string;
  departmentId?: string;
  type?: CustomerType;
  level?: CustomerLevel;
  source?: string;
  industry?: string;
  createdFrom?: string;
  createdTo?: string;
  deleted?: boolean;
  /** true: public pool only; false: owned customers only. */
  inPool?: boolean;
}
export type CustomerSortField = 'CREATED_AT' | 'UPDATED_AT' | 'NAME' | 'CODE' | 'LEVEL' | 'LAST_FOLLOW_UP_AT' | 'NEXT_FOLLOW_UP_AT';
export interface CustomerOrder { field: CustomerSortField; direction: 'ASC' | 'DESC' }
export interface Connection<T> { totalCount: number; nodes: T[] }

const ROW = 'id code name type level industry source region contactName mobile dealStatus locked lastFollowUpAt createdAt updatedAt deletedAt owner { id name } viewerCanEdit viewerCanManage';
const CONTACT = 'id customerId name department position mobile phone email wechat birthday remarks isPrimary updatedAt owner { id name }';

export const CUSTOMERS_QUERY = /* GraphQL */ `
  query Customers($first: Int, $offset: Int, $filter: CustomerFilter, $orderBy: CustomerOrder) {
    customers(first: $first, offset: $offset, filter: $filter, orderBy: $orderBy) { totalCount nodes { ${ROW} } }
  }
`;

export const CUSTOMER_QUERY = /* GraphQL */ `
  query Customer($id: ID!) {
    customer(id: $id) {
      ${ROW} address postcode profile contactPosition phone email website remarks nextFollowUpAt
      createdBy { id name }
      contacts { ${CONTACT} }
      team { userId canEdit createdAt user { id name username } }
      history { id action entityType entityId changes createdAt actor { id name } }
    }
  }
`;

export const CREATE_CUSTOMER = /* GraphQL */ `
  mutation CreateCustomer($input: CreateCustomerInput!) { createCustomer(input: $input) { id code } }
`;
export const UPDATE_CUSTOMER = /* GraphQL */ `
  mutation UpdateCustomer($id: ID!, $input: UpdateCustomerInput!) { updateCustomer(id: $id, input: $input) { id } }
`;
export const DELETE_CUSTOMERS = /* GraphQL */ `mutation DeleteCustomers($ids: [ID!]!) { deleteCustomers(ids: $ids) { ids } }`;
export const RESTORE_CUSTOMERS = /* GraphQL */ `mutation RestoreCustomers($ids: [ID!]!) { restoreCustomers(ids: $ids) { id } }`;
export const LOCK_CUSTOMERS = /* GraphQL */ `mutation LockCustomers($ids: [ID!]!) { lockCustomers(ids: $ids) { id locked } }`;
export const UNLOCK_CUSTOMERS = /* GraphQL */ `mutation UnlockCustomers($ids: [ID!]!) { unlockCustomers(ids: $ids) { id locked } }`;
export const TRANSFER_CUSTOMERS = /* GraphQL */ `
  mutation TransferCustomers($input: TransferCustomersInput!) { transferCustomers(input: $input) { id owner { id name } } }
`;
export const SET_TEAM_MEMBER = /* GraphQL */ `
  mutation SetTeamMember($customerId: ID!, $userId: ID!, $canEdit: Boolean!) {
    setCustomerTeamMember(customerId: $customerId, userId: $userId, canEdit: $canEdit) { userId canEdit }
  }
`;
export const REMOVE_TEAM_MEMBER = /* GraphQL */ `
  mutation RemoveTeamMember($customerId: ID!, $userId: ID!) { removeCustomerTeamMember(customerId: $customerId, userId: $userId) }
`;

export interface ContactInput {
  name: string;
  department?: string | null;
  position?: string | null;
  mobile?: string | null;
  phone?: string | null;
  email?: string | null;
  wechat?: string | null;
  birthday?: string | null;
  remarks?: string | null;
  isPrimary?: boolean;
}
export const CONTACT_INPUT_FIELDS = ['name', 'department', 'position', 'mobile', 'phone', 'email', 'wechat', 'birthday', 'remarks', 'isPrimary'] as const;

export interface ContactRow extends Contact { customer: { id: string; code: string; name: string } | null }

export const CONTACTS_QUERY = /* GraphQL */ `
  query Contacts($first: Int, $offset: Int, $filter: ContactFilter) {
    contacts(first: $first, offset: $offset, filter: $filter) { totalCount nodes { ${CONTACT} customer { id code name } } }
  }
`;
export const CREATE_CONTACT = /* GraphQL */ `mutation CreateContact($input: CreateContactInput!) { createContact(input: $input) { id } }`;
export const UPDATE_CONTACT = /* GraphQL */ `mutation UpdateContact($id: ID!, $input: UpdateContactInput!) { updateContact(id: $id, input: $input) { id } }`;
export const DELETE_CONTACTS = /* GraphQL */ `mutation DeleteContacts($ids: [ID!]!) { deleteContacts(ids: $ids) { ids } }`;
