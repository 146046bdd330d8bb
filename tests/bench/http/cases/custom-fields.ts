// Custom fields at company scale (issue 13 item 2): the customer list filtered by one custom field whose value every
// one of the 1M customers holds (a 5-option choice, so one value matches ~20%). The field and its values are
// written once into the bench database (about a minute at 1M); the floor is the same page with the value's
// IN-subquery written by hand.
import { BenchCase, CaseContext } from '../case';
import { rows, step } from '../../generate/sql';
import { CUSTOMER_ROW, customerPageSql } from './customers';

const KEY = 'benchGrade';
const OPTIONS = ['A', 'B', 'C', 'D', 'E'];
const WANTED = 'C';
const QUERY = `query Customers($first: Int, $filter: CustomerFilter) {
  customers(first: $first, filter: $filter) { totalCount nodes { ${CUSTOMER_ROW} customFields { key display } } pageInfo { hasNextPage endCursor } }
}`;

// One per database: each size has its own connection (a single memo gave 100k the 10k database's field id).
const ready = new WeakMap<object, Promise<number>>();

/** The bench field's id, creating the field and a value on every customer the first time. */
function benchField(ctx: CaseContext): Promise<number> {
  const known = ready.get(ctx.sql);
  if (known) return known;
  const creating = (async () => {
    const [found] = await rows<{ id: number }>(ctx.sql, "SELECT id FROM custom_field WHERE module = 'customer' AND `key` = ?", [KEY]);
    if (found) return Number(found.id);
    await step(ctx.sql, 'custom field', "INSERT INTO custom_field (module, `key`, label, type, required, sort_order, enabled) VALUES ('customer', ?, '评级（基准）', 'SINGLE_CHOICE', 0, 99, 1)", [KEY]);
    const [field] = await rows<{ id: number }>(ctx.sql, "SELECT id FROM custom_field WHERE module = 'customer' AND `key` = ?", [KEY]);
    const kind = `field:${field.id}`;
    await step(ctx.sql, 'custom field options', `INSERT INTO dictionary_option (kind, code, name, parent_id, sort_order, enabled) VALUES ${OPTIONS.map((o, i) => `('${kind}', '${o}', '${o}', 0, ${i + 1}, 1)`).join(', ')}`);
    await step(ctx.sql, 'custom field kind', 'UPDATE custom_field SET dictionary_kind = ? WHERE id = ?', [kind, field.id]);
    await step(ctx.sql, 'custom field values', `INSERT INTO custom_field_value (field_id, record_id, text_value)
      SELECT ${Number(field.id)}, c.id, ELT(1 + CRC32(CONCAT('grade', c.id)) MOD ${OPTIONS.length}, ${OPTIONS.map((o) => `'${o}'`).join(', ')}) FROM customer c`);
    await step(ctx.sql, 'analyze custom values', 'ANALYZE TABLE custom_field_value');
    return Number(field.id);
  })();
  ready.set(ctx.sql, creating);
  return creating;
}

const filtered: BenchCase = {
  group: 'custom fields', name: `customers filtered by a custom field (${KEY} = ${WANTED})`, targets: { self: 150, manager: 150, admin: 150 },
  prepare: async (ctx, role) => {
    const fieldId = await benchField(ctx);
    const extra = `c.id IN (SELECT v.record_id FROM custom_field_value v WHERE v.field_id = ${fieldId} AND v.text_value = '${WANTED}')`;
    return {
      call: { query: QUERY, variables: { first: 20, filter: { inPool: false, customFields: [{ key: KEY, equals: [WANTED] }] } } },
      floor: [{ sql: await customerPageSql(ctx, await ctx.scope(role), extra) }],
    };
  },
};

export const cases = [filtered];
