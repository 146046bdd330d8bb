// Offboarding: preview a user's open records, then disable them and hand the records over (or release to the pool).
import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { OffboardingCounts as Counts, offboardUser, offboardingPreview, totalOf } from '@/lib/offboarding/offboarding.service';
import type { Context } from '../context';
import { viewerOf } from '../context';
import { OffboardUserInput, OffboardingPreview, OffboardingResult } from './offboarding.types';

const withTotal = (counts: Counts) => ({ ...counts, total: totalOf(counts) });

@Resolver()
export class OffboardingResolver {
  @Query(() => OffboardingPreview, { description: 'Counts of the records disabling this user would hand over (same permission as disableUser)' })
  async offboardingPreview(@Ctx() ctx: Context, @Arg('userId', () => ID) userId: string) {
    const preview = await offboardingPreview(ctx.db, viewerOf(ctx), userId);
    return { user: preview.user, records: withTotal(preview.records) };
  }

  @Mutation(() => OffboardingResult, { description: 'Disables the user and, in the same transaction, hands their records to a successor or releases their customers to the pool' })
  async offboardUser(@Ctx() ctx: Context, @Arg('input', () => OffboardUserInput) input: OffboardUserInput) {
    const result = await offboardUser(ctx.db, viewerOf(ctx), { ...input });
    return { ...result, transferred: withTotal(result.transferred), kept: withTotal(result.kept) };
  }
}
