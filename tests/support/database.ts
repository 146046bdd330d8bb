// A fresh, migrated database for one test file: in-memory SQLite by default, or the MySQL/MariaDB of
// DATABASE_URL (tables dropped and migrated again). The app's getDataSource() returns the same one.
import { DataSource } from 'typeorm';
import { databaseKind, openDataSource } from '@/lib/db/data-source';
import { bootstrap } from '@/lib/org/bootstrap';
import { derivedDataDrift } from '@/lib/insight/derived';

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
 * Closes the file's database after checking what database triggers keep against the rows (lib/insight/derived.ts):
 * every test file's writes (transfers, merges, conversions, imports, the recycle bin, offboarding…) thereby test them.
 */
export async function closeTestDatabase(db: DataSource) {
  (globalThis as unknown as { __crmDataSource?: Promise<DataSource> }).__crmDataSource = undefined;
  if (!db.isInitialized) return;
  try {
    const drift = await derivedDataDrift(db.manager);
    if (drift.length) throw new Error(`data kept by database triggers drifted from its rows:\n${drift.join('\n')}`);
  } finally {
    await db.destroy();
  }
}
