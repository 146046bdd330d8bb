// Custom field definitions (read by every form and list; changed by system:customField) and their values on records.
import { Arg, ClassType, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { CUSTOM_FIELD_MODULES, CustomFieldModule, createCustomField, customFieldsOf, reorderCustomFields, updateCustomField } from '@/lib/custom-field';
import { visibleCustomValues } from '@/lib/custom-field/visible-values';
import { CUSTOM_FIELD_PREFIX, fieldMode } from '@/lib/fields/field-modes';
import { FieldModeEnum } from '../fields/field.types';
import { dictionaries, optionRows, viewsOf } from '@/lib/dictionary';
import type { Context } from '../context';
import { viewerOf } from '../context';
import { DictionaryOptionType } from '../dictionary/dictionary.types';
import { CreateCustomFieldInput, CustomFieldDefinition, CustomFieldValueType, UpdateCustomFieldInput } from './custom-field.types';

@Resolver(() => CustomFieldDefinition)
export class CustomFieldResolver {
  @Query(() => [CustomFieldDefinition], { description: "A module's custom fields in form order (disabled ones when asked)" })
  customFields(@Ctx() ctx: Context, @Arg('module', () => String) module: string, @Arg('withDisabled', () => Boolean, { nullable: true }) withDisabled?: boolean) {
    return customFieldsOf(ctx.db.manager, module, !!withDisabled);
  }

  @FieldResolver(() => [DictionaryOptionType], { description: 'Choice fields: the options (disabled ones too, flagged)' })
  async options(@Root() field: CustomFieldDefinition, @Ctx() ctx: Context) {
    if (!field.dictionaryKind) return [];
    if (!field.dictionaryKind.startsWith('field:')) return (await dictionaries(ctx.db.manager, [field.dictionaryKind]))[0]?.options ?? [];
    return viewsOf(await optionRows(ctx.db.manager, [field.dictionaryKind]));
  }

  @FieldResolver(() => FieldModeEnum, { description: "Your mode of this field under your roles' field permissions (字段权限)" })
  viewerMode(@Root() field: CustomFieldDefinition, @Ctx() ctx: Context): FieldModeEnum {
    return fieldMode(ctx.viewer, field.module, `${CUSTOM_FIELD_PREFIX}${field.key}`) as FieldModeEnum;
  }

  @Mutation(() => CustomFieldDefinition, { description: 'Adds a custom field to a module (system:customField); audited' })
  createCustomField(@Ctx() ctx: Context, @Arg('input', () => CreateCustomFieldInput) input: CreateCustomFieldInput) {
    return createCustomField(ctx.db, viewerOf(ctx), input);
  }

  @Mutation(() => [CustomFieldDefinition], { description: "Puts a module's custom fields in a new order, all of them listed once (system:customField); audited" })
  reorderCustomFields(@Ctx() ctx: Context, @Arg('module', () => String) module: string, @Arg('ids', () => [ID]) ids: string[]) {
    return reorderCustomFields(ctx.db, viewerOf(ctx), module, ids);
  }

  @Mutation(() => CustomFieldDefinition, { description: 'Relabels, requires, reorders, disables or enables a custom field (system:customField); never deletes' })
  updateCustomField(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('input', () => UpdateCustomFieldInput) input: UpdateCustomFieldInput) {
    return updateCustomField(ctx.db, viewerOf(ctx), id, input);
  }
}

/**
 * `customFields` on a module's record type: values of the enabled fields in form order (empty ones included), batched
 * per page, and only on records the viewer could already read (the parent resolver applied the scope); fields the
 * viewer's roles hide are left out, masked ones masked (字段权限).
 */
function customFieldsResolverOf(module: CustomFieldModule) {
  const entity = CUSTOM_FIELD_MODULES[module].entity as ClassType<{ id: number }>;
  @Resolver(() => entity)
  class CustomFieldsOfRecordResolver {
    @FieldResolver(() => [CustomFieldValueType], { description: 'Values of the enabled custom fields, in form order (empty ones included)' })
    async customFields(@Root() record: { id: number }, @Ctx() ctx: Context) {
      const views = await ctx.loaders.customValues.load(`${module}:${record.id}`);
      return visibleCustomValues(ctx.viewer, module, views).map((v) => Object.assign(new CustomFieldValueType(), v));
    }
  }
  return CustomFieldsOfRecordResolver;
}

export const customFieldsOfRecordResolvers = (Object.keys(CUSTOM_FIELD_MODULES) as CustomFieldModule[]).map(customFieldsResolverOf);
