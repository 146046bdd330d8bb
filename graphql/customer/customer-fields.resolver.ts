// Customer's nested fields, all batched per request and all scoped (a hidden contact never appears).
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { AuditLog, Contact, Customer, CustomerTeamMember, Lead } from '@/entities';
import { hasPermission } from '@/lib/access';
import { customerHistory } from '@/lib/customer/customer-history';
import type { Context } from '../context';
import { viewerOf } from '../context';
import { UserSummary } from '../common/user-summary';

@Resolver(() => Customer)
export class CustomerFieldsResolver {
  @FieldResolver(() => UserSummary, { nullable: true, description: 'null while the customer is in the public pool' })
  owner(@Root() customer: Customer, @Ctx() ctx: Context) {
    return customer.ownerId ? ctx.loaders.user.load(customer.ownerId) : null;
  }

  @FieldResolver(() => UserSummary, { nullable: true })
  createdBy(@Root() customer: Customer, @Ctx() ctx: Context) {
    return ctx.loaders.user.load(customer.createdById);
  }

  @FieldResolver(() => [Contact], { description: 'Contacts of this customer that you may see' })
  contacts(@Root() customer: Customer, @Ctx() ctx: Context) {
    return ctx.loaders.contactsOfCustomer.load(customer.id);
  }

  @FieldResolver(() => [Lead], { description: 'The leads converted into this customer that you may see (the history names them)' })
  sourceLeads(@Root() customer: Customer, @Ctx() ctx: Context) {
    return ctx.loaders.leadsOfCustomer.load(customer.id);
  }

  @FieldResolver(() => [CustomerTeamMember])
  team(@Root() customer: Customer, @Ctx() ctx: Context) {
    return ctx.loaders.teamOfCustomer.load(customer.id);
  }

  @FieldResolver(() => Boolean, { description: 'You may edit its fields (owner scope or can-edit team member); never while in the recycle bin' })
  viewerCanEdit(@Root() customer: Customer, @Ctx() ctx: Context) {
    // updateCustomer answers NOT_FOUND for a customer in the recycle bin, so the flag must not promise it.
    if (customer.deletedAt) return false;
    return ctx.loaders.customerAccess.load(customer.id).then((a) => a.edit);
  }

  @FieldResolver(() => Boolean, { description: 'You may delete, lock it and manage its team' })
  viewerCanManage(@Root() customer: Customer, @Ctx() ctx: Context) {
    return ctx.loaders.customerAccess.load(customer.id).then((a) => a.manage);
  }

  @FieldResolver(() => Boolean, { description: 'You may transfer it to a colleague (customer:transfer, your transfer scope; not in the pool or recycle bin)' })
  viewerCanTransfer(@Root() customer: Customer, @Ctx() ctx: Context) {
    if (customer.deletedAt || customer.ownerId == null || !hasPermission(viewerOf(ctx), 'customer:transfer')) return false;
    return ctx.loaders.customerTransferable.load(customer.id);
  }

  @FieldResolver(() => [AuditLog], { description: 'Audit history of the customer and of its contacts you may see, newest first' })
  history(@Root() customer: Customer, @Ctx() ctx: Context) {
    return customerHistory(ctx.db.manager, viewerOf(ctx), customer.id);
  }
}

@Resolver(() => CustomerTeamMember)
export class CustomerTeamMemberResolver {
  @FieldResolver(() => UserSummary, { nullable: true })
  user(@Root() member: CustomerTeamMember, @Ctx() ctx: Context) {
    return ctx.loaders.user.load(member.userId);
  }
}
