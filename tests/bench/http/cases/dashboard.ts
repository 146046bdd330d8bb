// The home dashboard (issue 10): the query the page sends — brief with the previous period, KPI with its people rows,
// funnel with conversion, 12-month trend, ranking — for the whole company (ALL) and a 200k-customer manager. The
// floor is the same aggregates written by hand: one GROUP BY / SUM per figure over the owner filter and the period.
import { BenchCase, ownerIn, sqlTime } from '../case';

const PERSON = 'id username name status departmentId departmentName';
const BRIEF = 'newCustomers newContacts newOpportunities newOpportunityAmount newContracts contractAmount receivables receivableAmount followUps substantiveFollowUps';
const FIGURE = 'metric target actual completion';
const STAGE = 'id name sort probability';
// Exactly the page's document (app/(crm)/_insight/insight.api.ts).
const QUERY = `query Dashboard($filter: InsightFilter, $metric: KpiMetric!) { dashboard(filter: $filter) {
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

const dashboard: BenchCase = {
  group: 'dashboard', name: 'dashboard (this month)', targets: { manager: 200, admin: 300 },
  prepare: async (ctx, role) => {
    const scope = await ctx.scope(role);
    const period = (await ctx.call<{ dashboard: { period: { start: string; end: string; from: string; to: string; previousFrom: string } } }>(role,
      { query: 'query($f: InsightFilter) { dashboard(filter: $f) { period { start end from to previousFrom } } }', variables: { f: { preset: 'THIS_MONTH' } } })).dashboard.period;
    const [start, end] = [sqlTime(period.start), sqlTime(period.end)];
    const prevStart = sqlTime(new Date(Date.parse(`${period.previousFrom}T00:00:00+08:00`)).toISOString());
    const owner = (col: string) => (scope.owners === null ? `${col} IS NOT NULL` : ownerIn(col, scope.owners));
    const yearAgo = sqlTime(new Date(Date.parse(period.start) - 730 * 86_400_000).toISOString());
    const floor = [
      `SELECT SUM(created_at >= '${start}'), SUM(created_at < '${start}') FROM customer WHERE deleted_at IS NULL AND ${owner('owner_id')} AND created_at BETWEEN '${prevStart}' AND '${end}'`,
      `SELECT COUNT(*) FROM contact WHERE deleted_at IS NULL AND ${owner('owner_id')} AND created_at BETWEEN '${prevStart}' AND '${end}'`,
      `SELECT COUNT(*), SUM(amount) FROM opportunity WHERE deleted_at IS NULL AND ${owner('owner_id')} AND created_at BETWEEN '${prevStart}' AND '${end}'`,
      `SELECT owner_id, COUNT(*), SUM(amount) FROM contract WHERE deleted_at IS NULL AND status = 'APPROVED' AND ${owner('owner_id')} AND sign_date BETWEEN '${period.previousFrom}' AND '${period.to}' GROUP BY owner_id`,
      `SELECT k.owner_id, SUM(r.amount) FROM receivable r JOIN contract k ON k.id = r.contract_id WHERE k.deleted_at IS NULL AND r.status = 'APPROVED' AND ${owner('k.owner_id')} AND r.received_date BETWEEN '${period.previousFrom}' AND '${period.to}' GROUP BY k.owner_id`,
      `SELECT f.author_id, COUNT(*), SUM(f.substantive) FROM follow_up f WHERE f.deleted_at IS NULL AND ${owner('f.author_id')} AND f.occurred_at BETWEEN '${prevStart}' AND '${end}' GROUP BY f.author_id`,
      `SELECT stage_id, category, COUNT(*), SUM(amount) FROM opportunity WHERE deleted_at IS NULL AND ${owner('owner_id')} AND category IN ('SHORT_TERM', 'MID_TERM', 'LONG_TERM') GROUP BY stage_id, category`,
      `SELECT DATE_FORMAT(sign_date, '%Y-%m'), SUM(amount) FROM contract WHERE deleted_at IS NULL AND status = 'APPROVED' AND ${owner('owner_id')} AND sign_date >= '${yearAgo.slice(0, 10)}' GROUP BY 1`,
      `SELECT DATE_FORMAT(created_at, '%Y-%m'), COUNT(*) FROM customer WHERE deleted_at IS NULL AND ${owner('owner_id')} AND created_at >= '${yearAgo}' GROUP BY 1`,
    ].map((sql) => ({ sql }));
    return { call: { query: QUERY, variables: { filter: { preset: 'THIS_MONTH' }, metric: 'CONTRACT_AMOUNT' } }, floor };
  },
};

export const cases = [dashboard];
