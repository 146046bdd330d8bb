// Public pool operations of the GraphQL API. Result and input types are generated from the schema
// (`npm run codegen`); the aliases below only name them for the pages.
import { graphql } from '../gql';
import type {
  CustomerPoolQuery, PoolClaimQuotaQuery, PoolCustomerFilter as Filter, PoolCustomersQuery, PoolEvent as Event, PoolReason as Reason,
  PoolSettingsQuery, PoolsDetailQuery, PoolSummaryFieldsFragment,
} from '../gql/graphql';

export type PoolReason = Reason;
export const POOL_REASONS: PoolReason[] = ['NO_FOLLOW_UP', 'NO_NEW_OPPORTUNITY', 'NO_DEAL', 'MANUAL_RETURN', 'OFFBOARDING', 'IMPORT'];
export type PoolEvent = Event;

export type PoolSummary = PoolSummaryFieldsFragment;
export type PoolRule = PoolSummary['rules'][number];
export type PoolDetail = PoolsDetailQuery['pools'][number];
export type PoolCustomerRow = PoolCustomersQuery['poolCustomers']['nodes'][number];
export type PoolCustomerFilter = Filter;
export type PoolSettings = PoolSettingsQuery['poolSettings'];
export type ClaimQuota = PoolClaimQuotaQuery['poolClaimQuota'];
export type CustomerPoolInfo = NonNullable<CustomerPoolQuery['customer']>;
export type PoolHistoryEntry = CustomerPoolInfo['poolHistory'][number];

graphql(`
  fragment PoolSummaryFields on Pool {
    id name isDefault recycleEnabled exemptDealCustomers exemptOpenOpportunities warnDays customerCount viewerCanList viewerCanClaim
    viewerCanAdminister rules { level noFollowUpDays noOpportunityDays noDealDays }
  }
`);


export const POOLS_QUERY = graphql(`query Pools { pools { ...PoolSummaryFields } }`);
export const POOLS_DETAIL_QUERY = graphql(`
  query PoolsDetail {
    pools { ...PoolSummaryFields administrators { id name } memberUsers { id name } memberDepartments { department { id name } includeChildren } }
    poolSettings { maxOwnedCustomers maxClaimsPerDay reclaimBarDays maxLockedCustomers opportunityChecksAvailable contractChecksAvailable }
  }
`);
export const POOL_CUSTOMERS_QUERY = graphql(`
  query PoolCustomers($poolId: ID!, $filter: PoolCustomerFilter, $first: Int, $offset: Int, $after: String) {
    poolCustomers(poolId: $poolId, filter: $filter, first: $first, offset: $offset, after: $after) {
      totalCount totalCountExact pageInfo { hasNextPage endCursor }
      nodes { id code name level region industry contactName poolReason poolNote poolEnteredAt previousOwner { id name } }
    }
  }
`);
export const CLAIM_QUOTA_QUERY = graphql(`
  query PoolClaimQuota { poolClaimQuota { ownedCustomers maxOwnedCustomers claimedToday maxClaimsPerDay reclaimBarDays } }
`);
export const POOL_SETTINGS_QUERY = graphql(`
  query PoolSettings { poolSettings { maxOwnedCustomers maxClaimsPerDay reclaimBarDays maxLockedCustomers opportunityChecksAvailable contractChecksAvailable } }
`);
export const CUSTOMER_POOL_QUERY = graphql(`
  query CustomerPool($id: ID!) {
    customer(id: $id) {
      id ownerId locked viewerCanManage poolReason poolNote poolEnteredAt previousOwner { id name }
      pool { id name viewerCanClaim } poolHistory { id event reason note createdAt pool { id name } fromPool { id name } fromOwner { id name } toOwner { id name } actor { id name } }
    }
  }
`);

export const CLAIM_CUSTOMERS = graphql(`mutation ClaimCustomers($ids: [ID!]!) { claimCustomers(ids: $ids) { id } }`);
export const ASSIGN_CUSTOMERS = graphql(`mutation AssignCustomers($ids: [ID!]!, $userId: ID!) { assignCustomers(ids: $ids, userId: $userId) { id } }`);
export const RETURN_CUSTOMERS = graphql(`mutation ReturnCustomers($ids: [ID!]!, $reason: String!) { returnCustomersToPool(ids: $ids, reason: $reason) { id } }`);
export const MOVE_CUSTOMERS = graphql(`mutation MoveCustomers($ids: [ID!]!, $poolId: ID!) { moveCustomersToPool(ids: $ids, poolId: $poolId) { id } }`);
export const CREATE_POOL = graphql(`mutation CreatePool($input: CreatePoolInput!) { createPool(input: $input) { id } }`);
export const UPDATE_POOL = graphql(`mutation UpdatePool($id: ID!, $input: UpdatePoolInput!) { updatePool(id: $id, input: $input) { id } }`);
export const UPDATE_POOL_RULES = graphql(`mutation UpdatePoolRules($poolId: ID!, $input: UpdatePoolRulesInput!) { updatePoolRules(poolId: $poolId, input: $input) { id } }`);
export const UPDATE_POOL_SETTINGS = graphql(`mutation UpdatePoolSettings($input: UpdatePoolSettingsInput!) { updatePoolSettings(input: $input) { maxOwnedCustomers } }`);
