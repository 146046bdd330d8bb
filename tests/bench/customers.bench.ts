// `npm run bench`: customer list, count, search and lookup under each scope on a large generated company.
// Targets are medians per call; the run exits non-zero when one is missed. Size: BENCH_CUSTOMERS (default 200k).
// Uses DATABASE_URL like the app (a temp SQLite file when unset); the database is emptied first.
import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs';
import { DataSource } from 'typeorm';
import { Customer, Department, User, UserRole, Role } from '@/entities';
import { openDataSource } from '@/lib/db/data-source';
import { bootstrap } from '@/lib/org/bootstrap';
import { loadViewer } from '@/lib/access';
import { findCustomer, listCustomers } from '@/lib/customer/customer.query';

const CUSTOMERS = Number(process.env.BENCH_CUSTOMERS ?? 200000);
const USERS = 300;
const TARGET_MS = { list: 150, search: 400, lookup: 20 };

async function generate(db: DataSource) {
  const root = await db.getRepository(Department).findOneByOrFail({ id: 1 });
  const depts: Department[] = [];
  for (let i = 0; i < 30; i++) {
    const parent = i < 5 ? root : depts[i % 5];
    const d = await db.getRepository(Department).save({ name: `部门${i}`, parentId: parent.id, path: '/', enabled: true, sortOrder: i });
    d.path = `${parent.path}${d.id}/`;
    depts.push(await db.getRepository(Department).save(d));
  }
  const sales = await db.getRepository(Role).findOneByOrFail({ code: 'SALES' });
  const manager = await db.getRepository(Role).findOneByOrFail({ code: 'DEPT_MANAGER' });
  const admin = await db.getRepository(Role).findOneByOrFail({ code: 'SUPER_ADMIN' });
  const users: User[] = [];
  for (let i = 0; i < USERS; i++) {
    users.push(await db.getRepository(User).save({ username: `u${i}`, name: `用户${i}`, passwordHash: 'x', departmentId: depts[i % depts.length].id, status: 'ACTIVE' as never, mustChangePassword: false, sessionVersion: 1 }));
    await db.getRepository(UserRole).insert({ userId: users[i].id, roleId: (i === 0 ? admin : i < 5 ? manager : sales).id });
  }
  const chunk = 1000;
  for (let start = 0; start < CUSTOMERS; start += chunk) {
    const rows = Array.from({ length: Math.min(chunk, CUSTOMERS - start) }, (_, k) => {
      const n = start + k;
      const created = new Date(Date.now() - (n % 720) * 3600000);
      return { code: `KH${String(n).padStart(10, '0')}`, name: `客户${n}有限公司`, nameKey: `客户${n}有限公司`, ownerId: users[n % USERS].id, createdById: users[n % USERS].id, mobile: `139${String(n).padStart(8, '0')}`, createdAt: created, updatedAt: created };
    });
    await db.createQueryBuilder().insert().into(Customer).values(rows).updateEntity(false).execute();
  }
  return users;
}

async function median(times: number, fn: () => Promise<unknown>) {
  const samples: number[] = [];
  for (let i = 0; i < times; i++) { const t = performance.now(); await fn(); samples.push(performance.now() - t); }
  return samples.sort((a, b) => a - b)[Math.floor(samples.length / 2)];
}

async function main() {
  const file = path.join(os.tmpdir(), 'crm-bench.sqlite');
  const url = process.env.DATABASE_URL || `file:${file}`;
  if (!process.env.DATABASE_URL) for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
  const db = await openDataSource(url);
  await db.dropDatabase();
  await db.runMigrations();
  await bootstrap(db);
  console.log(`generating ${CUSTOMERS} customers for ${USERS} users on ${db.options.type}…`);
  const users = await generate(db);
  const failures: string[] = [];
  for (const [label, user] of [['ALL (super admin)', users[0]], ['SELF_AND_CHILDREN (manager)', users[1]], ['SELF (salesperson)', users[7]]] as const) {
    const viewer = () => loadViewer(db.manager, user.id).then((l) => l!.viewer);
    const list = await median(7, async () => listCustomers(db, await viewer(), {}, null, { first: 20 }));
    const deep = await median(5, async () => listCustomers(db, await viewer(), {}, { field: 'CREATED_AT', direction: 'DESC' }, { first: 20, offset: 2000 }));
    const search = await median(5, async () => listCustomers(db, await viewer(), { keyword: '1399' }, null, { first: 20 }));
    const lookup = await median(9, async () => findCustomer(db.manager, await viewer(), users.indexOf(user) + 1));
    console.log(`${label.padEnd(30)} list+count ${list.toFixed(1)} ms · page 100 ${deep.toFixed(1)} ms · keyword ${search.toFixed(1)} ms · lookup ${lookup.toFixed(1)} ms`);
    if (list > TARGET_MS.list) failures.push(`${label}: list ${list.toFixed(0)} ms > ${TARGET_MS.list}`);
    if (search > TARGET_MS.search) failures.push(`${label}: keyword ${search.toFixed(0)} ms > ${TARGET_MS.search}`);
    if (lookup > TARGET_MS.lookup) failures.push(`${label}: lookup ${lookup.toFixed(0)} ms > ${TARGET_MS.lookup}`);
  }
  await db.destroy();
  if (failures.length) { console.error(`targets missed:\n${failures.join('\n')}`); process.exit(1); }
  console.log('all targets met');
}

main().catch((error) => { console.error(error); process.exit(1); });
