// Public pool operations of the GraphQL API, with the shapes the UI reads.
import type { CustomerLevel, UserRef } from './customers';

export type PoolReason = 'MANUAL_RETURN' | 'NO_FOLLOW_UP' | 'NO_NEW_OPPORTUNITY' | 'NO_DEAL' | 'OFFBOARDING' | 'IMPORT';
export const POOL_REASONS: PoolReason[] = ['NO_FOLLOW_UP', 'NO_NEW_OPPORTUNITY', 'NO_DEAL', 'MANUAL_RETURN', 'OFFBOARDING', 'IMPORT'];
export type PoolEvent = 'ENTER' | 'CLAIM' | 'ASSIGN' | 'MOVE';

export interface PoolRule { level: CustomerLevel; noFollowUpDays: number | null; noOpportunityDays: number | null; noDealDays: number | null }
export interface PoolSummary {
  id: string;
  name: string;
  isDefault: boolean;
  recycleEnabled: boolean;
  exemptDealCustomers: boolean;
  exemptOpenOpportunities: boolean;
  warnDays: number;
  customerCount: number | null;
  viewerCanList: boolean;
  viewerCanClaim: boolean;
  viewerCanAdminister: boolean;
  rules: PoolRule[];
}
export interface PoolDetail extends PoolSummary {
  administrators: UserRef[];
  memberUsers: UserRef[];
  memberDepartments: { department: { id: string; name: string } | null; includeChildren: boolean }[];
}
export interface PoolCustomerRow {
  id: string;
  code: string;
  name: string;
  level: CustomerLevel;
  region: string | null;
  industry: string | null;
  contactName: string | null;
  poolReason: PoolReason | null;
  poolNote: string | null;
  poolEnteredAt: string | null;
  previousOwner: UserRef | null;
}
export interface PoolCustomerFilter { keyword?: string; reason?: PoolReason; level?: CustomerLevel }
export interface PoolSettings {
  maxOwnedCustomers: number | null;
  maxClaimsPerDay: number | null;
  reclaimBarDays: number;
  maxLockedCustomers: number | null;
  opportunityChecksAvailable: boolean;
  contractChecksAvailable: boolean;
}
export interface ClaimQuota { ownedCustomers: number; maxOwnedCustomers: number | null; claimedToday: number; maxClaimsPerDay: number | null; reclaimBarDays: number }
export interface PoolHistoryEntry {
  id: string;
  event: PoolEvent;
  reason: PoolReason | null;
  note: string | null;
  createdAt: string;
  pool: { id: string; name: string } | null;
  fromPool: { id: string; name: string } | null;
  fromOwner: UserRef | null;
  toOwner: UserRef | null;
  actor: UserRef | null;
}
export interface CustomerPoolInfo {
  id: string;
  ownerId: string | null;
  locked: boolean;
  viewerCanManage: boolean;
  poolReason: PoolReason | null;
  poolNote: string | null;
  poolEnteredAt: string | null;
  previousOwner: UserRef | null;
  pool: { id: string; name: string; viewerCanClaim: boolean } | null;
  poolHistory: PoolHistoryEntry[];
}

const SUMMARY = 'id name isDefault recycleEnabled exemptDealCustomers exemptOpenOpportunities warnDays customerCount viewerCanList viewerCanClaim viewerCanAdminister rules { level noFollowUpDays noOpportunityDays noDealDays }';

export const POOLS_QUERY = /* GraphQL */ `query Pools { pools { ${SUMMARY} } }`;
export const POOLS_DETAIL_QUERY = /* GraphQL */ `
  query PoolsDetail {
    pools { ${SUMMARY} administrators { id name } memberUsers { id name } memberDepartments { department { id name } includeChildren } }
    poolSettings { maxOwnedCustomers maxClaimsPerDay reclaimBarDays maxLockedCustomers opportunityChecksAvailable contractChecksAvailable }
  }
`;
export const POOL_CUSTOMERS_QUERY = /* GraphQL */ `
  query PoolCustomers($poolId: ID!, $filter: PoolCustomerFilter, $first: Int, $offset: Int) {
    poolCustomers(poolId: $poolId, filter: $filter, first: $first, offset: $offset) {
      totalCount
      nodes { id code name level region industry contactName poolReason poolNote poolEnteredAt previousOwner { id name } }
    }
  }
`;
export const CLAIM_QUOTA_QUERY = /* GraphQL */ `
  query PoolClaimQuota { poolClaimQuota { ownedCustomers maxOwnedCustomers claimedToday maxClaimsPerDay reclaimBarDays } }
`;
export const POOL_SETTINGS_QUERY = /* GraphQL */ `
  query PoolSettings { poolSettings { maxOwnedCustomers maxClaimsPerDay reclaimBarDays maxLockedCustomers opportunityChecksAvailable contractChecksAvailable } }
`;
const HISTORY = 'id event reason note createdAt pool { id name } fromPool { id name } fromOwner { id name } toOwner { id name } actor { id name }';
export const CUSTOMER_POOL_QUERY = /* GraphQL */ `
  query CustomerPool($id: ID!) {
    customer(id: $id) {
      id ownerId locked viewerCanManage poolReason poolNote poolEnteredAt previousOwner { id name }
      pool { id name viewerCanClaim } poolHistory { ${HISTORY} }
    }
  }
`;

export const CLAIM_CUSTOMERS = /* GraphQL */ `mutation ClaimCustomers($ids: [ID!]!) { claimCustomers(ids: $ids) { id } }`;
export const ASSIGN_CUSTOMERS = /* GraphQL */ `mutation AssignCustomers($ids: [ID!]!, $userId: ID!) { assignCustomers(ids: $ids, userId: $userId) { id } }`;
export const RETURN_CUSTOMERS = /* GraphQL */ `mutation ReturnCustomers($ids: [ID!]!, $reason: String!) { returnCustomersToPool(ids: $ids, reason: $reason) { id } }`;
export const MOVE_CUSTOMERS = /* GraphQL */ `mutation MoveCustomers($ids: [ID!]!, $poolId: ID!) { moveCustomersToPool(ids: $ids, poolId: $poolId) { id } }`;
export const CREATE_POOL = /* GraphQL */ `mutation CreatePool($input: CreatePoolInput!) { createPool(input: $input) { id } }`;
export const UPDATE_POOL = /* GraphQL */ `mutation UpdatePool($id: ID!, $input: UpdatePoolInput!) { updatePool(id: $id, input: $input) { id } }`;
export const UPDATE_POOL_RULES = /* GraphQL */ `mutation UpdatePoolRules($poolId: ID!, $input: UpdatePoolRulesInput!) { updatePoolRules(poolId: $poolId, input: $input) { id } }`;
export const UPDATE_POOL_SETTINGS = /* GraphQL */ `mutation UpdatePoolSettings($input: UpdatePoolSettingsInput!) { updatePoolSettings(input: $input) { maxOwnedCustomers } }`;
