// Pool rules as SQL: when an owned customer is past a rule (no follow-up / no new opportunity / no deal for
// N days, per level), with the exemptions (locked and open contract always; deal and open opportunity by switch).
// The same condition selects candidates and guards the UPDATE that recycles them, so a customer followed up,
// locked or claimed in between is left alone.
import { EntityManager } from 'typeorm';
import { Customer, Pool, PoolRule } from '@/entities';
import { CustomerLevel, DealStatus } from '@/entities/customer.entity';
import { PoolReason } from '@/entities/pool.entity';
import { RelatedChecks, openRecordSql, recentRecordSql } from './pool-related';
import { DAY_MS } from './pool-time';

export interface RuleKind { reason: PoolReason; days: (rule: PoolRule) => number | null; needs?: 'opportunity' }

/** Checked in this order: a customer past several rules is recycled for the first. */
export const RULE_KINDS: RuleKind[] = [
  { reason: PoolReason.NO_FOLLOW_UP, days: (r) => r.noFollowUpDays },
  { reason: PoolReason.NO_NEW_OPPORTUNITY, days: (r) => r.noOpportunityDays, needs: 'opportunity' },
  { reason: PoolReason.NO_DEAL, days: (r) => r.noDealDays },
];

export interface DueRule { pool: Pool; level: CustomerLevel; kind: RuleKind; days: number }

/** The rule applies at all here (its module is installed). */
export const ruleUsable = (kind: RuleKind, related: RelatedChecks) => !kind.needs || !!related[kind.needs];

/**
 * SQL true while a customer (`ref`: query alias or table name) owned by one of `ownerIds` is past the rule at
 * `cutoff` and not exempt. Column names, not properties, so it also works inside an UPDATE.
 */
export function dueSql(ref: string, rule: DueRule, ownerIds: number[], cutoff: Date, related: RelatedChecks) {
  const parts = [
    `${ref}.owner_id IN (:...rcOwners)`, `${ref}.deleted_at IS NULL`, `${ref}.locked = :rcUnlocked`, `${ref}.level = :rcLevel`,
    // The clock starts at creation, or when the customer last left a pool (claimed or assigned).
    `${ref}.created_at < :rcCutoff`, `(${ref}.pool_exited_at IS NULL OR ${ref}.pool_exited_at < :rcCutoff)`,
  ];
  const params: Record<string, unknown> = { rcOwners: ownerIds, rcUnlocked: false, rcLevel: rule.level, rcCutoff: cutoff };
  const add = (piece: { sql: string; params: Record<string, unknown> }, negate = true) => {
    parts.push(negate ? `NOT ${piece.sql}` : piece.sql);
    Object.assign(params, piece.params);
  };
  switch (rule.kind.reason) {
    case PoolReason.NO_FOLLOW_UP:
      parts.push(`(${ref}.last_follow_up_at IS NULL OR ${ref}.last_follow_up_at < :rcCutoff)`);
      break;
    case PoolReason.NO_NEW_OPPORTUNITY:
      add(recentRecordSql(related.opportunity!, ref, 'rcOppNew', cutoff));
      break;
    case PoolReason.NO_DEAL:
      parts.push(`${ref}.deal_status = :rcNoDeal`);
      params.rcNoDeal = DealStatus.NONE;
      break;
    default:
      throw new Error(`unknown pool rule ${rule.kind.reason}`);
  }
  if (rule.pool.exemptDealCustomers) { parts.push(`${ref}.deal_status <> :rcDeal`); params.rcDeal = DealStatus.DEAL; }
  if (rule.pool.exemptOpenOpportunities && related.opportunity) add(openRecordSql(related.opportunity, ref, 'rcOppOpen'));
  // Always exempt, whatever the switches: an open contract (when the contract module is installed).
  if (related.contract) add(openRecordSql(related.contract, ref, 'rcContract'));
  return { sql: parts.join(' AND '), params };
}

export const cutoffFor = (now: Date, days: number) => new Date(now.getTime() - days * DAY_MS);

/** Customers past the rule at `cutoff`, oldest first, at most `limit`. */
export async function dueCustomers(
  manager: EntityManager, rule: DueRule, ownerIds: number[], cutoff: Date, related: RelatedChecks, limit: number, afterId = 0,
): Promise<Customer[]> {
  if (!ownerIds.length) return [];
  const due = dueSql('c', rule, ownerIds, cutoff, related);
  return manager.createQueryBuilder(Customer, 'c').where(due.sql, due.params).andWhere('c.id > :afterId', { afterId })
    .orderBy('c.id', 'ASC').limit(limit).getMany();
}

/** When the rule would recycle this customer (for warnings): the latest clock start plus N days. */
export async function dueDate(manager: EntityManager, customer: Customer, rule: DueRule, related: RelatedChecks): Promise<Date> {
  const starts = [customer.createdAt, customer.poolExitedAt].filter((d): d is Date => !!d).map((d) => d.getTime());
  if (rule.kind.reason === PoolReason.NO_FOLLOW_UP && customer.lastFollowUpAt) starts.push(customer.lastFollowUpAt.getTime());
  if (rule.kind.reason === PoolReason.NO_NEW_OPPORTUNITY && related.opportunity) {
    const r = related.opportunity;
    const row = await manager.query(`SELECT MAX(${r.created}) AS latest FROM ${r.table} WHERE ${r.customer} = ?${r.deleted ? ` AND ${r.deleted} IS NULL` : ''}`, [customer.id]) as { latest: string | Date | null }[];
    const latest = row[0]?.latest;
    if (latest) starts.push(latest instanceof Date ? latest.getTime() : Date.parse(`${String(latest).replace(' ', 'T')}Z`));
  }
  return new Date(Math.max(...starts) + rule.days * DAY_MS);
}
