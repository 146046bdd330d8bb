// The opportunity board: per stage the count, the exact amount and the 20 most recently updated cards.
import { BenchCase, byLiveOrder, byOwner, ownerIn } from '../case';
import { rows } from '../../generate/sql';

const STAGE = 'id name probability sort enabled';
const ROW = `id name amount category expectedCloseDate followUpDueAt updatedAt createdAt deletedAt probability stage { ${STAGE} }
  customer { id code name } owner { id name } viewerCanEdit viewerCanManage`;
const QUERY = `query OpportunityBoard($filter: OpportunityFilter, $cards: Int!) {
  opportunityBoard(filter: $filter, cardsPerColumn: $cards) { totalCount totalAmount columns { stage { ${STAGE} } count amount cards { ${ROW} } } }
}`;
const CARDS = 20;

const board: BenchCase = {
  group: 'opportunities', name: 'opportunity board', targets: { self: 200, manager: 200, admin: 200 },
  prepare: async (ctx, role) => {
    const scope = await ctx.scope(role);
    const stages = (await rows<{ id: number }>(ctx.sql, 'SELECT id FROM opportunity_stage WHERE enabled = 1 ORDER BY sort')).map((s) => Number(s.id));
    const where = `o.deleted_at IS NULL AND ${ownerIn('o.owner_id', scope.owners)}`;
    const index = await ctx.index('opportunity', scope.owners && scope.owners.length === 1 ? byOwner('updated_at') : byLiveOrder('updated_at'));
    const cards = stages.map((id) => `(SELECT o.*, c.name AS customer_name, u.name AS owner_name FROM opportunity o ${index}
      JOIN customer c ON c.id = o.customer_id LEFT JOIN user u ON u.id = o.owner_id
      WHERE ${where} AND o.stage_id = ${id} ORDER BY o.updated_at DESC, o.id DESC LIMIT ${CARDS})`).join(' UNION ALL ');
    return {
      call: { query: QUERY, variables: { cards: CARDS, filter: {} } },
      floor: [{ sql: `SELECT o.stage_id, COUNT(*), SUM(o.amount) FROM opportunity o WHERE ${where} GROUP BY o.stage_id` }, { sql: cards }],
    };
  },
};

export const cases = [board];
