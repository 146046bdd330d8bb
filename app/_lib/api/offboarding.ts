// Offboarding (SPEC 2.1 员工离职): what disabling a user would hand over, and the disable-and-hand-over itself.
import type { UserRef } from './customers';

/** A departing user's live records by kind, as the API counts them. */
export interface OffboardingCounts {
  customers: number;
  contacts: number;
  opportunities: number;
  contracts: number;
  leads: number;
  openTasks: number;
  total: number;
}
export type OffboardingKind = Exclude<keyof OffboardingCounts, 'total'>;
export const OFFBOARDING_KINDS: OffboardingKind[] = ['customers', 'contacts', 'opportunities', 'contracts', 'leads', 'openTasks'];

export interface OffboardingPreview { user: UserRef & { status: string }; records: OffboardingCounts }
export interface OffboardingResult {
  user: { id: string; name: string; status: string };
  successor: UserRef | null;
  customersReleased: number;
  transferred: OffboardingCounts;
  kept: OffboardingCounts;
}

const COUNTS = 'customers contacts opportunities contracts leads openTasks total';

export const OFFBOARDING_PREVIEW_QUERY = /* GraphQL */ `
  query OffboardingPreview($userId: ID!) { offboardingPreview(userId: $userId) { user { id name status } records { ${COUNTS} } } }
`;
export const OFFBOARD_USER = /* GraphQL */ `
  mutation OffboardUser($input: OffboardUserInput!) {
    offboardUser(input: $input) {
      user { id name status } successor { id name } customersReleased
      transferred { ${COUNTS} } kept { ${COUNTS} }
    }
  }
`;
