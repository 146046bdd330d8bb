// Rules for organisation administration (departments, positions, users, roles, audit and login logs).
// Services check again in their transaction (e.g. a manager's subtree and role breadth, SUPER_ADMIN rules).
import { GraphQLError } from 'graphql';
import { and, or, rule } from 'graphql-shield';
import { isDepartmentManager } from '@/lib/org/user-policy';
import type { Context } from '../context';
import type { ShieldRule } from './rules';
import { can } from './rules';

/** Holds the department manager role: may administer ordinary users of their own department subtree. */
const isDeptManager = rule('isDeptManager', { cache: 'contextual' })((_p, _a, ctx: Context) =>
  ctx.viewer && isDepartmentManager(ctx.viewer) ? true : new GraphQLError('Missing permission system:user', { extensions: { code: 'FORBIDDEN' } }));

export function orgQueryRules(signedIn: ShieldRule): Record<string, ShieldRule> {
  const on = (...rules: ShieldRule[]) => and(signedIn, ...rules);
  const userAdmin = or(can('system:user'), isDeptManager);
  return {
    departments: signedIn,
    positions: signedIn,
    users: on(userAdmin),
    user: on(userAdmin),
    roles: on(or(can('system:role'), can('system:user'), isDeptManager)),
    role: on(or(can('system:role'), can('system:user'), isDeptManager)),
    permissionCatalog: on(or(can('system:role'), can('system:user'), isDeptManager)),
    auditLogs: on(can('system:audit')),
    loginLogs: on(can('system:audit')),
  };
}

export function orgMutationRules(signedIn: ShieldRule): Record<string, ShieldRule> {
  const on = (...rules: ShieldRule[]) => and(signedIn, ...rules);
  const departments = on(can('system:department'));
  const users = on(or(can('system:user'), isDeptManager));
  return {
    createDepartment: departments,
    updateDepartment: departments,
    disableDepartment: departments,
    enableDepartment: departments,
    createPosition: departments,
    updatePosition: departments,
    createUser: users,
    updateUser: users,
    disableUser: users,
    enableUser: users,
    resetPassword: on(can('system:user')),
    createRole: on(can('system:role')),
    updateRole: on(can('system:role')),
  };
}
