// Receivable queries, the createReceivable mutation, and a receivable's nested fields (all through the
// contract's scope).
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Approval, Contract, PaymentPlan, Receivable } from '@/entities';
import { ApprovalDocumentType } from '@/entities/approval-flow.entity';
import { findReceivable, listReceivables } from '@/lib/receivable/receivable.query';
import { createReceivable, deleteReceivables } from '@/lib/receivable/receivable.service';
import type { Context } from '../context';
import { viewerOf } from '../context';
import { PageArgsInput, toConnection } from '../common/connection';
import { UserSummary } from '../common/user-summary';
import { ReceivableConnection } from '../contract/contract.types';
import { DeleteResult } from '../customer/customer.types';
import { CreateReceivableInput, ReceivableFilterInput, ReceivableOrderInput } from './receivable.inputs';

const optionalId = (value: string | null | undefined) => (value ? Number(value) : null);

@Resolver(() => Receivable)
export class ReceivableResolver {
  @Query(() => ReceivableConnection, { description: 'Receivables of the contracts you can see' })
  async receivables(
    @Ctx() ctx: Context,
    @Args(() => PageArgsInput) page: PageArgsInput,
    @Arg('filter', () => ReceivableFilterInput, { nullable: true }) filter?: ReceivableFilterInput,
    @Arg('orderBy', () => ReceivableOrderInput, { nullable: true }) orderBy?: ReceivableOrderInput,
  ) {
    const f = filter ?? {};
    return toConnection(await listReceivables(ctx.db, viewerOf(ctx), {
      ...f, contractId: optionalId(f.contractId), customerId: optionalId(f.customerId), planId: optionalId(f.planId),
    }, orderBy, page));
  }

  @Query(() => Receivable, { nullable: true, description: 'A receivable of a contract you can see, or null' })
  receivable(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return findReceivable(ctx.db.manager, viewerOf(ctx), Number(id));
  }

  @Mutation(() => Receivable, { description: 'Records money received on an APPROVED contract (approved at once, or through the RECEIVABLE flow)' })
  createReceivable(@Ctx() ctx: Context, @Arg('input', () => CreateReceivableInput) input: CreateReceivableInput) {
    return createReceivable(ctx.db, viewerOf(ctx), { ...input, contractId: Number(input.contractId), planId: optionalId(input.planId) });
  }

  @Mutation(() => DeleteResult, { description: 'Moves REJECTED receivables to the recycle bin (approved and pending ones are never deleted); restored there' })
  async deleteReceivables(@Ctx() ctx: Context, @Arg('ids', () => [ID]) ids: string[]) {
    return { ids: (await deleteReceivables(ctx.db, viewerOf(ctx), ids)).map(String) };
  }

  @FieldResolver(() => Contract, { nullable: true })
  contract(@Root() receivable: Receivable, @Ctx() ctx: Context) {
    return ctx.loaders.contract.load(receivable.contractId);
  }

  @FieldResolver(() => PaymentPlan, { nullable: true })
  async plan(@Root() receivable: Receivable, @Ctx() ctx: Context) {
    if (!receivable.planId) return null;
    return (await ctx.loaders.paymentPlansOfContract.load(receivable.contractId)).find((p) => p.id === receivable.planId) ?? null;
  }

  @FieldResolver(() => UserSummary, { nullable: true })
  recordedBy(@Root() receivable: Receivable, @Ctx() ctx: Context) {
    return ctx.loaders.user.load(receivable.recordedById);
  }

  @FieldResolver(() => [Approval], { description: 'Approval runs of this receivable, newest first' })
  approvals(@Root() receivable: Receivable, @Ctx() ctx: Context) {
    return ctx.loaders.approvalsOfDocument.load(`${ApprovalDocumentType.RECEIVABLE}:${receivable.id}`);
  }
}
