// What a viewer may do with pools: list a pool's customers (members, administrators, ALL-scope viewers —
// the same condition the scope module applies to customers), administer it, or configure every pool.
import { EntityManager } from 'typeorm';
import { Viewer, hasPermission, resolveScope } from '@/lib/access';
import { viewerMembership } from './pool-membership';

export interface PoolView {
  /** Reads every customer (ALL scope): every pool's customers are visible. */
  all: boolean;
  /** Pools whose customers the viewer reads (exactly the scope's pool ids). */
  listable: ReadonlySet<number>;
  /** Pools the viewer may claim from: member or administrator. */
  memberOf: ReadonlySet<number>;
  adminOf: ReadonlySet<number>;
  /** Holds system:settings: configures every pool and the caps. */
  configures: boolean;
}

export async function poolView(manager: EntityManager, viewer: Viewer): Promise<PoolView> {
  const scope = await resolveScope(manager, viewer, 'customer', 'read');
  const membership = await viewerMembership(manager, viewer);
  return {
    all: scope.all,
    listable: new Set(scope.poolIds),
    memberOf: new Set(membership.memberOf),
    adminOf: new Set(membership.adminOf),
    configures: hasPermission(viewer, 'system:settings'),
  };
}

export const canListPool = (view: PoolView, poolId: number) => view.all || view.listable.has(poolId);
export const canSeePool = (view: PoolView, poolId: number) => canListPool(view, poolId) || view.adminOf.has(poolId) || view.configures;
/** Rules and moving customers out: the pool's administrators and holders of system:settings. */
export const canAdministerPool = (view: PoolView, poolId: number) => view.adminOf.has(poolId) || view.configures;
