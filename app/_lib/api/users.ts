// Colleague pickers of the API: the active-user directory and the transfer targets within your write scope.
export interface UserOption { id: string; name: string; username: string }

export const USER_DIRECTORY_QUERY = /* GraphQL */ `
  query UserDirectory($keyword: String) { userDirectory(keyword: $keyword) { id name username } }
`;
export const TRANSFER_TARGETS_QUERY = /* GraphQL */ `
  query TransferTargets($module: String!, $keyword: String) { transferTargets(module: $module, keyword: $keyword) { id name username } }
`;
