// The signed-in user: `me`, own password and profile, personal API tokens.
import { Arg, Ctx, Field, ID, InputType, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { IsOptional, MaxLength } from 'class-validator';
import { ApiToken, User } from '@/entities';
import { ALL_PERMISSIONS, DATA_MODULES, hasPermission, isSuperAdmin, resolveScope, scopeIsEmpty } from '@/lib/access';
import { changePassword, updateMyProfile } from '@/lib/auth/account.service';
import { createApiToken, listApiTokens, revokeApiToken } from '@/lib/auth/api-token.service';
import type { Context } from '../context';
import { viewerOf } from '../context';

@ObjectType('Me')
export class Me {
  @Field(() => User) user: User;
  @Field(() => [String], { description: 'Operation permission codes you hold' }) permissions: string[];
  @Field(() => [String], { description: 'Data modules in which you can see at least some records' }) readableModules: string[];
  @Field(() => Boolean) mustChangePassword: boolean;
  @Field(() => Boolean, { description: 'Holds the super administrator role (backups, everything)' }) superAdmin: boolean;
}

@InputType('UpdateMyProfileInput')
class UpdateMyProfileInput {
  @Field(() => String, { nullable: true }) phone?: string;
  @Field(() => String, { nullable: true }) email?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(200) address?: string;
}

@InputType('CreateApiTokenInput')
class CreateApiTokenInput {
  @Field(() => String) @MaxLength(100) name: string;
  @Field(() => Date) expiresAt: Date;
}

@ObjectType('CreatedApiToken')
class CreatedApiToken {
  @Field(() => String, { description: 'The token itself: shown only this once' }) token: string;
  @Field(() => ApiToken) apiToken: ApiToken;
}

@Resolver()
export class MeResolver {
  @Query(() => Me)
  async me(@Ctx() ctx: Context): Promise<Me> {
    const viewer = viewerOf(ctx);
    const user = (await ctx.loaders.user.load(viewer.userId))!;
    const readableModules: string[] = [];
    for (const module of DATA_MODULES) {
      if (!scopeIsEmpty(await resolveScope(ctx.db.manager, viewer, module, 'read'))) readableModules.push(module);
    }
    return { user, permissions: ALL_PERMISSIONS.filter((p) => hasPermission(viewer, p)), readableModules, mustChangePassword: user.mustChangePassword, superAdmin: isSuperAdmin(viewer) };
  }

  @Mutation(() => User, { description: 'Sets a new password; every existing session ends, so sign in again' })
  changePassword(@Ctx() ctx: Context, @Arg('oldPassword', () => String) oldPassword: string, @Arg('newPassword', () => String) newPassword: string) {
    return changePassword(ctx.db, viewerOf(ctx), oldPassword, newPassword);
  }

  @Mutation(() => User)
  updateMyProfile(@Ctx() ctx: Context, @Arg('input', () => UpdateMyProfileInput) input: UpdateMyProfileInput) {
    return updateMyProfile(ctx.db, viewerOf(ctx), { ...input });
  }

  @Query(() => [ApiToken])
  apiTokens(@Ctx() ctx: Context) {
    return listApiTokens(ctx.db, viewerOf(ctx));
  }

  @Mutation(() => CreatedApiToken)
  createApiToken(@Ctx() ctx: Context, @Arg('input', () => CreateApiTokenInput) input: CreateApiTokenInput) {
    return createApiToken(ctx.db, viewerOf(ctx), input);
  }

  @Mutation(() => ApiToken)
  revokeApiToken(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return revokeApiToken(ctx.db, viewerOf(ctx), Number(id));
  }
}
