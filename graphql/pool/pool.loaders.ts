// Per-request DataLoaders of the pool module (spread into graphql/loaders.ts): one query per page, not per row.
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { CustomerPoolHistory, Pool, PoolRule } from '@/entities';
import { Viewer } from '@/lib/access';
import { PoolMembers, membersOfPools, rulesOfPools } from '@/lib/pool/pool.service';
import { poolCustomerCounts, poolHistoryOf } from '@/lib/pool/pool.query';

export function createPoolLoaders(db: DataSource, viewer: Viewer | null) {
  const m = db.manager;
  return {
    pool: new DataLoader<number, Pool | null>(async (ids) => {
      const rows = new Map((await m.findBy(Pool, { id: In([...ids]) })).map((p) => [p.id, p]));
      return ids.map((id) => rows.get(id) ?? null);
    }),
    poolMembers: new DataLoader<number, PoolMembers>(async (ids) => {
      const map = await membersOfPools(m, ids);
      return ids.map((id) => map.get(id)!);
    }),
    poolRules: new DataLoader<number, PoolRule[]>(async (ids) => {
      const map = await rulesOfPools(m, ids);
      return ids.map((id) => map.get(id) ?? []);
    }),
    /** Customers waiting in each pool, for pools the viewer can list (null otherwise). */
    poolCustomerCount: new DataLoader<number, number | null>(async (ids) => {
      if (!viewer) return ids.map(() => null);
      const map = await poolCustomerCounts(m, viewer, ids);
      return ids.map((id) => map.get(id) ?? null);
    }),
    /** Pool history of customers already known to be readable (reached through a scoped customer). */
    poolHistory: new DataLoader<number, CustomerPoolHistory[]>(async (ids) => {
      const map = await poolHistoryOf(m, ids);
      return ids.map((id) => map.get(id) ?? []);
    }),
  };
}
