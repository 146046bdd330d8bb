// 申请归属: the request mutation, the requester's list, and the request behind an approval (lib/ownership).
import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Approval, ApprovalStep, Customer, OwnershipRequest } from '@/entities';
import { ApprovalDocumentType } from '@/entities/approval-flow.entity';
import { myOwnershipRequests, requestOwnership, viewsOf } from '@/lib/ownership/ownership.service';
import type { Context } from '../context';
import { viewerOf } from '../context';
import { UserSummary } from '../common/user-summary';
import { OwnershipRequestType, RequestOwnershipInput } from './ownership.types';

async function requestOf(ctx: Context, documentType: ApprovalDocumentType, documentId: number) {
  if (documentType !== ApprovalDocumentType.OWNERSHIP) return null;
  const request = await ctx.db.manager.findOneBy(OwnershipRequest, { id: documentId });
  return request ? (await viewsOf(ctx.db.manager, [request]))[0] : null;
}

@Resolver(() => OwnershipRequestType)
export class OwnershipRequestResolver {
  @Mutation(() => OwnershipRequestType, { description: "申请归属: asks the leaders for a colleague's customer found through 查重" })
  async requestOwnership(@Ctx() ctx: Context, @Arg('input', () => RequestOwnershipInput) input: RequestOwnershipInput) {
    const request = await requestOwnership(ctx.db, viewerOf(ctx), { ...input });
    return (await viewsOf(ctx.db.manager, [request]))[0];
  }

  @Query(() => [OwnershipRequestType], { description: 'Your ownership requests, newest first (at most 100)' })
  async myOwnershipRequests(@Ctx() ctx: Context) {
    return viewsOf(ctx.db.manager, await myOwnershipRequests(ctx.db.manager, viewerOf(ctx)));
  }

  @FieldResolver(() => UserSummary, { nullable: true })
  requester(@Root() request: OwnershipRequestType, @Ctx() ctx: Context) {
    return ctx.loaders.user.load(request.requesterId);
  }

  @FieldResolver(() => Customer, { nullable: true, description: 'The customer, when you can read it (the requester: once approved)' })
  customer(@Root() request: OwnershipRequestType, @Ctx() ctx: Context) {
    return ctx.loaders.customer.load(request.customerId);
  }
}

@Resolver(() => Approval)
export class ApprovalOwnershipResolver {
  @FieldResolver(() => OwnershipRequestType, { nullable: true, description: 'For OWNERSHIP approvals: the request' })
  ownershipRequest(@Root() approval: Approval, @Ctx() ctx: Context) {
    return requestOf(ctx, approval.documentType, approval.documentId);
  }
}

@Resolver(() => ApprovalStep)
export class ApprovalStepOwnershipResolver {
  @FieldResolver(() => OwnershipRequestType, { nullable: true, description: 'For OWNERSHIP approvals: the request' })
  ownershipRequest(@Root() step: ApprovalStep, @Ctx() ctx: Context) {
    return requestOf(ctx, step.documentType, step.documentId);
  }
}
