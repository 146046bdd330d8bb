// Dictionary queries and administration: parse arguments, call lib/dictionary with the viewer, return the views.
import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { addDictionaryOption, dictionaries, reorderDictionaryOptions, updateDictionaryOption } from '@/lib/dictionary';
import type { Context } from '../context';
import { viewerOf } from '../context';
import { AddDictionaryOptionInput, DictionaryOptionType, DictionaryType, ReorderDictionaryOptionsInput, UpdateDictionaryOptionInput } from './dictionary.types';


@Resolver()
export class DictionaryResolver {
  @Query(() => [DictionaryType], { description: 'The data dictionaries (all, or those named) with every option, for forms, filters and reports' })
  dictionaries(@Ctx() ctx: Context, @Arg('kinds', () => [String], { nullable: true }) kinds?: string[]) {
    return dictionaries(ctx.db.manager, kinds ?? null);
  }

  @Mutation(() => DictionaryOptionType, { description: 'Adds an option at the end (system:dictionary); audited' })
  addDictionaryOption(@Ctx() ctx: Context, @Arg('input', () => AddDictionaryOptionInput) input: AddDictionaryOptionInput) {
    return addDictionaryOption(ctx.db, viewerOf(ctx), input);
  }

  @Mutation(() => DictionaryOptionType, { description: 'Renames, disables or enables an option (system:dictionary); options are never deleted' })
  updateDictionaryOption(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('input', () => UpdateDictionaryOptionInput) input: UpdateDictionaryOptionInput) {
    return updateDictionaryOption(ctx.db, viewerOf(ctx), id, input);
  }

  @Mutation(() => [DictionaryOptionType], { description: 'Puts the options under one parent in a new order (system:dictionary)' })
  reorderDictionaryOptions(@Ctx() ctx: Context, @Arg('input', () => ReorderDictionaryOptionsInput) input: ReorderDictionaryOptionsInput) {
    return reorderDictionaryOptions(ctx.db, viewerOf(ctx), input.kind, input.parentId, input.ids);
  }
}
