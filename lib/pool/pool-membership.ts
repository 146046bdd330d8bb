// Which pools a user belongs to: as an administrator, a member user, or through a member department (with
// its sub-departments when the row says so). Resolved once per request and memoised on the viewer; the scope
// module uses it to let pool members read the owner-less customers of their pools.
import { EntityManager, In } from 'typeorm';
import { Department, Pool, PoolMember, User } from '@/entities';
import { PoolMemberKind } from '@/entities/pool-member.entity';
import type { Viewer } from '@/lib/access/viewer';

export interface PoolMembership {
  /** Pools whose customers the user may see and claim from (member or administrator). */
  memberOf: number[];
  /** Pools the user administers. */
  adminOf: number[];
}

/** Department ids from the root down to `path`'s department ("/1/4/9/" → [1, 4, 9]). */
export const pathIds = (path: string) => path.split('/').filter(Boolean).map(Number);

/** Membership of one user, given their department path (one query). */
export async function membershipOf(manager: EntityManager, userId: number, departmentPath: string | null): Promise<PoolMembership> {
  const chain = departmentPath ? pathIds(departmentPath) : [];
  const own = chain[chain.length - 1];
  const qb = manager.createQueryBuilder(PoolMember, 'pm').select(['pm.poolId', 'pm.kind'])
    .where('(pm.kind IN (:...userKinds) AND pm.memberId = :userId)', { userKinds: [PoolMemberKind.ADMIN, PoolMemberKind.USER], userId });
  if (own !== undefined) {
    qb.orWhere('(pm.kind = :dept AND (pm.memberId = :own OR (pm.includeChildren = :yes AND pm.memberId IN (:...chain))))', { dept: PoolMemberKind.DEPARTMENT, own, yes: true, chain });
  }
  const rows = await qb.getMany();
  const memberOf = [...new Set(rows.map((r) => r.poolId))].sort((a, b) => a - b);
  const adminOf = [...new Set(rows.filter((r) => r.kind === PoolMemberKind.ADMIN).map((r) => r.poolId))].sort((a, b) => a - b);
  return { memberOf, adminOf };
}

/** The viewer's pool membership, memoised for the request. */
export function viewerMembership(manager: EntityManager, viewer: Viewer): Promise<PoolMembership> {
  const key = 'pool:membership';
  const cached = viewer.cache.get(key) as Promise<PoolMembership> | undefined;
  if (cached) return cached;
  const promise = (async () => {
    const dept = await manager.findOneBy(Department, { id: viewer.departmentId });
    return membershipOf(manager, viewer.userId, dept?.path ?? null);
  })();
  viewer.cache.set(key, promise);
  return promise;
}

/**
 * Each user's home pool: a pool naming them as a member user, else the pool of their nearest member department,
 * else the default pool. Recycled and returned customers go to their owner's home pool, under its rules.
 */
export async function homePools(manager: EntityManager, userIds?: readonly number[]): Promise<Map<number, number>> {
  const pools = await manager.find(Pool, { order: { id: 'ASC' } });
  const fallback = pools.find((p) => p.isDefault)?.id ?? pools[0]?.id;
  const result = new Map<number, number>();
  if (fallback === undefined) return result;
  const users = await manager.find(User, { select: { id: true, departmentId: true }, where: userIds ? { id: In([...userIds]) } : {} });
  if (!users.length) return result;
  const departments = new Map((await manager.find(Department, { select: { id: true, path: true } })).map((d) => [d.id, d.path]));
  const members = await manager.find(PoolMember, { where: { kind: In([PoolMemberKind.USER, PoolMemberKind.DEPARTMENT]) }, order: { poolId: 'ASC' } });
  const byUser = new Map<number, number>();
  for (const m of members) if (m.kind === PoolMemberKind.USER && !byUser.has(m.memberId)) byUser.set(m.memberId, m.poolId);
  const deptRows = members.filter((m) => m.kind === PoolMemberKind.DEPARTMENT);
  for (const user of users) {
    const explicit = byUser.get(user.id);
    if (explicit !== undefined) { result.set(user.id, explicit); continue; }
    const chain = pathIds(departments.get(user.departmentId) ?? '');
    let best: { depth: number; poolId: number } | null = null;
    for (const row of deptRows) {
      const depth = chain.indexOf(row.memberId);
      if (depth < 0 || (depth !== chain.length - 1 && !row.includeChildren)) continue;
      // The nearest department wins; among equals a non-default pool before the default one, then the oldest.
      const isDefault = row.poolId === fallback;
      if (!best || depth > best.depth || (depth === best.depth && best.poolId === fallback && !isDefault)) best = { depth, poolId: row.poolId };
    }
    result.set(user.id, best?.poolId ?? fallback);
  }
  return result;
}
