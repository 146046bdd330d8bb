// Builds (or reuses) the bench company in a MariaDB database: the product's migrations and built-in roles, the
// demo company underneath, then set-based INSERT … SELECT for everything else. A marker table remembers the size
// and generator version; a matching database is reused, with any pending migration applied on top (as a
// production upgrade would) and the derived data refilled.
import { openDataSource } from '@/lib/db/data-source';
import { migrations } from '@/lib/db/migrations';
import { bootstrap } from '@/lib/org/bootstrap';
import { hashPassword } from '@/lib/auth/password';
import { seedDemo } from '@/lib/demo/seed';
import { generateFollowUps, generateNotifications, generateComments, generateTasks } from './activity';
import { generateContacts, generateCustomers, generateTeams } from './customers';
import { fillDerived } from './derived';
import { Org, benchToken, createTokens, generateOrg, groupOfSales, regionOfGroup } from './org';
import { generateContracts, generateLeads, generateOpportunities } from './sales';
import { Conn, connect, databaseName, maxId, rows, step } from './sql';
import { applyDatabaseSettings } from '../settings';

/** Bump when the generated data changes shape: every bench database is then rebuilt. */
export const GENERATOR_VERSION = 2;
const MARKER = 'bench_dataset';
const BIG_TABLES = ['customer', 'contact', 'follow_up', 'opportunity', 'contract', 'payment_plan', 'receivable', 'lead', 'task', 'notification',
  'comment', 'comment_receipt', 'customer_team_member', 'user', 'department', 'api_token'];

export type ViewerRole = 'self' | 'manager' | 'admin' | 'root';
export interface Dataset {
  url: string;
  customers: number;
  tokens: Record<ViewerRole, string>;
  viewers: Record<ViewerRole, { userId: number; username: string; customers: number }>;
  generatedSeconds: number;
  reused: boolean;
}

const scaled = (customers: number, atMillion: number) => Math.max(10, Math.round((atMillion * customers) / 1_000_000));

async function migrate(url: string, demo: boolean) {
  const db = await openDataSource(url);
  try {
    const applied = await db.runMigrations({ transaction: 'each' });
    await bootstrap(db);
    if (demo) {
      const start = performance.now();
      const { seeded } = await seedDemo(db);
      if (seeded) console.log(`  demo company loaded in ${((performance.now() - start) / 1000).toFixed(1)} s`);
    }
    return applied.map((m) => m.name);
  } finally {
    await db.destroy();
  }
}

/** Migrations recorded in the database that the code no longer has (renamed or dropped while being written). */
async function staleMigrations(conn: Conn): Promise<string[]> {
  const known = new Set(migrations.map((m) => (new m() as { name?: string }).name ?? m.name));
  return (await rows<{ name: string }>(conn, 'SELECT name FROM migrations')).map((r) => r.name).filter((name) => !known.has(name));
}

async function readMarker(conn: Conn) {
  const exists = await rows(conn, 'SELECT 1 FROM information_schema.tables WHERE table_schema = DATABASE() AND table_name = ?', [MARKER]);
  if (!exists.length) return null;
  const [row] = await rows<{ customers: number; generator: number; info: string }>(conn, `SELECT customers, generator, info FROM ${MARKER} WHERE id = 1`);
  return row ? { customers: Number(row.customers), generator: Number(row.generator), info: JSON.parse(row.info) as Pick<Dataset, 'viewers' | 'generatedSeconds'> } : null;
}

async function pickViewers(conn: Conn, org: Org, customers: number) {
  const perOwner = await rows<{ owner: number; n: number }>(conn, `SELECT owner_id AS owner, COUNT(*) AS n FROM customer WHERE owner_id >= ${org.salesBase} GROUP BY owner_id`);
  const wantSelf = 1500 * customers / 1_000_000;
  const self = perOwner.reduce((best, r) => (Math.abs(Number(r.n) - wantSelf) < Math.abs(Number(best.n) - wantSelf) ? r : best));
  const region = regionOfGroup(groupOfSales(`owner_id - ${org.salesBase}`));
  const perRegion = await rows<{ r: number; n: number }>(conn, `SELECT ${region} AS r, COUNT(*) AS n FROM customer WHERE owner_id >= ${org.salesBase} GROUP BY r`);
  const wantManager = 200_000 * customers / 1_000_000;
  const manager = perRegion.reduce((best, r) => (Math.abs(Number(r.n) - wantManager) < Math.abs(Number(best.n) - wantManager) ? r : best));
  const [all] = await rows<{ n: number }>(conn, 'SELECT COUNT(*) AS n FROM customer');
  const [rootOwned] = await rows<{ n: number }>(conn, 'SELECT COUNT(*) AS n FROM customer WHERE owner_id IS NOT NULL');
  const ids: Record<ViewerRole, [number, number]> = {
    self: [Number(self.owner), Number(self.n)],
    manager: [org.regionManagerBase + Number(manager.r), Number(manager.n)],
    admin: [org.adminId, Number(all.n)],
    root: [org.ceoId, Number(rootOwned.n)],
  };
  const names = new Map((await rows<{ id: number; username: string }>(conn, `SELECT id, username FROM user WHERE id IN (${Object.values(ids).map(([id]) => id).join(',')})`)).map((u) => [Number(u.id), u.username]));
  return Object.fromEntries(Object.entries(ids).map(([role, [userId, n]]) => [role, { userId, username: names.get(userId)!, customers: n }])) as Dataset['viewers'];
}

