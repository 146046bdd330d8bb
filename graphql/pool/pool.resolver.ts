// Pool queries and mutations: parse arguments, call one service function, return its result.
import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Customer, Pool, PoolSettings } from '@/entities';
import { claimQuota } from '@/lib/pool/pool-caps';
import { assignCustomers, claimCustomers } from '@/lib/pool/pool-claim.service';
import { moveCustomersToPool, returnCustomersToPool } from '@/lib/pool/pool-return.service';
import { poolSettings, updatePoolSettings } from '@/lib/pool/pool-settings.service';
import { createPool, findPool, listPools, updatePool, updatePoolRules } from '@/lib/pool/pool.service';
import { listPoolCustomers } from '@/lib/pool/pool.query';
import type { Context } from '../context';
import { viewerOf } from '../context';
import { PageArgsInput, toConnection } from '../common/connection';
import { CreatePoolInput, PoolCustomerFilterInput, UpdatePoolInput, UpdatePoolRulesInput, UpdatePoolSettingsInput } from './pool.inputs';
import { PoolClaimQuota, PoolCustomerConnection } from './pool.types';

const poolInput = (input: CreatePoolInput | UpdatePoolInput) => ({
  ...input,
  memberDepartments: input.memberDepartments?.map((d) => ({ departmentId: Number(d.departmentId), includeChildren: d.includeChildren })),
});

@Resolver(() => Pool)
export class PoolResolver {
  @Query(() => [Pool], { description: 'Pools you belong to or administer (every pool for ALL-scope viewers and system:settings)' })
  pools(@Ctx() ctx: Context) {
    return listPools(ctx.db.manager, viewerOf(ctx));
  }

  @Query(() => Pool, { nullable: true })
  pool(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return findPool(ctx.db.manager, viewerOf(ctx), Number(id));
  }

  @Query(() => PoolCustomerConnection, { description: 'Customers waiting in a pool you belong to, most recently entered first' })
  async poolCustomers(
    @Ctx() ctx: Context,
    @Arg('poolId', () => ID) poolId: string,
    @Args(() => PageArgsInput) page: PageArgsInput,
    @Arg('filter', () => PoolCustomerFilterInput, { nullable: true }) filter?: PoolCustomerFilterInput,
  ) {
    return toConnection(await listPoolCustomers(ctx.db, viewerOf(ctx), Number(poolId), { ...filter, previousOwnerId: filter?.previousOwnerId ? Number(filter.previousOwnerId) : null }, page));
  }

  @Query(() => PoolSettings, { description: 'Company-wide caps on owned, claimed and locked customers' })
  poolSettings(@Ctx() ctx: Context) {
    return poolSettings(ctx.db.manager);
  }

  @Query(() => PoolClaimQuota)
  poolClaimQuota(@Ctx() ctx: Context) {
    return claimQuota(ctx.db.manager, viewerOf(ctx).userId);
  }

  @Mutation(() => [Customer], { description: '领取: take pool customers as their owner, within the caps. CONFLICT if someone else took one first' })
  claimCustomers(@Ctx() ctx: Context, @Arg('ids', () => [ID]) ids: string[]) {
    return claimCustomers(ctx.db, viewerOf(ctx), ids);
  }

  @Mutation(() => [Customer], { description: '分配: give pool customers to a user within your customer write scope' })
  assignCustomers(@Ctx() ctx: Context, @Arg('ids', () => [ID]) ids: string[], @Arg('userId', () => ID) userId: string) {
    return assignCustomers(ctx.db, viewerOf(ctx), ids, Number(userId));
  }

  @Mutation(() => [Customer], { description: '退回公海: return customers to their owner\'s pool; locked customers must be unlocked first' })
  returnCustomersToPool(@Ctx() ctx: Context, @Arg('ids', () => [ID]) ids: string[], @Arg('reason', () => String) reason: string) {
    return returnCustomersToPool(ctx.db, viewerOf(ctx), ids, reason);
  }

  @Mutation(() => [Customer], { description: 'Move pool customers to another pool (administrators of their pool)' })
  moveCustomersToPool(@Ctx() ctx: Context, @Arg('ids', () => [ID]) ids: string[], @Arg('poolId', () => ID) poolId: string) {
    return moveCustomersToPool(ctx.db, viewerOf(ctx), ids, Number(poolId));
  }

  @Mutation(() => Pool)
  createPool(@Ctx() ctx: Context, @Arg('input', () => CreatePoolInput) input: CreatePoolInput) {
    return createPool(ctx.db, viewerOf(ctx), poolInput(input));
  }

  @Mutation(() => Pool, { description: 'Renames a pool or replaces the member lists given' })
  updatePool(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('input', () => UpdatePoolInput) input: UpdatePoolInput) {
    return updatePool(ctx.db, viewerOf(ctx), Number(id), poolInput(input));
  }

  @Mutation(() => Pool, { description: 'Recycle rules of a pool (its administrators, or system:settings)' })
  updatePoolRules(@Ctx() ctx: Context, @Arg('poolId', () => ID) poolId: string, @Arg('input', () => UpdatePoolRulesInput) input: UpdatePoolRulesInput) {
    return updatePoolRules(ctx.db, viewerOf(ctx), Number(poolId), { ...input });
  }

  @Mutation(() => PoolSettings)
  updatePoolSettings(@Ctx() ctx: Context, @Arg('input', () => UpdatePoolSettingsInput) input: UpdatePoolSettingsInput) {
    return updatePoolSettings(ctx.db, viewerOf(ctx), { ...input });
  }
}
