// Opportunity queries and mutations: parse arguments, call one service function, return its result.
import { Arg, Args, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Opportunity, OpportunityProgress, OpportunityStage } from '@/entities';
import { findOpportunity, listOpportunities, opportunitiesDueForFollowUp, opportunityBoard, OpportunityFilter } from '@/lib/opportunity/opportunity.query';
import {
  createOpportunity, deleteOpportunities, restoreOpportunities, updateOpportunity, updateOpportunityCategory,
} from '@/lib/opportunity/opportunity.service';
import { transferOpportunities } from '@/lib/opportunity/opportunity-transfer.service';
import { addOpportunityProgress } from '@/lib/opportunity/opportunity-progress.service';
import { createStage, listStages, updateStage } from '@/lib/opportunity/stage.service';
import { OpportunityFields } from '@/lib/opportunity/opportunity.validation';
import type { Context } from '../context';
import { viewerOf } from '../context';
import { PageArgsInput, toConnection } from '../common/connection';
import { DeleteResult } from '../customer/customer.types';
import {
  AddOpportunityProgressInput, CreateOpportunityInput, OpportunityFilterInput, OpportunityOrderInput, OpportunityStageInput,
  TransferOpportunitiesInput, UpdateOpportunityCategoryInput, UpdateOpportunityInput,
} from './opportunity.inputs';
import { OpportunityBoard, OpportunityConnection } from './opportunity.types';

const num = (value: string | null | undefined) => (value === undefined || value === null || value === '' ? null : Number(value));

function toFilter(f: OpportunityFilterInput | undefined): OpportunityFilter {
  const filter = f ?? {};
  return {
    ...filter, customerId: num(filter.customerId), ownerId: num(filter.ownerId), departmentId: num(filter.departmentId), stageId: num(filter.stageId),
  };
}

function toFields(input: UpdateOpportunityInput | CreateOpportunityInput): OpportunityFields {
  const { partnerCustomerId, stageId, ...rest } = input;
  return {
    ...rest,
    ...(partnerCustomerId !== undefined ? { partnerCustomerId: num(partnerCustomerId) } : {}),
    ...(stageId !== undefined ? { stageId: Number(stageId) } : {}),
  };
}

@Resolver(() => Opportunity)
export class OpportunityResolver {
  @Query(() => OpportunityConnection, { description: 'Opportunities in your read scope (the recycle bin with filter.deleted)' })
  async opportunities(
    @Ctx() ctx: Context,
    @Args(() => PageArgsInput) page: PageArgsInput,
    @Arg('filter', () => OpportunityFilterInput, { nullable: true }) filter?: OpportunityFilterInput,
    @Arg('orderBy', () => OpportunityOrderInput, { nullable: true }) orderBy?: OpportunityOrderInput,
  ) {
    return toConnection(await listOpportunities(ctx.db, viewerOf(ctx), toFilter(filter), orderBy, page));
  }

  @Query(() => Opportunity, { nullable: true, description: 'An opportunity in your read scope (live or deleted), or null' })
  opportunity(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return findOpportunity(ctx.db.manager, viewerOf(ctx), Number(id), null);
  }

  @Query(() => OpportunityBoard, { description: 'The pipeline by stage: count, exact amount sum and the first cards of each column' })
  opportunityBoard(
    @Ctx() ctx: Context,
    @Arg('filter', () => OpportunityFilterInput, { nullable: true }) filter?: OpportunityFilterInput,
    @Arg('cardsPerColumn', () => Int, { defaultValue: 10 }) cardsPerColumn?: number,
  ) {
    return opportunityBoard(ctx.db, viewerOf(ctx), toFilter(filter), cardsPerColumn ?? 10);
  }

  @Query(() => OpportunityConnection, { description: 'Open opportunities in your scope whose follow-up is due (7 / 15 days without progress)' })
  async opportunitiesDueForFollowUp(@Ctx() ctx: Context, @Args(() => PageArgsInput) page: PageArgsInput) {
    return toConnection(await opportunitiesDueForFollowUp(ctx.db, viewerOf(ctx), page));
  }

  @Query(() => [OpportunityStage], { description: 'Every stage by number, disabled ones included' })
  opportunityStages(@Ctx() ctx: Context) {
    return listStages(ctx.db.manager);
  }

  @Mutation(() => Opportunity)
  createOpportunity(@Ctx() ctx: Context, @Arg('input', () => CreateOpportunityInput) input: CreateOpportunityInput) {
    return createOpportunity(ctx.db, viewerOf(ctx), {
      ...toFields(input), customerId: Number(input.customerId), category: input.category, stageId: Number(input.stageId),
      expectedCloseDate: input.expectedCloseDate as string, lostReason: input.lostReason,
    });
  }

  @Mutation(() => Opportunity)
  updateOpportunity(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('input', () => UpdateOpportunityInput) input: UpdateOpportunityInput) {
    return updateOpportunity(ctx.db, viewerOf(ctx), Number(id), toFields(input));
  }

  @Mutation(() => Opportunity, { description: 'Changes the category with its stage and expected close date (and the reason for LOST)' })
  updateOpportunityCategory(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('input', () => UpdateOpportunityCategoryInput) input: UpdateOpportunityCategoryInput) {
    return updateOpportunityCategory(ctx.db, viewerOf(ctx), Number(id), {
      category: input.category, stageId: Number(input.stageId), expectedCloseDate: input.expectedCloseDate as string, lostReason: input.lostReason,
    });
  }

  @Mutation(() => DeleteResult, { description: 'Moves opportunities to the recycle bin' })
  async deleteOpportunities(@Ctx() ctx: Context, @Arg('ids', () => [ID]) ids: string[]) {
    return { ids: (await deleteOpportunities(ctx.db, viewerOf(ctx), ids)).map(String) };
  }

  @Mutation(() => [Opportunity])
  restoreOpportunities(@Ctx() ctx: Context, @Arg('ids', () => [ID]) ids: string[]) {
    return restoreOpportunities(ctx.db, viewerOf(ctx), ids);
  }

  @Mutation(() => [Opportunity])
  transferOpportunities(@Ctx() ctx: Context, @Arg('input', () => TransferOpportunitiesInput) input: TransferOpportunitiesInput) {
    return transferOpportunities(ctx.db, viewerOf(ctx), { ids: input.ids, toUserId: Number(input.toUserId) });
  }

  @Mutation(() => OpportunityProgress)
  addOpportunityProgress(@Ctx() ctx: Context, @Arg('input', () => AddOpportunityProgressInput) input: AddOpportunityProgressInput) {
    return addOpportunityProgress(ctx.db, viewerOf(ctx), { ...input, opportunityId: Number(input.opportunityId) });
  }

  @Mutation(() => OpportunityStage)
  createOpportunityStage(@Ctx() ctx: Context, @Arg('input', () => OpportunityStageInput) input: OpportunityStageInput) {
    return createStage(ctx.db, viewerOf(ctx), { ...input });
  }

  @Mutation(() => OpportunityStage)
  updateOpportunityStage(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('input', () => OpportunityStageInput) input: OpportunityStageInput) {
    return updateStage(ctx.db, viewerOf(ctx), Number(id), { ...input });
  }
}
