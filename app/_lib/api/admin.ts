// Organisation administration operations: departments and positions, users, roles, audit and login logs. Result and
// input types are generated from the schema (`npm run codegen`); the aliases below only name them for the pages.
import { graphql } from '../gql';
import type {
  AdminDepartmentsQuery, AuditLogFilter as AuditFilter, AuditLogsQuery, FieldMode as Mode, LoginLogFilter as LoginFilter,
  LoginLogsQuery, PermissionCatalogQuery, PositionsQuery, RolesQuery, ScopeLevel as Level, UserFilter as Filter, UsersQuery,
  UserStatus as Status,
} from '../gql/graphql';

export type UserStatus = Status;
export const USER_STATUSES: UserStatus[] = ['ACTIVE', 'INACTIVE', 'DISABLED'];
export type ScopeLevel = Level;
export const SCOPE_RANK: Record<ScopeLevel, number> = { NONE: 0, SELF: 1, SELF_AND_CHILDREN: 2, CUSTOM: 2, ALL: 3 };

export type AdminDepartment = AdminDepartmentsQuery['departments'][number];
export type Position = PositionsQuery['positions'][number];

export const ADMIN_DEPARTMENTS_QUERY = graphql(`
  query AdminDepartments { departments { id name parentId enabled sortOrder headId head { id name } } }
`);
export const POSITIONS_QUERY = graphql(`query Positions($departmentId: ID!) { positions(departmentId: $departmentId) { id name departmentId } }`);
export const CREATE_DEPARTMENT = graphql(`mutation CreateDepartment($input: CreateDepartmentInput!) { createDepartment(input: $input) { id } }`);
export const UPDATE_DEPARTMENT = graphql(`mutation UpdateDepartment($id: ID!, $input: UpdateDepartmentInput!) { updateDepartment(id: $id, input: $input) { id } }`);
export const DISABLE_DEPARTMENT = graphql(`mutation DisableDepartment($id: ID!) { disableDepartment(id: $id) { id enabled } }`);
export const ENABLE_DEPARTMENT = graphql(`mutation EnableDepartment($id: ID!) { enableDepartment(id: $id) { id enabled } }`);
export const CREATE_POSITION = graphql(`mutation CreatePosition($input: CreatePositionInput!) { createPosition(input: $input) { id } }`);
export const UPDATE_POSITION = graphql(`mutation UpdatePosition($id: ID!, $input: UpdatePositionInput!) { updatePosition(id: $id, input: $input) { id } }`);

/** viewerCanAdminister: edit, disable, enable (the user's rights lie within yours); viewerCanResetPassword: you already
 * reach everything the user does. */
export type AdminUser = UsersQuery['users']['nodes'][number];
export type UserFilter = Filter;

export const USERS_QUERY = graphql(`
  query Users($first: Int, $offset: Int, $filter: UserFilter) {
    users(first: $first, offset: $offset, filter: $filter) {
      totalCount
      nodes {
        id username name status mustChangePassword phone email address lastLoginAt createdAt departmentId positionId
        department { id name } position { id name } roles { id name } viewerCanAdminister viewerCanResetPassword
      }
    }
  }
`);
export const CREATE_USER = graphql(`mutation CreateUser($input: CreateUserInput!) { createUser(input: $input) { id } }`);
export const UPDATE_USER = graphql(`mutation UpdateUser($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { id } }`);
export const ENABLE_USER = graphql(`mutation EnableUser($id: ID!) { enableUser(id: $id) { id status } }`);
export const RESET_PASSWORD = graphql(`mutation ResetPassword($id: ID!, $newPassword: String!) { resetPassword(id: $id, newPassword: $newPassword) { id } }`);

/** fieldPermissions: field restrictions (字段权限), a field not listed is editable; viewerCanEdit: not the super
 * administrator role, and not wider than your own rights. */
export type AdminRole = RolesQuery['roles'][number];
/** `transfer`: how far the role transfers and assigns records (分配/转移); never wider than read. */
export type RoleScope = AdminRole['defaultScope'];
export type FieldMode = Mode;
export type PermissionCatalog = PermissionCatalogQuery['permissionCatalog'];
export type FieldModuleInfo = PermissionCatalog['fieldModules'][number];

export const ROLES_QUERY = graphql(`
  query Roles($assignable: Boolean) {
    roles(assignable: $assignable) {
      id name code description builtin permissions viewerCanEdit
      defaultScope { read write transfer }
      moduleScopes { module read write transfer }
      customDepartments { departmentId includeChildren department { id name } }
      fieldPermissions { module field mode }
    }
  }
`);
export const PERMISSION_CATALOG_QUERY = graphql(`query PermissionCatalog { permissionCatalog { groups { name permissions } modules scopeLevels fieldModules { module label labelEn fields { key label labelEn mask } } } }`);
export const CREATE_ROLE = graphql(`mutation CreateRole($input: CreateRoleInput!) { createRole(input: $input) { id } }`);
export const UPDATE_ROLE = graphql(`mutation UpdateRole($id: ID!, $input: UpdateRoleInput!) { updateRole(id: $id, input: $input) { id } }`);

export type AuditLogRow = AuditLogsQuery['auditLogs']['nodes'][number];
export type AuditLogFilter = AuditFilter;
export const AUDIT_LOGS_QUERY = graphql(`
  query AuditLogs($first: Int, $offset: Int, $filter: AuditLogFilter) {
    auditLogs(first: $first, offset: $offset, filter: $filter) { totalCount nodes { id action entityType entityId changes ip createdAt actor { id name } people { id name } } }
  }
`);

export type LoginLogRow = LoginLogsQuery['loginLogs']['nodes'][number];
export type LoginLogFilter = LoginFilter;
export const LOGIN_LOGS_QUERY = graphql(`
  query LoginLogs($first: Int, $offset: Int, $filter: LoginLogFilter) {
    loginLogs(first: $first, offset: $offset, filter: $filter) { totalCount nodes { id username userId success reason ip userAgent createdAt } }
  }
`);
