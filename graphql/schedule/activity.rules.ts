// A shield rule for the schedule, task and report operations on one or more ids: every id must name a LIVE record
// the viewer can read (else NOT_FOUND — a deleted entry looks missing, whatever the viewer's write scope), and for
// 'write' one they can write (else FORBIDDEN). Services check again inside their transaction.
import { GraphQLError } from 'graphql';
import { rule } from 'graphql-shield';
import { ObjectLiteral } from 'typeorm';
import { AccessMode, ScopedTable, idsInScope } from '@/lib/access';
import { logger } from '@/lib/logger';
import type { Context } from '../context';

const err = (code: string, message: string, extensions: Record<string, unknown> = {}) => new GraphQLError(message, { extensions: { code, ...extensions } });

export function liveInScope<E extends ObjectLiteral>(table: ScopedTable<E>, mode: AccessMode, pick: (args: Record<string, unknown>) => unknown) {
  return rule({ cache: 'no_cache' })(async (_p, args: Record<string, unknown>, ctx: Context) => {
    try {
      if (!ctx.viewer) return err('UNAUTHENTICATED', 'Please log in');
      const raw = pick(args);
      const list = (Array.isArray(raw) ? raw : [raw]).map(Number);
      const field = Array.isArray(raw) ? 'ids' : 'id';
      const invalid = (message: string) => err('BAD_USER_INPUT', `${field}: ${message}`, { fields: [{ field, message }] });
      if (!list.length) return invalid('at least one id is required');
      if (list.some((id) => !Number.isSafeInteger(id) || id <= 0)) return invalid('contains an invalid id');
      const readable = await idsInScope(ctx.db.manager, ctx.viewer, table, list, 'read', 'live');
      if (list.some((id) => !readable.has(id))) return err('NOT_FOUND', `${table.label} not found`);
      if (mode === 'write') {
        const writable = await idsInScope(ctx.db.manager, ctx.viewer, table, list, 'write', 'live');
        if (list.some((id) => !writable.has(id))) return err('FORBIDDEN', `You may not change this ${table.label.toLowerCase()}`);
      }
      return true;
    } catch (error) {
      logger.error({ err: error, requestId: ctx.requestId }, 'permission rule failed');
      return err('INTERNAL_SERVER_ERROR', 'Internal server error');
    }
  });
}
