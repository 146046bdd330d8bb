// Demo public pools: the default pool holds the ten pool customers of the demo company with a lived-in story
// (why, when and from whom each entered), 华南公海 serves 华南大区 with 陈志明 as its administrator, and
// 周洋 returns two customers through the real service so they land there. Caps are set; recycling stays off
// (demo customers have no follow-ups yet, so switching it on would empty the demo).
import { DataSource, IsNull } from 'typeorm';
import { Contact, Customer, CustomerPoolHistory, Department, Pool, User } from '@/entities';
import { CustomerLevel } from '@/entities/customer.entity';
import { PoolEvent } from '@/entities/customer-pool-history.entity';
import { PoolReason } from '@/entities/pool.entity';
import { loadViewer } from '@/lib/access';
import { audit } from '@/lib/audit/audit';
import { returnCustomersToPool } from '@/lib/pool/pool-return.service';
import { updatePoolSettings } from '@/lib/pool/pool-settings.service';
import { createPool, updatePoolRules } from '@/lib/pool/pool.service';

const daysAgo = (n: number) => new Date(Date.now() - n * 86400000);

/** How each of the ten waiting customers got there: reason, former owner, days ago, and the owner's words. */
const STORIES: { reason: PoolReason; from: string | null; days: number; note?: string }[] = [
  { reason: PoolReason.NO_FOLLOW_UP, from: 'li', days: 2 },
  { reason: PoolReason.MANUAL_RETURN, from: 'sun', days: 4, note: '客户已由集团统一采购，暂无需求' },
  { reason: PoolReason.NO_DEAL, from: 'zhao', days: 6 },
  { reason: PoolReason.NO_FOLLOW_UP, from: 'sun', days: 9 },
  { reason: PoolReason.OFFBOARDING, from: 'wang', days: 12, note: '原负责人调岗，客户释放到公海' },
  { reason: PoolReason.IMPORT, from: null, days: 15 },
  { reason: PoolReason.MANUAL_RETURN, from: 'li', days: 20, note: '联系人离职，新的对接人未确定' },
  { reason: PoolReason.NO_NEW_OPPORTUNITY, from: 'zhao', days: 25 },
  { reason: PoolReason.NO_FOLLOW_UP, from: 'zhou', days: 31 },
  { reason: PoolReason.IMPORT, from: null, days: 40 },
];

export async function seedPools(db: DataSource, people: Record<string, User>) {
  const admin = (await loadViewer(db.manager, people.admin.id))!.viewer;
  const defaultPool = await db.getRepository(Pool).findOneByOrFail({ isDefault: true });

  // The ten customers the demo company put in the pool: give each its history.
  const waiting = await db.getRepository(Customer).find({ where: { ownerId: IsNull(), deletedAt: IsNull() }, order: { id: 'ASC' } });
  for (const [i, customer] of waiting.entries()) {
    const story = STORIES[i % STORIES.length];
    const from = story.from ? people[story.from] : null;
    const entered = daysAgo(story.days);
    await db.getRepository(Customer).update({ id: customer.id }, {
      poolId: defaultPool.id, poolEnteredAt: entered, poolReason: story.reason, poolNote: story.note ?? null, previousOwnerId: from?.id ?? null, updatedAt: entered,
    });
    await db.getRepository(Contact).update({ customerId: customer.id }, { ownerId: null });
    const recycled = [PoolReason.NO_FOLLOW_UP, PoolReason.NO_DEAL, PoolReason.NO_NEW_OPPORTUNITY].includes(story.reason);
    const actorId = recycled ? null : story.reason === PoolReason.MANUAL_RETURN ? from!.id : people.admin.id;
    await db.getRepository(CustomerPoolHistory).insert({
      customerId: customer.id, event: PoolEvent.ENTER, poolId: defaultPool.id, reason: story.reason, note: story.note ?? null,
      fromOwnerId: from?.id ?? null, toOwnerId: null, actorId, createdAt: entered,
    });
    await audit(db.manager, { userId: actorId, ip: null, requestId: 'demo-seed' }, {
      action: recycled ? 'pool.recycle' : 'pool.enter', entityType: 'customer', entityId: customer.id,
      changes: { ownerId: [from?.id ?? null, null], poolId: defaultPool.id, reason: story.reason },
    });
  }

  // 华南公海 for 华南大区 and its sub-departments, administered by the region's manager.
  const south = await db.getRepository(Department).findOneByOrFail({ name: '华南大区' });
  const southPool = await createPool(db, admin, {
    name: '华南公海', administratorIds: [people.chen.id], memberDepartments: [{ departmentId: south.id, includeChildren: true }],
  });
  await updatePoolRules(db, admin, southPool.id, {
    warnDays: 5, rules: [
      { level: CustomerLevel.CORE, noFollowUpDays: 90, noDealDays: 365 },
      { level: CustomerLevel.HIGH_GROWTH, noFollowUpDays: 60, noDealDays: 180 },
      { level: CustomerLevel.NORMAL, noFollowUpDays: 45, noDealDays: 120 },
    ],
  });
  await updatePoolSettings(db, admin, { maxOwnedCustomers: 200, maxClaimsPerDay: 10, reclaimBarDays: 30, maxLockedCustomers: 20 });

  // 周洋 hands back two customers with reasons: they wait in 华南公海, his home pool.
  const zhou = (await loadViewer(db.manager, people.zhou.id))!.viewer;
  const his = await db.getRepository(Customer).find({ where: { ownerId: people.zhou.id, locked: false, deletedAt: IsNull() }, order: { id: 'DESC' }, take: 2 });
  const reasons = ['客户业务收缩，暂停采购计划', '多次拜访无果，转公海由其他同事尝试'];
  for (const [i, customer] of his.entries()) await returnCustomersToPool(db, zhou, [customer.id], reasons[i]);
  return { waiting: waiting.length + his.length, southPool: southPool.id };
}
