// Sales records: opportunities on customers (owner = the customer's), contracts on every 4th opportunity with
// two-term payment plans and a receivable for the first term, and leads with skewed owners.
import { CustomerIds, salesOf } from './customers';
import { Org } from './org';
import { Conn, chunked, maxId, rint, rnd, rows, seq, step } from './sql';
import { CITIES, FORMS, GIVEN, INDUSTRIES, LEAD_STATUSES, SOURCES, SURNAMES, ZIHAO_FIRST, ZIHAO_SECOND, pick } from './words';

const CHUNK = 100_000;
const INTENTS = ['软件采购', '硬件设备', '技术服务', '年度框架', '系统集成', '运维外包'];

export interface RangeIds { base: number; count: number }

/** A customer picked uniformly by the row number `n` (its id), joined as `c`. */
const customerJoin = (customers: CustomerIds, n: string, salt: string) => `customer c ON c.id = ${customers.base} + 1 + FLOOR(${rnd(n, salt)} * ${customers.count})`;

export async function generateOpportunities(conn: Conn, customers: CustomerIds, count: number): Promise<RangeIds> {
  const base = await maxId(conn, 'opportunity');
  const stages = (await rows<{ id: number }>(conn, 'SELECT id FROM opportunity_stage ORDER BY sort, id')).map((s) => Number(s.id));
  const lost = stages[0];
  const won = stages[stages.length - 1];
  const open = stages.slice(1, -1);
  await chunked(count, CHUNK, (from, to) => step(conn, `opportunities ${from}-${to}`, `
    INSERT INTO opportunity (id, name, customer_id, intent_category, amount, budget, category, stage_id, expected_close_date, closed_at, lost_reason,
      owner_id, created_by_id, last_progress_at, follow_up_due_at, created_at, updated_at)
    SELECT id, name, customer_id, intent, amount, amount * 1.2,
      CASE stage_id WHEN ${won} THEN 'WON' WHEN ${lost} THEN 'LOST' ELSE open_category END, stage_id,
      DATE(created_at + INTERVAL 30 + ${rint('id', 'ec', 330)} DAY), IF(stage_id IN (${won}, ${lost}), updated_at, NULL),
      IF(stage_id = ${lost}, '预算取消', NULL), owner_id, owner_id, updated_at,
      IF(stage_id IN (${won}, ${lost}), NULL, updated_at + INTERVAL 15 DAY), created_at, updated_at
    FROM (
      SELECT id, name, customer_id, intent, amount, stage_id, open_category, owner_id, created_at, GREATEST(created_at, recent) AS updated_at
      FROM (
        SELECT ${base} + s.seq AS id, CONCAT(LEFT(c.name, 12), ${pick(INTENTS, rint('s.seq', 'in', INTENTS.length))}, '项目') AS name, c.id AS customer_id,
          ${pick(INTENTS, rint('s.seq', 'in', INTENTS.length))} AS intent, ROUND(10000 + ${rnd('s.seq', 'am')} * ${rnd('s.seq', 'a2')} * 2000000, -2) AS amount,
          CASE WHEN ${rint('s.seq', 'st', 100)} < 10 THEN ${lost} WHEN ${rint('s.seq', 'st', 100)} < 22 THEN ${won}
            ELSE ${pick(open.map(String), rint('s.seq', 'so', open.length))} END AS stage_id,
          ${pick(['SHORT_TERM', 'MID_TERM', 'LONG_TERM'], rint('s.seq', 'ca', 3))} AS open_category,
          COALESCE(c.owner_id, c.previous_owner_id) AS owner_id,
          c.created_at + INTERVAL FLOOR(${rnd('s.seq', 'oc')} * TIMESTAMPDIFF(SECOND, c.created_at, NOW())) SECOND AS created_at,
          NOW() - INTERVAL FLOOR(${rnd('s.seq', 'ou')} * 60 * 86400) SECOND AS recent
        FROM ${seq(from, to)} s JOIN ${customerJoin(customers, 's.seq', 'op')}
      ) y
    ) x`));
  return { base, count };
}

