// Customers (unique Chinese company names, skewed owners, ~2% in public pools, 0.5% in the recycle bin),
// their contacts (~1 per customer) and customer teams. One INSERT … SELECT per 100k rows.
import { Org, groupOfSales, regionOfGroup } from './org';
import { Conn, chunked, maxId, rint, rnd, seq, step } from './sql';
import { CITIES, CONTACT_DEPARTMENTS, FORMS, GIVEN, INDUSTRIES, INDUSTRY_LABELS, POSITIONS, PROVINCE_OF_CITY, SOURCES, SURNAMES, ZIHAO_FIRST, ZIHAO_SECOND, pick } from './words';

const CHUNK = 100_000;
const YEARS = 3;
/**
 * Combinations of city × 字号 × 字号 × industry; n → (n × PRIME) mod M is a bijection, so names are unique even
 * without their company form (有限公司 …, drawn per row) — as the product's name key (lib/text normalizeName) is.
 */
const M = CITIES.length * ZIHAO_FIRST.length * ZIHAO_SECOND.length * INDUSTRIES.length;
const PRIME = 1000003;
const DISTRICTS = ['高新', '经开', '朝阳', '海淀', '滨江', '天河', '南山', '江北', '武侯', '雁塔', '历下', '鼓楼'];
const ROADS = ['科技', '人民', '解放', '建设', '中山', '长江', '黄河', '友谊', '创业', '新华'];

export interface CustomerIds { base: number; count: number }

/** The salesperson a row belongs to: skewed so a few own ~1% of all customers each and most own ~1 000. */
export const salesOf = (org: Org, n: string, salt: string) => `LEAST(${org.sales - 1}, FLOOR(${org.sales} * POW(${rnd(n, salt)}, 1.6)))`;

export async function generateCustomers(conn: Conn, org: Org, count: number): Promise<CustomerIds> {
  if (count > M) throw new Error(`at most ${M} customers`);
  const base = await maxId(conn, 'customer');
  const span = YEARS * 365 * 86400;
  await chunked(count, CHUNK, (from, to) => step(conn, `customers ${from}-${to}`, `
    INSERT INTO customer (id, code, name, name_key, type, level, industry, source, region, address, postcode, profile, contact_name,
      contact_position, mobile, phone, owner_id, created_by_id, deal_status, locked, last_follow_up_at, next_follow_up_at, deleted_at,
      deleted_by_id, created_at, updated_at, pool_id, pool_entered_at, pool_reason, previous_owner_id)
    SELECT id, code, CONCAT(name_key, form), IF(deleted, NULL, name_key), type, level, industry, source, region, address, postcode, profile, contact_name,
      contact_position, mobile, phone, IF(pooled, NULL, seller), seller, deal_status, locked, IF(followed, updated_at, NULL),
      IF(followed AND next_due, updated_at + INTERVAL 7 DAY, NULL), IF(deleted, updated_at, NULL), IF(deleted, seller, NULL),
      created_at, updated_at, IF(pooled, pool_id, NULL), IF(pooled, updated_at, NULL), IF(pooled, 'NO_FOLLOW_UP', NULL), IF(pooled, seller, NULL)
    FROM (
      SELECT ${base} + n AS id, CONCAT('KH', LPAD(n, 10, '0')) AS code,
        CONCAT(${pick(CITIES, `p MOD ${CITIES.length}`)},
          SUBSTRING('${ZIHAO_FIRST.join('')}', 1 + (p DIV ${CITIES.length}) MOD ${ZIHAO_FIRST.length}, 1),
          SUBSTRING('${ZIHAO_SECOND.join('')}', 1 + (p DIV ${CITIES.length * ZIHAO_FIRST.length}) MOD ${ZIHAO_SECOND.length}, 1),
          ${pick(INDUSTRIES, `(p DIV ${CITIES.length * ZIHAO_FIRST.length * ZIHAO_SECOND.length}) MOD ${INDUSTRIES.length}`)}) AS name_key,
        ${pick(FORMS, rint('n', 'fm', FORMS.length))} AS form,
        IF(${rint('n', 'ty', 10)} = 0, 'DISTRIBUTOR', 'DIRECT') AS type,
        CASE WHEN ${rint('n', 'lv', 100)} < 5 THEN 'CORE' WHEN ${rint('n', 'lv', 100)} < 20 THEN 'HIGH_GROWTH' ELSE 'NORMAL' END AS level,
        ${pick(INDUSTRY_LABELS, `(p DIV ${CITIES.length * ZIHAO_FIRST.length * ZIHAO_SECOND.length}) MOD ${INDUSTRIES.length}`)} AS industry,
        ${pick(SOURCES, rint('n', 'so', SOURCES.length))} AS source,
        ${pick(PROVINCE_OF_CITY, `p MOD ${CITIES.length}`)} AS region,
        CONCAT(${pick(CITIES, `p MOD ${CITIES.length}`)}, '市', ${pick(DISTRICTS, rint('n', 'di', DISTRICTS.length))}, '区',
          ${pick(ROADS, rint('n', 'ro', ROADS.length))}, '路', 1 + ${rint('n', 'no', 300)}, '号') AS address,
        LPAD(100000 + ${rint('n', 'pc', 800000)}, 6, '0') AS postcode,
        CONCAT(${pick(INDUSTRY_LABELS, `(p DIV ${CITIES.length * ZIHAO_FIRST.length * ZIHAO_SECOND.length}) MOD ${INDUSTRIES.length}`)}, '企业，员工约', (1 + ${rint('n', 'em', 20)}) * 50, '人') AS profile,
        CONCAT(${pick(SURNAMES, rint('n', 'sn', SURNAMES.length))}, ${pick(GIVEN, rint('n', 'gn', GIVEN.length))}) AS contact_name,
        ${pick(POSITIONS, rint('n', 'po', POSITIONS.length))} AS contact_position,
        CONCAT(${pick(['139', '138', '137', '186', '188', '135', '159', '177'], 'n MOD 8')}, LPAD((n * 7919 + 12345) MOD 100000000, 8, '0')) AS mobile,
        CONCAT('0', 10 + (p MOD ${CITIES.length}), '-', LPAD((n * 104729) MOD 100000000, 8, '0')) AS phone,
        ${org.salesBase} + ${salesOf(org, 'n', 'ow')} AS seller,
        IF(${rint('n', 'de', 100)} < 20, 'DEAL', 'NONE') AS deal_status,
        ${rint('n', 'lk', 100)} = 0 AS locked,
        ${rint('n', 'fo', 100)} < 70 AS followed, ${rint('n', 'nd', 100)} < 40 AS next_due,
        ${rint('n', 'pl', 1000)} < 20 AS pooled,
        ${rint('n', 'pl', 1000)} BETWEEN 20 AND 24 AS deleted,
        IF(${rint('n', 'pq', 10)} < 6, ${org.defaultPoolId}, ${org.regionPoolBase} + ${rint('n', 'pr', 5)}) AS pool_id,
        created_at, created_at + INTERVAL FLOOR(${rnd('n', 'up')} * TIMESTAMPDIFF(SECOND, created_at, NOW())) SECOND AS updated_at
      FROM (
        SELECT seq AS n, (seq * ${PRIME}) MOD ${M} AS p,
          NOW() - INTERVAL ${span} SECOND + INTERVAL FLOOR((seq - 1) * ${span / count} + ${rnd('seq', 'cr')} * 86400) SECOND AS created_at
        FROM ${seq(from, to)}
      ) s
    ) x`));
  return { base, count };
}

