// Shield rules of the recycle bin: any signed-in user opens it (each type shows only deleted records in their
// read scope, products only to catalogue managers). Restoring needs the type's restore permission here; the
// write scope of every id is checked by the module's restore service, inside its transaction.
import { GraphQLError } from 'graphql';
import { and, rule } from 'graphql-shield';
import { hasPermission } from '@/lib/access';
import { RECYCLE_KINDS, RECYCLE_TYPES, RecycleType } from '@/lib/recycle-bin/recycle-kinds';
import type { Context } from '../context';
import { ShieldRule } from '../permissions/rules';

const mayRestoreType = rule('recycleBin:mayRestoreType', { cache: 'strict' })((_p, args: { input?: { type?: string } }, ctx: Context) => {
  const type = args.input?.type;
  if (!ctx.viewer || !type || !(RECYCLE_TYPES as readonly string[]).includes(type)) return new GraphQLError('Not allowed', { extensions: { code: 'FORBIDDEN' } });
  const kind = RECYCLE_KINDS[type as RecycleType];
  const allowed = (!kind.visible || kind.visible(ctx.viewer)) && (!kind.permission || hasPermission(ctx.viewer, kind.permission));
  return allowed ? true : new GraphQLError(`Missing permission ${kind.permission ?? 'to restore'}`, { extensions: { code: 'FORBIDDEN' } });
});

export const recycleBinQueryRules = (signedIn: ShieldRule): Record<string, ShieldRule> => ({
  recycleBin: signedIn,
});

export const recycleBinMutationRules = (signedIn: ShieldRule): Record<string, ShieldRule> => ({
  restoreRecords: and(signedIn, mayRestoreType),
});