export async function generateContracts(conn: Conn, opportunities: RangeIds, count: number) {
  const base = await maxId(conn, 'contract');
  const step4 = Math.max(1, Math.floor(opportunities.count / count));
  await chunked(count, CHUNK, (from, to) => step(conn, `contracts ${from}-${to}`, `
    INSERT INTO contract (id, code, title, customer_id, opportunity_id, amount, sign_date, start_date, end_date, status, owner_id, created_by_id,
      submitted_at, approved_at, voided_at, void_reason, created_at, updated_at)
    SELECT ${base} + s.seq, CONCAT('HT', LPAD(s.seq, 10, '0')), CONCAT(LEFT(o.name, 40), '合同'), o.customer_id, o.id, o.amount,
      DATE(o.created_at + INTERVAL 20 DAY), DATE(o.created_at + INTERVAL 30 DAY), DATE(o.created_at + INTERVAL 395 DAY), st.status, o.owner_id, o.owner_id,
      IF(st.status = 'DRAFT', NULL, o.created_at + INTERVAL 21 DAY), IF(st.status IN ('APPROVED', 'VOID'), o.created_at + INTERVAL 22 DAY, NULL),
      IF(st.status = 'VOID', o.created_at + INTERVAL 40 DAY, NULL), IF(st.status = 'VOID', '客户取消采购', NULL), o.created_at + INTERVAL 20 DAY, o.updated_at
    FROM ${seq(from, to)} s JOIN opportunity o ON o.id = ${opportunities.base} + s.seq * ${step4}
    JOIN (SELECT 'APPROVED' AS status, 0 AS lo, 80 AS hi UNION ALL SELECT 'DRAFT', 80, 92 UNION ALL SELECT 'REJECTED', 92, 97 UNION ALL SELECT 'VOID', 97, 100) st
      ON ${rint('s.seq', 'cs', 100)} >= st.lo AND ${rint('s.seq', 'cs', 100)} < st.hi`));
  const planBase = await maxId(conn, 'payment_plan');
  await step(conn, 'payment plans', `
    INSERT INTO payment_plan (id, contract_id, term, amount, planned_date, method, reminder_days, created_by_id, created_at, updated_at)
    SELECT ${planBase} + (k.id - ${base} - 1) * 2 + t.term, k.id, t.term, ROUND(k.amount / 2, 2), k.sign_date + INTERVAL t.term * 90 DAY,
      '银行转账', 7, k.owner_id, k.created_at, k.created_at
    FROM contract k CROSS JOIN (SELECT 1 AS term UNION ALL SELECT 2) t WHERE k.id > ${base}`);
  await step(conn, 'receivables', `
    INSERT INTO receivable (code, contract_id, plan_id, amount, received_date, method, status, recorded_by_id, created_at, updated_at)
    SELECT CONCAT('HK', LPAD(p.id, 10, '0')), p.contract_id, p.id, p.amount, p.planned_date, '银行转账', 'APPROVED', k.owner_id, p.planned_date, p.planned_date
    FROM payment_plan p JOIN contract k ON k.id = p.contract_id
    WHERE p.id > ${planBase} AND p.term = 1 AND k.status = 'APPROVED' AND p.planned_date <= CURDATE()`);
}

export async function generateLeads(conn: Conn, org: Org, customers: CustomerIds, count: number): Promise<RangeIds> {
  const base = await maxId(conn, 'lead');
  const span = 3 * 365 * 86400;
  await chunked(count, CHUNK, (from, to) => step(conn, `leads ${from}-${to}`, `
    INSERT INTO \`lead\` (id, name, company, mobile, source, address, status, next_contact_at, owner_id, created_by_id, converted_customer_id, converted_at,
      converted_by_id, created_at, updated_at)
    SELECT id, name, company, mobile, source, address, status, IF(status IN ('NEW', 'CONTACTED'), created_at + INTERVAL 10 DAY, NULL), owner_id, owner_id,
      IF(status = 'CONVERTED', ${customers.base} + 1 + (id MOD ${customers.count}), NULL), IF(status = 'CONVERTED', created_at + INTERVAL 20 DAY, NULL),
      IF(status = 'CONVERTED', owner_id, NULL), created_at, created_at + INTERVAL ${rint('id', 'lu', 30)} DAY
    FROM (
      SELECT ${base} + seq AS id, CONCAT(${pick(SURNAMES, rint('seq', 'ls', SURNAMES.length))}, ${pick(GIVEN, rint('seq', 'lg', GIVEN.length))}) AS name,
        CONCAT(${pick(CITIES, rint('seq', 'lc', CITIES.length))}, SUBSTRING('${ZIHAO_FIRST.join('')}', 1 + ${rint('seq', 'l1', ZIHAO_FIRST.length)}, 1),
          SUBSTRING('${ZIHAO_SECOND.join('')}', 1 + ${rint('seq', 'l2', ZIHAO_SECOND.length)}, 1), ${pick(INDUSTRIES, rint('seq', 'li', INDUSTRIES.length))},
          ${pick(FORMS, rint('seq', 'lf', FORMS.length))}) AS company,
        CONCAT('13', LPAD((seq * 48611 + 99) MOD 1000000000, 9, '0')) AS mobile, ${pick(SOURCES, rint('seq', 'lo', SOURCES.length))} AS source,
        CONCAT(${pick(CITIES, rint('seq', 'lc', CITIES.length))}, '市') AS address, ${pick(LEAD_STATUSES, rint('seq', 'lt', LEAD_STATUSES.length))} AS status,
        ${org.salesBase} + ${salesOf(org, 'seq', 'lw')} AS owner_id,
        LEAST(NOW(), NOW() - INTERVAL ${span} SECOND + INTERVAL FLOOR((seq - 1) * ${span / count} + ${rnd('seq', 'lr')} * 86400) SECOND) AS created_at
      FROM ${seq(from, to)}
    ) x`));
  return { base, count };
}
