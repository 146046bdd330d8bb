// 查重, 申请归属 and 合并客户 operations of the GraphQL API (types generated from the schema by `npm run codegen`).
import { graphql } from '../gql';
import type { DuplicateCustomersQuery, MergeCandidateQuery } from '../gql/graphql';

export type DuplicateHit = DuplicateCustomersQuery['duplicateCustomers'][number];
export type MergeCandidate = NonNullable<MergeCandidateQuery['customer']>;

export const DUPLICATE_CUSTOMERS = graphql(`
  query DuplicateCustomers($input: DuplicateSearchInput!) {
    duplicateCustomers(input: $input) { code name ownerName departmentName matchedBy viewerIsOwner }
  }
`);

export const REQUEST_OWNERSHIP = graphql(`
  mutation RequestOwnership($input: RequestOwnershipInput!) { requestOwnership(input: $input) { id status customerCode } }
`);

/** The fields the merge dialog compares (the same as the server's MERGE_FIELDS). */
export const MERGE_FIELDS = [
  'name', 'type', 'level', 'industry', 'source', 'region', 'address', 'postcode', 'profile',
  'contactName', 'contactPosition', 'mobile', 'phone', 'email', 'website', 'remarks',
] as const;
export type MergeField = (typeof MERGE_FIELDS)[number];

export const MERGE_CANDIDATE = graphql(`
  query MergeCandidate($id: ID!) {
    customer(id: $id) {
      id code createdAt owner { id name }
      name type level industry source region address postcode profile contactName contactPosition mobile phone email website remarks
    }
  }
`);

export const MERGE_CUSTOMERS = graphql(`
  mutation MergeCustomers($input: MergeCustomersInput!) { mergeCustomers(input: $input) { kept { id code name } mergedIds } }
`);
