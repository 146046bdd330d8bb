// Approvals: flow settings, "awaiting my approval" (待我审批), approve / reject, and the nested fields of
// approval runs and steps.
import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Approval, ApprovalStep, Contract, Receivable } from '@/entities';
import { ApprovalDocumentType } from '@/entities/approval-flow.entity';
import { ApprovalFlowView, listApprovalFlows, saveApprovalFlow } from '@/lib/approval/approval-flow.service';
import { decideApproval } from '@/lib/approval/approval.engine';
import '@/lib/approval/approval.timeline';
import { approvingRoles, approvingUsers, flowWarnings } from '@/lib/approval/approvers';
import { countPendingApprovals, listDecidedApprovals, listPendingApprovals, listSubmittedApprovals } from '@/lib/approval/approval.query';
import { ApprovalStatus } from '@/entities/approval.entity';
import type { Context } from '../context';
import { viewerOf } from '../context';
import { PageArgsInput, toConnection } from '../common/connection';
import { UserSummary } from '../common/user-summary';
import { SaveApprovalFlowInput } from './approval.inputs';
import { ApprovalConnection, ApprovalFlowSettings, ApprovalFlowStepView, ApprovalFlowWarningReason, ApprovalRoleOption, ApprovalStepConnection } from './approval.types';

const settingsView = async (ctx: Context, flow: ApprovalFlowView): Promise<ApprovalFlowSettings> => ({
  ...flow,
  steps: flow.steps.map((s, i) => ({ position: i + 1, name: s.name, approverType: s.approverType, roleId: s.roleId, userId: s.userId })),
  warnings: (await flowWarnings(ctx.db.manager, flow.steps, flow.fallbackUserId)).map((w) => ({ ...w, reason: w.reason as ApprovalFlowWarningReason })),
});

@Resolver(() => ApprovalFlowSettings)
export class ApprovalFlowResolver {
  @Query(() => [ApprovalFlowSettings], { description: 'The approval flow of every document type' })
  async approvalFlows(@Ctx() ctx: Context) {
    return Promise.all((await listApprovalFlows(ctx.db.manager)).map((flow) => settingsView(ctx, flow)));
  }

  @Query(() => [ApprovalRoleOption], { description: 'Roles a ROLE step may name' })
  approvalRoleOptions(@Ctx() ctx: Context) {
    return approvingRoles(ctx.db.manager);
  }

  @Query(() => [UserSummary], { description: 'Active users a USER step may name (they hold contract:approve), at most 50' })
  approvalUserOptions(@Ctx() ctx: Context, @Arg('keyword', () => String, { nullable: true }) keyword?: string) {
    return approvingUsers(ctx.db.manager, keyword);
  }

  @Mutation(() => ApprovalFlowSettings, { description: 'Replaces the flow of a document type; approvals already running keep their steps' })
  async saveApprovalFlow(@Ctx() ctx: Context, @Arg('input', () => SaveApprovalFlowInput) input: SaveApprovalFlowInput) {
    return settingsView(ctx, await saveApprovalFlow(ctx.db, viewerOf(ctx), { ...input, steps: input.steps.map((s) => ({ ...s })) }));
  }

  @FieldResolver(() => UserSummary, { nullable: true })
  updatedBy(@Root() flow: ApprovalFlowSettings, @Ctx() ctx: Context) {
    return flow.updatedById ? ctx.loaders.user.load(flow.updatedById) : null;
  }

  @FieldResolver(() => UserSummary, { nullable: true })
  fallbackUser(@Root() flow: ApprovalFlowSettings, @Ctx() ctx: Context) {
    return flow.fallbackUserId ? ctx.loaders.user.load(flow.fallbackUserId) : null;
  }
}

@Resolver(() => ApprovalFlowStepView)
export class ApprovalFlowStepResolver {
  @FieldResolver(() => String, { nullable: true, description: 'For ROLE steps' })
  async roleName(@Root() step: ApprovalFlowStepView, @Ctx() ctx: Context) {
    return step.roleId ? (await ctx.loaders.role.load(step.roleId))?.name ?? null : null;
  }

  @FieldResolver(() => UserSummary, { nullable: true, description: 'For USER steps' })
  user(@Root() step: ApprovalFlowStepView, @Ctx() ctx: Context) {
    return step.userId ? ctx.loaders.user.load(step.userId) : null;
  }
}

@Resolver(() => ApprovalStep)
export class ApprovalStepResolver {
  @Query(() => ApprovalStepConnection, { description: '待我审批: steps awaiting your decision, longest waiting first' })
  async myPendingApprovals(
    @Ctx() ctx: Context,
    @Args(() => PageArgsInput) page: PageArgsInput,
    @Arg('documentType', () => ApprovalDocumentType, { nullable: true }) documentType?: ApprovalDocumentType,
  ) {
    return toConnection(await listPendingApprovals(ctx.db, viewerOf(ctx), documentType, page));
  }

