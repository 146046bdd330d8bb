// Schedule queries, mutations and nested fields: parse arguments, call one service function, map the result.
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ScheduleEntry } from '@/entities';
import { createScheduleEntry, deleteScheduleEntry, findScheduleEntry, listScheduleEntries, updateScheduleEntry } from '@/lib/schedule';
import type { Context } from '../context';
import { viewerOf } from '../context';
import { UserSummary } from '../common/user-summary';
import { DeleteResult } from '../customer/customer.types';
import { loaderKey } from '../followup/followup.loaders';
import { RecordRefType, TimelineItem } from '../timeline/timeline.types';
import { CreateScheduleEntryInput, UpdateScheduleEntryInput } from './schedule.inputs';

@Resolver(() => ScheduleEntry)
export class ScheduleResolver {
  @Query(() => [ScheduleEntry], { description: "One person's calendar (yours by default): entries they own or take part in, overlapping [from, to), that you may see; at most 100 days" })
  scheduleEntries(
    @Ctx() ctx: Context,
    @Arg('from', () => Date) from: Date,
    @Arg('to', () => Date) to: Date,
    @Arg('userId', () => ID, { nullable: true }) userId?: string | null,
  ) {
    return listScheduleEntries(ctx.db, viewerOf(ctx), { from, to, userId: userId ? Number(userId) : null });
  }

  @Query(() => ScheduleEntry, { nullable: true, description: 'An entry you may see (owner, participant, or a leader over the owner), or null' })
  scheduleEntry(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return findScheduleEntry(ctx.db.manager, viewerOf(ctx), Number(id));
  }

  @Mutation(() => ScheduleEntry, { description: 'Adds an entry to your calendar; participants are told' })
  createScheduleEntry(@Ctx() ctx: Context, @Arg('input', () => CreateScheduleEntryInput) input: CreateScheduleEntryInput) {
    return createScheduleEntry(ctx.db, viewerOf(ctx), { ...input });
  }

  @Mutation(() => ScheduleEntry, { description: 'The owner, or a leader whose write scope covers the owner' })
  updateScheduleEntry(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('input', () => UpdateScheduleEntryInput) input: UpdateScheduleEntryInput) {
    return updateScheduleEntry(ctx.db, viewerOf(ctx), Number(id), { ...input });
  }

  @Mutation(() => DeleteResult, { description: 'Moves the entry to the recycle bin (same rule as updating)' })
  async deleteScheduleEntry(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return { ids: [String(await deleteScheduleEntry(ctx.db, viewerOf(ctx), Number(id)))] };
  }

  @FieldResolver(() => UserSummary, { nullable: true })
  owner(@Root() entry: ScheduleEntry, @Ctx() ctx: Context) {
    return ctx.loaders.user.load(entry.ownerId);
  }

  @FieldResolver(() => [UserSummary])
  async participants(@Root() entry: ScheduleEntry, @Ctx() ctx: Context) {
    const ids = await ctx.loaders.scheduleParticipants.load(entry.id);
    return (await ctx.loaders.user.loadMany(ids)).filter((u) => u && !(u instanceof Error));
  }

  @FieldResolver(() => RecordRefType, { nullable: true, description: 'The related record, when you can see it' })
  related(@Root() entry: ScheduleEntry, @Ctx() ctx: Context) {
    return entry.relatedType && entry.relatedId ? ctx.loaders.recordRef.load(loaderKey(entry.relatedType, entry.relatedId)) : null;
  }

  @FieldResolver(() => Boolean, { description: 'You may change or delete it' })
  viewerCanEdit(@Root() entry: ScheduleEntry, @Ctx() ctx: Context) {
    return ctx.loaders.scheduleWritable.load(entry.id);
  }
}

@Resolver(() => TimelineItem)
export class ScheduleTimelineResolver {
  @FieldResolver(() => ScheduleEntry, { nullable: true, description: 'For SCHEDULE items' })
  scheduleEntry(@Root() item: TimelineItem, @Ctx() ctx: Context) {
    return item.kind === 'SCHEDULE' ? ctx.loaders.scheduleEntry.load(item.entityId) : null;
  }
}
