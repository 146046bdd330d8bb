// Export links of the record lists: each answers a short-lived URL that streams the file (lib/export).
import { graphql } from '../gql';
import type { ExportFormat as Format, ExportLinkFieldsFragment } from '../gql/graphql';

export type ExportFormat = Format;
export type ExportLink = ExportLinkFieldsFragment;

graphql(`fragment ExportLinkFields on ExportLink { url fileName count }`);

export const EXPORT_CUSTOMERS_LINK = graphql(`
  mutation ExportCustomersLink($input: ExportCustomersInput!) { exportCustomersLink(input: $input) { ...ExportLinkFields } }
`);
export const EXPORT_CONTACTS_LINK = graphql(`
  mutation ExportContactsLink($input: ExportContactsInput!) { exportContactsLink(input: $input) { ...ExportLinkFields } }
`);
export const EXPORT_OPPORTUNITIES_LINK = graphql(`
  mutation ExportOpportunitiesLink($input: ExportOpportunitiesInput!) { exportOpportunitiesLink(input: $input) { ...ExportLinkFields } }
`);
export const EXPORT_CONTRACTS_LINK = graphql(`
  mutation ExportContractsLink($input: ExportContractsInput!) { exportContractsLink(input: $input) { ...ExportLinkFields } }
`);
export const EXPORT_RECEIVABLES_LINK = graphql(`
  mutation ExportReceivablesLink($input: ExportReceivablesInput!) { exportReceivablesLink(input: $input) { ...ExportLinkFields } }
`);
export const EXPORT_FOLLOW_UPS_LINK = graphql(`
  mutation ExportFollowUpsLink($input: ExportFollowUpsInput!) { exportFollowUpsLink(input: $input) { ...ExportLinkFields } }
`);
