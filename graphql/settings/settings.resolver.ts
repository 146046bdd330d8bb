// Numbering rules and reminder cadences: parse arguments, call lib/numbering and lib/cadence with the viewer.
import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { numberingRules, updateNumberingRule } from '@/lib/numbering/numbering.service';
import type { NumberingRuleInput } from '@/lib/numbering/numbering.service';
import { cadences, updateCadences } from '@/lib/cadence/cadence.settings';
import type { Context } from '../context';
import { viewerOf } from '../context';
import { CadenceSettingsType, NumberingRuleType, UpdateCadenceSettingsInput, UpdateNumberingRuleInput } from './settings.types';

@Resolver()
export class SettingsResolver {
  @Query(() => [NumberingRuleType], { description: 'The numbering rule of every numbered record type (system:numbering)' })
  numberingRules(@Ctx() ctx: Context) { return numberingRules(ctx.db.manager); }

  @Mutation(() => NumberingRuleType, { description: 'Changes a record type’s numbering pattern for new numbers (system:numbering); audited' })
  updateNumberingRule(
    @Ctx() ctx: Context,
    @Arg('module', () => String) module: string,
    @Arg('input', () => UpdateNumberingRuleInput) input: UpdateNumberingRuleInput,
  ) {
    return updateNumberingRule(ctx.db, viewerOf(ctx), module, input as NumberingRuleInput);
  }

  @Query(() => CadenceSettingsType, { description: 'The reminder cadences in force (every signed-in user: forms show the defaults)' })
  cadenceSettings(@Ctx() ctx: Context) { return cadences(ctx.db.manager); }

  @Mutation(() => CadenceSettingsType, { description: 'Changes the reminder cadences (system:settings); audited; re-times open opportunities' })
  updateCadenceSettings(@Ctx() ctx: Context, @Arg('input', () => UpdateCadenceSettingsInput) input: UpdateCadenceSettingsInput) {
    return updateCadences(ctx.db, viewerOf(ctx), input);
  }
}
