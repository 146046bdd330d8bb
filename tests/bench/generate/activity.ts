// Activity: follow-ups on customers, contacts, opportunities and leads (author = the parent's owner), tasks,
// notifications (the bell) and leaders' comments on follow-ups with their unread receipts.
import { CustomerIds } from './customers';
import { Org, groupOfSales, regionOfGroup } from './org';
import { RangeIds } from './sales';
import { Conn, chunked, maxId, rint, rnd, seq, step } from './sql';
import { COMMENTS, METHODS, NEXT_STEPS, NOTIFICATION_KINDS, OBJECTIVES, RESULTS, SUBJECTS, TASK_TITLES, pick } from './words';

const CHUNK = 200_000;

const followUpColumns = `parent_type, parent_id, subject, method, participants, objective, result, next_step, occurred_at, next_contact_at, substantive,
  author_id, deleted_at, created_at, updated_at`;

/** The text columns of a follow-up numbered by `n`, its time `at` and author `author`. */
const followUpValues = (type: string, parent: string, author: string, at: string, n: string) => `'${type}', ${parent},
  ${pick(SUBJECTS, rint(n, 'fs', SUBJECTS.length))}, ${pick(METHODS, rint(n, 'fm', METHODS.length))}, NULL,
  ${pick(OBJECTIVES, rint(n, 'fo', OBJECTIVES.length))}, ${pick(RESULTS, rint(n, 'fr', RESULTS.length))},
  IF(${rint(n, 'fn', 2)} = 0, ${pick(NEXT_STEPS, rint(n, 'fx', NEXT_STEPS.length))}, NULL), ${at},
  IF(${rint(n, 'fc', 5)} = 0, ${at} + INTERVAL 7 DAY, NULL), ${rint(n, 'fb', 3)} = 0, ${author},
  IF(${rint(n, 'fd', 300)} = 0, ${at}, NULL), ${at}, ${at}`;

/** A time between `from` and now, spread by `n`. */
const between = (from: string, n: string, salt: string) => `(${from} + INTERVAL FLOOR(${rnd(n, salt)} * TIMESTAMPDIFF(SECOND, ${from}, NOW())) SECOND)`;

export async function generateFollowUps(conn: Conn, customers: CustomerIds, opportunities: RangeIds, leads: RangeIds, total: number) {
  const onCustomers = Math.round(total * 0.82);
  const onContacts = Math.round(total * 0.08);
  const onOpportunities = Math.round(total * 0.07);
  const onLeads = total - onCustomers - onContacts - onOpportunities;
  const pickCustomer = (n: string, salt: string) => `${customers.base} + 1 + FLOOR(${rnd(n, salt)} * ${customers.count})`;
  await chunked(onCustomers, CHUNK, (from, to) => step(conn, `follow-ups on customers ${from}-${to}`, `
    INSERT INTO follow_up (${followUpColumns})
    SELECT ${followUpValues('customer', 'c.id', 'COALESCE(c.owner_id, c.previous_owner_id)', between('c.created_at', 's.seq', 'fa'), 's.seq')}
    FROM ${seq(from, to)} s JOIN customer c ON c.id = ${pickCustomer('s.seq', 'fp')}`));
  await chunked(onContacts, CHUNK, (from, to) => step(conn, `follow-ups on contacts ${from}-${to}`, `
    INSERT INTO follow_up (${followUpColumns})
    SELECT ${followUpValues('contact', 'k.id', 'COALESCE(c.owner_id, c.previous_owner_id)', between('k.created_at', 's.seq', 'ka'), 's.seq')}
    FROM ${seq(from, to)} s JOIN customer c ON c.id = ${pickCustomer('s.seq', 'kp')}
    JOIN contact k ON k.customer_id = c.id AND k.is_primary = 1`));
  await chunked(onOpportunities, CHUNK, (from, to) => step(conn, `follow-ups on opportunities ${from}-${to}`, `
    INSERT INTO follow_up (${followUpColumns})
    SELECT ${followUpValues('opportunity', 'o.id', 'o.owner_id', between('o.created_at', 's.seq', 'oa'), 's.seq')}
    FROM ${seq(from, to)} s JOIN opportunity o ON o.id = ${opportunities.base} + 1 + FLOOR(${rnd('s.seq', 'op')} * ${opportunities.count})`));
  await chunked(onLeads, CHUNK, (from, to) => step(conn, `follow-ups on leads ${from}-${to}`, `
    INSERT INTO follow_up (${followUpColumns})
    SELECT ${followUpValues('lead', 'l.id', 'l.owner_id', between('l.created_at', 's.seq', 'la'), 's.seq')}
    FROM ${seq(from, to)} s JOIN \`lead\` l ON l.id = ${leads.base} + 1 + FLOOR(${rnd('s.seq', 'lp')} * ${leads.count})`));
}

