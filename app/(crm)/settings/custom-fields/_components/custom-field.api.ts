// 自定义字段 operations of the GraphQL API for the settings page. Result types are generated from the schema.
import { graphql } from '@/app/_lib/gql';

export { CUSTOM_FIELDS_QUERY } from '@/app/_lib/custom-fields';

export const CREATE_CUSTOM_FIELD = graphql(`
  mutation CreateCustomField($input: CreateCustomFieldInput!) { createCustomField(input: $input) { id key } }
`);

export const UPDATE_CUSTOM_FIELD = graphql(`
  mutation UpdateCustomField($id: ID!, $input: UpdateCustomFieldInput!) { updateCustomField(id: $id, input: $input) { id label required enabled sortOrder } }
`);

export const REORDER_CUSTOM_FIELDS = graphql(`
  mutation ReorderCustomFields($module: String!, $ids: [ID!]!) { reorderCustomFields(module: $module, ids: $ids) { id sortOrder } }
`);
