// Customer and contact operations of the GraphQL API. Result and input types are generated from the schema
// (`npm run codegen`): the aliases below only name them for the pages.
import { graphql } from '../gql';
import type {
  ContactFieldsFragment, CreateContactInput, CreateCustomerInput, CustomerDetailQuery, CustomerFilter as CustomerFilterInput,
  CustomerLevel as Level, CustomerOrder as Order, CustomerRowFieldsFragment, CustomerSortField as SortField, CustomerType as Type,
  ContactsQuery, DealStatus as Deal,
} from '../gql/graphql';

export type CustomerType = Type;
export type CustomerLevel = Level;
export type DealStatus = Deal;
export type CustomerSortField = SortField;
export type CustomerOrder = Order;
export type CustomerFilter = CustomerFilterInput;
export type CustomerInput = CreateCustomerInput;
export type ContactInput = CreateContactInput;
export type CustomerRow = CustomerRowFieldsFragment;
export type CustomerDetail = NonNullable<CustomerDetailQuery['customer']>;
export type Contact = ContactFieldsFragment;
export type TeamMember = CustomerDetail['team'][number];
export type HistoryEntry = CustomerDetail['history'][number];
export type ContactRow = ContactsQuery['contacts']['nodes'][number];
export interface UserRef { id: string; name: string; username?: string }
/** Pages not yet on typed documents still name their connection's shape. */
export interface Connection<T> { totalCount: number; nodes: T[] }

export const CUSTOMER_TYPES: CustomerType[] = ['DIRECT', 'DISTRIBUTOR'];
export const CUSTOMER_LEVELS: CustomerLevel[] = ['CORE', 'HIGH_GROWTH', 'NORMAL'];
export const CUSTOMER_INPUT_FIELDS = [
  'name', 'type', 'level', 'industry', 'source', 'region', 'address', 'postcode', 'profile',
  'contactName', 'contactPosition', 'mobile', 'phone', 'email', 'website', 'remarks',
] as const satisfies readonly (keyof CreateCustomerInput)[];
export const CONTACT_INPUT_FIELDS = ['name', 'department', 'position', 'mobile', 'phone', 'email', 'wechat', 'birthday', 'remarks', 'isPrimary'] as const;

graphql(`
  fragment CustomerRowFields on Customer {
    id code name type level industry source region contactName mobile dealStatus locked lastFollowUpAt createdAt updatedAt deletedAt
    owner { id name } viewerCanEdit viewerCanManage viewerCanTransfer
    customFields { key values display }
  }
`);
graphql(`
  fragment ContactFields on Contact {
    id customerId name department position mobile phone email wechat birthday remarks isPrimary updatedAt owner { id name }
    customFields { key values display }
  }
`);

export const CUSTOMERS_QUERY = graphql(`query Customers($first: Int, $offset: Int, $after: String, $filter: CustomerFilter, $orderBy: CustomerOrder) {
  customers(first: $first, offset: $offset, after: $after, filter: $filter, orderBy: $orderBy) { totalCount totalCountExact nodes { ...CustomerRowFields } pageInfo { hasNextPage endCursor } } }`);

export const CUSTOMER_QUERY = graphql(`
  query CustomerDetail($id: ID!) {
    customer(id: $id) {
      ...CustomerRowFields address postcode profile contactPosition phone email website remarks nextFollowUpAt
      createdBy { id name }
      contacts { ...ContactFields }
      team { userId canEdit createdAt user { id name username } }
      history { id action entityType entityId changes createdAt actor { id name } people { id name } }
      sourceLeads { id name }
    }
  }
`);

export const CREATE_CUSTOMER = graphql(`
  mutation CreateCustomer($input: CreateCustomerInput!) { createCustomer(input: $input) { id code } }
`);
export const UPDATE_CUSTOMER = graphql(`
  mutation UpdateCustomer($id: ID!, $input: UpdateCustomerInput!) { updateCustomer(id: $id, input: $input) { id } }
`);
export const DELETE_CUSTOMERS = graphql(`mutation DeleteCustomers($ids: [ID!]!) { deleteCustomers(ids: $ids) { ids } }`);
export const RESTORE_CUSTOMERS = graphql(`mutation RestoreCustomers($ids: [ID!]!) { restoreCustomers(ids: $ids) { id } }`);
export const LOCK_CUSTOMERS = graphql(`mutation LockCustomers($ids: [ID!]!) { lockCustomers(ids: $ids) { id locked } }`);
export const UNLOCK_CUSTOMERS = graphql(`mutation UnlockCustomers($ids: [ID!]!) { unlockCustomers(ids: $ids) { id locked } }`);
export const TRANSFER_CUSTOMERS = graphql(`
  mutation TransferCustomers($input: TransferCustomersInput!) { transferCustomers(input: $input) { id owner { id name } } }
`);
export const SET_TEAM_MEMBER = graphql(`
  mutation SetTeamMember($customerId: ID!, $userId: ID!, $canEdit: Boolean!) {
    setCustomerTeamMember(customerId: $customerId, userId: $userId, canEdit: $canEdit) { userId canEdit }
  }
`);
export const REMOVE_TEAM_MEMBER = graphql(`
  mutation RemoveTeamMember($customerId: ID!, $userId: ID!) { removeCustomerTeamMember(customerId: $customerId, userId: $userId) }
`);

export const CONTACTS_QUERY = graphql(`query Contacts($first: Int, $offset: Int, $after: String, $filter: ContactFilter) {
  contacts(first: $first, offset: $offset, after: $after, filter: $filter) { totalCount totalCountExact nodes { ...ContactFields customer { id code name } } pageInfo { hasNextPage endCursor } } }`);
export const CREATE_CONTACT = graphql(`mutation CreateContact($input: CreateContactInput!) { createContact(input: $input) { id } }`);
export const UPDATE_CONTACT = graphql(`mutation UpdateContact($id: ID!, $input: UpdateContactInput!) { updateContact(id: $id, input: $input) { id } }`);
export const DELETE_CONTACTS = graphql(`mutation DeleteContacts($ids: [ID!]!) { deleteContacts(ids: $ids) { ids } }`);
