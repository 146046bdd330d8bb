// Contract and payment plan queries and mutations: parse arguments, call one service function, return its result.
import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Contract, PaymentPlan } from '@/entities';
import { findContract, listContracts } from '@/lib/contract/contract.query';
import { createContract, deleteContracts, transferContracts, updateContract, voidContract } from '@/lib/contract/contract.service';
import { submitContract } from '@/lib/contract/contract-submit.service';
import { createPaymentPlan, deletePaymentPlan, updatePaymentPlan } from '@/lib/contract/payment-plan.service';
import type { Context } from '../context';
import { viewerOf } from '../context';
import { PageArgsInput, toConnection } from '../common/connection';
import { DeleteResult } from '../customer/customer.types';
import {
  ContractFilterInput, ContractOrderInput, CreateContractInput, CreatePaymentPlanInput, TransferContractsInput, UpdateContractInput, UpdatePaymentPlanInput,
} from './contract.inputs';
import { ContractConnection } from './contract.types';

const optionalId = (value: string | null | undefined) => (value === undefined ? undefined : value === null ? null : Number(value));

@Resolver(() => Contract)
export class ContractResolver {
  @Query(() => ContractConnection, { description: 'Contracts you can see: your scope, your customer teams, and those you approve' })
  async contracts(
    @Ctx() ctx: Context,
    @Args(() => PageArgsInput) page: PageArgsInput,
    @Arg('filter', () => ContractFilterInput, { nullable: true }) filter?: ContractFilterInput,
    @Arg('orderBy', () => ContractOrderInput, { nullable: true }) orderBy?: ContractOrderInput,
  ) {
    const f = filter ?? {};
    return toConnection(await listContracts(ctx.db, viewerOf(ctx), {
      ...f, customerId: optionalId(f.customerId), opportunityId: optionalId(f.opportunityId), ownerId: optionalId(f.ownerId), departmentId: optionalId(f.departmentId),
    }, orderBy, page));
  }

  @Query(() => Contract, { nullable: true, description: 'A contract you can see, or null' })
  contract(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return findContract(ctx.db.manager, viewerOf(ctx), Number(id));
  }

  @Mutation(() => Contract, { description: 'A new DRAFT contract owned by you' })
  createContract(@Ctx() ctx: Context, @Arg('input', () => CreateContractInput) input: CreateContractInput) {
    return createContract(ctx.db, viewerOf(ctx), { ...input });
  }

  @Mutation(() => Contract, { description: 'Only DRAFT or REJECTED contracts can be edited' })
  updateContract(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('input', () => UpdateContractInput) input: UpdateContractInput) {
    return updateContract(ctx.db, viewerOf(ctx), Number(id), { ...input });
  }

  @Mutation(() => DeleteResult, { description: 'Moves DRAFT contracts to the recycle bin' })
  async deleteContracts(@Ctx() ctx: Context, @Arg('ids', () => [ID]) ids: string[]) {
    return { ids: (await deleteContracts(ctx.db, viewerOf(ctx), ids)).map(String) };
  }

  @Mutation(() => Contract, { description: 'Starts the approval flow (DRAFT or REJECTED → PENDING); without a configured flow the contract is APPROVED at once' })
  submitContract(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return submitContract(ctx.db, viewerOf(ctx), Number(id));
  }

  @Mutation(() => Contract, { description: 'APPROVED or REJECTED → VOID; refused while receivables exist' })
  voidContract(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('reason', () => String) reason: string) {
    return voidContract(ctx.db, viewerOf(ctx), Number(id), reason);
  }

  @Mutation(() => [Contract])
  transferContracts(@Ctx() ctx: Context, @Arg('input', () => TransferContractsInput) input: TransferContractsInput) {
    return transferContracts(ctx.db, viewerOf(ctx), { ids: input.ids, toUserId: Number(input.toUserId) });
  }

  @Mutation(() => PaymentPlan)
  createPaymentPlan(@Ctx() ctx: Context, @Arg('input', () => CreatePaymentPlanInput) input: CreatePaymentPlanInput) {
    const { contractId, ...fields } = input;
    return createPaymentPlan(ctx.db, viewerOf(ctx), Number(contractId), fields);
  }

  @Mutation(() => PaymentPlan)
  updatePaymentPlan(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('input', () => UpdatePaymentPlanInput) input: UpdatePaymentPlanInput) {
    return updatePaymentPlan(ctx.db, viewerOf(ctx), Number(id), { ...input });
  }

  @Mutation(() => ID, { description: 'Removes a plan nothing was received against' })
  async deletePaymentPlan(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return String(await deletePaymentPlan(ctx.db, viewerOf(ctx), Number(id)));
  }
}
