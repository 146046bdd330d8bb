// Organisation administration resolvers (departments, positions, users, roles, logs).
import { AuditLogResolver } from './audit-log.resolver';
import { DepartmentResolver, PositionResolver } from './department.resolver';
import { RoleCustomDepartmentResolver, RoleResolver } from './role.resolver';
import { UserResolver } from './user.resolver';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const orgResolvers: Function[] = [
  DepartmentResolver, PositionResolver, UserResolver, RoleResolver, RoleCustomDepartmentResolver, AuditLogResolver,
];
