// A fresh, migrated database for one test file: in-memory SQLite by default, or the MySQL/MariaDB of
// DATABASE_URL (tables dropped and migrated again). The app's getDataSource() returns the same one.
import { DataSource } from 'typeorm';
import { databaseKind, openDataSource } from '@/lib/db/data-source';
import { bootstrap } from '@/lib/org/bootstrap';
import { followUpParentDrift } from '@/lib/insight/followups';
import { customerRollupDrift, followUpRollupDrift, opportunityRollupDrift } from '@/lib/insight/rollup';

process.env.BCRYPT_ROUNDS ??= '4';
// Test requests carry X-Forwarded-For as if one reverse proxy stood in front of the app (lib/auth/client-ip.ts).
process.env.TRUSTED_PROXIES ??= '1';
process.env.NEXTAUTH_SECRET ??= 'test-secret-for-jest-only';

export const onMysql = () => databaseKind() === 'mysql';

export async function openTestDatabase(): Promise<DataSource> {
  const url = process.env.DATABASE_URL || 'file::memory:';
  const db = await openDataSource(url);
  await db.dropDatabase();
  await db.runMigrations();
  await bootstrap(db);
  (globalThis as unknown as { __crmDataSource?: Promise<DataSource> }).__crmDataSource = Promise.resolve(db);
  return db;
}

/**
 * Closes the file's database after checking what database triggers maintain: the customer month, follow-up month and
 * opportunity stage rollups against a fresh count, and each follow-up's copy of its parent's owner and liveness against the
 * parent. Every test file's writes (transfers, merges, conversions, imports, the recycle bin, offboarding…) thereby
 * test the triggers.
 */
export async function closeTestDatabase(db: DataSource) {
  (globalThis as unknown as { __crmDataSource?: Promise<DataSource> }).__crmDataSource = undefined;
  if (!db.isInitialized) return;
  try {
    const drift = await customerRollupDrift(db.manager);
    if (drift.length) throw new Error(`the customer month rollup drifted from the customers: ${JSON.stringify(drift.slice(0, 5))}`);
    const authored = await followUpRollupDrift(db.manager);
    if (authored.length) throw new Error(`the follow-up month rollup drifted from the follow-ups: ${authored.slice(0, 5).join(', ')}`);
    const stages = await opportunityRollupDrift(db.manager);
    if (stages.length) throw new Error(`the opportunity stage rollup drifted from the opportunities: ${stages.slice(0, 5).join(', ')}`);
    const copies = await followUpParentDrift(db.manager);
    if (copies.length) throw new Error(`follow-ups hold a stale copy of their parent's owner or liveness: ${JSON.stringify(copies)}`);
  } finally {
    await db.destroy();
  }
}
