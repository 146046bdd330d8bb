// Helpers for the lead integration tests: a small company (two regions, salespeople, a regional manager),
// a lead factory that writes straight to the database, and whole-database snapshots for "nothing changed".
import { DataSource } from 'typeorm';
import { Department, Lead, Role, User } from '@/entities';
import { LeadStatus } from '@/entities/lead.entity';
import { ScopeLevel } from '@/lib/access';
import { As, tokenFor } from '../support/api';
import { onMysql } from '../support/database';
import { makeDepartment, makeRole, makeUser, roleByCode, rootDepartment } from '../support/factories';

export const LEAD_FIELDS = 'id name company mobile phone email source address remarks status nextContactAt convertedAt deletedAt createdAt updatedAt owner { id name } createdBy { id } customer { id code name owner { id } } viewerCanEdit viewerCanManage';

let seq = 0;

export async function makeLead(db: DataSource, owner: User, input: Partial<Lead> = {}): Promise<Lead> {
  const n = ++seq;
  const repo = db.getRepository(Lead);
  return repo.save(repo.create({
    name: `联系人${n}`, company: `线索公司${n}有限公司`, status: LeadStatus.NEW, ownerId: owner.id, createdById: owner.id, ...input,
  }));
}

export interface Company {
  root: Department;
  north: Department;
  beijing: Department;
  south: Department;
  sales: Role;
  /** Regional manager role: reads and writes leads of their department subtree, every lead permission. */
  regional: Role;
  manager: User;
  li: User;
  sun: User;
  zhou: User;
  as: Record<'manager' | 'li' | 'sun' | 'zhou', As>;
}

/** 华北大区 (manager) ⊃ 北京组 (li, sun); 华南大区 (zhou). li, sun and zhou are ordinary salespeople. */
export async function makeCompany(db: DataSource): Promise<Company> {
  const root = await rootDepartment(db);
  const north = await makeDepartment(db, root, '华北大区');
  const beijing = await makeDepartment(db, north, '北京组');
  const south = await makeDepartment(db, root, '华南大区');
  const sales = await roleByCode(db, 'SALES');
  const regional = await makeRole(db, {
    read: ScopeLevel.SELF_AND_CHILDREN, write: ScopeLevel.SELF_AND_CHILDREN,
    permissions: ['lead:create', 'lead:update', 'lead:delete', 'lead:transfer', 'lead:export', 'lead:convert', 'customer:create'],
  });
  const manager = await makeUser(db, north, [regional], { name: '王经理' });
  const li = await makeUser(db, beijing, [sales], { name: '李娜' });
  const sun = await makeUser(db, beijing, [sales], { name: '孙磊' });
  const zhou = await makeUser(db, south, [sales], { name: '周洋' });
  return {
    root, north, beijing, south, sales, regional, manager, li, sun, zhou,
    as: { manager: await tokenFor(db, manager), li: await tokenFor(db, li), sun: await tokenFor(db, sun), zhou: await tokenFor(db, zhou) },
  };
}

/** Columns that change on reads (token use), not on writes. */
const VOLATILE = new Set(['last_used_at']);

/** Tables that exist in the database (entities whose migration has not landed yet have none). */
async function existingTables(db: DataSource): Promise<Set<string>> {
  const rows: { name: string }[] = onMysql()
    ? await db.query('SELECT table_name AS name FROM information_schema.tables WHERE table_schema = DATABASE()')
    : await db.query("SELECT name FROM sqlite_master WHERE type = 'table'");
  return new Set(rows.map((r) => r.name));
}

/** Every row of every table, in primary-key order. */
export async function snapshot(db: DataSource): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  const tables = await existingTables(db);
  for (const meta of db.entityMetadatas.filter((m) => tables.has(m.tableName))) {
    const order = meta.primaryColumns.map((c) => db.driver.escape(c.databaseName)).join(', ');
    const rows: Record<string, unknown>[] = await db.query(`SELECT * FROM ${db.driver.escape(meta.tableName)} ORDER BY ${order}`);
    out[meta.tableName] = rows.map((row) => Object.fromEntries(Object.entries(row).filter(([k]) => !VOLATILE.has(k))));
  }
  return out;
}

/** Runs a refused call and asserts that no table changed; returns what it returned. */
export async function expectUnchanged<T>(db: DataSource, work: () => Promise<T>): Promise<T> {
  const before = await snapshot(db);
  const result = await work();
  expect(await snapshot(db)).toEqual(before);
  return result;
}

/** The field names of a BAD_USER_INPUT error. */
export const fieldsOf = (result: { errors?: { extensions?: Record<string, any> }[] }) =>
  ((result.errors?.[0]?.extensions?.fields ?? []) as { field: string }[]).map((f) => f.field).sort();

export const ids = (rows: { id: string | number }[]) => rows.map((r) => String(r.id)).sort((a, b) => Number(a) - Number(b));
