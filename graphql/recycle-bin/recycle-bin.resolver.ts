// The recycle bin: one list per record type and one restore mutation; lib/recycle-bin does the work.
import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { listRecycleBin, restoreRecords } from '@/lib/recycle-bin/recycle-bin.service';
import type { Context } from '../context';
import { viewerOf } from '../context';
import { PageArgsInput, toConnection } from '../common/connection';
import { UserSummary } from '../common/user-summary';
import { RecycleBinFilterInput, RecycleBinItem, RecycleBinItemConnection, RestoreRecordsInput, RestoreRecordsPayload } from './recycle-bin.types';

@Resolver(() => RecycleBinItem)
export class RecycleBinResolver {
  @Query(() => RecycleBinItemConnection, { description: 'Deleted records of one type that you may read, most recently deleted first' })
  async recycleBin(@Ctx() ctx: Context, @Args(() => PageArgsInput) page: PageArgsInput, @Arg('filter', () => RecycleBinFilterInput) filter: RecycleBinFilterInput) {
    return toConnection(await listRecycleBin(ctx.db, viewerOf(ctx), filter, page));
  }

  @Mutation(() => RestoreRecordsPayload, { description: 'Restores records of one type from the recycle bin, all or nothing; audited' })
  async restoreRecords(@Ctx() ctx: Context, @Arg('input', () => RestoreRecordsInput) input: RestoreRecordsInput) {
    const ids = await restoreRecords(ctx.db, viewerOf(ctx), input.type, input.ids, { withRelated: input.withRelated ?? undefined });
    return { type: input.type, ids: ids.map(String) };
  }

  @FieldResolver(() => UserSummary, { nullable: true, description: 'Who deleted it' })
  deletedBy(@Root() item: RecycleBinItem, @Ctx() ctx: Context) {
    return item.deletedById ? ctx.loaders.user.load(item.deletedById) : null;
  }
}
