// Comments (批示): the thread on a record, commenting, read marks and the unread count.
import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { ArrayMaxSize, MaxLength } from 'class-validator';
import { Comment } from '@/entities';
import { commentOn, markCommentsRead, mayReply, replyToComment } from '@/lib/comment/comment.service';
import { listComments, unreadCommentCount } from '@/lib/comment/comment.query';
import type { Context } from '../context';
import { viewerOf } from '../context';
import { Connection, PageArgsInput, toConnection } from '../common/connection';
import { UserSummary } from '../common/user-summary';
import { loaderKey } from '../followup/followup.loaders';
import { RecordRefType } from '../timeline/timeline.types';

@InputType('CommentOnInput')
export class CommentOnInput {
  @Field(() => String, { description: 'followup, customer, contact, lead, opportunity, contract, report, …' }) targetType: string;
  @Field(() => ID) targetId: string;
  @Field(() => String) @MaxLength(2000) content: string;
  @Field(() => [ID], { nullable: true, description: 'Colleagues named with @; told only when they can read the record' }) @ArrayMaxSize(20) mentionIds?: string[] | null;
}

@InputType('ReplyToCommentInput')
export class ReplyToCommentInput {
  @Field(() => ID) commentId: string;
  @Field(() => String) @MaxLength(2000) content: string;
  @Field(() => [ID], { nullable: true, description: 'Colleagues named with @; told only when they can read the record' }) @ArrayMaxSize(20) mentionIds?: string[] | null;
}

@ObjectType('CommentConnection')
export class CommentConnection extends Connection(Comment, 'Comment') {}

@Resolver(() => Comment)
export class CommentResolver {
  @Query(() => CommentConnection, { description: 'The comments on a record you can see, oldest first' })
  async comments(@Ctx() ctx: Context, @Arg('targetType', () => String) targetType: string, @Arg('targetId', () => ID) targetId: string, @Args(() => PageArgsInput) page: PageArgsInput) {
    return toConnection(await listComments(ctx.db, viewerOf(ctx), { targetType, targetId: Number(targetId) }, page));
  }

  @Query(() => Int, { description: 'Comments addressed to you, on records you can see, that you have not read' })
  unreadCommentCount(@Ctx() ctx: Context) {
    return unreadCommentCount(ctx.db, viewerOf(ctx));
  }

  @Mutation(() => Comment, { description: 'Comments (批示) on a record you can read; its author is notified' })
  commentOn(@Ctx() ctx: Context, @Arg('input', () => CommentOnInput) input: CommentOnInput) {
    return commentOn(ctx.db, viewerOf(ctx), { targetType: input.targetType, targetId: Number(input.targetId), content: input.content, mentionIds: input.mentionIds });
  }

  @Mutation(() => Comment, { description: "Answers a comment in its thread (e.g. the author replying to a leader's 批示); for those in the thread" })
  replyToComment(@Ctx() ctx: Context, @Arg('input', () => ReplyToCommentInput) input: ReplyToCommentInput) {
    return replyToComment(ctx.db, viewerOf(ctx), { commentId: Number(input.commentId), content: input.content, mentionIds: input.mentionIds });
  }

  @Mutation(() => Int, { description: 'Marks your unread comments on the record as read; returns how many' })
  markCommentsRead(@Ctx() ctx: Context, @Arg('targetType', () => String) targetType: string, @Arg('targetId', () => ID) targetId: string) {
    return markCommentsRead(ctx.db, viewerOf(ctx), { targetType, targetId: Number(targetId) });
  }

  @FieldResolver(() => UserSummary, { nullable: true })
  author(@Root() comment: Comment, @Ctx() ctx: Context) {
    return ctx.loaders.user.load(comment.authorId);
  }

  @FieldResolver(() => Boolean, { description: 'Addressed to you and not read yet' })
  unread(@Root() comment: Comment, @Ctx() ctx: Context) {
    return ctx.loaders.commentUnread.load(comment.id);
  }

  @FieldResolver(() => Boolean, { description: 'You may answer in this thread (replyToComment): its record\'s owner or author, those in it, leaders' })
  viewerCanReply(@Root() comment: Comment, @Ctx() ctx: Context) {
    // One answer per thread and request: a thread's comments share it.
    const memo = (ctx as unknown as { replyMemo?: Map<string, Promise<boolean>> }).replyMemo ??= new Map();
    const key = `${comment.targetType}:${comment.targetId}`;
    if (!memo.has(key)) memo.set(key, mayReply(ctx.db.manager, viewerOf(ctx), { targetType: comment.targetType, targetId: comment.targetId }));
    return memo.get(key)!;
  }

  @FieldResolver(() => RecordRefType, { nullable: true })
  target(@Root() comment: Comment, @Ctx() ctx: Context) {
    return ctx.loaders.recordRef.load(loaderKey(comment.targetType, comment.targetId));
  }
}
