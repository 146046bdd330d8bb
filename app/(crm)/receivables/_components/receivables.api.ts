// 回款 operations of the GraphQL API for the receivable list and page. Result types are generated from the schema.
import { graphql } from '@/app/_lib/gql';
import type { ReceivableDetailQuery, ReceivableRowFieldsFragment } from '@/app/_lib/gql/graphql';

export type ReceivableRow = ReceivableRowFieldsFragment;
export type ReceivableDetail = NonNullable<ReceivableDetailQuery['receivable']>;

graphql(`
  fragment ReceivableRowFields on Receivable {
    id code amount receivedDate method status remarks createdAt
    contract { id code title customer { id name } owner { id name } } plan { id term } recordedBy { id name }
  }
`);

export const RECEIVABLES_QUERY = graphql(`
  query Receivables($first: Int, $offset: Int, $after: String, $filter: ReceivableFilter, $orderBy: ReceivableOrder) {
    receivables(first: $first, offset: $offset, after: $after, filter: $filter, orderBy: $orderBy) {
      totalCount totalCountExact nodes { ...ReceivableRowFields } pageInfo { hasNextPage endCursor }
    }
  }
`);

export const RECEIVABLE_QUERY = graphql(`
  query ReceivableDetail($id: ID!) {
    receivable(id: $id) { ...ReceivableRowFields plan { id term amount plannedDate } approvals { ...ApprovalRunFields } }
  }
`);

export const CONTRACT_OPTIONS_QUERY = graphql(`
  query ReceivableContractOptions($keyword: String) { contracts(first: 20, filter: { keyword: $keyword }) { nodes { id code title } } }
`);
