// Follow-up queries and mutations: parse arguments, call one service function, return its result.
import { Arg, Args, Ctx, ID, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { FollowUp } from '@/entities';
import { createFollowUp, deleteFollowUp, followUpParentTypes, updateFollowUp } from '@/lib/followup/followup.service';
import { listFollowUps } from '@/lib/followup/followup.query';
import type { Context } from '../context';
import { viewerOf } from '../context';
import { Connection, PageArgsInput, toConnection } from '../common/connection';
import { DeleteResult } from '../customer/customer.types';
import { CreateFollowUpInput, FollowUpFilterInput, FollowUpOrderInput, UpdateFollowUpInput } from './followup.inputs';

@ObjectType('FollowUpConnection')
export class FollowUpConnection extends Connection(FollowUp, 'FollowUp') {}

const num = (value: string | number | null | undefined) => (value === undefined || value === null || value === '' ? null : Number(value));

@Resolver(() => FollowUp)
export class FollowUpResolver {
  @Query(() => FollowUpConnection, { description: 'Follow-ups whose parent record you can see, newest contact first' })
  async followUps(
    @Ctx() ctx: Context,
    @Args(() => PageArgsInput) page: PageArgsInput,
    @Arg('filter', () => FollowUpFilterInput, { nullable: true }) filter?: FollowUpFilterInput,
    @Arg('orderBy', () => FollowUpOrderInput, { nullable: true }) orderBy?: FollowUpOrderInput,
  ) {
    const f = filter ?? {};
    return toConnection(await listFollowUps(ctx.db, viewerOf(ctx), {
      ...f, parentId: num(f.parentId), authorId: num(f.authorId), departmentId: num(f.departmentId),
    }, orderBy, page));
  }

  @Query(() => FollowUp, { nullable: true, description: 'A follow-up whose parent you can see, or null' })
  followUp(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    const n = Number(id);
    return Number.isSafeInteger(n) && n > 0 ? ctx.loaders.followUp.load(n) : null;
  }

  @Query(() => [String], { description: 'The record types follow-ups can be recorded on' })
  followUpParentTypes() {
    return followUpParentTypes();
  }

  @Mutation(() => FollowUp, { description: 'Records a contact on a record you can see (read access suffices)' })
  createFollowUp(@Ctx() ctx: Context, @Arg('input', () => CreateFollowUpInput) input: CreateFollowUpInput) {
    const { parentId, ...fields } = input;
    return createFollowUp(ctx.db, viewerOf(ctx), { ...fields, parentId: Number(parentId) });
  }

  @Mutation(() => FollowUp, { description: 'The author only, within the edit window, while nobody else has commented' })
  updateFollowUp(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('input', () => UpdateFollowUpInput) input: UpdateFollowUpInput) {
    return updateFollowUp(ctx.db, viewerOf(ctx), Number(id), { ...input });
  }

  @Mutation(() => DeleteResult, { description: 'Moves the follow-up to the recycle bin (same rules as updating)' })
  async deleteFollowUp(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return { ids: [String(await deleteFollowUp(ctx.db, viewerOf(ctx), Number(id)))] };
  }
}
