// Migrates the database and loads the demo company when it has no users yet (`npm run seed:demo`).
import { openDataSource } from '@/lib/db/data-source';
import { bootstrap } from '@/lib/org/bootstrap';
import { DEMO_PASSWORD, seedDemo } from '@/lib/demo/seed';

async function main() {
  const db = await openDataSource();
  await db.runMigrations({ transaction: 'each' });
  await bootstrap(db);
  const result = await seedDemo(db);
  console.log(result.seeded ? `demo company loaded: ${result.customers} customers` : 'database already has users: demo data not loaded');
  console.log(`demo logins (password ${DEMO_PASSWORD}): admin, it, wang, chen, li, sun, zhao, zhou, qian`);
  await db.destroy();
}

main().catch((error) => { console.error(error); process.exit(1); });