export async function generateContacts(conn: Conn, customers: CustomerIds) {
  const { base, count } = customers;
  await chunked(count, CHUNK * 2, async (from, to) => {
    await step(conn, `primary contacts ${from}-${to}`, `
      INSERT INTO contact (customer_id, name, department, position, mobile, phone, email, is_primary, owner_id, created_by_id, deleted_at, created_at, updated_at)
      SELECT c.id, c.contact_name, ${pick(CONTACT_DEPARTMENTS, rint('c.id', 'cd', CONTACT_DEPARTMENTS.length))}, c.contact_position, c.mobile, c.phone,
        CONCAT('c', c.id, '@example.cn'), 1, c.owner_id, c.created_by_id, c.deleted_at, c.created_at, c.updated_at
      FROM customer c WHERE c.id BETWEEN ${base + from} AND ${base + to} AND ${rint('c.id', 'ct', 100)} < 85`);
    await step(conn, `second contacts ${from}-${to}`, `
      INSERT INTO contact (customer_id, name, department, position, mobile, email, is_primary, owner_id, created_by_id, deleted_at, created_at, updated_at)
      SELECT c.id, CONCAT(${pick(SURNAMES, rint('c.id', 's2', SURNAMES.length))}, ${pick(GIVEN, rint('c.id', 'g2', GIVEN.length))}),
        ${pick(CONTACT_DEPARTMENTS, rint('c.id', 'd2', CONTACT_DEPARTMENTS.length))}, ${pick(POSITIONS, rint('c.id', 'p2', POSITIONS.length))},
        CONCAT(${pick(['136', '150', '151', '152', '158', '187', '189', '133'], 'c.id MOD 8')}, LPAD((c.id * 6151 + 777) MOD 100000000, 8, '0')),
        CONCAT('d', c.id, '@example.cn'), 0, c.owner_id, c.created_by_id, c.deleted_at, c.created_at, c.updated_at
      FROM customer c WHERE c.id BETWEEN ${base + from} AND ${base + to} AND ${rint('c.id', 'ct', 100)} < 15`);
  });
}

/** ~3% of owned customers have a colleague of the same group on their team (salesperson k ± 75 works in k's group). */
export async function generateTeams(conn: Conn, org: Org, customers: CustomerIds, selfId: number) {
  const k = `(c.owner_id - ${org.salesBase})`;
  await step(conn, 'customer teams', `
    INSERT INTO customer_team_member (customer_id, user_id, can_edit, created_at)
    SELECT c.id, ${org.salesBase} + IF(${k} + 75 < ${org.sales}, ${k} + 75, ${k} - 75), ${rint('c.id', 'te', 5)} = 0, c.updated_at
    FROM customer c WHERE c.id > ${customers.base} AND c.owner_id IS NOT NULL AND ${rint('c.id', 'tm', 100)} < 3`);
  // The SELF viewer helps on some colleagues' customers, so the team branch of the scope has rows to find.
  await step(conn, 'self viewer teams', `
    INSERT IGNORE INTO customer_team_member (customer_id, user_id, can_edit, created_at)
    SELECT c.id, ${selfId}, 0, c.updated_at FROM customer c
    WHERE c.owner_id IN (${selfId} + 75, ${selfId} - 75, ${selfId} + 150) AND c.id > ${customers.base} AND ${rint('c.id', 'st', 100)} < 5`);
}

export { groupOfSales, regionOfGroup };
