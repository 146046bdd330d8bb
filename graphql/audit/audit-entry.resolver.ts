// Fields of an audit entry: the actor, the recorded changes as JSON text, and the people those changes name.
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { AuditLog, User } from '@/entities';
import { redactChanges } from '@/lib/fields/field-rules';
import { userIdsInChanges } from '@/lib/audit/audit-people';
import type { Context } from '../context';
import { UserSummary } from '../common/user-summary';

@Resolver(() => AuditLog)
export class AuditEntryResolver {
  @FieldResolver(() => UserSummary, { nullable: true })
  actor(@Root() entry: AuditLog, @Ctx() ctx: Context) {
    return entry.actorId ? ctx.loaders.user.load(entry.actorId) : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'JSON: { field: [before, after] } for updates, a summary otherwise; fields hidden from you are left out, masked ones masked' })
  changes(@Root() entry: AuditLog, @Ctx() ctx: Context) {
    const changes = redactChanges(ctx.viewer, entry.entityType, entry.changes);
    return changes ? JSON.stringify(changes) : null;
  }

  @FieldResolver(() => [UserSummary], { description: 'The people the changes name by id (owner, assignee, successor, …), to show them by name' })
  async people(@Root() entry: AuditLog, @Ctx() ctx: Context) {
    const ids = userIdsInChanges(redactChanges(ctx.viewer, entry.entityType, entry.changes));
    return (await ctx.loaders.user.loadMany(ids)).filter((u): u is User => !!u && !(u instanceof Error));
  }
}
