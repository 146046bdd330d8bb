// The pool recycle job (SPEC 3.4): customers past their pool's rule go back to the pool (reason, history,
// audit, a notice to the former owner); owners are warned K days before. Idempotent and safe when several
// app instances run it at once: each move is one conditional UPDATE that re-checks the rule and the owner,
// and only the run whose UPDATE changed the row writes history, audit and notice; warnings carry a dedupe key.
import crypto from 'node:crypto';
import { DataSource } from 'typeorm';
import { Customer, Pool } from '@/entities';
import { PoolReason } from '@/entities/pool.entity';
import { AuditActor } from '@/lib/audit/audit';
import { DomainError } from '@/lib/errors';
import { logger } from '@/lib/logger';
import { notify } from '@/lib/notification/notification.service';
import { homePools } from '@/lib/pool/pool-membership';
import { RelatedChecks, relatedChecks } from '@/lib/pool/pool-related';
import { DueRule, RULE_KINDS, cutoffFor, dueCustomers, dueDate, dueSql, ruleUsable } from '@/lib/pool/pool-rules';
import { enterPool } from '@/lib/pool/pool-transitions';
import { poolTransaction } from '@/lib/pool/pool-lock';
import { companyDate } from '@/lib/pool/pool-time';
import { rulesOfPools } from '@/lib/pool/pool.service';

export interface RecycleOptions { now?: Date; batchSize?: number }
export interface RecycleResult {
  recycled: number;
  /** Warnings handed to notify; a repeated one is dropped there by its dedupe key. */
  warned: number;
  /** Candidates another run or a user changed first (left alone). */
  lostRaces: number;
}

const REASON_TEXT: Record<string, (days: number) => string> = {
  [PoolReason.NO_FOLLOW_UP]: (d) => `超过 ${d} 天未跟进`,
  [PoolReason.NO_NEW_OPPORTUNITY]: (d) => `超过 ${d} 天无新商机`,
  [PoolReason.NO_DEAL]: (d) => `超过 ${d} 天未成交`,
};

/** Moves one customer if it is still past the rule with the same owner; false when another run or a user got there first. */
async function recycleOne(db: DataSource, actor: AuditActor, rule: DueRule, customer: Customer, cutoff: Date, related: RelatedChecks, now: Date) {
  const ownerId = customer.ownerId!;
  return poolTransaction(db, async (manager) => {
    const guard = dueSql('customer', rule, [ownerId], cutoff, related);
    const moved = await enterPool(manager, actor, {
      customerId: customer.id, ownerId, poolId: rule.pool.id, reason: rule.kind.reason, action: 'pool.recycle', now, guard,
    });
    if (!moved) return false;
    const title = `客户已回收到公海：${customer.name}`;
    const body = `${customer.code} ${customer.name} ${REASON_TEXT[rule.kind.reason](rule.days)}，已于 ${companyDate(now)} 回收到「${rule.pool.name}」`;
    const sent = await notify(manager, { recipients: [ownerId], kind: 'pool.recycled', title, body, entityType: 'customer', entityId: customer.id, dedupeKey: `pool.recycled:${customer.id}:${now.getTime()}` });
    // A former owner outside the pool no longer sees the customer: tell them anyway, without the link.
    if (!sent.length) await notify(manager, { recipients: [ownerId], kind: 'pool.recycled', title, body, data: { customerCode: customer.code }, dedupeKey: `pool.recycled:${customer.id}:${now.getTime()}` });
    return true;
  });
}

async function warn(db: DataSource, rule: DueRule, customer: Customer, related: RelatedChecks) {
  const due = await dueDate(db.manager, customer, rule, related);
  const day = companyDate(due);
  const sent = await notify(db.manager, {
    recipients: [customer.ownerId!], kind: 'pool.warning', title: `客户即将回收到公海：${customer.name}`,
    body: `${customer.code} ${customer.name} 若不跟进，将因${REASON_TEXT[rule.kind.reason](rule.days)}于 ${day} 回收到「${rule.pool.name}」`,
    entityType: 'customer', entityId: customer.id, data: { reason: rule.kind.reason, dueAt: due.toISOString(), poolId: rule.pool.id },
    dedupeKey: `pool.warning:${customer.id}:${rule.kind.reason}:${day}`,
  });
  return sent.length;
}

/** A lock conflict with another run or a user: leave the customer to whoever holds it (the next run re-checks). */
function lostRace(error: unknown): false {
  if (error instanceof DomainError && error.code === 'CONFLICT') return false;
  throw error;
}

/** One run over every pool with recycling switched on. */
export async function runPoolRecycle(db: DataSource, options: RecycleOptions = {}): Promise<RecycleResult> {
  const now = options.now ?? new Date();
  const batchSize = options.batchSize ?? 200;
  const result: RecycleResult = { recycled: 0, warned: 0, lostRaces: 0 };
  const pools = await db.manager.find(Pool, { where: { recycleEnabled: true }, order: { id: 'ASC' } });
  if (!pools.length) return result;
  const related = relatedChecks(db.manager);
  const rules = await rulesOfPools(db.manager, pools.map((p) => p.id));
  // Each owner's customers follow the rules of the owner's home pool, and are recycled into it.
  const ownersByPool = new Map<number, number[]>();
  for (const [userId, poolId] of await homePools(db.manager)) ownersByPool.set(poolId, [...(ownersByPool.get(poolId) ?? []), userId]);
  const actor: AuditActor = { userId: null, ip: null, requestId: `job:pool-recycle:${crypto.randomUUID().slice(0, 8)}` };

  for (const pool of pools) {
    const owners = ownersByPool.get(pool.id) ?? [];
    if (!owners.length) continue;
    for (const levelRule of rules.get(pool.id) ?? []) {
      for (const kind of RULE_KINDS) {
        const days = kind.days(levelRule);
        if (!days || !ruleUsable(kind, related)) continue;
        const rule: DueRule = { pool, level: levelRule.level, kind, days };
        const cutoff = cutoffFor(now, days);
        for (let afterId = 0; ;) {
          const batch = await dueCustomers(db.manager, rule, owners, cutoff, related, batchSize, afterId);
          if (!batch.length) break;
          for (const customer of batch) {
            afterId = customer.id;
            if (await recycleOne(db, actor, rule, customer, cutoff, related, now).catch(lostRace)) result.recycled++;
            else result.lostRaces++;
          }
        }
        if (pool.warnDays <= 0) continue;
        const warnCutoff = cutoffFor(now, Math.max(days - pool.warnDays, 0));
        for (let afterId = 0; ;) {
          const batch = await dueCustomers(db.manager, rule, owners, warnCutoff, related, batchSize, afterId);
          if (!batch.length) break;
          for (const customer of batch) {
            afterId = customer.id;
            result.warned += await warn(db, rule, customer, related);
          }
        }
      }
    }
  }
  logger.info({ job: 'pool-recycle', ...result }, 'pool recycle run finished');
  return result;
}