async function generate(url: string, customers: number) {
  const start = performance.now();
  const demo = process.env.BENCH_DEMO !== '0';
  await migrate(url, demo);
  const conn = await connect(url);
  try {
    const org = await generateOrg(conn, await hashPassword('Demo#2026'));
    const ids = await generateCustomers(conn, org, customers);
    const viewers = await pickViewers(conn, org, customers);
    await generateContacts(conn, ids);
    await generateTeams(conn, org, ids, viewers.self.userId);
    const opportunities = await generateOpportunities(conn, ids, scaled(customers, 200_000));
    await generateContracts(conn, opportunities, scaled(customers, 50_000));
    const leads = await generateLeads(conn, org, ids, scaled(customers, 200_000));
    const followUpBase = await maxId(conn, 'follow_up');
    await generateFollowUps(conn, ids, opportunities, leads, scaled(customers, 2_000_000));
    await generateTasks(conn, org, ids, scaled(customers, 100_000));
    await generateNotifications(conn, org, ids);
    await generateComments(conn, org, followUpBase);
    await createTokens(conn, Object.fromEntries(Object.entries(viewers).map(([role, v]) => [role, v.userId])));
    await fillDerived(conn, url);
    await step(conn, 'analyze', `ANALYZE TABLE ${BIG_TABLES.map((t) => `\`${t}\``).join(', ')}`);
    const generatedSeconds = Math.round((performance.now() - start) / 1000);
    await conn.query(`CREATE TABLE ${MARKER} (id int PRIMARY KEY, customers int NOT NULL, generator int NOT NULL, info text NOT NULL)`);
    await conn.query(`INSERT INTO ${MARKER} VALUES (1, ?, ?, ?)`, [customers, GENERATOR_VERSION, JSON.stringify({ viewers, generatedSeconds })]);
    return { viewers, generatedSeconds };
  } finally {
    await conn.end();
  }
}

/** The bench database for `customers` customers at `url`, generated when missing or out of date. */
export async function ensureDataset(url: string, customers: number): Promise<Dataset> {
  const name = databaseName(url);
  if (!/bench/i.test(name)) throw new Error(`refusing to use database "${name}": a bench database's name contains "bench" (it may be dropped and rebuilt)`);
  const server = await connect(url, '');
  try {
    await applyDatabaseSettings(server);
    await server.query(`CREATE DATABASE IF NOT EXISTS \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
    await server.query(`USE \`${name}\``);
    const marker = await readMarker(server);
    const tokens = { self: benchToken('self'), manager: benchToken('manager'), admin: benchToken('admin'), root: benchToken('root') };
    const stale = marker ? await staleMigrations(server) : [];
    if (stale.length) console.log(`${name}: applied migrations the code no longer has (${stale.join(', ')}): rebuilding`);
    if (marker && !stale.length && marker.customers === customers && marker.generator === GENERATOR_VERSION && process.env.BENCH_REGENERATE !== '1') {
      const applied = await migrate(url, false);
      if (applied.length) {
        console.log(`${name}: applied ${applied.join(', ')} to the existing dataset`);
        await fillDerived(server, url);
        await step(server, 'analyze', `ANALYZE TABLE ${BIG_TABLES.map((t) => `\`${t}\``).join(', ')}`);
      }
      console.log(`${name}: reusing the ${customers.toLocaleString('en')}-customer dataset (generated in ${marker.info.generatedSeconds} s)`);
      return { url, customers, tokens, viewers: marker.info.viewers, generatedSeconds: marker.info.generatedSeconds, reused: true };
    }
    console.log(`${name}: generating ${customers.toLocaleString('en')} customers${marker ? ` (was ${marker.customers}, generator ${marker.generator})` : ''}…`);
    await server.query(`DROP DATABASE \`${name}\``);
    await server.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  } finally {
    await server.end();
  }
  const { viewers, generatedSeconds } = await generate(url, customers);
  console.log(`${name}: generated in ${generatedSeconds} s`);
  return { url, customers, tokens: { self: benchToken('self'), manager: benchToken('manager'), admin: benchToken('admin'), root: benchToken('root') }, viewers, generatedSeconds, reused: false };
}
