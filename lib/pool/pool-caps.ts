// The per-user caps of SPEC 3.4: owned customers, claims per day, the re-claim bar, locked customers.
// Each refusal is a BAD_USER_INPUT on `ids` carrying a `rule` code the UI translates.
import { EntityManager, In, IsNull, MoreThan, MoreThanOrEqual } from 'typeorm';
import { Customer, CustomerPoolHistory, PoolSettings, User } from '@/entities';
import { PoolEvent } from '@/entities/customer-pool-history.entity';
import { DomainError } from '@/lib/errors';
import { SETTINGS_ID } from './pool.bootstrap';
import { companyDate, daysAfter, daysBefore, startOfCompanyDay } from './pool-time';

export type CapRule = 'POOL_OWNED_CAP' | 'POOL_DAILY_CLAIM_CAP' | 'POOL_RECLAIM_BAR' | 'LOCKED_CAP';

export const capError = (rule: CapRule, message: string, details: Record<string, unknown> = {}) =>
  new DomainError('BAD_USER_INPUT', message, { fields: [{ field: 'ids', message }], rule, ...details });

const NO_CAPS = { id: SETTINGS_ID, maxOwnedCustomers: null, maxClaimsPerDay: null, reclaimBarDays: 0, maxLockedCustomers: null };

/** The caps in force (a database without the settings row has none). */
export async function poolSettings(manager: EntityManager): Promise<PoolSettings> {
  return (await manager.findOneBy(PoolSettings, { id: SETTINGS_ID })) ?? ({ ...NO_CAPS, updatedAt: new Date(0) } as PoolSettings);
}

/** Taking `adding` more customers keeps the user within the owned-customer cap. */
export async function assertOwnedCap(manager: EntityManager, settings: PoolSettings, user: Pick<User, 'id' | 'name'>, adding: number) {
  const max = settings.maxOwnedCustomers;
  if (max === null || max === undefined) return;
  const owned = await manager.countBy(Customer, { ownerId: user.id, deletedAt: IsNull() });
  if (owned + adding > max) {
    throw capError('POOL_OWNED_CAP', `${user.name} may own at most ${max} customers (owns ${owned} now)`, { limit: max, current: owned, userName: user.name });
  }
}

/** Claiming `adding` more today keeps the user within the daily claim cap. */
export async function assertDailyClaimCap(manager: EntityManager, settings: PoolSettings, userId: number, adding: number, now: Date) {
  const max = settings.maxClaimsPerDay;
  if (max === null || max === undefined) return;
  const today = await manager.countBy(CustomerPoolHistory, { toOwnerId: userId, event: PoolEvent.CLAIM, createdAt: MoreThanOrEqual(startOfCompanyDay(now)) });
  if (today + adding > max) {
    throw capError('POOL_DAILY_CLAIM_CAP', `You may claim at most ${max} customers a day (${today} claimed today)`, { limit: max, current: today });
  }
}

/** None of the customers was lost (returned or recycled) by the user within the last D days. */
export async function assertReclaimBar(manager: EntityManager, settings: PoolSettings, userId: number, customers: Pick<Customer, 'id' | 'name'>[], now: Date) {
  const days = settings.reclaimBarDays;
  if (!days || !customers.length) return;
  const lost = await manager.find(CustomerPoolHistory, {
    where: { fromOwnerId: userId, customerId: In(customers.map((c) => c.id)), event: PoolEvent.ENTER, createdAt: MoreThan(daysBefore(now, days)) },
    order: { createdAt: 'DESC' },
  });
  if (!lost.length) return;
  const customer = customers.find((c) => c.id === lost[0].customerId)!;
  const from = companyDate(daysAfter(lost[0].createdAt, days));
  throw capError('POOL_RECLAIM_BAR', `You lost ${customer.name} to the pool recently; you may claim it again from ${from}`, { days, customerName: customer.name, availableFrom: from });
}

/** Locking these customers keeps each owner within the locked-customer cap. */
export async function assertLockedCap(manager: EntityManager, toLock: Pick<Customer, 'id' | 'ownerId'>[]) {
  const settings = await poolSettings(manager);
  const max = settings.maxLockedCustomers;
  if (max === null || max === undefined || !toLock.length) return;
  const adding = new Map<number, number>();
  for (const c of toLock) if (c.ownerId !== null) adding.set(c.ownerId, (adding.get(c.ownerId) ?? 0) + 1);
  for (const [ownerId, count] of adding) {
    const locked = await manager.countBy(Customer, { ownerId, locked: true, deletedAt: IsNull() });
    if (locked + count > max) {
      const owner = await manager.findOneBy(User, { id: ownerId });
      throw capError('LOCKED_CAP', `${owner?.name ?? 'The owner'} may have at most ${max} locked customers (has ${locked})`, { limit: max, current: locked, userName: owner?.name ?? null });
    }
  }
}

/** Where a user stands against the claim caps (for the pool page). */
export async function claimQuota(manager: EntityManager, userId: number, now = new Date()) {
  const settings = await poolSettings(manager);
  const [ownedCustomers, claimedToday] = await Promise.all([
    manager.countBy(Customer, { ownerId: userId, deletedAt: IsNull() }),
    manager.countBy(CustomerPoolHistory, { toOwnerId: userId, event: PoolEvent.CLAIM, createdAt: MoreThanOrEqual(startOfCompanyDay(now)) }),
  ]);
  return { ownedCustomers, maxOwnedCustomers: settings.maxOwnedCustomers, claimedToday, maxClaimsPerDay: settings.maxClaimsPerDay, reclaimBarDays: settings.reclaimBarDays };
}
