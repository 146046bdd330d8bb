// Custom field definitions (read by every form and list; changed by system:customField) and their values on records.
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Contact, Contract, Customer, Lead, Opportunity } from '@/entities';
import { createCustomField, customFieldsOf, updateCustomField } from '@/lib/custom-field';
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

  @Mutation(() => CustomFieldDefinition, { description: 'Adds a custom field to a module (system:customField); audited' })
  createCustomField(@Ctx() ctx: Context, @Arg('input', () => CreateCustomFieldInput) input: CreateCustomFieldInput) {
    return createCustomField(ctx.db, viewerOf(ctx), input);
  }

  @Mutation(() => CustomFieldDefinition, { description: 'Relabels, requires, reorders, disables or enables a custom field (system:customField); never deletes' })
  updateCustomField(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('input', () => UpdateCustomFieldInput) input: UpdateCustomFieldInput) {
    return updateCustomField(ctx.db, viewerOf(ctx), id, input);
  }
}

const DESCRIPTION = 'Values of the enabled custom fields, in form order (empty ones included)';

/** The values on a record: batched per page, and only on records the viewer could already read. */
async function valuesOf(ctx: Context, module: string, id: number) {
  const views = await ctx.loaders.customValues.load(`${module}:${id}`);
  return views.map((v) => Object.assign(new CustomFieldValueType(), v));
}

@Resolver(() => Customer)
export class CustomerCustomFieldsResolver {
  @FieldResolver(() => [CustomFieldValueType], { description: DESCRIPTION })
  customFields(@Root() customer: Customer, @Ctx() ctx: Context) { return valuesOf(ctx, 'customer', customer.id); }
}

@Resolver(() => Contact)
export class ContactCustomFieldsResolver {
  @FieldResolver(() => [CustomFieldValueType], { description: DESCRIPTION })
  customFields(@Root() contact: Contact, @Ctx() ctx: Context) { return valuesOf(ctx, 'contact', contact.id); }
}

@Resolver(() => Lead)
export class LeadCustomFieldsResolver {
  @FieldResolver(() => [CustomFieldValueType], { description: DESCRIPTION })
  customFields(@Root() lead: Lead, @Ctx() ctx: Context) { return valuesOf(ctx, 'lead', lead.id); }
}

@Resolver(() => Opportunity)
export class OpportunityCustomFieldsResolver {
  @FieldResolver(() => [CustomFieldValueType], { description: DESCRIPTION })
  customFields(@Root() opportunity: Opportunity, @Ctx() ctx: Context) { return valuesOf(ctx, 'opportunity', opportunity.id); }
}

@Resolver(() => Contract)
export class ContractCustomFieldsResolver {
  @FieldResolver(() => [CustomFieldValueType], { description: DESCRIPTION })
  customFields(@Root() contract: Contract, @Ctx() ctx: Context) { return valuesOf(ctx, 'contract', contract.id); }
}
