// Small helpers shared by the organisation services: the audit actor, id parsing, JSON diffs, subtrees.
import { EntityManager } from 'typeorm';
import { Department } from '@/entities';
import { Viewer } from '@/lib/access';
import { badInput, notFound } from '@/lib/errors';

export const actorOf = (viewer: Viewer) => ({ userId: viewer.userId, ip: viewer.ip, requestId: viewer.requestId });

/** A positive integer id, or BAD_USER_INPUT on `field`. */
export function parseId(raw: unknown, field: string): number {
  const id = Number(raw);
  if (!Number.isSafeInteger(id) || id <= 0) throw badInput(field, 'is not a valid id');
  return id;
}

/** A positive integer id, or null when the value is not one (lookups answer "not found" for those). */
export function idOrNull(raw: unknown): number | null {
  const id = Number(raw);
  return Number.isSafeInteger(id) && id > 0 ? id : null;
}

/** Trimmed text; blank becomes null. */
export function cleanText(value: string | null | undefined): string | null {
  if (value === undefined || value === null) return null;
  const trimmed = String(value).trim();
  return trimmed ? trimmed : null;
}
/** Longer than `max` characters (not bytes). */
export const tooLong = (value: string | null | undefined, max: number) => !!value && [...value].length > max;

/** `{ key: [before, after] }` for the keys whose JSON value changes (works for arrays and objects too). */
export function jsonDiff(before: object, after: object, keys: readonly string[]): Record<string, [unknown, unknown]> {
  const changes: Record<string, [unknown, unknown]> = {};
  const b = before as Record<string, unknown>;
  const a = after as Record<string, unknown>;
  for (const key of keys) {
    if (a[key] === undefined) continue;
    const old = b[key] instanceof Date ? (b[key] as Date).toISOString() : b[key] ?? null;
    const now = a[key] instanceof Date ? (a[key] as Date).toISOString() : a[key] ?? null;
    if (JSON.stringify(old) !== JSON.stringify(now)) changes[key] = [old, now];
  }
  return changes;
}

export async function requireDepartment(manager: EntityManager, id: number, field?: string): Promise<Department> {
  const dept = await manager.findOneBy(Department, { id });
  if (dept) return dept;
  throw field ? badInput(field, 'is not an existing department') : notFound('Department');
}

/** True when department `inner` lies in the subtree of `outer` (itself included). */
export const withinSubtree = (inner: Pick<Department, 'path'>, outer: Pick<Department, 'path'>) => inner.path.startsWith(outer.path);

/** Ids of the departments in the subtree rooted at the department with this path (departments are few). */
export async function subtreeDepartmentIds(manager: EntityManager, path: string): Promise<number[]> {
  const rows = await manager.createQueryBuilder(Department, 'd').select('d.id', 'id')
    .where('d.path LIKE :subtreePath', { subtreePath: `${path}%` }).getRawMany<{ id: number }>();
  return rows.map((r) => Number(r.id));
}
