// The access version and the per-server cache it guards. What a viewer's roles and the organisation decide —
// their roles, the owners each scope reaches, their pools — changes rarely but was read on every request (8–16
// statements). Now it is cached per (user, access version). Every change of users' departments, roles, role
// grants, departments or pools bumps the version in the writer's own transaction (a TypeORM subscriber, so no
// write path can forget it), and every request reads the version in the same statement as its user: a revoked
// right is gone on every app server at the next request. Per-record grants (team seats, approvals, tasks one
// assigned) are not cached: they are read per request.
import { EntitySubscriberInterface, EventSubscriber, InsertEvent, ObjectLiteral, RemoveEvent, UpdateEvent } from 'typeorm';
import { Department, Pool, PoolMember, Role, User, UserRole } from '@/entities';

const VERSIONED: readonly unknown[] = [User, Role, UserRole, Department, Pool, PoolMember];
/** User columns no scope depends on (the user row itself is read fresh on every request anyway). */
const USER_COLUMNS_IGNORED = new Set(['lastLoginAt', 'passwordHash', 'mustChangePassword', 'sessionVersion', 'name', 'nameSort', 'phone', 'email', 'address', 'positionId', 'updatedAt', 'status']);

type AnyEvent = InsertEvent<ObjectLiteral> | UpdateEvent<ObjectLiteral> | RemoveEvent<ObjectLiteral>;

async function bump(event: AnyEvent) {
  await event.manager.query('UPDATE access_version SET version = version + 1 WHERE id = 1');
}

/** True when an update touched only user columns that no scope depends on. */
function harmlessUserUpdate(event: UpdateEvent<ObjectLiteral>): boolean {
  if (event.metadata.target !== User) return false;
  const changed = event.updatedColumns.length
    ? event.updatedColumns.map((c) => c.propertyName)
    : Object.keys(event.entity ?? {});
  return changed.length > 0 && changed.every((name) => USER_COLUMNS_IGNORED.has(name));
}

// Registered by lib/db/data-source.ts (`subscribers`); TypeORM only takes classes marked with the decorator.
@EventSubscriber()
export class AccessVersionSubscriber implements EntitySubscriberInterface {
  async afterInsert(event: InsertEvent<ObjectLiteral>) {
    if (VERSIONED.includes(event.metadata.target)) await bump(event);
  }

  async afterUpdate(event: UpdateEvent<ObjectLiteral>) {
    if (VERSIONED.includes(event.metadata.target) && !harmlessUserUpdate(event)) await bump(event);
  }

  async afterRemove(event: RemoveEvent<ObjectLiteral>) {
    if (VERSIONED.includes(event.metadata.target)) await bump(event);
  }
}

interface Entry { version: number; values: Map<string, Promise<unknown>> }

/** Per-server cache of what a user's access resolves to, valid for one access version. Bounded (LRU-ish). */
const MAX_USERS = 5000;
const holder = globalThis as unknown as { __crmAccessCache?: Map<number, Entry> };
const entries = (holder.__crmAccessCache ??= new Map<number, Entry>());

/**
 * The cached value for (user, version, key), computed by `load` when missing or when the version moved on.
 * A null version (no access_version row) caches nothing.
 */
export function cachedForVersion<T>(userId: number, version: number | null, key: string, load: () => Promise<T>): Promise<T> {
  if (version === null) return load();
  let entry = entries.get(userId);
  if (!entry || entry.version !== version) {
    entry = { version, values: new Map() };
    entries.delete(userId);
    if (entries.size >= MAX_USERS) entries.delete(entries.keys().next().value as number);
    entries.set(userId, entry);
  }
  const found = entry.values.get(key) as Promise<T> | undefined;
  if (found) return found;
  const promise = load();
  entry.values.set(key, promise);
  // A failed load is not kept: the next request tries again.
  promise.catch(() => { if (entry!.values.get(key) === promise) entry!.values.delete(key); });
  return promise;
}

/** Forgets every cached entry (tests). */
export const clearAccessCache = () => entries.clear();
