/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment CustomerRowFields on Customer {\n    id code name type level industry source region contactName mobile dealStatus locked lastFollowUpAt createdAt updatedAt deletedAt\n    owner { id name } viewerCanEdit viewerCanManage\n  }\n": typeof types.CustomerRowFieldsFragmentDoc,
    "\n  fragment ContactFields on Contact {\n    id customerId name department position mobile phone email wechat birthday remarks isPrimary updatedAt owner { id name }\n  }\n": typeof types.ContactFieldsFragmentDoc,
    "\n  query Customers($first: Int, $offset: Int, $after: String, $filter: CustomerFilter, $orderBy: CustomerOrder) {\n    customers(first: $first, offset: $offset, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount totalCountExact nodes { ...CustomerRowFields } pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.CustomersDocument,
    "\n  query CustomerDetail($id: ID!) {\n    customer(id: $id) {\n      ...CustomerRowFields address postcode profile contactPosition phone email website remarks nextFollowUpAt\n      createdBy { id name }\n      contacts { ...ContactFields }\n      team { userId canEdit createdAt user { id name username } }\n      history { id action entityType entityId changes createdAt actor { id name } }\n    }\n  }\n": typeof types.CustomerDetailDocument,
    "\n  mutation CreateCustomer($input: CreateCustomerInput!) { createCustomer(input: $input) { id code } }\n": typeof types.CreateCustomerDocument,
    "\n  mutation UpdateCustomer($id: ID!, $input: UpdateCustomerInput!) { updateCustomer(id: $id, input: $input) { id } }\n": typeof types.UpdateCustomerDocument,
    "mutation DeleteCustomers($ids: [ID!]!) { deleteCustomers(ids: $ids) { ids } }": typeof types.DeleteCustomersDocument,
    "mutation RestoreCustomers($ids: [ID!]!) { restoreCustomers(ids: $ids) { id } }": typeof types.RestoreCustomersDocument,
    "mutation LockCustomers($ids: [ID!]!) { lockCustomers(ids: $ids) { id locked } }": typeof types.LockCustomersDocument,
    "mutation UnlockCustomers($ids: [ID!]!) { unlockCustomers(ids: $ids) { id locked } }": typeof types.UnlockCustomersDocument,
    "\n  mutation TransferCustomers($input: TransferCustomersInput!) { transferCustomers(input: $input) { id owner { id name } } }\n": typeof types.TransferCustomersDocument,
    "\n  mutation SetTeamMember($customerId: ID!, $userId: ID!, $canEdit: Boolean!) {\n    setCustomerTeamMember(customerId: $customerId, userId: $userId, canEdit: $canEdit) { userId canEdit }\n  }\n": typeof types.SetTeamMemberDocument,
    "\n  mutation RemoveTeamMember($customerId: ID!, $userId: ID!) { removeCustomerTeamMember(customerId: $customerId, userId: $userId) }\n": typeof types.RemoveTeamMemberDocument,
    "\n  query Contacts($first: Int, $offset: Int, $after: String, $filter: ContactFilter) {\n    contacts(first: $first, offset: $offset, after: $after, filter: $filter) {\n      totalCount totalCountExact nodes { ...ContactFields customer { id code name } } pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.ContactsDocument,
    "mutation CreateContact($input: CreateContactInput!) { createContact(input: $input) { id } }": typeof types.CreateContactDocument,
    "mutation UpdateContact($id: ID!, $input: UpdateContactInput!) { updateContact(id: $id, input: $input) { id } }": typeof types.UpdateContactDocument,
    "mutation DeleteContacts($ids: [ID!]!) { deleteContacts(ids: $ids) { ids } }": typeof types.DeleteContactsDocument,
    "\n  fragment LeadRowFields on Lead {\n    id name company mobile phone email source status nextContactAt convertedAt createdAt updatedAt deletedAt\n    owner { id name } customer { id code name } viewerCanEdit viewerCanManage\n  }\n": typeof types.LeadRowFieldsFragmentDoc,
    "\n  query Leads($first: Int, $offset: Int, $after: String, $filter: LeadFilter, $orderBy: LeadOrder) {\n    leads(first: $first, offset: $offset, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount totalCountExact nodes { ...LeadRowFields } pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.LeadsDocument,
    "\n  query LeadDetail($id: ID!) {\n    lead(id: $id) {\n      ...LeadRowFields address remarks createdBy { id name }\n      history { id action changes createdAt actor { id name } }\n    }\n  }\n": typeof types.LeadDetailDocument,
    "mutation CreateLead($input: CreateLeadInput!) { createLead(input: $input) { id name } }": typeof types.CreateLeadDocument,
    "mutation UpdateLead($id: ID!, $input: UpdateLeadInput!) { updateLead(id: $id, input: $input) { id } }": typeof types.UpdateLeadDocument,
    "mutation DeleteLeads($ids: [ID!]!) { deleteLeads(ids: $ids) { ids } }": typeof types.DeleteLeadsDocument,
    "mutation RestoreLeads($ids: [ID!]!) { restoreLeads(ids: $ids) { id } }": typeof types.RestoreLeadsDocument,
    "\n  mutation TransferLeads($input: TransferLeadsInput!) { transferLeads(input: $input) { id owner { id name } } }\n": typeof types.TransferLeadsDocument,
    "\n  mutation ConvertLeads($input: ConvertLeadsInput!) { convertLeads(input: $input) { id status customer { id code name } } }\n": typeof types.ConvertLeadsDocument,
    "\n  mutation ExportLeadsLink($input: ExportLeadsInput!) { exportLeadsLink(input: $input) { url fileName count } }\n": typeof types.ExportLeadsLinkDocument,
};
const documents: Documents = {
    "\n  fragment CustomerRowFields on Customer {\n    id code name type level industry source region contactName mobile dealStatus locked lastFollowUpAt createdAt updatedAt deletedAt\n    owner { id name } viewerCanEdit viewerCanManage\n  }\n": types.CustomerRowFieldsFragmentDoc,
    "\n  fragment ContactFields on Contact {\n    id customerId name department position mobile phone email wechat birthday remarks isPrimary updatedAt owner { id name }\n  }\n": types.ContactFieldsFragmentDoc,
    "\n  query Customers($first: Int, $offset: Int, $after: String, $filter: CustomerFilter, $orderBy: CustomerOrder) {\n    customers(first: $first, offset: $offset, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount totalCountExact nodes { ...CustomerRowFields } pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.CustomersDocument,
    "\n  query CustomerDetail($id: ID!) {\n    customer(id: $id) {\n      ...CustomerRowFields address postcode profile contactPosition phone email website remarks nextFollowUpAt\n      createdBy { id name }\n      contacts { ...ContactFields }\n      team { userId canEdit createdAt user { id name username } }\n      history { id action entityType entityId changes createdAt actor { id name } }\n    }\n  }\n": types.CustomerDetailDocument,
    "\n  mutation CreateCustomer($input: CreateCustomerInput!) { createCustomer(input: $input) { id code } }\n": types.CreateCustomerDocument,
    "\n  mutation UpdateCustomer($id: ID!, $input: UpdateCustomerInput!) { updateCustomer(id: $id, input: $input) { id } }\n": types.UpdateCustomerDocument,
    "mutation DeleteCustomers($ids: [ID!]!) { deleteCustomers(ids: $ids) { ids } }": types.DeleteCustomersDocument,
    "mutation RestoreCustomers($ids: [ID!]!) { restoreCustomers(ids: $ids) { id } }": types.RestoreCustomersDocument,
    "mutation LockCustomers($ids: [ID!]!) { lockCustomers(ids: $ids) { id locked } }": types.LockCustomersDocument,
    "mutation UnlockCustomers($ids: [ID!]!) { unlockCustomers(ids: $ids) { id locked } }": types.UnlockCustomersDocument,
    "\n  mutation TransferCustomers($input: TransferCustomersInput!) { transferCustomers(input: $input) { id owner { id name } } }\n": types.TransferCustomersDocument,
    "\n  mutation SetTeamMember($customerId: ID!, $userId: ID!, $canEdit: Boolean!) {\n    setCustomerTeamMember(customerId: $customerId, userId: $userId, canEdit: $canEdit) { userId canEdit }\n  }\n": types.SetTeamMemberDocument,
    "\n  mutation RemoveTeamMember($customerId: ID!, $userId: ID!) { removeCustomerTeamMember(customerId: $customerId, userId: $userId) }\n": types.RemoveTeamMemberDocument,
    "\n  query Contacts($first: Int, $offset: Int, $after: String, $filter: ContactFilter) {\n    contacts(first: $first, offset: $offset, after: $after, filter: $filter) {\n      totalCount totalCountExact nodes { ...ContactFields customer { id code name } } pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.ContactsDocument,
    "mutation CreateContact($input: CreateContactInput!) { createContact(input: $input) { id } }": types.CreateContactDocument,
    "mutation UpdateContact($id: ID!, $input: UpdateContactInput!) { updateContact(id: $id, input: $input) { id } }": types.UpdateContactDocument,
    "mutation DeleteContacts($ids: [ID!]!) { deleteContacts(ids: $ids) { ids } }": types.DeleteContactsDocument,
    "\n  fragment LeadRowFields on Lead {\n    id name company mobile phone email source status nextContactAt convertedAt createdAt updatedAt deletedAt\n    owner { id name } customer { id code name } viewerCanEdit viewerCanManage\n  }\n": types.LeadRowFieldsFragmentDoc,
    "\n  query Leads($first: Int, $offset: Int, $after: String, $filter: LeadFilter, $orderBy: LeadOrder) {\n    leads(first: $first, offset: $offset, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount totalCountExact nodes { ...LeadRowFields } pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.LeadsDocument,
    "\n  query LeadDetail($id: ID!) {\n    lead(id: $id) {\n      ...LeadRowFields address remarks createdBy { id name }\n      history { id action changes createdAt actor { id name } }\n    }\n  }\n": types.LeadDetailDocument,
    "mutation CreateLead($input: CreateLeadInput!) { createLead(input: $input) { id name } }": types.CreateLeadDocument,
    "mutation UpdateLead($id: ID!, $input: UpdateLeadInput!) { updateLead(id: $id, input: $input) { id } }": types.UpdateLeadDocument,
    "mutation DeleteLeads($ids: [ID!]!) { deleteLeads(ids: $ids) { ids } }": types.DeleteLeadsDocument,
    "mutation RestoreLeads($ids: [ID!]!) { restoreLeads(ids: $ids) { id } }": types.RestoreLeadsDocument,
    "\n  mutation TransferLeads($input: TransferLeadsInput!) { transferLeads(input: $input) { id owner { id name } } }\n": types.TransferLeadsDocument,
    "\n  mutation ConvertLeads($input: ConvertLeadsInput!) { convertLeads(input: $input) { id status customer { id code name } } }\n": types.ConvertLeadsDocument,
    "\n  mutation ExportLeadsLink($input: ExportLeadsInput!) { exportLeadsLink(input: $input) { url fileName count } }\n": types.ExportLeadsLinkDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CustomerRowFields on Customer {\n    id code name type level industry source region contactName mobile dealStatus locked lastFollowUpAt createdAt updatedAt deletedAt\n    owner { id name } viewerCanEdit viewerCanManage\n  }\n"): typeof import('./graphql').CustomerRowFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContactFields on Contact {\n    id customerId name department position mobile phone email wechat birthday remarks isPrimary updatedAt owner { id name }\n  }\n"): typeof import('./graphql').ContactFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Customers($first: Int, $offset: Int, $after: String, $filter: CustomerFilter, $orderBy: CustomerOrder) {\n    customers(first: $first, offset: $offset, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount totalCountExact nodes { ...CustomerRowFields } pageInfo { hasNextPage endCursor }\n    }\n  }\n"): typeof import('./graphql').CustomersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerDetail($id: ID!) {\n    customer(id: $id) {\n      ...CustomerRowFields address postcode profile contactPosition phone email website remarks nextFollowUpAt\n      createdBy { id name }\n      contacts { ...ContactFields }\n      team { userId canEdit createdAt user { id name username } }\n      history { id action entityType entityId changes createdAt actor { id name } }\n    }\n  }\n"): typeof import('./graphql').CustomerDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCustomer($input: CreateCustomerInput!) { createCustomer(input: $input) { id code } }\n"): typeof import('./graphql').CreateCustomerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCustomer($id: ID!, $input: UpdateCustomerInput!) { updateCustomer(id: $id, input: $input) { id } }\n"): typeof import('./graphql').UpdateCustomerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeleteCustomers($ids: [ID!]!) { deleteCustomers(ids: $ids) { ids } }"): typeof import('./graphql').DeleteCustomersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RestoreCustomers($ids: [ID!]!) { restoreCustomers(ids: $ids) { id } }"): typeof import('./graphql').RestoreCustomersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LockCustomers($ids: [ID!]!) { lockCustomers(ids: $ids) { id locked } }"): typeof import('./graphql').LockCustomersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UnlockCustomers($ids: [ID!]!) { unlockCustomers(ids: $ids) { id locked } }"): typeof import('./graphql').UnlockCustomersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TransferCustomers($input: TransferCustomersInput!) { transferCustomers(input: $input) { id owner { id name } } }\n"): typeof import('./graphql').TransferCustomersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetTeamMember($customerId: ID!, $userId: ID!, $canEdit: Boolean!) {\n    setCustomerTeamMember(customerId: $customerId, userId: $userId, canEdit: $canEdit) { userId canEdit }\n  }\n"): typeof import('./graphql').SetTeamMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveTeamMember($customerId: ID!, $userId: ID!) { removeCustomerTeamMember(customerId: $customerId, userId: $userId) }\n"): typeof import('./graphql').RemoveTeamMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Contacts($first: Int, $offset: Int, $after: String, $filter: ContactFilter) {\n    contacts(first: $first, offset: $offset, after: $after, filter: $filter) {\n      totalCount totalCountExact nodes { ...ContactFields customer { id code name } } pageInfo { hasNextPage endCursor }\n    }\n  }\n"): typeof import('./graphql').ContactsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateContact($input: CreateContactInput!) { createContact(input: $input) { id } }"): typeof import('./graphql').CreateContactDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateContact($id: ID!, $input: UpdateContactInput!) { updateContact(id: $id, input: $input) { id } }"): typeof import('./graphql').UpdateContactDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeleteContacts($ids: [ID!]!) { deleteContacts(ids: $ids) { ids } }"): typeof import('./graphql').DeleteContactsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LeadRowFields on Lead {\n    id name company mobile phone email source status nextContactAt convertedAt createdAt updatedAt deletedAt\n    owner { id name } customer { id code name } viewerCanEdit viewerCanManage\n  }\n"): typeof import('./graphql').LeadRowFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Leads($first: Int, $offset: Int, $after: String, $filter: LeadFilter, $orderBy: LeadOrder) {\n    leads(first: $first, offset: $offset, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount totalCountExact nodes { ...LeadRowFields } pageInfo { hasNextPage endCursor }\n    }\n  }\n"): typeof import('./graphql').LeadsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LeadDetail($id: ID!) {\n    lead(id: $id) {\n      ...LeadRowFields address remarks createdBy { id name }\n      history { id action changes createdAt actor { id name } }\n    }\n  }\n"): typeof import('./graphql').LeadDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateLead($input: CreateLeadInput!) { createLead(input: $input) { id name } }"): typeof import('./graphql').CreateLeadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateLead($id: ID!, $input: UpdateLeadInput!) { updateLead(id: $id, input: $input) { id } }"): typeof import('./graphql').UpdateLeadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeleteLeads($ids: [ID!]!) { deleteLeads(ids: $ids) { ids } }"): typeof import('./graphql').DeleteLeadsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RestoreLeads($ids: [ID!]!) { restoreLeads(ids: $ids) { id } }"): typeof import('./graphql').RestoreLeadsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TransferLeads($input: TransferLeadsInput!) { transferLeads(input: $input) { id owner { id name } } }\n"): typeof import('./graphql').TransferLeadsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConvertLeads($input: ConvertLeadsInput!) { convertLeads(input: $input) { id status customer { id code name } } }\n"): typeof import('./graphql').ConvertLeadsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExportLeadsLink($input: ExportLeadsInput!) { exportLeadsLink(input: $input) { url fileName count } }\n"): typeof import('./graphql').ExportLeadsLinkDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
