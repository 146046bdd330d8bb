// First start: the default pool (all departments), its recycle rules (off until switched on) and the company
// caps row. Idempotent; also files owner-less customers that predate pools into the default pool.
import { EntityManager, IsNull } from 'typeorm';
import { Customer, Department, Pool, PoolMember, PoolRule, PoolSettings } from '@/entities';
import { CustomerLevel } from '@/entities/customer.entity';
import { PoolMemberKind } from '@/entities/pool-member.entity';

export const DEFAULT_POOL_NAME = '公海';
export const SETTINGS_ID = 1;

/** Suggested starting rules per level (days): looser for more valuable customers. */
export const DEFAULT_RULES: Record<CustomerLevel, Pick<PoolRule, 'noFollowUpDays' | 'noOpportunityDays' | 'noDealDays'>> = {
  [CustomerLevel.CORE]: { noFollowUpDays: 60, noOpportunityDays: null, noDealDays: 365 },
  [CustomerLevel.HIGH_GROWTH]: { noFollowUpDays: 45, noOpportunityDays: null, noDealDays: 180 },
  [CustomerLevel.NORMAL]: { noFollowUpDays: 30, noOpportunityDays: null, noDealDays: 90 },
};

export async function ensureDefaultPool(manager: EntityManager): Promise<Pool> {
  if (!(await manager.findOneBy(PoolSettings, { id: SETTINGS_ID }))) {
    await manager.insert(PoolSettings, { id: SETTINGS_ID, maxOwnedCustomers: null, maxClaimsPerDay: null, reclaimBarDays: 0, maxLockedCustomers: null });
  }
  let pool = await manager.findOneBy(Pool, { isDefault: true });
  if (!pool) {
    pool = await manager.save(manager.create(Pool, {
      name: (await manager.findOneBy(Pool, { name: DEFAULT_POOL_NAME })) ? `${DEFAULT_POOL_NAME}（默认）` : DEFAULT_POOL_NAME,
      isDefault: true, recycleEnabled: false, exemptDealCustomers: true, exemptOpenOpportunities: true, warnDays: 3,
    }));
    const root = await manager.findOneBy(Department, { parentId: IsNull() });
    if (root) await manager.insert(PoolMember, { poolId: pool.id, kind: PoolMemberKind.DEPARTMENT, memberId: root.id, includeChildren: true });
    await manager.insert(PoolRule, Object.values(CustomerLevel).map((level) => ({ poolId: pool!.id, level, ...DEFAULT_RULES[level] })));
  }
  await manager.createQueryBuilder().update(Customer)
    .set({ poolId: pool.id, poolEnteredAt: () => 'updated_at', updatedAt: () => 'updated_at' })
    .where('owner_id IS NULL AND pool_id IS NULL').execute();
  return pool;
}
