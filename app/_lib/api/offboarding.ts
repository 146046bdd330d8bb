// Offboarding (SPEC 2.1 员工离职): what disabling a user would hand over, and the disable-and-hand-over itself. Result
// types are generated from the schema (`npm run codegen`).
import { graphql } from '../gql';
import type { OffboardingCountsFieldsFragment, OffboardingPreviewQuery, OffboardUserMutation } from '../gql/graphql';

/** A departing user's live records by kind, as the API counts them. */
export type OffboardingCounts = OffboardingCountsFieldsFragment;
export type OffboardingKind = Exclude<keyof OffboardingCounts, 'total'>;
export const OFFBOARDING_KINDS: OffboardingKind[] = ['customers', 'contacts', 'opportunities', 'contracts', 'leads', 'openTasks'];

export type OffboardingPreview = OffboardingPreviewQuery['offboardingPreview'];
export type OffboardingResult = OffboardUserMutation['offboardUser'];

graphql(`fragment OffboardingCountsFields on OffboardingCounts { customers contacts opportunities contracts leads openTasks total }`);

export const OFFBOARDING_PREVIEW_QUERY = graphql(`
  query OffboardingPreview($userId: ID!) {
    offboardingPreview(userId: $userId) { user { id name status } records { ...OffboardingCountsFields } }
  }
`);
export const OFFBOARD_USER = graphql(`
  mutation OffboardUser($input: OffboardUserInput!) {
    offboardUser(input: $input) {
      user { id name status } successor { id name } customersReleased
      transferred { ...OffboardingCountsFields } kept { ...OffboardingCountsFields }
    }
  }
`);
