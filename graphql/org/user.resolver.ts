// User administration: list and lookup, create and edit, disable / enable, password reset; plus the
// department, position and roles of a user, batched per request.
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Department, Position, Role, User } from '@/entities';
import { parseId } from '@/lib/org/org.common';
import { findUser, listUsers } from '@/lib/org/user.query';
import { createUser, updateUser } from '@/lib/org/user.service';
import { disableUser, enableUser, resetPassword } from '@/lib/org/user-status.service';
import { mayChangeUser } from '@/lib/org/user-policy';
import type { Context } from '../context';
import { viewerOf } from '../context';
import { Connection, PageArgsInput, toConnection } from '../common/connection';
import { CreateUserInput, UpdateUserInput, UserFilterInput } from './user.inputs';

@ObjectType('UserConnection')
export class UserConnection extends Connection(User, 'User') {}

@Resolver(() => User)
export class UserResolver {
  @Query(() => UserConnection, { description: 'Users you administer (a department manager: their department subtree)' })
  async users(
    @Ctx() ctx: Context,
    @Args(() => PageArgsInput) page: PageArgsInput,
    @Arg('filter', () => UserFilterInput, { nullable: true }) filter?: UserFilterInput,
  ) {
    return toConnection(await listUsers(ctx.db, viewerOf(ctx), { ...filter }, page));
  }

  @Query(() => User, { nullable: true })
  user(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return findUser(ctx.db.manager, viewerOf(ctx), id);
  }

  @Mutation(() => User, { description: 'Creates an INACTIVE user who must change the password at the first login' })
  createUser(@Ctx() ctx: Context, @Arg('input', () => CreateUserInput) input: CreateUserInput) {
    return createUser(ctx.db, viewerOf(ctx), { ...input });
  }

  @Mutation(() => User)
  updateUser(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('input', () => UpdateUserInput) input: UpdateUserInput) {
    return updateUser(ctx.db, viewerOf(ctx), parseId(id, 'id'), { ...input });
  }

  @Mutation(() => User, { description: 'Ends every session and API token of the user at once' })
  disableUser(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return disableUser(ctx.db, viewerOf(ctx), parseId(id, 'id'));
  }

  @Mutation(() => User)
  enableUser(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return enableUser(ctx.db, viewerOf(ctx), parseId(id, 'id'));
  }

  @Mutation(() => User, { description: 'Sets a temporary password; sessions and API tokens end, the user must change it' })
  resetPassword(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('newPassword', () => String) newPassword: string) {
    return resetPassword(ctx.db, viewerOf(ctx), parseId(id, 'id'), newPassword);
  }

  @FieldResolver(() => Department, { nullable: true })
  department(@Root() user: User, @Ctx() ctx: Context) {
    return ctx.loaders.department.load(user.departmentId);
  }

  @FieldResolver(() => Position, { nullable: true })
  position(@Root() user: User, @Ctx() ctx: Context) {
    return user.positionId ? ctx.loaders.position.load(user.positionId) : null;
  }

  @FieldResolver(() => [Role])
  roles(@Root() user: User, @Ctx() ctx: Context) {
    return ctx.loaders.rolesOfUser.load(user.id);
  }

  @FieldResolver(() => Boolean, { description: 'You may edit, disable and enable this user (their rights lie within yours)' })
  async viewerCanAdminister(@Root() user: User, @Ctx() ctx: Context) {
    return mayChangeUser(ctx.db.manager, viewerOf(ctx), user, await ctx.loaders.rolesOfUser.load(user.id), 'update');
  }

  @FieldResolver(() => Boolean, { description: 'You may reset this user\'s password (you already reach everything they do)' })
  async viewerCanResetPassword(@Root() user: User, @Ctx() ctx: Context) {
    return mayChangeUser(ctx.db.manager, viewerOf(ctx), user, await ctx.loaders.rolesOfUser.load(user.id), 'resetPassword');
  }
}
