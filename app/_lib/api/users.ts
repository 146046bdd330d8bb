// Colleague pickers of the API: the active-user directory and the transfer targets within your write scope. Result
// types are generated from the schema (`npm run codegen`).
import { graphql } from '../gql';
import type { UserDirectoryQuery } from '../gql/graphql';

export type UserOption = UserDirectoryQuery['userDirectory'][number];

export const USER_DIRECTORY_QUERY = graphql(`
  query UserDirectory($keyword: String) { userDirectory(keyword: $keyword) { id name username } }
`);
export const TRANSFER_TARGETS_QUERY = graphql(`
  query TransferTargets($module: String!, $keyword: String) { transferTargets(module: $module, keyword: $keyword) { id name username } }
`);
