// Colleague pickers used by forms: the user directory and transfer targets.
import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { Department, User } from '@/entities';
import { isDataModule } from '@/lib/access';
import { badInput } from '@/lib/errors';
import { transferTargets, userDirectory } from '@/lib/org/user-directory';
import type { Context } from '../context';
import { viewerOf } from '../context';
import { UserSummary } from './user-summary';

@Resolver(() => UserSummary)
export class UserPickerResolver {
  @Query(() => [UserSummary], { description: 'Active colleagues matching a name (at most 50)' })
  userDirectory(@Ctx() ctx: Context, @Arg('keyword', () => String, { nullable: true }) keyword?: string) {
    return userDirectory(ctx.db, keyword);
  }

  @Query(() => [UserSummary], { description: 'Active users you may transfer or assign records of the module to (your transfer scope)' })
  transferTargets(
    @Ctx() ctx: Context,
    @Arg('module', () => String, { defaultValue: 'customer' }) module: string,
    @Arg('keyword', () => String, { nullable: true }) keyword?: string,
  ) {
    if (!isDataModule(module)) throw badInput('module', 'is not a data module');
    return transferTargets(ctx.db, viewerOf(ctx), module, keyword);
  }

  @FieldResolver(() => Department, { nullable: true })
  department(@Root() user: User, @Ctx() ctx: Context) {
    return user.departmentId ? ctx.loaders.department.load(user.departmentId) : null;
  }
}
