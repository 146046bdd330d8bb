// Helpers for the organisation and auth integration tests: database snapshots (a refused mutation must
// leave every table exactly as before) and the usual actors.
import { DataSource } from 'typeorm';
import { Department, User } from '@/entities';
import { As, tokenFor } from '../support/api';
import { makeUser, roleByCode, rootDepartment } from '../support/factories';

/** Columns that change on reads (token use), not on writes. */
const VOLATILE = new Set(['last_used_at']);

/** Every row of every table, in primary-key order. */
export async function snapshot(db: DataSource): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  const runner = db.createQueryRunner();
  const existing = new Set((await runner.getTables(db.entityMetadatas.map((m) => m.tableName))).map((t) => t.name.split('.').pop()));
  await runner.release();
  for (const meta of db.entityMetadatas) {
    // Entities still waiting for their migration (work in progress elsewhere) have no table yet.
    if (!existing.has(meta.tableName)) continue;
    const order = meta.primaryColumns.map((c) => db.driver.escape(c.databaseName)).join(', ');
    const rows: Record<string, unknown>[] = await db.query(`SELECT * FROM ${db.driver.escape(meta.tableName)} ORDER BY ${order}`);
    out[meta.tableName] = rows.map((row) => Object.fromEntries(Object.entries(row).filter(([k]) => !VOLATILE.has(k))));
  }
  return out;
}

/** Runs `work` (a refused call) and asserts that no table changed; returns what `work` returned. */
export async function expectUnchanged<T>(db: DataSource, work: () => Promise<T>): Promise<T> {
  const before = await snapshot(db);
  const result = await work();
  expect(await snapshot(db)).toEqual(before);
  return result;
}

export interface Actor { user: User; as: As }

export async function actor(db: DataSource, roleCodes: string[], department?: Department, input: Partial<User> = {}): Promise<Actor> {
  const roles = await Promise.all(roleCodes.map((code) => roleByCode(db, code)));
  const user = await makeUser(db, department ?? (await rootDepartment(db)), roles, input);
  return { user, as: await tokenFor(db, user) };
}

/** The field names of a BAD_USER_INPUT error. */
export const fieldsOf = (result: { errors?: { extensions?: Record<string, any> }[] }) =>
  ((result.errors?.[0]?.extensions?.fields ?? []) as { field: string }[]).map((f) => f.field).sort();
