// Contact queries, mutations and nested fields.
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Contact, Customer } from '@/entities';
import { createContact, deleteContacts, findContact, listContacts, restoreContacts, updateContact } from '@/lib/contact/contact.service';
import type { Context } from '../context';
import { viewerOf } from '../context';
import { Connection, PageArgsInput, toConnection } from '../common/connection';
import { UserSummary } from '../common/user-summary';
import { DeleteResult } from '../customer/customer.types';
import { ContactFilterInput, CreateContactInput, UpdateContactInput } from './contact.inputs';

@ObjectType('ContactConnection')
export class ContactConnection extends Connection(Contact, 'Contact') {}

@Resolver(() => Contact)
export class ContactResolver {
  @Query(() => ContactConnection)
  async contacts(@Ctx() ctx: Context, @Args(() => PageArgsInput) page: PageArgsInput, @Arg('filter', () => ContactFilterInput, { nullable: true }) filter?: ContactFilterInput) {
    const f = filter ?? {};
    return toConnection(await listContacts(ctx.db, viewerOf(ctx), { ...f, customerId: f.customerId ? Number(f.customerId) : null }, page));
  }

  @Query(() => Contact, { nullable: true })
  contact(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return findContact(ctx.db.manager, viewerOf(ctx), Number(id));
  }

  @Mutation(() => Contact)
  createContact(@Ctx() ctx: Context, @Arg('input', () => CreateContactInput) input: CreateContactInput) {
    const { customerId, ...fields } = input;
    return createContact(ctx.db, viewerOf(ctx), Number(customerId), fields);
  }

  @Mutation(() => Contact)
  updateContact(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('input', () => UpdateContactInput) input: UpdateContactInput) {
    return updateContact(ctx.db, viewerOf(ctx), Number(id), { ...input });
  }

  @Mutation(() => DeleteResult)
  async deleteContacts(@Ctx() ctx: Context, @Arg('ids', () => [ID]) ids: string[]) {
    return { ids: (await deleteContacts(ctx.db, viewerOf(ctx), ids)).map(String) };
  }

  @Mutation(() => [Contact])
  restoreContacts(@Ctx() ctx: Context, @Arg('ids', () => [ID]) ids: string[]) {
    return restoreContacts(ctx.db, viewerOf(ctx), ids);
  }

  @FieldResolver(() => Customer, { nullable: true, description: 'null when the customer is outside your scope' })
  customer(@Root() contact: Contact, @Ctx() ctx: Context) {
    return ctx.loaders.customer.load(contact.customerId);
  }

  @FieldResolver(() => UserSummary, { nullable: true })
  owner(@Root() contact: Contact, @Ctx() ctx: Context) {
    return contact.ownerId ? ctx.loaders.user.load(contact.ownerId) : null;
  }
}