  @Query(() => ApprovalConnection, { description: '我发起的: approval runs you submitted through a flow, newest first (on contracts you can read)' })
  async mySubmittedApprovals(
    @Ctx() ctx: Context,
    @Args(() => PageArgsInput) page: PageArgsInput,
    @Arg('documentType', () => ApprovalDocumentType, { nullable: true }) documentType?: ApprovalDocumentType,
    @Arg('status', () => ApprovalStatus, { nullable: true }) status?: ApprovalStatus,
  ) {
    return toConnection(await listSubmittedApprovals(ctx.db, viewerOf(ctx), { documentType, status }, page));
  }

  @Query(() => ApprovalStepConnection, { description: '我已审批: steps you approved or rejected, latest first (on contracts you can read)' })
  async myDecidedApprovals(
    @Ctx() ctx: Context,
    @Args(() => PageArgsInput) page: PageArgsInput,
    @Arg('documentType', () => ApprovalDocumentType, { nullable: true }) documentType?: ApprovalDocumentType,
  ) {
    return toConnection(await listDecidedApprovals(ctx.db, viewerOf(ctx), documentType, page));
  }

  @Query(() => Int, { description: 'How many steps await your decision (the menu badge)' })
  myPendingApprovalCount(@Ctx() ctx: Context) {
    return countPendingApprovals(ctx.db, viewerOf(ctx));
  }

  @Mutation(() => ApprovalStep, { description: 'Approves an active step you are an approver of; the next step (or the document) follows' })
  approveApproval(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('comment', () => String, { nullable: true }) comment?: string) {
    return decideApproval(ctx.db, viewerOf(ctx), Number(id), 'APPROVE', comment);
  }

  @Mutation(() => ApprovalStep, { description: 'Rejects an active step you are an approver of (a comment is required); the document is REJECTED' })
  rejectApproval(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('comment', () => String) comment: string) {
    return decideApproval(ctx.db, viewerOf(ctx), Number(id), 'REJECT', comment);
  }

  @FieldResolver(() => Approval, { nullable: true })
  approval(@Root() step: ApprovalStep, @Ctx() ctx: Context) {
    return ctx.loaders.approval.load(step.approvalId);
  }

  @FieldResolver(() => UserSummary, { nullable: true })
  decidedBy(@Root() step: ApprovalStep, @Ctx() ctx: Context) {
    return step.decidedById ? ctx.loaders.user.load(step.decidedById) : null;
  }

  @FieldResolver(() => [UserSummary], { description: 'Who may decide the step (resolved on submission)' })
  async approvers(@Root() step: ApprovalStep, @Ctx() ctx: Context) {
    const ids = await ctx.loaders.approversOfStep.load(step.id);
    return (await ctx.loaders.user.loadMany(ids)).filter((u) => u && !(u instanceof Error));
  }

  @FieldResolver(() => Boolean, { description: 'You may decide this step now' })
  async viewerCanDecide(@Root() step: ApprovalStep, @Ctx() ctx: Context) {
    return step.status === 'ACTIVE' && (await ctx.loaders.approversOfStep.load(step.id)).includes(viewerOf(ctx).userId);
  }

  @FieldResolver(() => Contract, { nullable: true, description: 'The contract (of the receivable), when you can see it' })
  contract(@Root() step: ApprovalStep, @Ctx() ctx: Context) {
    return ctx.loaders.contract.load(step.contractId);
  }

  @FieldResolver(() => Receivable, { nullable: true, description: 'For RECEIVABLE approvals: the receivable' })
  receivable(@Root() step: ApprovalStep, @Ctx() ctx: Context) {
    return step.documentType === ApprovalDocumentType.RECEIVABLE ? ctx.loaders.receivable.load(step.documentId) : null;
  }
}

@Resolver(() => Approval)
export class ApprovalFieldsResolver {
  @FieldResolver(() => UserSummary, { nullable: true })
  submitter(@Root() approval: Approval, @Ctx() ctx: Context) {
    return ctx.loaders.user.load(approval.submitterId);
  }

  @FieldResolver(() => Contract, { nullable: true, description: 'The contract (of the receivable), when you can see it' })
  contract(@Root() approval: Approval, @Ctx() ctx: Context) {
    return ctx.loaders.contract.load(approval.contractId);
  }

  @FieldResolver(() => Receivable, { nullable: true, description: 'For RECEIVABLE approvals: the receivable' })
  receivable(@Root() approval: Approval, @Ctx() ctx: Context) {
    return approval.documentType === ApprovalDocumentType.RECEIVABLE ? ctx.loaders.receivable.load(approval.documentId) : null;
  }

  @FieldResolver(() => [ApprovalStep], { description: 'Steps in order, with their decisions and comments' })
  steps(@Root() approval: Approval, @Ctx() ctx: Context) {
    return ctx.loaders.stepsOfApproval.load(approval.id);
  }
}
