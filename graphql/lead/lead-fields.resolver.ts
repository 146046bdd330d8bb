// Lead's nested fields, batched per request and scoped: the converted customer shows only when you may read it.
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { AuditLog, Customer, Lead } from '@/entities';
import { LeadStatus } from '@/entities/lead.entity';
import { hasPermission } from '@/lib/access';
import { leadHistory } from '@/lib/lead/lead.query';
import type { Context } from '../context';
import { viewerOf } from '../context';
import { UserSummary } from '../common/user-summary';

@Resolver(() => Lead)
export class LeadFieldsResolver {
  @FieldResolver(() => UserSummary, { nullable: true })
  owner(@Root() lead: Lead, @Ctx() ctx: Context) {
    return ctx.loaders.user.load(lead.ownerId);
  }

  @FieldResolver(() => UserSummary, { nullable: true })
  createdBy(@Root() lead: Lead, @Ctx() ctx: Context) {
    return ctx.loaders.user.load(lead.createdById);
  }

  @FieldResolver(() => Customer, { nullable: true, description: 'The customer this lead became; null when not converted or not visible to you' })
  customer(@Root() lead: Lead, @Ctx() ctx: Context) {
    return lead.convertedCustomerId ? ctx.loaders.customer.load(lead.convertedCustomerId) : null;
  }

  @FieldResolver(() => Boolean, { description: 'You may change it: in your write scope and not converted' })
  async viewerCanEdit(@Root() lead: Lead, @Ctx() ctx: Context) {
    if (lead.status === LeadStatus.CONVERTED || lead.deletedAt) return false;
    return ctx.loaders.leadWritable.load(lead.id);
  }

  @FieldResolver(() => Boolean, { description: 'You may delete or restore it (your write scope)' })
  viewerCanManage(@Root() lead: Lead, @Ctx() ctx: Context) {
    return ctx.loaders.leadWritable.load(lead.id);
  }

  @FieldResolver(() => Boolean, { description: 'You may transfer it to a colleague (lead:transfer, your transfer scope; live and not converted)' })
  viewerCanTransfer(@Root() lead: Lead, @Ctx() ctx: Context) {
    if (lead.status === LeadStatus.CONVERTED || lead.deletedAt || !hasPermission(viewerOf(ctx), 'lead:transfer')) return false;
    return ctx.loaders.leadTransferable.load(lead.id);
  }

  @FieldResolver(() => [AuditLog], { description: 'Audit history of the lead, newest first' })
  history(@Root() lead: Lead, @Ctx() ctx: Context) {
    return leadHistory(ctx.db.manager, lead.id);
  }
}
