// Nested fields of opportunities, their lines and progress, and Customer.opportunities: batched and scoped.
import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { AuditLog, Contact, Customer, Opportunity, OpportunityLine, OpportunityProgress, OpportunityStage, Product } from '@/entities';
import { hasPermission } from '@/lib/access';
import type { Context } from '../context';
import { viewerOf } from '../context';
import { UserSummary } from '../common/user-summary';

@Resolver(() => Opportunity)
export class OpportunityFieldsResolver {
  @FieldResolver(() => Customer, { nullable: true, description: 'null when the customer is outside your scope' })
  customer(@Root() o: Opportunity, @Ctx() ctx: Context) {
    return ctx.loaders.customer.load(o.customerId);
  }

  @FieldResolver(() => Customer, { nullable: true, description: 'The distributor partner, when set and visible to you' })
  partnerCustomer(@Root() o: Opportunity, @Ctx() ctx: Context) {
    return o.partnerCustomerId ? ctx.loaders.customer.load(o.partnerCustomerId) : null;
  }

  @FieldResolver(() => UserSummary, { nullable: true })
  owner(@Root() o: Opportunity, @Ctx() ctx: Context) {
    return ctx.loaders.user.load(o.ownerId);
  }

  @FieldResolver(() => UserSummary, { nullable: true })
  createdBy(@Root() o: Opportunity, @Ctx() ctx: Context) {
    return ctx.loaders.user.load(o.createdById);
  }

  @FieldResolver(() => OpportunityStage)
  stage(@Root() o: Opportunity, @Ctx() ctx: Context) {
    return ctx.loaders.opportunityStage.load(o.stageId);
  }

  @FieldResolver(() => Int, { description: "The stage's win probability in percent" })
  async probability(@Root() o: Opportunity, @Ctx() ctx: Context) {
    return (await ctx.loaders.opportunityStage.load(o.stageId))?.probability ?? 0;
  }

  @FieldResolver(() => [OpportunityLine])
  products(@Root() o: Opportunity, @Ctx() ctx: Context) {
    return ctx.loaders.opportunityLines.load(o.id);
  }

  @FieldResolver(() => [Contact], { description: 'Contacts on the deal that you may see' })
  contacts(@Root() o: Opportunity, @Ctx() ctx: Context) {
    return ctx.loaders.opportunityContacts.load(o.id);
  }

  @FieldResolver(() => [OpportunityProgress], { description: 'Progress records, newest first' })
  progress(@Root() o: Opportunity, @Ctx() ctx: Context) {
    return ctx.loaders.opportunityProgress.load(o.id);
  }

  @FieldResolver(() => Boolean, { description: 'You may edit it (owner scope or can-edit customer team member)' })
  viewerCanEdit(@Root() o: Opportunity, @Ctx() ctx: Context) {
    return ctx.loaders.opportunityAccess.load(o.id).then((a) => a.edit);
  }

  @FieldResolver(() => Boolean, { description: 'You may delete and restore it' })
  viewerCanManage(@Root() o: Opportunity, @Ctx() ctx: Context) {
    return ctx.loaders.opportunityAccess.load(o.id).then((a) => a.manage);
  }

  @FieldResolver(() => Boolean, { description: 'You may transfer it to a colleague (opportunity:transfer, your transfer scope; not in the recycle bin)' })
  viewerCanTransfer(@Root() o: Opportunity, @Ctx() ctx: Context) {
    if (o.deletedAt || !hasPermission(viewerOf(ctx), 'opportunity:transfer')) return false;
    return ctx.loaders.opportunityTransferable.load(o.id);
  }

  @FieldResolver(() => [AuditLog], { description: 'Audit history of the opportunity, newest first' })
  history(@Root() o: Opportunity, @Ctx() ctx: Context) {
    return ctx.db.manager.find(AuditLog, { where: { entityType: 'opportunity', entityId: o.id }, order: { createdAt: 'DESC', id: 'DESC' }, take: 200 });
  }
}

@Resolver(() => OpportunityLine)
export class OpportunityLineResolver {
  @FieldResolver(() => Product, { nullable: true })
  product(@Root() line: OpportunityLine, @Ctx() ctx: Context) {
    return ctx.loaders.product.load(line.productId);
  }
}

@Resolver(() => OpportunityProgress)
export class OpportunityProgressResolver {
  @FieldResolver(() => UserSummary, { nullable: true })
  author(@Root() p: OpportunityProgress, @Ctx() ctx: Context) {
    return ctx.loaders.user.load(p.authorId);
  }

  @FieldResolver(() => OpportunityStage, { nullable: true })
  stage(@Root() p: OpportunityProgress, @Ctx() ctx: Context) {
    return p.stageId ? ctx.loaders.opportunityStage.load(p.stageId) : null;
  }
}

@Resolver(() => Customer)
export class CustomerOpportunitiesResolver {
  @FieldResolver(() => [Opportunity], { description: 'Live opportunities of this customer that you may see, newest first' })
  opportunities(@Root() customer: Customer, @Ctx() ctx: Context) {
    return ctx.loaders.opportunitiesOfCustomer.load(customer.id);
  }
}
