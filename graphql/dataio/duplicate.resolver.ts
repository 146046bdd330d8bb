// 查重: the duplicate search across the whole company (lib/duplicate).
import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { searchDuplicates } from '@/lib/duplicate/duplicate-search';
import type { Context } from '../context';
import { viewerOf } from '../context';
import { DuplicateCustomer, DuplicateSearchInput } from './duplicate.types';

@Resolver()
export class DuplicateResolver {
  @Query(() => [DuplicateCustomer], { description: '查重: customers of the whole company with this name, phone or e-mail — code, name, owner and department only' })
  async duplicateCustomers(@Ctx() ctx: Context, @Arg('input', () => DuplicateSearchInput) input: DuplicateSearchInput) {
    const me = viewerOf(ctx).userId;
    // The owner's id stays here: the viewer learns only whether the customer is theirs.
    return (await searchDuplicates(ctx.db.manager, { ...input })).map(({ ownerId, ...hit }) => ({ ...hit, viewerIsOwner: ownerId === me }));
  }
}
