// The demo company (issue 2, item 8): departments, the eight demo users, ~100 customers with contacts.
// Customers and contacts are created through the services, so codes, audit and rules are the real ones.
import { DataSource, IsNull } from 'typeorm';
import { Customer, Department, Role, User, UserRole } from '@/entities';
import { CustomerLevel, CustomerType } from '@/entities/customer.entity';
import { UserStatus } from '@/entities/user.entity';
import { loadViewer } from '@/lib/access';
import { hashPassword } from '@/lib/auth/password';
import { createContact } from '@/lib/contact/contact.service';
import { createCustomer } from '@/lib/customer/customer.service';
import { DEPARTMENTS, POSITIONS, SOURCES, company, mobile, person } from './names';
import { seedLeads } from './lead.seed';
import { seedFollowUps } from './followup.seed';
import { seedPools } from './pool.seed';
import { seedOpportunities } from './opportunity.seed';
import { seedActivity } from './activity.seed';
import { seedContracts } from './contract.seed';
import { seedInsight } from './insight.seed';

export const DEMO_PASSWORD = 'Demo#2026';

const USERS = [
  { username: 'admin', name: '系统超管', dept: '总公司', role: 'SUPER_ADMIN' },
  { username: 'it', name: '信息管理员', dept: '行政部', role: 'SYSTEM_ADMIN' },
  { username: 'wang', name: '王建国', dept: '华北大区', role: 'DEPT_MANAGER', heads: '华北大区' },
  { username: 'chen', name: '陈志明', dept: '华南大区', role: 'DEPT_MANAGER', heads: '华南大区' },
  { username: 'li', name: '李娜', dept: '北京组', role: 'SALES' },
  { username: 'sun', name: '孙磊', dept: '北京组', role: 'SALES' },
  { username: 'zhao', name: '赵敏', dept: '天津组', role: 'SALES' },
  { username: 'zhou', name: '周洋', dept: '广州组', role: 'SALES' },
];
const OWNERS = ['wang', 'chen', 'li', 'sun', 'zhao', 'zhou'];
const PER_OWNER = 16;
const POOL = 10;
const LEVELS = [CustomerLevel.NORMAL, CustomerLevel.NORMAL, CustomerLevel.HIGH_GROWTH, CustomerLevel.CORE];

async function departments(db: DataSource) {
  const repo = db.getRepository(Department);
  const root = await repo.findOneByOrFail({ parentId: IsNull() });
  await repo.update({ id: root.id }, { name: '总公司' });
  const byName: Record<string, Department> = { 总公司: { ...root, name: '总公司' } };
  const add = async (name: string, parent: string, sortOrder: number) => {
    const saved = await repo.save(repo.create({ name, parentId: byName[parent].id, path: '/', enabled: true, sortOrder }));
    saved.path = `${byName[parent].path}${saved.id}/`;
    byName[name] = await repo.save(saved);
  };
  await add('华北大区', '总公司', 1);
  await add('北京组', '华北大区', 1);
  await add('天津组', '华北大区', 2);
  await add('华南大区', '总公司', 2);
  await add('广州组', '华南大区', 1);
  await add('行政部', '总公司', 3);
  return byName;
}

async function users(db: DataSource, depts: Record<string, Department>) {
  const hash = await hashPassword(DEMO_PASSWORD);
  const roles = new Map((await db.getRepository(Role).find()).map((r) => [r.code, r]));
  const byName: Record<string, User> = {};
  for (const u of USERS) {
    const user = await db.getRepository(User).save(db.getRepository(User).create({
      username: u.username, name: u.name, passwordHash: hash, departmentId: depts[u.dept].id,
      status: UserStatus.ACTIVE, mustChangePassword: false, sessionVersion: 1, lastLoginAt: new Date(),
      email: `${u.username}@demo.example.cn`,
    }));
    await db.getRepository(UserRole).insert({ userId: user.id, roleId: roles.get(u.role)!.id });
    if (u.heads) await db.getRepository(Department).update({ id: depts[u.heads].id }, { headId: user.id });
    byName[u.username] = user;
  }
  return byName;
}

/** Spreads creation times over the last half year so lists and sorting look lived-in. */
const daysAgo = (n: number) => new Date(Date.now() - n * 86400000);

async function customers(db: DataSource, people: Record<string, User>) {
  let n = 0;
  const owners = [...OWNERS.map((o) => people[o]), ...Array(POOL).fill(people.admin)];
  for (const [i, owner] of owners.entries()) {
    const perOwner = i < OWNERS.length ? PER_OWNER : 1;
    const viewer = (await loadViewer(db.manager, owner.id))!.viewer;
    for (let k = 0; k < perOwner; k++, n++) {
      const c = company(n * 7 + i);
      const contactName = person(n);
      const customer = await createCustomer(db, viewer, {
        name: c.name, type: n % 5 === 0 ? CustomerType.DISTRIBUTOR : CustomerType.DIRECT, level: LEVELS[n % LEVELS.length],
        industry: c.industry, source: SOURCES[n % SOURCES.length], region: c.region, address: `${c.city}市高新区科技路${(n % 90) + 1}号`,
        postcode: String(100000 + (n * 131) % 800000).slice(0, 6), profile: `${c.industry}企业，员工约${(n % 9 + 1) * 50}人`,
        contactName, contactPosition: POSITIONS[n % POSITIONS.length], mobile: mobile(n), phone: `010-6${String(1000000 + n).slice(1)}`,
      });
      await createContact(db, viewer, customer.id, { name: contactName, department: DEPARTMENTS[n % DEPARTMENTS.length], position: POSITIONS[n % POSITIONS.length], mobile: mobile(n), email: `contact${n}@example.cn`, isPrimary: true });
      if (n % 3 === 0) await createContact(db, viewer, customer.id, { name: person(n + 11), department: DEPARTMENTS[(n + 2) % DEPARTMENTS.length], position: POSITIONS[(n + 1) % POSITIONS.length], mobile: mobile(n + 5000) });
      const created = daysAgo(180 - ((n * 37) % 175));
      const patch: Partial<Customer> = { createdAt: created, updatedAt: new Date(created.getTime() + ((n * 13) % 20) * 86400000) };
      if (i >= OWNERS.length) patch.ownerId = null; // the public pool
      await db.getRepository(Customer).update({ id: customer.id }, patch);
    }
  }
  return n;
}

export async function seedDemo(db: DataSource): Promise<{ seeded: boolean; customers: number }> {
  if ((await db.getRepository(User).count()) > 0) return { seeded: false, customers: 0 };
  const depts = await departments(db);
  const people = await users(db, depts);
  const customerCount = await customers(db, people);
  await seedPools(db, people);
  await seedLeads(db, people);
  await seedOpportunities(db, people);
  await seedContracts(db, people, DEMO_PASSWORD);
  await seedFollowUps(db);
  await seedActivity(db);
  await seedInsight(db);
  return { seeded: true, customers: customerCount };
}
