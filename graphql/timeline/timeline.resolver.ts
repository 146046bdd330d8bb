// The timeline of a record: follow-ups, comments, audit entries (and the kinds other modules register) of the
// record and its children, newest first, as a Relay connection.
import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { AuditLog, Comment, FollowUp } from '@/entities';
import { timeline } from '@/lib/timeline/timeline.service';
import { timelineKinds } from '@/lib/timeline/timeline.registry';
import { TimelineEntry } from '@/lib/timeline/timeline.types';
import { COMMENT_KIND, FOLLOW_UP_KIND, AUDIT_KIND } from '@/lib/timeline/providers';
import type { Context } from '../context';
import { viewerOf } from '../context';
import { PageArgsInput, toConnection } from '../common/connection';
import { UserSummary } from '../common/user-summary';
import { loaderKey } from '../followup/followup.loaders';
import { RecordRefType, TimelineConnection, TimelineItem } from './timeline.types';

export const toTimelineItem = (entry: TimelineEntry): TimelineItem => ({ ...entry, id: `${entry.kind}:${entry.id}`, entityId: entry.id });

/** The timeline connection of a record, shared by the query and the record types' `timeline` fields. */
export async function timelineConnection(ctx: Context, type: string, id: number, page: PageArgsInput, kinds?: string[] | null) {
  const result = await timeline(ctx.db, viewerOf(ctx), type, id, { first: page.first, after: page.after, kinds });
  return toConnection({ ...result, nodes: result.nodes.map(toTimelineItem) });
}

@Resolver(() => TimelineItem)
export class TimelineResolver {
  @Query(() => TimelineConnection, { description: 'The record (NOT_FOUND unless you can see it) and its children, newest first' })
  timeline(
    @Ctx() ctx: Context,
    @Arg('targetType', () => String) targetType: string,
    @Arg('targetId', () => ID) targetId: string,
    @Args(() => PageArgsInput) page: PageArgsInput,
    @Arg('kinds', () => [String], { nullable: true, description: 'Only these kinds' }) kinds?: string[],
  ) {
    return timelineConnection(ctx, targetType, Number(targetId), page, kinds);
  }

  @Query(() => [String], { description: 'The kinds a timeline can show' })
  timelineKinds() {
    return timelineKinds();
  }

  @FieldResolver(() => UserSummary, { nullable: true })
  actor(@Root() item: TimelineItem, @Ctx() ctx: Context) {
    return item.actorId ? ctx.loaders.user.load(item.actorId) : null;
  }

  @FieldResolver(() => RecordRefType, { nullable: true })
  target(@Root() item: TimelineItem, @Ctx() ctx: Context) {
    return ctx.loaders.recordRef.load(loaderKey(item.targetType, item.targetId));
  }

  @FieldResolver(() => FollowUp, { nullable: true, description: 'For FOLLOW_UP items' })
  followUp(@Root() item: TimelineItem, @Ctx() ctx: Context) {
    return item.kind === FOLLOW_UP_KIND ? ctx.loaders.followUp.load(item.entityId) : null;
  }

  @FieldResolver(() => Comment, { nullable: true, description: 'For COMMENT items' })
  comment(@Root() item: TimelineItem, @Ctx() ctx: Context) {
    return item.kind === COMMENT_KIND ? ctx.loaders.comment.load(item.entityId) : null;
  }

  @FieldResolver(() => AuditLog, { nullable: true, description: 'For AUDIT items' })
  auditEntry(@Root() item: TimelineItem, @Ctx() ctx: Context) {
    return item.kind === AUDIT_KIND ? ctx.loaders.auditEntry.load(item.entityId) : null;
  }
}
