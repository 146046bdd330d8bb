// Applies pending migrations and the first-start bootstrap (root department, built-in roles).
import { openDataSource } from '@/lib/db/data-source';
import { bootstrap } from '@/lib/org/bootstrap';

async function main() {
  const db = await openDataSource();
  const applied = await db.runMigrations({ transaction: 'each' });
  await bootstrap(db);
  console.log(applied.length ? `applied ${applied.length} migration(s): ${applied.map((m) => m.name).join(', ')}` : 'database is up to date');
  await db.destroy();
}

main().catch((error) => { console.error(error); process.exit(1); });
