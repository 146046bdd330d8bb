// Nested fields of contracts, their lines and payment plans, and the contract fields of customers — all
// batched per request and all scoped (a customer or contract out of reach comes back null / absent).
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Approval, AuditLog, Contract, ContractLine, Customer, Opportunity, PaymentPlan, Receivable } from '@/entities';
import { ApprovalDocumentType } from '@/entities/approval-flow.entity';
import { ContractStatus } from '@/entities/contract.entity';
import { hasPermission } from '@/lib/access';
import { contractHistory } from '@/lib/contract/contract.query';
import { EDITABLE_STATUSES } from '@/lib/contract/contract.service';
import type { Context } from '../context';
import { viewerOf } from '../context';
import { UserSummary } from '../common/user-summary';

@Resolver(() => Contract)
export class ContractFieldsResolver {
  @FieldResolver(() => UserSummary, { nullable: true })
  owner(@Root() contract: Contract, @Ctx() ctx: Context) {
    return ctx.loaders.user.load(contract.ownerId);
  }

  @FieldResolver(() => UserSummary, { nullable: true })
  createdBy(@Root() contract: Contract, @Ctx() ctx: Context) {
    return ctx.loaders.user.load(contract.createdById);
  }

  @FieldResolver(() => Customer, { nullable: true, description: 'null when the customer is outside your scope' })
  customer(@Root() contract: Contract, @Ctx() ctx: Context) {
    return ctx.loaders.customer.load(contract.customerId);
  }

  @FieldResolver(() => Opportunity, { nullable: true, description: 'null when none, or outside your scope' })
  opportunity(@Root() contract: Contract, @Ctx() ctx: Context) {
    return contract.opportunityId ? ctx.loaders.opportunity.load(contract.opportunityId) : null;
  }

  @FieldResolver(() => [ContractLine])
  lines(@Root() contract: Contract, @Ctx() ctx: Context) {
    return ctx.loaders.contractLines.load(contract.id);
  }

  @FieldResolver(() => [PaymentPlan], { description: 'Payment plans by term' })
  paymentPlans(@Root() contract: Contract, @Ctx() ctx: Context) {
    return ctx.loaders.paymentPlansOfContract.load(contract.id);
  }

  @FieldResolver(() => [Receivable], { description: 'Receivables, newest first (pending and rejected ones included)' })
  receivables(@Root() contract: Contract, @Ctx() ctx: Context) {
    return ctx.loaders.receivablesOfContract.load(contract.id);
  }

  @FieldResolver(() => String, { description: 'Sum of the approved receivables (exact decimal)' })
  receivedAmount(@Root() contract: Contract, @Ctx() ctx: Context) {
    return ctx.loaders.contractAmounts.load(contract.id).then((a) => a.received);
  }

  @FieldResolver(() => String, { description: 'Amount minus the received amount (exact decimal)' })
  outstandingAmount(@Root() contract: Contract, @Ctx() ctx: Context) {
    return ctx.loaders.contractAmounts.load(contract.id).then((a) => a.outstanding);
  }

  @FieldResolver(() => [Approval], { description: 'Approval runs of this contract, newest first, each with its steps' })
  approvals(@Root() contract: Contract, @Ctx() ctx: Context) {
    return ctx.loaders.approvalsOfDocument.load(`${ApprovalDocumentType.CONTRACT}:${contract.id}`);
  }

  @FieldResolver(() => [AuditLog], { description: 'Audit history of the contract, its payment plans and receivables, newest first' })
  history(@Root() contract: Contract, @Ctx() ctx: Context) {
    return contractHistory(ctx.db.manager, contract.id);
  }

  @FieldResolver(() => Boolean, { description: 'You may edit it now (write scope, contract:update, DRAFT or REJECTED)' })
  async viewerCanEdit(@Root() contract: Contract, @Ctx() ctx: Context) {
    return EDITABLE_STATUSES.includes(contract.status) && hasPermission(viewerOf(ctx), 'contract:update') && (await ctx.loaders.contractAccess.load(contract.id)).edit;
  }

  @FieldResolver(() => Boolean, { description: 'You may submit it for approval now' })
  viewerCanSubmit(@Root() contract: Contract, @Ctx() ctx: Context) {
    return this.viewerCanEdit(contract, ctx);
  }

  @FieldResolver(() => Boolean, { description: 'You may void it now (APPROVED or REJECTED, no receivables)' })
  async viewerCanVoid(@Root() contract: Contract, @Ctx() ctx: Context) {
    if (contract.status !== ContractStatus.APPROVED && contract.status !== ContractStatus.REJECTED) return false;
    if (!hasPermission(viewerOf(ctx), 'contract:update') || !(await ctx.loaders.contractAccess.load(contract.id)).manage) return false;
    const receivables = await ctx.loaders.receivablesOfContract.load(contract.id);
    return !receivables.some((r) => r.status !== 'REJECTED');
  }

  @FieldResolver(() => Boolean, { description: 'You may add and change its payment plans (write scope, contract:update, not VOID)' })
  async viewerCanEditPlans(@Root() contract: Contract, @Ctx() ctx: Context) {
    return contract.status !== ContractStatus.VOID && hasPermission(viewerOf(ctx), 'contract:update') && (await ctx.loaders.contractAccess.load(contract.id)).edit;
  }

  @FieldResolver(() => Boolean, { description: 'You may record a receivable on it now (APPROVED, receivable:create, your receivable write scope)' })
  async viewerCanRecordReceivable(@Root() contract: Contract, @Ctx() ctx: Context) {
    return contract.status === ContractStatus.APPROVED && hasPermission(viewerOf(ctx), 'receivable:create') && ctx.loaders.receivableWritable.load(contract.id);
  }

  @FieldResolver(() => Boolean, { description: 'You may delete it now (DRAFT only)' })
  async viewerCanDelete(@Root() contract: Contract, @Ctx() ctx: Context) {
    return contract.status === ContractStatus.DRAFT && hasPermission(viewerOf(ctx), 'contract:delete') && (await ctx.loaders.contractAccess.load(contract.id)).manage;
  }

  @FieldResolver(() => Boolean, { description: 'You may transfer it to a colleague (contract:transfer, your transfer scope)' })
  async viewerCanTransfer(@Root() contract: Contract, @Ctx() ctx: Context) {
    return hasPermission(viewerOf(ctx), 'contract:transfer') && ctx.loaders.contractTransferable.load(contract.id);
  }
}

@Resolver(() => PaymentPlan)
export class PaymentPlanFieldsResolver {
  @FieldResolver(() => String, { description: 'Approved receivables recorded against this plan (exact decimal)' })
  receivedAmount(@Root() plan: PaymentPlan, @Ctx() ctx: Context) {
    return ctx.loaders.planReceived.load(plan.id);
  }
}

@Resolver(() => Customer)
export class CustomerContractFieldsResolver {
  @FieldResolver(() => [Contract], { description: 'Contracts of this customer that you may see, newest first' })
  contracts(@Root() customer: Customer, @Ctx() ctx: Context) {
    return ctx.loaders.contractsOfCustomer.load(customer.id);
  }

  @FieldResolver(() => String, { description: 'Approved receivables of the contracts of this customer that you may see (exact decimal)' })
  receivedAmount(@Root() customer: Customer, @Ctx() ctx: Context) {
    return ctx.loaders.customerReceived.load(customer.id);
  }
}
