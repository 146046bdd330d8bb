// 员工监督 overview for this month: per supervised person follow-ups, substantive ones, open and overdue tasks,
// reports, first page of people by most follow-ups.
import { BenchCase } from '../case';

const QUERY = `query SupervisionOverview($filter: SupervisionFilter, $first: Int) {
  supervisionOverview(filter: $filter, first: $first) {
    totalCount totals { followUps substantiveFollowUps openTasks overdueTasks reports }
    nodes { person { id username name status departmentId departmentName } followUps substantiveFollowUps openTasks overdueTasks reports lastFollowUpAt }
  }
}`;

const monthStart = () => { const d = new Date(); return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1)); };

const overview: BenchCase = {
  group: 'supervision', name: 'supervision overview (this month)', targets: { manager: 300, root: 300 },
  prepare: async (ctx, role) => {
    const scope = await ctx.scope(role);
    const from = monthStart();
    const people = scope.people.join(',');
    const fromSql = from.toISOString().slice(0, 19).replace('T', ' ');
    // By hand: follow-ups of the people in the period through the author index (the author's own records in this
    // dataset), tasks per assignee, reports per author; the latest follow-up per person from the same index.
    return {
      call: { query: QUERY, variables: { first: 20, filter: { from: from.toISOString(), to: new Date().toISOString() } } },
      floor: [
        { sql: `SELECT author_id, COUNT(*), SUM(substantive) FROM follow_up WHERE author_id IN (${people}) AND occurred_at >= '${fromSql}' AND deleted_at IS NULL GROUP BY author_id` },
        { sql: `SELECT author_id, MAX(occurred_at) FROM follow_up WHERE author_id IN (${people}) GROUP BY author_id` },
        { sql: `SELECT assignee_id, SUM(status IN ('OPEN', 'IN_PROGRESS')), SUM(status IN ('OPEN', 'IN_PROGRESS') AND due_at < NOW()) FROM task WHERE assignee_id IN (${people}) AND deleted_at IS NULL GROUP BY assignee_id` },
        { sql: `SELECT author_id, COUNT(*) FROM report WHERE author_id IN (${people}) AND period_end >= '${fromSql.slice(0, 10)}' AND deleted_at IS NULL GROUP BY author_id` },
      ],
    };
  },
};

export const cases = [overview];
