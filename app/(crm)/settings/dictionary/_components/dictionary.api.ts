// 数据字典 operations of the GraphQL API for the settings page. Result types are generated from the schema.
import { graphql } from '@/app/_lib/gql';
import type { DictionariesQuery } from '@/app/_lib/gql/graphql';

export type Dictionary = DictionariesQuery['dictionaries'][number];
export type DictionaryOption = Dictionary['options'][number];

export { DICTIONARIES_QUERY } from '@/app/_lib/dictionaries';

export const ADD_DICTIONARY_OPTION = graphql(`
  mutation AddDictionaryOption($input: AddDictionaryOptionInput!) { addDictionaryOption(input: $input) { id name enabled } }
`);

export const UPDATE_DICTIONARY_OPTION = graphql(`
  mutation UpdateDictionaryOption($id: ID!, $input: UpdateDictionaryOptionInput!) { updateDictionaryOption(id: $id, input: $input) { id name enabled } }
`);

export const REORDER_DICTIONARY_OPTIONS = graphql(`
  mutation ReorderDictionaryOptions($input: ReorderDictionaryOptionsInput!) { reorderDictionaryOptions(input: $input) { id sortOrder } }
`);
