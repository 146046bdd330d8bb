// GraphQL documents and shapes of the 联络频次 (contact-frequency compliance) page.
import type { InsightPerson } from '../../../_insight/insight.api';

export interface Rules { requiredFields: string[]; coreDealMonths: number; highGrowthContactDays: number; coreShortDays: number; coreMidDays: number; highGrowthDays: number; minCore: number; minHighGrowth: number; reminderDays: number }
export interface Figures { customers: number; core: number; highGrowth: number; overdue: number; dueSoon: number; criteria: number }
export interface PersonRow extends Figures { person: InsightPerson; behind: boolean }
export interface DepartmentRow extends Figures { department: { id: string; name: string }; people: number; behind: number }
export interface Report { rules: Rules; totals: Figures & { people: number; behind: number }; people: PersonRow[]; departments: DepartmentRow[] }
export type State = 'OVERDUE' | 'DUE_SOON' | 'CRITERIA';
export interface CustomerRow {
  id: string; code: string; name: string; level: string; type: string; owner: InsightPerson | null; rule: string | null; intervalDays: number | null;
  lastContactAt: string | null; dueAt: string | null; overdueDays: number | null; problems: string[]; missingFields: string[];
}
export interface MonthRow extends PersonRow { followUps: number; substantive: number; newCustomers: number; contractAmount: string; receivableAmount: string }

const PERSON = 'id username name status departmentId departmentName';
const FIGURES = 'customers core highGrowth overdue dueSoon criteria';
export const RULES = 'requiredFields coreDealMonths highGrowthContactDays coreShortDays coreMidDays highGrowthDays minCore minHighGrowth reminderDays';

export const REPORT_QUERY = /* GraphQL */ `query ComplianceReport($filter: ComplianceFilter) { complianceReport(filter: $filter) {
  rules { ${RULES} } totals { people behind ${FIGURES} } people { person { ${PERSON} } behind ${FIGURES} }
  departments { department { id name } people behind ${FIGURES} } } }`;

export const CUSTOMERS_QUERY = /* GraphQL */ `query ComplianceCustomers($filter: ComplianceFilter, $state: ComplianceState, $first: Int, $offset: Int) {
  complianceCustomers(filter: $filter, state: $state, first: $first, offset: $offset) { totalCount
    nodes { id code name level type owner { ${PERSON} } rule intervalDays lastContactAt dueAt overdueDays problems missingFields } } }`;

export const MONTHLY_QUERY = /* GraphQL */ `query ComplianceMonthly($month: String!, $filter: ComplianceFilter) { complianceMonthly(month: $month, filter: $filter) {
  month rows { person { ${PERSON} } behind ${FIGURES} followUps substantive newCustomers contractAmount receivableAmount } } }`;
