// GraphQL documents of the 联络频次 (contact-frequency compliance) page. Result types are generated from the schema
// (`npm run codegen`).
import { graphql } from '@/app/_lib/gql';
import type {
  ComplianceCustomersQuery, ComplianceMonthlyQuery, ComplianceReportQuery, ComplianceRulesFieldsFragment, ComplianceState,
} from '@/app/_lib/gql/graphql';

export type Rules = ComplianceRulesFieldsFragment;
export type Report = ComplianceReportQuery['complianceReport'];
export type PersonRow = Report['people'][number];
export type DepartmentRow = Report['departments'][number];
export type State = ComplianceState;
export type CustomerRow = ComplianceCustomersQuery['complianceCustomers']['nodes'][number];
export type MonthRow = ComplianceMonthlyQuery['complianceMonthly']['rows'][number];

graphql(`
  fragment ComplianceRulesFields on ComplianceRules {
    requiredFields coreDealMonths highGrowthContactDays coreShortDays coreMidDays highGrowthDays minCore minHighGrowth reminderDays
  }
`);

export const REPORT_QUERY = graphql(`query ComplianceReport($filter: ComplianceFilter) { complianceReport(filter: $filter) {
  rules { ...ComplianceRulesFields } totals { people behind customers core highGrowth overdue dueSoon criteria }
  people { person { ...InsightPersonFields } behind customers core highGrowth overdue dueSoon criteria }
  departments { department { id name } people behind customers core highGrowth overdue dueSoon criteria } } }`);

export const CUSTOMERS_QUERY = graphql(`query ComplianceCustomers($filter: ComplianceFilter, $state: ComplianceState, $first: Int, $offset: Int) {
  complianceCustomers(filter: $filter, state: $state, first: $first, offset: $offset) { totalCount
    nodes { id code name level type owner { ...InsightPersonFields } rule intervalDays lastContactAt dueAt overdueDays problems missingFields } } }`);

export const MONTHLY_QUERY = graphql(`query ComplianceMonthly($month: String!, $filter: ComplianceFilter) { complianceMonthly(month: $month, filter: $filter) {
  month rows { person { ...InsightPersonFields } behind customers core highGrowth overdue dueSoon criteria followUps substantive newCustomers contractAmount receivableAmount } } }`);

export const RULES_QUERY = graphql(`query ComplianceRules { complianceRules { ...ComplianceRulesFields } }`);
export const UPDATE_RULES = graphql(`
  mutation UpdateComplianceRules($input: UpdateComplianceRulesInput!) { updateComplianceRules(input: $input) { ...ComplianceRulesFields } }
`);
