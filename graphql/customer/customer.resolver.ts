// Customer queries and mutations: parse arguments, call one service function, return its result.
import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Customer, CustomerTeamMember } from '@/entities';
import { findCustomer, listCustomers } from '@/lib/customer/customer.query';
import { createCustomer, deleteCustomers, restoreCustomers, setCustomersLocked, updateCustomer } from '@/lib/customer/customer.service';
import { transferCustomers } from '@/lib/customer/customer-transfer.service';
import { removeTeamMember, setTeamMember } from '@/lib/customer/customer-team.service';
import type { Context } from '../context';
import { viewerOf } from '../context';
import { PageArgsInput, toConnection } from '../common/connection';
import { CreateCustomerInput, CustomerFilterInput, CustomerOrderInput, TransferCustomersInput, UpdateCustomerInput } from './customer.inputs';
import { CustomerConnection, DeleteResult } from './customer.types';

@Resolver(() => Customer)
export class CustomerResolver {
  @Query(() => CustomerConnection, { description: 'Customers in your read scope (the recycle bin with filter.deleted)' })
  async customers(
    @Ctx() ctx: Context,
    @Args(() => PageArgsInput) page: PageArgsInput,
    @Arg('filter', () => CustomerFilterInput, { nullable: true }) filter?: CustomerFilterInput,
    @Arg('orderBy', () => CustomerOrderInput, { nullable: true }) orderBy?: CustomerOrderInput,
  ) {
    return toConnection(await listCustomers(ctx.db, viewerOf(ctx), filter ?? {}, orderBy, page));
  }

  @Query(() => Customer, { nullable: true, description: 'A customer in your read scope, or null' })
  customer(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return findCustomer(ctx.db.manager, viewerOf(ctx), Number(id), null);
  }

  @Mutation(() => Customer)
  createCustomer(@Ctx() ctx: Context, @Arg('input', () => CreateCustomerInput) input: CreateCustomerInput) {
    return createCustomer(ctx.db, viewerOf(ctx), { ...input });
  }

  @Mutation(() => Customer)
  updateCustomer(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('input', () => UpdateCustomerInput) input: UpdateCustomerInput) {
    return updateCustomer(ctx.db, viewerOf(ctx), Number(id), { ...input });
  }

  @Mutation(() => DeleteResult, { description: 'Moves customers to the recycle bin' })
  async deleteCustomers(@Ctx() ctx: Context, @Arg('ids', () => [ID]) ids: string[]) {
    return { ids: (await deleteCustomers(ctx.db, viewerOf(ctx), ids)).map(String) };
  }

  @Mutation(() => [Customer])
  restoreCustomers(@Ctx() ctx: Context, @Arg('ids', () => [ID]) ids: string[]) {
    return restoreCustomers(ctx.db, viewerOf(ctx), ids);
  }

  @Mutation(() => [Customer])
  transferCustomers(@Ctx() ctx: Context, @Arg('input', () => TransferCustomersInput) input: TransferCustomersInput) {
    return transferCustomers(ctx.db, viewerOf(ctx), { ...input, toUserId: Number(input.toUserId) });
  }

  @Mutation(() => [Customer])
  lockCustomers(@Ctx() ctx: Context, @Arg('ids', () => [ID]) ids: string[]) {
    return setCustomersLocked(ctx.db, viewerOf(ctx), ids, true);
  }

  @Mutation(() => [Customer])
  unlockCustomers(@Ctx() ctx: Context, @Arg('ids', () => [ID]) ids: string[]) {
    return setCustomersLocked(ctx.db, viewerOf(ctx), ids, false);
  }

  @Mutation(() => CustomerTeamMember, { description: 'Adds a colleague to the team, or changes their can-edit flag' })
  setCustomerTeamMember(
    @Ctx() ctx: Context, @Arg('customerId', () => ID) customerId: string, @Arg('userId', () => ID) userId: string,
    @Arg('canEdit', () => Boolean, { defaultValue: false }) canEdit: boolean,
  ) {
    return setTeamMember(ctx.db, viewerOf(ctx), Number(customerId), Number(userId), canEdit);
  }

  @Mutation(() => Boolean)
  removeCustomerTeamMember(@Ctx() ctx: Context, @Arg('customerId', () => ID) customerId: string, @Arg('userId', () => ID) userId: string) {
    return removeTeamMember(ctx.db, viewerOf(ctx), Number(customerId), Number(userId));
  }
}
