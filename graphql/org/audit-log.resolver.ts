// Audit and login logs for administrators (system:audit). Business-record entries appear only when the
// record is in your read scope; system entries only with the matching system permission.
import { Arg, Args, Ctx, Field, ID, InputType, ObjectType, Query, Resolver } from 'type-graphql';
import { IsOptional, MaxLength } from 'class-validator';
import { AuditLog, LoginLog } from '@/entities';
import { listAuditLogs, listLoginLogs } from '@/lib/audit/audit.query';
import { idOrNull } from '@/lib/org/org.common';
import type { Context } from '../context';
import { viewerOf } from '../context';
import { Connection, PageArgsInput, toConnection } from '../common/connection';
import { DateRangeFields } from '../common/inputs';

@InputType('AuditLogFilter')
class AuditLogFilterInput extends DateRangeFields {
  @Field(() => String, { nullable: true, description: 'customer, contact, user, role, department, position, api_token, …' }) @IsOptional() @MaxLength(30) entityType?: string;
  @Field(() => ID, { nullable: true }) entityId?: string;
  @Field(() => ID, { nullable: true }) actorId?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(30) action?: string;
}

@InputType('LoginLogFilter')
class LoginLogFilterInput extends DateRangeFields {
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(50) username?: string;
  @Field(() => Boolean, { nullable: true }) success?: boolean;
}

@ObjectType('AuditEntryConnection')
class AuditEntryConnection extends Connection(AuditLog, 'AuditEntry') {}

@ObjectType('LoginLogEntryConnection')
class LoginLogEntryConnection extends Connection(LoginLog, 'LoginLogEntry') {}

/** An id filter: absent means no filter; an id that cannot exist (0) matches nothing. */
const idFilter = (raw?: string | null) => (raw === undefined || raw === null ? null : idOrNull(raw) ?? 0);

@Resolver()
export class AuditLogResolver {
  @Query(() => AuditEntryConnection, { description: 'The audit log, newest first' })
  async auditLogs(
    @Ctx() ctx: Context,
    @Args(() => PageArgsInput) page: PageArgsInput,
    @Arg('filter', () => AuditLogFilterInput, { nullable: true }) filter?: AuditLogFilterInput,
  ) {
    const f = filter ?? {};
    return toConnection(await listAuditLogs(ctx.db, viewerOf(ctx), { ...f, entityId: idFilter(f.entityId), actorId: idFilter(f.actorId) }, page));
  }

  @Query(() => LoginLogEntryConnection, { description: 'Every login attempt, newest first' })
  async loginLogs(
    @Ctx() ctx: Context,
    @Args(() => PageArgsInput) page: PageArgsInput,
    @Arg('filter', () => LoginLogFilterInput, { nullable: true }) filter?: LoginLogFilterInput,
  ) {
    return toConnection(await listLoginLogs(ctx.db, { ...filter }, page));
  }
}
