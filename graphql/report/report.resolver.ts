// Work report queries, mutations and nested fields: parse arguments, call one service function, map the result.
import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Attachment, Comment, Report, ReportRecipient } from '@/entities';
import { ReportKind } from '@/entities/report.entity';
import {
  REPORT_TYPE, createReport, deleteReport, findReport, listReports, markReportRead, receivedReports, reportDraft, updateReport,
} from '@/lib/report';
import type { Context } from '../context';
import { viewerOf } from '../context';
import { Connection, PageArgsInput, toConnection } from '../common/connection';
import { UserSummary } from '../common/user-summary';
import { DeleteResult } from '../customer/customer.types';
import { loaderKey } from '../followup/followup.loaders';
import { CreateReportInput, ReportFilterInput, UpdateReportInput } from './report.inputs';
import { ReportDraftType } from './report.types';

@ObjectType('ReportConnection')
export class ReportConnection extends Connection(Report, 'Report') {}

const num = (value: string | null | undefined) => (value === undefined || value === null || value === '' ? null : Number(value));

@Resolver(() => Report)
export class ReportResolver {
  @Query(() => ReportConnection, { description: 'Reports you may see (yours, those sent to you, and for leaders those of people in their scope), newest first' })
  async reports(@Ctx() ctx: Context, @Args(() => PageArgsInput) page: PageArgsInput, @Arg('filter', () => ReportFilterInput, { nullable: true }) filter?: ReportFilterInput) {
    const f = filter ?? {};
    return toConnection(await listReports(ctx.db, viewerOf(ctx), { ...f, authorId: num(f.authorId), departmentId: num(f.departmentId) }, page));
  }

  @Query(() => ReportConnection, { description: 'Reports sent to you, newest first; `unread` tells which you have not opened' })
  async myReceivedReports(
    @Ctx() ctx: Context, @Args(() => PageArgsInput) page: PageArgsInput,
    @Arg('unreadOnly', () => Boolean, { defaultValue: false }) unreadOnly: boolean,
    @Arg('kind', () => ReportKind, { nullable: true }) kind?: ReportKind,
  ) {
    return toConnection(await receivedReports(ctx.db, viewerOf(ctx), { unreadOnly, kind }, page));
  }

  @Query(() => Report, { nullable: true })
  report(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return findReport(ctx.db.manager, viewerOf(ctx), Number(id));
  }

  @Query(() => ReportDraftType)
  reportDraft(@Ctx() ctx: Context, @Arg('kind', () => ReportKind) kind: ReportKind, @Arg('date', () => String, { nullable: true }) date?: string) {
    return reportDraft(ctx.db, viewerOf(ctx), kind, date);
  }

  @Mutation(() => Report, { description: 'Writes and sends your report of the period containing `date`; CONFLICT when you already wrote it' })
  createReport(@Ctx() ctx: Context, @Arg('input', () => CreateReportInput) input: CreateReportInput) {
    return createReport(ctx.db, viewerOf(ctx), { ...input });
  }

  @Mutation(() => Report, { description: 'The author only: content, more recipients, files' })
  updateReport(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('input', () => UpdateReportInput) input: UpdateReportInput) {
    return updateReport(ctx.db, viewerOf(ctx), Number(id), { ...input });
  }

  @Mutation(() => DeleteResult, { description: 'The author only; moves it to the recycle bin' })
  async deleteReport(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return { ids: [String(await deleteReport(ctx.db, viewerOf(ctx), Number(id)))] };
  }

  @Mutation(() => Report, { description: 'You open the report: your read receipt is recorded (if you are a recipient)' })
  markReportRead(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return markReportRead(ctx.db, viewerOf(ctx), Number(id));
  }

  @FieldResolver(() => UserSummary, { nullable: true })
  author(@Root() report: Report, @Ctx() ctx: Context) {
    return ctx.loaders.user.load(report.authorId);
  }

  @FieldResolver(() => [ReportRecipient], { description: 'Who it was sent to, with read receipts' })
  recipients(@Root() report: Report, @Ctx() ctx: Context) {
    return ctx.loaders.reportRecipients.load(report.id);
  }

  @FieldResolver(() => Int)
  async readCount(@Root() report: Report, @Ctx() ctx: Context) {
    return (await ctx.loaders.reportRecipients.load(report.id)).filter((r) => r.readAt).length;
  }

  @FieldResolver(() => Boolean, { description: 'Sent to you and not opened yet' })
  async unread(@Root() report: Report, @Ctx() ctx: Context) {
    const me = viewerOf(ctx).userId;
    return (await ctx.loaders.reportRecipients.load(report.id)).some((r) => r.userId === me && !r.readAt);
  }

  @FieldResolver(() => Boolean, { description: 'You wrote it, so you may change or delete it' })
  viewerCanEdit(@Root() report: Report, @Ctx() ctx: Context) {
    return report.authorId === viewerOf(ctx).userId && !report.deletedAt;
  }

  @FieldResolver(() => [Attachment])
  attachments(@Root() report: Report, @Ctx() ctx: Context) {
    return ctx.loaders.attachmentsOfReport.load(report.id);
  }

  @FieldResolver(() => [Comment], { description: 'Comments (批示), oldest first' })
  comments(@Root() report: Report, @Ctx() ctx: Context) {
    return ctx.loaders.commentsOf.load(loaderKey(REPORT_TYPE, report.id));
  }

  @FieldResolver(() => Int)
  async commentCount(@Root() report: Report, @Ctx() ctx: Context) {
    return (await ctx.loaders.commentsOf.load(loaderKey(REPORT_TYPE, report.id))).length;
  }

  @FieldResolver(() => Int, { description: 'Comments addressed to you that you have not read yet' })
  unreadCommentCount(@Root() report: Report, @Ctx() ctx: Context) {
    return ctx.loaders.unreadCommentsOf.load(loaderKey(REPORT_TYPE, report.id));
  }
}

@Resolver(() => ReportRecipient)
export class ReportRecipientResolver {
  @FieldResolver(() => UserSummary, { nullable: true })
  user(@Root() recipient: ReportRecipient, @Ctx() ctx: Context) {
    return ctx.loaders.user.load(recipient.userId);
  }
}
