// Company-wide pool caps: read by claims, assignments and locking; changed by holders of system:settings.
import { DataSource } from 'typeorm';
import { PoolSettings } from '@/entities';
import { Viewer, hasPermission } from '@/lib/access';
import { audit, diff } from '@/lib/audit/audit';
import { inTransaction } from '@/lib/db/transaction';
import { FieldErrors, forbidden } from '@/lib/errors';
import { actorOf } from '@/lib/customer/customer.service';
import { SETTINGS_ID } from './pool.bootstrap';
import { poolSettings } from './pool-caps';

export { poolSettings };

export interface PoolSettingsInput {
  maxOwnedCustomers?: number | null;
  maxClaimsPerDay?: number | null;
  reclaimBarDays?: number | null;
  maxLockedCustomers?: number | null;
}

const CAP_MAX = 100_000;

export async function updatePoolSettings(db: DataSource, viewer: Viewer, input: PoolSettingsInput): Promise<PoolSettings> {
  if (!hasPermission(viewer, 'system:settings')) throw forbidden('Missing permission system:settings');
  const errors = new FieldErrors();
  const patch: Partial<PoolSettings> = {};
  for (const key of ['maxOwnedCustomers', 'maxClaimsPerDay', 'maxLockedCustomers'] as const) {
    const value = input[key];
    if (value === undefined) continue;
    if (value !== null && (!Number.isInteger(value) || value < 0 || value > CAP_MAX)) errors.add(key, `must be a whole number between 0 and ${CAP_MAX}`);
    patch[key] = value;
  }
  if (input.reclaimBarDays !== undefined) {
    const days = input.reclaimBarDays ?? 0;
    errors.check(Number.isInteger(days) && days >= 0 && days <= 3650, 'reclaimBarDays', 'must be a whole number between 0 and 3650');
    patch.reclaimBarDays = days;
  }
  errors.throwIfAny();
  return inTransaction(db, async (manager) => {
    const current = await poolSettings(manager);
    const changes = diff(current, patch);
    if (!Object.keys(changes).length) return current;
    await manager.save(PoolSettings, { ...current, ...patch, id: SETTINGS_ID });
    await audit(manager, actorOf(viewer), { action: 'update', entityType: 'pool_settings', entityId: SETTINGS_ID, changes });
    return poolSettings(manager);
  });
}
