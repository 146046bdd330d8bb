// The follow-ups a figure counts — written by the selected people, on a parent the viewer may read — as at most two
// queries whose aggregates add up. The first takes those on a live parent whose owner the viewer reads by owner (or
// of a type they read entirely), from the author index alone: every follow-up carries its parent's owner and
// liveness, copied by triggers (entities/follow-up.entity.ts). The second, only when the viewer also reaches parents
// through a team seat, a public pool or a grant, takes the rest and probes each one's parent (lib/followup): few rows.
import { EntityManager, SelectQueryBuilder } from 'typeorm';
import { FollowUp } from '@/entities';
import { Viewer } from '@/lib/access';
import { followUpParentScopes, readableFollowUpsOf } from '@/lib/followup/followup.scope';
import { followUpParentTypes } from '@/lib/followup/followup.service';
import { People, byPeople } from './people';

let seq = 0;

export async function peopleFollowUps(manager: EntityManager, viewer: Viewer, people: People): Promise<SelectQueryBuilder<FollowUp>[]> {
  const types = followUpParentTypes();
  const parents = await followUpParentScopes(manager, viewer, types);
  const n = ++seq;
  const params: Record<string, unknown> = { [`fuLive${n}`]: true };
  const covered = parents.flatMap(({ type, scope }, i) => {
    params[`fuType${n}_${i}`] = type;
    if (scope.all) return [`f.parentType = :fuType${n}_${i}`];
    if (!scope.ownerIds.length) return [];
    params[`fuOwners${n}_${i}`] = scope.ownerIds;
    return [`(f.parentType = :fuType${n}_${i} AND COALESCE(f.parentOwnerId, 0) IN (:...fuOwners${n}_${i}))`];
  });
  const coveredSql = covered.length ? `(f.parentLive = :fuLive${n} AND (${covered.join(' OR ')}))` : '1 = 0';
  const byOwner = byPeople(manager.createQueryBuilder(FollowUp, 'f').where('f.deletedAt IS NULL'), 'f.authorId', people).andWhere(coveredSql, params);
  const reachesMore = parents.some(({ scope }) => !scope.all && (scope.teamCustomerIds.length || scope.poolIds.length || scope.recordIds?.length));
  if (!reachesMore) return [byOwner];
  const rest = byPeople(await readableFollowUpsOf(manager, viewer, types, 'probe'), 'f.authorId', people).andWhere(`NOT (${coveredSql})`, params);
  return [byOwner, rest];
}

/** Follow-ups whose copy of their parent's owner or liveness differs from the parent (none while the triggers hold). */
export async function followUpParentDrift(manager: EntityManager): Promise<{ id: number; parentType: string }[]> {
  const drift: { id: number; parentType: string }[] = [];
  for (const type of followUpParentTypes()) {
    const rows: { id: unknown }[] = await manager.query(`SELECT f.id AS id FROM follow_up f INNER JOIN ${type} p ON p.id = f.parent_id
      WHERE f.parent_type = ? AND (NOT (f.parent_owner_id = p.owner_id OR (f.parent_owner_id IS NULL AND p.owner_id IS NULL))
        OR f.parent_live <> CASE WHEN p.deleted_at IS NULL THEN 1 ELSE 0 END) LIMIT 5`, [type]);
    drift.push(...rows.map((r) => ({ id: Number(r.id), parentType: type })));
  }
  return drift;
}
