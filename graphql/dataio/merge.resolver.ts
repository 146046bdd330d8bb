// 合并客户: merges duplicates into the earliest created one (lib/customer/customer-merge.service.ts).
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { mergeCustomers } from '@/lib/customer/customer-merge.service';
import type { Context } from '../context';
import { viewerOf } from '../context';
import { MergeCustomersInput, MergeCustomersResult } from './merge.types';

@Resolver()
export class MergeResolver {
  @Mutation(() => MergeCustomersResult, { description: 'Merges duplicate customers into the earliest created one, field by field; the others go to the recycle bin' })
  async mergeCustomers(@Ctx() ctx: Context, @Arg('input', () => MergeCustomersInput) input: MergeCustomersInput) {
    const result = await mergeCustomers(ctx.db, viewerOf(ctx), { ids: input.ids, choices: input.choices?.map((c) => ({ ...c })) });
    return { kept: result.kept, mergedIds: result.mergedIds.map(String) };
  }
}
