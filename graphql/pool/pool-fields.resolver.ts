// Nested fields of pools, pool customers and pool history, all batched per request.
import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { Customer, CustomerPoolHistory, Pool, PoolRule, PoolSettings } from '@/entities';
import { canAdministerPool, canListPool, poolView } from '@/lib/pool/pool-access';
import { relatedChecks } from '@/lib/pool/pool-related';
import { hasPermission } from '@/lib/access';
import type { Context } from '../context';
import { viewerOf } from '../context';
import { UserSummary } from '../common/user-summary';
import { PoolDepartment } from './pool.types';

const users = (ctx: Context, ids: number[]) => Promise.all(ids.map((id) => ctx.loaders.user.load(id))).then((list) => list.filter(Boolean));

@Resolver(() => Pool)
export class PoolFieldsResolver {
  @FieldResolver(() => [PoolRule], { description: 'Recycle rule per customer level' })
  rules(@Root() pool: Pool, @Ctx() ctx: Context) {
    return ctx.loaders.poolRules.load(pool.id);
  }

  @FieldResolver(() => [UserSummary])
  async administrators(@Root() pool: Pool, @Ctx() ctx: Context) {
    return users(ctx, (await ctx.loaders.poolMembers.load(pool.id)).administratorIds);
  }

  @FieldResolver(() => [UserSummary])
  async memberUsers(@Root() pool: Pool, @Ctx() ctx: Context) {
    return users(ctx, (await ctx.loaders.poolMembers.load(pool.id)).memberUserIds);
  }

  @FieldResolver(() => [PoolDepartment])
  async memberDepartments(@Root() pool: Pool, @Ctx() ctx: Context) {
    const { memberDepartments } = await ctx.loaders.poolMembers.load(pool.id);
    return Promise.all(memberDepartments.map(async (d) => ({ department: await ctx.loaders.department.load(d.departmentId), includeChildren: d.includeChildren })));
  }

  @FieldResolver(() => Int, { nullable: true, description: 'Customers waiting in the pool (null when you cannot list it)' })
  customerCount(@Root() pool: Pool, @Ctx() ctx: Context) {
    return ctx.loaders.poolCustomerCount.load(pool.id);
  }

  @FieldResolver(() => Boolean, { description: 'You may list its customers' })
  async viewerCanList(@Root() pool: Pool, @Ctx() ctx: Context) {
    return canListPool(await poolView(ctx.db.manager, viewerOf(ctx)), pool.id);
  }

  @FieldResolver(() => Boolean, { description: 'You may claim from it (member, with pool:claim)' })
  async viewerCanClaim(@Root() pool: Pool, @Ctx() ctx: Context) {
    const viewer = viewerOf(ctx);
    const view = await poolView(ctx.db.manager, viewer);
    return hasPermission(viewer, 'pool:claim') && view.memberOf.has(pool.id) && canListPool(view, pool.id);
  }

  @FieldResolver(() => Boolean, { description: 'You may change its rules and move its customers to other pools' })
  async viewerCanAdminister(@Root() pool: Pool, @Ctx() ctx: Context) {
    return canAdministerPool(await poolView(ctx.db.manager, viewerOf(ctx)), pool.id);
  }
}

@Resolver(() => Customer)
export class CustomerPoolFieldsResolver {
  @FieldResolver(() => Pool, { nullable: true, description: 'The pool it waits in (null when owned)' })
  pool(@Root() customer: Customer, @Ctx() ctx: Context) {
    return customer.poolId && customer.ownerId === null ? ctx.loaders.pool.load(customer.poolId) : null;
  }

  @FieldResolver(() => UserSummary, { nullable: true, description: 'Who owned it before it entered the pool' })
  previousOwner(@Root() customer: Customer, @Ctx() ctx: Context) {
    return customer.previousOwnerId ? ctx.loaders.user.load(customer.previousOwnerId) : null;
  }

  @FieldResolver(() => [CustomerPoolHistory], { description: 'Every entry into and exit from a pool, newest first' })
  poolHistory(@Root() customer: Customer, @Ctx() ctx: Context) {
    return ctx.loaders.poolHistory.load(customer.id);
  }
}

@Resolver(() => CustomerPoolHistory)
export class PoolHistoryFieldsResolver {
  @FieldResolver(() => Pool, { nullable: true })
  pool(@Root() entry: CustomerPoolHistory, @Ctx() ctx: Context) {
    return ctx.loaders.pool.load(entry.poolId);
  }

  @FieldResolver(() => Pool, { nullable: true })
  fromPool(@Root() entry: CustomerPoolHistory, @Ctx() ctx: Context) {
    return entry.fromPoolId ? ctx.loaders.pool.load(entry.fromPoolId) : null;
  }

  @FieldResolver(() => UserSummary, { nullable: true })
  fromOwner(@Root() entry: CustomerPoolHistory, @Ctx() ctx: Context) {
    return entry.fromOwnerId ? ctx.loaders.user.load(entry.fromOwnerId) : null;
  }

  @FieldResolver(() => UserSummary, { nullable: true })
  toOwner(@Root() entry: CustomerPoolHistory, @Ctx() ctx: Context) {
    return entry.toOwnerId ? ctx.loaders.user.load(entry.toOwnerId) : null;
  }

  @FieldResolver(() => UserSummary, { nullable: true, description: 'null: the recycle job' })
  actor(@Root() entry: CustomerPoolHistory, @Ctx() ctx: Context) {
    return entry.actorId ? ctx.loaders.user.load(entry.actorId) : null;
  }
}

@Resolver(() => PoolSettings)
export class PoolSettingsFieldsResolver {
  @FieldResolver(() => Boolean, { description: 'The opportunity module is installed: "no new opportunity" rules and the open-opportunity exemption apply' })
  opportunityChecksAvailable(@Ctx() ctx: Context) {
    return !!relatedChecks(ctx.db.manager).opportunity;
  }

  @FieldResolver(() => Boolean, { description: 'The contract module is installed: customers with an open contract are exempt' })
  contractChecksAvailable(@Ctx() ctx: Context) {
    return !!relatedChecks(ctx.db.manager).contract;
  }
}

export const poolResolvers = [PoolFieldsResolver, CustomerPoolFieldsResolver, PoolHistoryFieldsResolver, PoolSettingsFieldsResolver];
