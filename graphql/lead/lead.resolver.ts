// Lead queries and mutations: parse arguments, call one service function, return its result.
import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Lead } from '@/entities';
import { findLead, listLeads } from '@/lib/lead/lead.query';
import { createLead, deleteLeads, restoreLeads, updateLead } from '@/lib/lead/lead.service';
import { transferLeads } from '@/lib/lead/lead-transfer.service';
import { convertLeads } from '@/lib/lead/lead-conversion.service';
import { exportLeads } from '@/lib/lead/lead-export.service';
import type { Context } from '../context';
import { viewerOf } from '../context';
import { PageArgsInput, toConnection } from '../common/connection';
import { ExportFile } from '../common/export-file';
import { Heavy } from '../limits/operation-limits';
import { DeleteResult } from '../customer/customer.types';
import { ConvertLeadsInput, CreateLeadInput, ExportLeadsInput, LeadFilterInput, LeadOrderInput, TransferLeadsInput, UpdateLeadInput } from './lead.inputs';
import { LeadConnection } from './lead.types';

@Resolver(() => Lead)
export class LeadResolver {
  @Query(() => LeadConnection, { description: 'Leads in your read scope (the recycle bin with filter.deleted)' })
  async leads(
    @Ctx() ctx: Context,
    @Args(() => PageArgsInput) page: PageArgsInput,
    @Arg('filter', () => LeadFilterInput, { nullable: true }) filter?: LeadFilterInput,
    @Arg('orderBy', () => LeadOrderInput, { nullable: true }) orderBy?: LeadOrderInput,
  ) {
    return toConnection(await listLeads(ctx.db, viewerOf(ctx), filter ?? {}, orderBy, page));
  }

  @Query(() => Lead, { nullable: true, description: 'A lead in your read scope (live or deleted), or null' })
  lead(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return findLead(ctx.db.manager, viewerOf(ctx), Number(id));
  }

  @Mutation(() => Lead)
  createLead(@Ctx() ctx: Context, @Arg('input', () => CreateLeadInput) input: CreateLeadInput) {
    return createLead(ctx.db, viewerOf(ctx), { ...input });
  }

  @Mutation(() => Lead, { description: 'Refused (CONFLICT) for a converted lead: it is read-only' })
  updateLead(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('input', () => UpdateLeadInput) input: UpdateLeadInput) {
    return updateLead(ctx.db, viewerOf(ctx), Number(id), { ...input });
  }

  @Mutation(() => DeleteResult, { description: 'Moves leads to the recycle bin' })
  async deleteLeads(@Ctx() ctx: Context, @Arg('ids', () => [ID]) ids: string[]) {
    return { ids: (await deleteLeads(ctx.db, viewerOf(ctx), ids)).map(String) };
  }

  @Mutation(() => [Lead])
  restoreLeads(@Ctx() ctx: Context, @Arg('ids', () => [ID]) ids: string[]) {
    return restoreLeads(ctx.db, viewerOf(ctx), ids);
  }

  @Mutation(() => [Lead], { description: 'Gives leads to a colleague within your lead write scope' })
  transferLeads(@Ctx() ctx: Context, @Arg('input', () => TransferLeadsInput) input: TransferLeadsInput) {
    return transferLeads(ctx.db, viewerOf(ctx), { ids: input.ids, toUserId: Number(input.toUserId) });
  }

  @Mutation(() => [Lead], { description: 'One customer (and primary contact) per lead, all or nothing; a duplicate name is a CONFLICT listing every affected lead' })
  convertLeads(@Ctx() ctx: Context, @Arg('input', () => ConvertLeadsInput) input: ConvertLeadsInput) {
    const { opportunity, ...rest } = input;
    return convertLeads(ctx.db, viewerOf(ctx), {
      ...rest, opportunity: opportunity ? { ...opportunity, stageId: Number(opportunity.stageId), expectedCloseDate: opportunity.expectedCloseDate ?? '' } : null,
    });
  }

  @Mutation(() => ExportFile, { description: 'The selected leads, or all matching the filter, as CSV or .xlsx (audited)' })
  @Heavy()
  exportLeads(@Ctx() ctx: Context, @Arg('input', () => ExportLeadsInput) input: ExportLeadsInput) {
    return exportLeads(ctx.db, viewerOf(ctx), { ids: input.ids ?? null, filter: input.filter ? { ...input.filter } : null, orderBy: input.orderBy ?? null, format: input.format });
  }
}
