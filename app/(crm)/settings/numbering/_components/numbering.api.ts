// 编号规则 operations of the GraphQL API for the settings page. Result types are generated from the schema.
import { graphql } from '@/app/_lib/gql';
import type { NumberingRulesQuery } from '@/app/_lib/gql/graphql';

export type NumberingRule = NumberingRulesQuery['numberingRules'][number];

export const NUMBERING_RULES_QUERY = graphql(`
  query NumberingRules { numberingRules { module prefix datePart resetPeriod sequenceLength nextNumber updatedAt } }
`);

export const UPDATE_NUMBERING_RULE = graphql(`
  mutation UpdateNumberingRule($module: String!, $input: UpdateNumberingRuleInput!) {
    updateNumberingRule(module: $module, input: $input) { module prefix datePart resetPeriod sequenceLength nextNumber updatedAt }
  }
`);
