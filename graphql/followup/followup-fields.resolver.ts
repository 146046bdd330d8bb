// Nested fields: a follow-up's author, parent, attachments and comments; and the follow-ups and timeline of
// customers and contacts. All batched per request and all scoped.
import { Arg, Args, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { Attachment, Comment, Contact, Customer, FollowUp } from '@/entities';
import { FOLLOW_UP_TYPE } from '@/lib/followup/followup.tables';
import type { Context } from '../context';
import { PageArgsInput } from '../common/connection';
import { UserSummary } from '../common/user-summary';
import { RecordRefType, TimelineConnection } from '../timeline/timeline.types';
import { timelineConnection } from '../timeline/timeline.resolver';
import { loaderKey } from './followup.loaders';

const LATEST_MAX = 50;
const clampLatest = (first: number) => Math.max(0, Math.min(LATEST_MAX, first));

@Resolver(() => FollowUp)
export class FollowUpFieldsResolver {
  @FieldResolver(() => UserSummary, { nullable: true })
  author(@Root() followUp: FollowUp, @Ctx() ctx: Context) {
    return ctx.loaders.user.load(followUp.authorId);
  }

  @FieldResolver(() => RecordRefType, { nullable: true, description: 'The record it was recorded on' })
  parent(@Root() followUp: FollowUp, @Ctx() ctx: Context) {
    return ctx.loaders.recordRef.load(loaderKey(followUp.parentType, followUp.parentId));
  }

  @FieldResolver(() => [Attachment])
  attachments(@Root() followUp: FollowUp, @Ctx() ctx: Context) {
    return ctx.loaders.attachmentsOfFollowUp.load(followUp.id);
  }

  @FieldResolver(() => [Comment], { description: 'Comments (批示), oldest first' })
  comments(@Root() followUp: FollowUp, @Ctx() ctx: Context) {
    return ctx.loaders.commentsOf.load(loaderKey(FOLLOW_UP_TYPE, followUp.id));
  }

  @FieldResolver(() => Int)
  async commentCount(@Root() followUp: FollowUp, @Ctx() ctx: Context) {
    return (await ctx.loaders.commentsOf.load(loaderKey(FOLLOW_UP_TYPE, followUp.id))).length;
  }

  @FieldResolver(() => Int, { description: 'Comments addressed to you that you have not read yet' })
  unreadCommentCount(@Root() followUp: FollowUp, @Ctx() ctx: Context) {
    return ctx.loaders.unreadCommentsOf.load(loaderKey(FOLLOW_UP_TYPE, followUp.id));
  }

  @FieldResolver(() => Boolean, { description: 'You may still change or delete it (author, within the window, not commented on)' })
  viewerCanEdit(@Root() followUp: FollowUp, @Ctx() ctx: Context) {
    return ctx.loaders.followUpEditable.load(followUp.id);
  }
}

function latest(ctx: Context, type: string, id: number, first: number) {
  return ctx.loaders.followUpsOfParent.load(loaderKey(`${type}|${clampLatest(first)}`, id));
}

@Resolver(() => Customer)
export class CustomerActivityResolver {
  @FieldResolver(() => [FollowUp], { description: 'The latest follow-ups recorded on the customer itself (at most 50)' })
  followUps(@Root() customer: Customer, @Ctx() ctx: Context, @Arg('first', () => Int, { defaultValue: 10 }) first: number) {
    return latest(ctx, 'customer', customer.id, first);
  }

  @FieldResolver(() => Int, { description: 'Follow-ups recorded on the customer itself' })
  followUpCount(@Root() customer: Customer, @Ctx() ctx: Context) {
    return ctx.loaders.followUpCount.load(loaderKey('customer', customer.id));
  }

  @FieldResolver(() => TimelineConnection, { description: 'The customer and its contacts, opportunities, contracts, newest first (for one record at a time)' })
  timeline(@Root() customer: Customer, @Ctx() ctx: Context, @Args(() => PageArgsInput) page: PageArgsInput, @Arg('kinds', () => [String], { nullable: true }) kinds?: string[]) {
    return timelineConnection(ctx, 'customer', customer.id, page, kinds);
  }
}

@Resolver(() => Contact)
export class ContactActivityResolver {
  @FieldResolver(() => [FollowUp], { description: 'The latest follow-ups recorded on the contact (at most 50)' })
  followUps(@Root() contact: Contact, @Ctx() ctx: Context, @Arg('first', () => Int, { defaultValue: 10 }) first: number) {
    return latest(ctx, 'contact', contact.id, first);
  }

  @FieldResolver(() => Int)
  followUpCount(@Root() contact: Contact, @Ctx() ctx: Context) {
    return ctx.loaders.followUpCount.load(loaderKey('contact', contact.id));
  }

  @FieldResolver(() => TimelineConnection, { description: 'The contact, newest first (for one record at a time)' })
  timeline(@Root() contact: Contact, @Ctx() ctx: Context, @Args(() => PageArgsInput) page: PageArgsInput, @Arg('kinds', () => [String], { nullable: true }) kinds?: string[]) {
    return timelineConnection(ctx, 'contact', contact.id, page, kinds);
  }
}
