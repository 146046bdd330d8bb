// graphql-shield rules. Each rule that cannot decide denies; errors carry the right extensions.code.
import { GraphQLError } from 'graphql';
import { and, rule } from 'graphql-shield';
import { ObjectLiteral } from 'typeorm';
import { AccessMode, DataModule, ScopedTable, hasPermission, idsInScope, isDataModule, resolveScope, scopeIsEmpty } from '@/lib/access';
import { logger } from '@/lib/logger';
import type { Context } from '../context';

const err = (code: string, message: string) => new GraphQLError(message, { extensions: { code } });

type RuleBody = (parent: unknown, args: Record<string, unknown>, ctx: Context) => Promise<true | GraphQLError>;

/**
 * A rule body that fails (the database is down, …) still denies, but as a logged INTERNAL_SERVER_ERROR:
 * graphql-shield would otherwise swallow the exception and answer FORBIDDEN, misleading client and operator.
 */
const failClosed = (body: RuleBody): RuleBody => async (parent, args, ctx) => {
  try {
    return await body(parent, args, ctx);
  } catch (error) {
    logger.error({ err: error, requestId: ctx.requestId }, 'permission rule failed');
    return err('INTERNAL_SERVER_ERROR', 'Internal server error');
  }
};

export const isAuthenticated = rule({ cache: 'contextual' })((_p, _a, ctx: Context) =>
  ctx.viewer ? true : err('UNAUTHENTICATED', 'Please log in'));

/** Until a new user (or one whose password was reset) sets their own password, nothing else is open. */
export const hasOwnPassword = rule({ cache: 'contextual' })((_p, _a, ctx: Context) =>
  ctx.viewer && !ctx.viewer.mustChangePassword ? true : err('FORBIDDEN', 'PASSWORD_CHANGE_REQUIRED'));

// Named rules must be single instances: shield refuses two different rules with one name.
const named = new Map<string, ReturnType<typeof rule> extends (f: never) => infer R ? R : never>();
function once<R>(name: string, make: () => R): R {
  if (!named.has(name)) named.set(name, make() as never);
  return named.get(name) as R;
}

/** The viewer holds the operation permission code. */
export const can = (code: string) =>
  once(`can:${code}`, () => rule(`can:${code}`, { cache: 'contextual' })((_p, _a, ctx: Context) =>
    ctx.viewer && hasPermission(ctx.viewer, code) ? true : err('FORBIDDEN', `Missing permission ${code}`)));

/** The viewer can reach at least some records of the module (e.g. the system administrator cannot). */
export const canUse = (module: DataModule, mode: AccessMode = 'read') =>
  once(`canUse:${module}:${mode}`, () => rule(`canUse:${module}:${mode}`, { cache: 'contextual' })(failClosed(async (_p, _a, ctx) => {
    if (!ctx.viewer || !isDataModule(module)) return err('FORBIDDEN', 'Not allowed');
    const scope = await resolveScope(ctx.db.manager, ctx.viewer, module, mode);
    return scopeIsEmpty(scope) ? err('FORBIDDEN', `No access to ${module} data`) : true;
  })));

/**
 * Every id named by the arguments is within the viewer's scope: unreadable ones answer NOT_FOUND (as if
 * they did not exist), readable ones outside the scope of `mode` (write, transfer) FORBIDDEN. Services check again in their transaction.
 */
export function inScope<E extends ObjectLiteral>(table: ScopedTable<E>, mode: AccessMode, pick: (args: Record<string, unknown>) => unknown) {
  return rule({ cache: 'no_cache' })(failClosed(async (_p, args, ctx) => {
    if (!ctx.viewer) return err('UNAUTHENTICATED', 'Please log in');
    const raw = pick(args);
    const list = (Array.isArray(raw) ? raw : [raw]).map(Number);
    // An empty list is refused, never read as "all records"; the field errors match the services' badInput.
    const field = Array.isArray(raw) ? 'ids' : 'id';
    const invalid = (message: string) => new GraphQLError(`${field}: ${message}`, { extensions: { code: 'BAD_USER_INPUT', fields: [{ field, message }] } });
    if (!list.length) return invalid('at least one id is required');
    if (list.some((id) => !Number.isSafeInteger(id) || id <= 0)) return invalid('contains an invalid id');
    const readable = await idsInScope(ctx.db.manager, ctx.viewer, table, list, 'read', 'any');
    if (list.some((id) => !readable.has(id))) return err('NOT_FOUND', `${table.label} not found`);
    if (mode !== 'read') {
      const allowed = await idsInScope(ctx.db.manager, ctx.viewer, table, list, mode, 'any');
      if (list.some((id) => !allowed.has(id))) return err('FORBIDDEN', `You may not ${mode === 'transfer' ? 'transfer' : 'change'} this ${table.label.toLowerCase()}`);
    }
    return true;
  }));
}

/** Any graphql-shield rule or rule combination. */
export type ShieldRule = Parameters<typeof and>[number];
