// One row per customer with what the rulebook asks of it (seed 002): the frequency rule it falls under (core with a
// short-term deal: weekly; other core: fortnightly; high-growth: monthly — direct customers), its last contact (a
// substantive follow-up on it or on its contacts, opportunities or contracts, or an opportunity progress record that
// counts as a contact, §3.5.1), how far it is from being overdue, and which level criteria (§3.2.3) it misses.
// Everything is SQL over the viewer's readable records (or, for the reminder job, over all records); the caller
// groups or pages it. Time arithmetic is the only place the two databases differ.
import { EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { Contact, Contract, Customer, FollowUp, Opportunity, OpportunityProgress } from '@/entities';
import { CustomerLevel, CustomerType } from '@/entities/customer.entity';
import { OpportunityCategory } from '@/entities/opportunity.entity';
import { Viewer } from '@/lib/access';
import { readableContacts } from '@/lib/contact/contact.service';
import { readableContracts } from '@/lib/contract/contract.query';
import { todayIn } from '@/lib/contract/dates';
import { readableCustomers } from '@/lib/customer/customer.query';
import { isMysql } from '@/lib/db/lock';
import { readableOpportunities } from '@/lib/opportunity/opportunity.query';
import { People, byPeople } from '@/lib/insight/people';
import { CUSTOMER_FIELDS, Rules } from './compliance.settings';

export type FrequencyRule = 'CORE_SHORT' | 'CORE_MID' | 'HIGH_GROWTH';
export const DAY_SECONDS = 86_400;
/** Stands for "never contacted" inside the GREATEST of the contact times. */
const NEVER = '1000-01-01 00:00:00';

const addMonths = (date: string, months: number) => {
  const [y, m, d] = date.split('-').map(Number);
  const last = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m - 1 + months, Math.min(d, last))).toISOString().slice(0, 10);
};

/** Seconds from a DATETIME expression to the `:cNow` parameter. */
const secondsSince = (manager: EntityManager, expression: string) =>
  (isMysql(manager) ? `TIMESTAMPDIFF(SECOND, ${expression}, :cNow)` : `CAST(ROUND((julianday(:cNow) - julianday(${expression})) * 86400) AS INTEGER)`);

const sentinel = (manager: EntityManager) => (isMysql(manager) ? `CAST('${NEVER}' AS DATETIME)` : `'${NEVER}.000'`);
const greatest = (manager: EntityManager, parts: string[]) =>
  `${isMysql(manager) ? 'GREATEST' : 'MAX'}(${parts.map((p) => `COALESCE((${p}), ${sentinel(manager)})`).join(', ')})`;

type Children = { contacts: SelectQueryBuilder<Contact>; opportunities: SelectQueryBuilder<Opportunity>; contracts: SelectQueryBuilder<Contract> };

/** The customer's contacts, opportunities and contracts a reader may see (all of them for the reminder job). */
async function children(manager: EntityManager, viewer: Viewer | null): Promise<Children> {
  if (!viewer) {
    return {
      contacts: manager.createQueryBuilder(Contact, 'ct').where('ct.deletedAt IS NULL'),
      opportunities: manager.createQueryBuilder(Opportunity, 'o').where('o.deletedAt IS NULL'),
      contracts: manager.createQueryBuilder(Contract, 'k').where('k.deletedAt IS NULL'),
    };
  }
  const [contacts, opportunities, contracts] = await Promise.all([readableContacts(manager, viewer), readableOpportunities(manager, viewer), readableContracts(manager, viewer)]);
  return { contacts, opportunities, contracts };
}

let seq = 0;

/** Selects the per-customer columns onto `qb` (alias `c`); returns the parameters the expressions use. */
async function customerColumns(manager: EntityManager, viewer: Viewer | null, qb: SelectQueryBuilder<Customer>, rules: Rules, now: Date) {
  const n = ++seq;
  const kids = await children(manager, viewer);
  const params: Record<string, unknown> = {};
  const mine = <T extends ObjectLiteral>(child: SelectQueryBuilder<T>, alias: string, column: string) => {
    const sub = child.clone().select(`${alias}.id`).andWhere(`${column} = c.id`);
    Object.assign(params, sub.getParameters());
    return sub;
  };
  const substantive = (type: string, ids: SelectQueryBuilder<ObjectLiteral> | null) => {
    const a = `cf${n}${type.slice(0, 3)}`;
    const sub = manager.createQueryBuilder(FollowUp, a).select(`MAX(${a}.occurredAt)`)
      .where(`${a}.parentType = '${type}' AND ${a}.substantive = :cYes AND ${a}.deletedAt IS NULL`);
    sub.andWhere(ids ? `${a}.parentId IN (${ids.getQuery()})` : `${a}.parentId = c.id`);
    return sub.getQuery();
  };
  const opportunities = mine(kids.opportunities, 'o', 'o.customerId');
  const progress = manager.createQueryBuilder(OpportunityProgress, `cp${n}`).select(`MAX(cp${n}.createdAt)`)
    .where(`cp${n}.countsAsContact = :cYes AND cp${n}.opportunityId IN (${opportunities.getQuery()})`).getQuery();
  const last = greatest(manager, [
    substantive('customer', null), substantive('contact', mine(kids.contacts, 'ct', 'ct.customerId')),
    substantive('opportunity', opportunities), substantive('contract', mine(kids.contracts, 'k', 'k.customerId')), progress,
  ]);
  const openOf = (categories: OpportunityCategory[], closingBy: boolean) => {
    const sub = mine(kids.opportunities, 'o', 'o.customerId').andWhere(`o.category IN (${categories.map((c) => `'${c}'`).join(', ')})`);
    if (closingBy) sub.andWhere('o.expectedCloseDate <= :cDealBy');
    Object.assign(params, sub.getParameters());
    return `CASE WHEN EXISTS (${sub.getQuery()}) THEN 1 ELSE 0 END`;
  };
  const tracked = `c.level IN ('${CustomerLevel.CORE}', '${CustomerLevel.HIGH_GROWTH}')`;
  qb.select('c.id', 'id').addSelect('c.code', 'code').addSelect('c.name', 'name').addSelect('c.level', 'level').addSelect('c.type', 'type')
    .addSelect('c.ownerId', 'ownerId').addSelect('c.createdAt', 'createdAt')
    .addSelect(`CASE WHEN ${tracked} THEN ${last} END`, 'lastContact')
    .addSelect(`CASE WHEN c.level = '${CustomerLevel.CORE}' THEN ${openOf([OpportunityCategory.SHORT_TERM], false)} ELSE 0 END`, 'hasShort')
    .addSelect(`CASE WHEN c.level = '${CustomerLevel.CORE}' THEN ${openOf([OpportunityCategory.SHORT_TERM, OpportunityCategory.MID_TERM], true)} ELSE 0 END`, 'hasDeal');
  for (const field of rules.requiredFields) {
    const blank = CUSTOMER_FIELDS[field].map((col) => `(${col} IS NULL OR ${col} = '')`).join(' AND ');
    qb.addSelect(`CASE WHEN ${blank} THEN 1 ELSE 0 END`, `m_${field}`);
  }
  const today = todayIn(now);
  Object.assign(params, {
    cYes: true, cNow: now, cDealBy: addMonths(today, rules.coreDealMonths),
    cContactSince: new Date(now.getTime() - rules.highGrowthContactDays * DAY_SECONDS * 1000),
  });
  return { params };
}