export async function generateTasks(conn: Conn, org: Org, customers: CustomerIds, count: number) {
  const k = `${rint('seq', 'ta', org.sales)}`;
  await chunked(count, CHUNK, (from, to) => step(conn, `tasks ${from}-${to}`, `
    INSERT INTO task (title, description, assignee_id, created_by_id, due_at, priority, status, related_type, related_id, completed_at, created_at, updated_at)
    SELECT title, NULL, assignee, IF(${rint('n', 'tc', 3)} = 0, leader, assignee), created_at + INTERVAL 3 + ${rint('n', 'td', 20)} DAY,
      ${pick(['LOW', 'NORMAL', 'NORMAL', 'HIGH', 'URGENT'], rint('n', 'tp', 5))}, status, 'customer', ${customers.base} + 1 + ${rint('n', 'tr', customers.count)},
      IF(status = 'DONE', created_at + INTERVAL 2 DAY, NULL), created_at, created_at
    FROM (
      SELECT seq AS n, ${pick(TASK_TITLES, rint('seq', 'tt', TASK_TITLES.length))} AS title, ${org.salesBase} + ${k} AS assignee,
        ${org.groupLeaderBase} + ${groupOfSales(k)} AS leader,
        IF(${rint('seq', 'ts', 10)} < 7, 'DONE', ${pick(['OPEN', 'IN_PROGRESS', 'CANCELLED'], rint('seq', 'to', 3))}) AS status,
        NOW() - INTERVAL FLOOR(${rnd('seq', 'tw')} * 365 * 86400) SECOND AS created_at
      FROM ${seq(from, to)}
    ) x`));
}

/**
 * Notifications about customers: about half the owned customers told their owner something, 2% told the
 * region manager (so a manager's bell has thousands of rows) and 0.2% the root manager and the administrator.
 */
export async function generateNotifications(conn: Conn, org: Org, customers: CustomerIds) {
  const region = regionOfGroup(groupOfSales(`c.owner_id - ${org.salesBase}`));
  const insert = (label: string, user: string, where: string) => step(conn, label, `
    INSERT INTO notification (user_id, kind, title, body, entity_type, entity_id, read_at, created_at)
    SELECT ${user}, ${pick(NOTIFICATION_KINDS, rint('c.id', 'nk', NOTIFICATION_KINDS.length))}, CONCAT('客户提醒：', c.name), NULL, 'customer', c.id,
      IF(${rint('c.id', 'nr', 4)} = 0, NULL, c.updated_at + INTERVAL 1 DAY), c.updated_at
    FROM customer c WHERE c.id > ${customers.base} AND c.owner_id IS NOT NULL AND ${where}`);
  await insert('notifications for owners', 'c.owner_id', `${rint('c.id', 'no', 100)} < 50`);
  await insert('notifications for region managers', `${org.regionManagerBase} + ${region}`, `${rint('c.id', 'nm', 100)} < 2`);
  await insert('notifications for the root manager', `${org.ceoId}`, `${rint('c.id', 'nc', 1000)} < 2`);
  await insert('notifications for the administrator', `${org.adminId}`, `${rint('c.id', 'na', 1000)} < 2`);
}

/** Group leaders comment on ~6% of their people's customer follow-ups; the author gets an unread mark. */
export async function generateComments(conn: Conn, org: Org, followUpBase: number) {
  const leader = `${org.groupLeaderBase} + ${groupOfSales(`f.author_id - ${org.salesBase}`)}`;
  const commentBase = await maxId(conn, 'comment');
  await step(conn, 'comments', `
    INSERT INTO comment (target_type, target_id, content, author_id, created_at)
    SELECT 'followup', f.id, ${pick(COMMENTS, rint('f.id', 'cm', COMMENTS.length))}, ${leader}, f.occurred_at + INTERVAL 1 DAY
    FROM follow_up f WHERE f.id > ${followUpBase} AND f.parent_type = 'customer' AND f.author_id >= ${org.salesBase} AND ${rint('f.id', 'cc', 1000)} < 61`);
  await step(conn, 'comment receipts', `
    INSERT INTO comment_receipt (comment_id, user_id, read_at, created_at)
    SELECT m.id, f.author_id, IF(${rint('m.id', 'rr', 10)} < 3, NULL, m.created_at + INTERVAL 1 DAY), m.created_at
    FROM comment m JOIN follow_up f ON f.id = m.target_id WHERE m.id > ${commentBase} AND m.target_type = 'followup'`);
}
