// GraphQL documents of the dashboard and the statistics pages. Result types are generated from the schema
// (`npm run codegen`).
import { graphql } from '@/app/_lib/gql';
import type {
  BriefFieldsFragment, DashboardQuery, InsightFilter as ApiFilter, InsightPeriodPreset, InsightPersonFieldsFragment, InsightScopeQuery,
  InsightSelectionQuery, KpiFigureFieldsFragment, KpiMetric as Metric,
} from '@/app/_lib/gql/graphql';

export type PeriodPreset = InsightPeriodPreset;
export type KpiMetric = Metric;
export const KPI_METRICS: KpiMetric[] = ['CONTRACT_AMOUNT', 'RECEIVABLE_AMOUNT', 'NEW_CUSTOMERS', 'FOLLOW_UPS'];
export const MONEY_METRICS = new Set<KpiMetric>(['CONTRACT_AMOUNT', 'RECEIVABLE_AMOUNT']);

/** The filter as the address holds it: the API's filter without nulls. */
export type InsightFilter = { [K in keyof ApiFilter]?: NonNullable<ApiFilter[K]> };

export type InsightPerson = InsightPersonFieldsFragment;
export type InsightScope = InsightScopeQuery['insightScope'];
export type InsightDepartment = InsightScope['departments'][number];

export type Dashboard = DashboardQuery['dashboard'];
export type InsightPeriod = Dashboard['period'];
export type BriefFigures = BriefFieldsFragment;
export type KpiFigure = KpiFigureFieldsFragment;
export type TrendMonth = Dashboard['trend'][number];
export type Ranking = Dashboard['ranking'];

graphql(`fragment InsightPersonFields on InsightPerson { id username name status departmentId departmentName }`);
graphql(`
  fragment BriefFields on BriefFigures {
    newCustomers newContacts newOpportunities newOpportunityAmount newContracts contractAmount receivables receivableAmount followUps substantiveFollowUps
  }
`);
graphql(`fragment KpiFigureFields on KpiFigure { metric target actual completion }`);
graphql(`fragment InsightStageFields on OpportunityStage { id name sort probability }`);

export const SCOPE_QUERY = graphql(`
  query InsightScope { insightScope { everyone canSetTargets people { ...InsightPersonFields } departments { id name parentId } } }
`);

export const DASHBOARD_QUERY = graphql(`query Dashboard($filter: InsightFilter, $metric: KpiMetric!) { dashboard(filter: $filter) {
  period { preset from to start end previousFrom previousTo months }
  selection { everyone department { id name parentId } person { ...InsightPersonFields } }
  brief { current { ...BriefFields } previous { ...BriefFields } }
  kpi { months figures { ...KpiFigureFields } people { person { ...InsightPersonFields } figures { ...KpiFigureFields } } }
  funnel {
    stages { stage { ...InsightStageFields } count amount weightedAmount } categories { category count amount weightedAmount }
    open { count amount weightedAmount } won { count amount } lost { count amount } conversion { stage { ...InsightStageFields } reached conversion }
  }
  trend { month contractAmount receivableAmount newCustomers lastYearContractAmount lastYearReceivableAmount lastYearNewCustomers }
  ranking(metric: $metric) { metric people { rank person { ...InsightPersonFields } value } departments { rank department { id name } value } }
} }`);

/** What a figure's list needs: the period's bounds and the owners of the counted records. */
export const SELECTION_QUERY = graphql(`query InsightSelection($filter: InsightFilter) { dashboard(filter: $filter) {
  period { preset from to start end months } selection { everyone department { id name parentId } person { ...InsightPersonFields } } ownerIds
} }`);
export type SelectionResult = InsightSelectionQuery;
