// GraphQL documents and result shapes of the dashboard and the statistics pages.
export type PeriodPreset = 'TODAY' | 'THIS_WEEK' | 'THIS_MONTH' | 'THIS_QUARTER' | 'THIS_YEAR' | 'LAST_MONTH' | 'CUSTOM';
export type KpiMetric = 'CONTRACT_AMOUNT' | 'RECEIVABLE_AMOUNT' | 'NEW_CUSTOMERS' | 'FOLLOW_UPS';
export const KPI_METRICS: KpiMetric[] = ['CONTRACT_AMOUNT', 'RECEIVABLE_AMOUNT', 'NEW_CUSTOMERS', 'FOLLOW_UPS'];
export const MONEY_METRICS = new Set<KpiMetric>(['CONTRACT_AMOUNT', 'RECEIVABLE_AMOUNT']);

export interface InsightFilter { preset?: PeriodPreset; from?: string; to?: string; departmentId?: string; userId?: string }

export interface InsightPerson { id: string; username: string; name: string; status: string; departmentId: string; departmentName: string | null }
export interface InsightDepartment { id: string; name: string; parentId: string | null }
export interface InsightScope { everyone: boolean; people: InsightPerson[]; departments: InsightDepartment[]; canSetTargets: boolean }

export interface InsightPeriod { preset: PeriodPreset; from: string; to: string; start: string; end: string; previousFrom: string; previousTo: string; months: string[] }

export interface BriefFigures {
  newCustomers: number; newContacts: number; newOpportunities: number; newOpportunityAmount: string; newContracts: number; contractAmount: string;
  receivables: number; receivableAmount: string; followUps: number; substantiveFollowUps: number;
}
export interface KpiFigure { metric: KpiMetric; target: string | null; actual: string; completion: number | null }
export interface Stage { id: string; name: string; sort: number; probability: number }
export interface FunnelStage { stage: Stage; count: number; amount: string; weightedAmount: string }
export interface FunnelCategory { category: string; count: number; amount: string; weightedAmount: string }
export interface Totals { count: number; amount: string; weightedAmount?: string | null }
export interface TrendMonth {
  month: string; contractAmount: string; receivableAmount: string; newCustomers: number;
  lastYearContractAmount: string; lastYearReceivableAmount: string; lastYearNewCustomers: number;
}
export interface Ranking {
  metric: KpiMetric;
  people: { rank: number; person: InsightPerson; value: string }[];
  departments: { rank: number; department: { id: string; name: string }; value: string }[];
}

export interface Dashboard {
  period: InsightPeriod;
  selection: { everyone: boolean; department: InsightDepartment | null; person: InsightPerson | null };
  brief: { current: BriefFigures; previous: BriefFigures };
  kpi: { months: string[]; figures: KpiFigure[]; people: { person: InsightPerson; figures: KpiFigure[] }[] };
  funnel: {
    stages: FunnelStage[]; categories: FunnelCategory[]; open: Totals; won: Totals; lost: Totals;
    conversion: { stage: Stage; reached: number; conversion: number | null }[];
  };
  trend: TrendMonth[];
  ranking: Ranking;
}

const PERSON = 'id username name status departmentId departmentName';
const BRIEF = 'newCustomers newContacts newOpportunities newOpportunityAmount newContracts contractAmount receivables receivableAmount followUps substantiveFollowUps';
const FIGURE = 'metric target actual completion';
const STAGE = 'id name sort probability';

export const SCOPE_QUERY = /* GraphQL */ `query InsightScope { insightScope { everyone canSetTargets people { ${PERSON} } departments { id name parentId } } }`;

export const DASHBOARD_QUERY = /* GraphQL */ `query Dashboard($filter: InsightFilter, $metric: KpiMetric!) { dashboard(filter: $filter) {
  period { preset from to start end previousFrom previousTo months }
  selection { everyone department { id name parentId } person { ${PERSON} } }
  brief { current { ${BRIEF} } previous { ${BRIEF} } }
  kpi { months figures { ${FIGURE} } people { person { ${PERSON} } figures { ${FIGURE} } } }
  funnel {
    stages { stage { ${STAGE} } count amount weightedAmount } categories { category count amount weightedAmount }
    open { count amount weightedAmount } won { count amount } lost { count amount } conversion { stage { ${STAGE} } reached conversion }
  }
  trend { month contractAmount receivableAmount newCustomers lastYearContractAmount lastYearReceivableAmount lastYearNewCustomers }
  ranking(metric: $metric) { metric people { rank person { ${PERSON} } value } departments { rank department { id name } value } }
} }`;

/** What a figure's list needs: the period's bounds and the owners of the counted records. */
export const SELECTION_QUERY = /* GraphQL */ `query InsightSelection($filter: InsightFilter) { dashboard(filter: $filter) {
  period { preset from to start end months } selection { everyone department { id name parentId } person { ${PERSON} } } ownerIds
} }`;
export interface SelectionResult { dashboard: Pick<Dashboard, 'period' | 'selection'> & { ownerIds: string[] } }