export interface StateQuery { sql: string; params: Record<string, unknown> }

/**
 * The customers of the people (owned, live, readable by the viewer; every owned customer for the job), each with:
 * id, code, name, level, type, ownerId, lastContact (null: never), reference (the last contact, or the creation), rule, slack (seconds past the due time:
 * > 0 overdue, within -reminderDays … 0 due soon), noDeal, noRecentContact, missing (count) and m_<FIELD> flags.
 */
export async function customerStates(manager: EntityManager, viewer: Viewer | null, people: People | null, rules: Rules, now = new Date()): Promise<StateQuery> {
  const base = viewer ? await readableCustomers(manager, viewer) : manager.createQueryBuilder(Customer, 'c').where('c.deletedAt IS NULL');
  if (people) byPeople(base, 'c.ownerId', people);
  else base.andWhere('c.ownerId IS NOT NULL');
  const { params } = await customerColumns(manager, viewer, base, rules, now);
  const inner = base.setParameters({ ...base.getParameters(), ...params });
  const ref = `CASE WHEN x.lastContact > ${sentinel(manager)} THEN x.lastContact ELSE x.createdAt END`;
  const direct = `x.type = '${CustomerType.DIRECT}'`;
  const rule = `CASE WHEN ${direct} AND x.level = '${CustomerLevel.CORE}' AND x.hasShort = 1 THEN 'CORE_SHORT'
    WHEN ${direct} AND x.level = '${CustomerLevel.CORE}' THEN 'CORE_MID' WHEN ${direct} AND x.level = '${CustomerLevel.HIGH_GROWTH}' THEN 'HIGH_GROWTH' END`;
  const interval = `CASE WHEN ${direct} AND x.level = '${CustomerLevel.CORE}' AND x.hasShort = 1 THEN ${rules.coreShortDays * DAY_SECONDS}
    WHEN ${direct} AND x.level = '${CustomerLevel.CORE}' THEN ${rules.coreMidDays * DAY_SECONDS} ELSE ${rules.highGrowthDays * DAY_SECONDS} END`;
  const missing = rules.requiredFields.map((f) => `x.m_${f}`).join(' + ') || '0';
  const flags = rules.requiredFields.map((f) => `x.m_${f} AS m_${f}`).join(', ');
  const sql = `SELECT x.id AS id, x.code AS code, x.name AS name, x.level AS level, x.type AS type, x.ownerId AS ownerId, x.createdAt AS createdAt,
      CASE WHEN x.lastContact > ${sentinel(manager)} THEN x.lastContact END AS lastContact,
      ${ref} AS reference,
      ${rule} AS rule,
      CASE WHEN (${rule}) IS NULL THEN NULL ELSE ${secondsSince(manager, ref)} - (${interval}) END AS slack,
      CASE WHEN ${direct} AND x.level = '${CustomerLevel.CORE}' AND x.hasDeal = 0 THEN 1 ELSE 0 END AS noDeal,
      CASE WHEN x.level = '${CustomerLevel.HIGH_GROWTH}' AND NOT (x.lastContact > ${sentinel(manager)} AND x.lastContact >= :cContactSince) THEN 1 ELSE 0 END AS noRecentContact,
      (${missing}) AS missing${flags ? `, ${flags}` : ''}
    FROM (${inner.getQuery()}) x`;
  return { sql, params: inner.getParameters() };
}

/** Runs SQL built from named parameters (the query builders' `:name` / `:...list` style). */
export async function runNamed<T>(manager: EntityManager, sql: string, params: Record<string, unknown>): Promise<T[]> {
  const [query, values] = manager.connection.driver.escapeQueryWithParameters(sql, params);
  return manager.query(query, values);
}
