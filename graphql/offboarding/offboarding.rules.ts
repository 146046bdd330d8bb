// Shield rules of offboarding: the same people who may disable users (system:user, or a department manager);
// the service then checks the particular user exactly as disableUser does.
import { GraphQLError } from 'graphql';
import { and, or, rule } from 'graphql-shield';
import { isDepartmentManager } from '@/lib/org/user-policy';
import type { Context } from '../context';
import type { ShieldRule } from '../permissions/rules';
import { can } from '../permissions/rules';

const isDeptManager = rule('offboarding:isDeptManager', { cache: 'contextual' })((_p, _a, ctx: Context) =>
  ctx.viewer && isDepartmentManager(ctx.viewer) ? true : new GraphQLError('Missing permission system:user', { extensions: { code: 'FORBIDDEN' } }));

const userAdmin = (signedIn: ShieldRule) => and(signedIn, or(can('system:user'), isDeptManager));

export const offboardingQueryRules = (signedIn: ShieldRule): Record<string, ShieldRule> => ({ offboardingPreview: userAdmin(signedIn) });
export const offboardingMutationRules = (signedIn: ShieldRule): Record<string, ShieldRule> => ({ offboardUser: userAdmin(signedIn) });
