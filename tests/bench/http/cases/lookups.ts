// Lookups by id: a customer the viewer owns (or, for wider scopes, one owned by someone in their scope).
import { BenchCase } from '../case';
import { rows } from '../../generate/sql';
import { CUSTOMER_ROW } from './customers';

const QUERY = `query Customer($id: ID!) { customer(id: $id) { ${CUSTOMER_ROW} address postcode profile contactPosition phone email website remarks nextFollowUpAt } }`;

const customerLookup: BenchCase = {
  group: 'lookups', name: 'customer lookup', targets: { self: 10, manager: 10, admin: 10 }, throughput: ['self'], rawThroughput: true,
  prepare: async (ctx, role) => {
    const scope = await ctx.scope(role);
    const owner = scope.owners ? scope.owners[Math.floor(scope.owners.length / 2)] : null;
    // Someone in the scope who owns customers (a manager's subtree includes leaders who own none).
    const [row] = await rows<{ id: number }>(ctx.sql, owner === null || role !== 'self'
      ? `SELECT id FROM customer WHERE deleted_at IS NULL AND owner_id IS NOT NULL ${scope.owners ? `AND owner_id IN (${scope.owners.join(',')})` : ''} ORDER BY id LIMIT 1 OFFSET 500`
      : 'SELECT id FROM customer WHERE owner_id = ? AND deleted_at IS NULL ORDER BY id LIMIT 1', owner === null ? [] : [owner]);
    const id = Number(row.id);
    return {
      call: { query: QUERY, variables: { id: String(id) } },
      floor: [{ sql: `SELECT c.*, u.name AS owner_name FROM customer c LEFT JOIN user u ON u.id = c.owner_id WHERE c.id = ${id} AND c.deleted_at IS NULL${scope.owners ? ` AND c.owner_id IN (${scope.owners.join(',')})` : ''}` }],
    };
  },
};

export const cases = [customerLookup];
