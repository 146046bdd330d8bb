// Shield rules for records named by type + id (follow-up parents, comment and timeline targets): the record
// must be readable, else NOT_FOUND (as if it did not exist). Services check again inside their transaction.
import { GraphQLError } from 'graphql';
import { and, rule } from 'graphql-shield';
import { isRecordType, recordIdsInScope, recordLabel } from '@/lib/access';
import type { Context } from '../context';
import { can, type ShieldRule } from '../permissions/rules';

type Args = Record<string, unknown>;
const err = (code: string, message: string) => new GraphQLError(message, { extensions: { code } });
const fieldErr = (field: string, message: string) =>
  new GraphQLError(`${field}: ${message}`, { extensions: { code: 'BAD_USER_INPUT', fields: [{ field, message }] } });

export interface RecordRefArgs { type: unknown; id: unknown; typeField: string; idField: string }

/** The record `pick(args)` names is readable by the viewer (any registered type, owned or derived). */
export function recordReadable(pick: (args: Args) => RecordRefArgs) {
  return rule({ cache: 'no_cache' })(async (_p, args: Args, ctx: Context) => {
    if (!ctx.viewer) return err('UNAUTHENTICATED', 'Please log in');
    const ref = pick(args);
    const type = typeof ref?.type === 'string' ? ref.type : '';
    const id = Number(ref?.id);
    if (!isRecordType(type)) return fieldErr(ref.typeField, 'is not a record type');
    if (!Number.isSafeInteger(id) || id <= 0) return fieldErr(ref.idField, 'is invalid');
    const visible = await recordIdsInScope(ctx.db.manager, ctx.viewer, type, [id], 'read');
    return visible.has(id) ? true : err('NOT_FOUND', `${recordLabel(type)} not found`);
  });
}

/**
 * The rule of every activity operation (follow-ups, comments, attachments, timeline). Lists and lookups are
 * scoped inside; operations on one named record check it here first. Changing a follow-up is the author's
 * alone (checked by the service); commenting needs supervision:comment.
 */
export function activityQueryRules(signedIn: ShieldRule): Record<string, ShieldRule> {
  return {
    followUps: signedIn,
    followUp: signedIn,
    followUpParentTypes: signedIn,
    comments: and(signedIn, recordReadable((a) => ({ type: a.targetType, id: a.targetId, typeField: 'targetType', idField: 'targetId' }))),
    unreadCommentCount: signedIn,
    timeline: and(signedIn, recordReadable((a) => ({ type: a.targetType, id: a.targetId, typeField: 'targetType', idField: 'targetId' }))),
    timelineKinds: signedIn,
  };
}

const input = (a: Args) => (a.input ?? {}) as Args;

export function activityMutationRules(signedIn: ShieldRule): Record<string, ShieldRule> {
  return {
    createFollowUp: and(signedIn, recordReadable((a) => ({ type: input(a).parentType, id: input(a).parentId, typeField: 'parentType', idField: 'parentId' }))),
    updateFollowUp: and(signedIn, recordReadable((a) => ({ type: 'followup', id: a.id, typeField: 'id', idField: 'id' }))),
    deleteFollowUp: and(signedIn, recordReadable((a) => ({ type: 'followup', id: a.id, typeField: 'id', idField: 'id' }))),
    deleteAttachment: signedIn,
    commentOn: and(signedIn, can('supervision:comment'), recordReadable((a) => ({ type: input(a).targetType, id: input(a).targetId, typeField: 'targetType', idField: 'targetId' }))),
    // The thread's own rule (readable target, taking part) is the service's: the target is known from the comment.
    replyToComment: signedIn,
    markCommentsRead: and(signedIn, recordReadable((a) => ({ type: a.targetType, id: a.targetId, typeField: 'targetType', idField: 'targetId' }))),
  };
}
