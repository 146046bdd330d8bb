// Organisation administration operations: departments and positions, users, roles, audit and login logs.
import type { UserRef } from './customers';

export type UserStatus = 'INACTIVE' | 'ACTIVE' | 'DISABLED';
export const USER_STATUSES: UserStatus[] = ['ACTIVE', 'INACTIVE', 'DISABLED'];
export type ScopeLevel = 'NONE' | 'SELF' | 'SELF_AND_CHILDREN' | 'CUSTOM' | 'ALL';
export const SCOPE_RANK: Record<ScopeLevel, number> = { NONE: 0, SELF: 1, SELF_AND_CHILDREN: 2, CUSTOM: 2, ALL: 3 };

export interface AdminDepartment { id: string; name: string; parentId: string | null; enabled: boolean; sortOrder: number; headId: string | null; head: UserRef | null }
export interface Position { id: string; name: string; departmentId: string }

export const ADMIN_DEPARTMENTS_QUERY = /* GraphQL */ `
  query AdminDepartments { departments { id name parentId enabled sortOrder headId head { id name } } }
`;
export const POSITIONS_QUERY = /* GraphQL */ `query Positions($departmentId: ID!) { positions(departmentId: $departmentId) { id name departmentId } }`;
export const CREATE_DEPARTMENT = /* GraphQL */ `mutation CreateDepartment($input: CreateDepartmentInput!) { createDepartment(input: $input) { id } }`;
export const UPDATE_DEPARTMENT = /* GraphQL */ `mutation UpdateDepartment($id: ID!, $input: UpdateDepartmentInput!) { updateDepartment(id: $id, input: $input) { id } }`;
export const DISABLE_DEPARTMENT = /* GraphQL */ `mutation DisableDepartment($id: ID!) { disableDepartment(id: $id) { id enabled } }`;
export const ENABLE_DEPARTMENT = /* GraphQL */ `mutation EnableDepartment($id: ID!) { enableDepartment(id: $id) { id enabled } }`;
export const CREATE_POSITION = /* GraphQL */ `mutation CreatePosition($input: CreatePositionInput!) { createPosition(input: $input) { id } }`;
export const UPDATE_POSITION = /* GraphQL */ `mutation UpdatePosition($id: ID!, $input: UpdatePositionInput!) { updatePosition(id: $id, input: $input) { id } }`;

export interface AdminUser {
  id: string;
  username: string;
  name: string;
  status: UserStatus;
  mustChangePassword: boolean;
  phone: string | null;
  email: string | null;
  address: string | null;
  lastLoginAt: string | null;
  createdAt: string;
  departmentId: string;
  positionId: string | null;
  department: { id: string; name: string } | null;
  position: { id: string; name: string } | null;
  roles: { id: string; name: string }[];
  /** Edit, disable, enable: the user's rights lie within yours. */
  viewerCanAdminister: boolean;
  /** Reset the password: you already reach everything the user does. */
  viewerCanResetPassword: boolean;
}
export interface UserFilter { keyword?: string; departmentId?: string; status?: UserStatus; roleId?: string }

export const USERS_QUERY = /* GraphQL */ `
  query Users($first: Int, $offset: Int, $filter: UserFilter) {
    users(first: $first, offset: $offset, filter: $filter) {
      totalCount
      nodes {
        id username name status mustChangePassword phone email address lastLoginAt createdAt departmentId positionId
        department { id name } position { id name } roles { id name } viewerCanAdminister viewerCanResetPassword
      }
    }
  }
`;
export const CREATE_USER = /* GraphQL */ `mutation CreateUser($input: CreateUserInput!) { createUser(input: $input) { id } }`;
export const UPDATE_USER = /* GraphQL */ `mutation UpdateUser($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { id } }`;
export const ENABLE_USER = /* GraphQL */ `mutation EnableUser($id: ID!) { enableUser(id: $id) { id status } }`;
export const RESET_PASSWORD = /* GraphQL */ `mutation ResetPassword($id: ID!, $newPassword: String!) { resetPassword(id: $id, newPassword: $newPassword) { id } }`;

/** `transfer`: how far the role transfers and assigns records (分配/转移); never wider than read. */
export interface RoleScope { read: ScopeLevel; write: ScopeLevel; transfer: ScopeLevel }
export interface AdminRole {
  id: string;
  name: string;
  code: string | null;
  description: string | null;
  builtin: boolean;
  permissions: string[];
  defaultScope: RoleScope;
  moduleScopes: (RoleScope & { module: string })[];
  customDepartments: { departmentId: string; includeChildren: boolean; department: { id: string; name: string } | null }[];
  /** Field restrictions (字段权限); a field not listed is editable. */
  fieldPermissions: { module: string; field: string; mode: FieldMode }[];
  /** Not the super administrator role, and not wider than your own rights. */
  viewerCanEdit: boolean;
}
export type FieldMode = 'HIDDEN' | 'MASKED' | 'READ_ONLY' | 'EDITABLE';
export interface FieldModuleInfo { module: string; label: string; labelEn: string; fields: { key: string; label: string; labelEn: string; mask: string }[] }
export interface PermissionCatalog {
  groups: { name: string; permissions: string[] }[];
  modules: string[];
  scopeLevels: ScopeLevel[];
  fieldModules: FieldModuleInfo[];
}

export const ROLES_QUERY = /* GraphQL */ `
  query Roles($assignable: Boolean) {
    roles(assignable: $assignable) {
      id name code description builtin permissions viewerCanEdit
      defaultScope { read write transfer }
      moduleScopes { module read write transfer }
      customDepartments { departmentId includeChildren department { id name } }
      fieldPermissions { module field mode }
    }
  }
`;
export const PERMISSION_CATALOG_QUERY = /* GraphQL */ `query PermissionCatalog { permissionCatalog { groups { name permissions } modules scopeLevels fieldModules { module label labelEn fields { key label labelEn mask } } } }`;
export const CREATE_ROLE = /* GraphQL */ `mutation CreateRole($input: CreateRoleInput!) { createRole(input: $input) { id } }`;
export const UPDATE_ROLE = /* GraphQL */ `mutation UpdateRole($id: ID!, $input: UpdateRoleInput!) { updateRole(id: $id, input: $input) { id } }`;

export interface AuditLogRow {
  id: string;
  action: string;
  entityType: string;
  entityId: string | null;
  changes: string | null;
  ip: string | null;
  createdAt: string;
  actor: UserRef | null;
}
export interface AuditLogFilter { entityType?: string; entityId?: string; actorId?: string; action?: string; from?: string; to?: string }
export const AUDIT_LOGS_QUERY = /* GraphQL */ `
  query AuditLogs($first: Int, $offset: Int, $filter: AuditLogFilter) {
    auditLogs(first: $first, offset: $offset, filter: $filter) { totalCount nodes { id action entityType entityId changes ip createdAt actor { id name } } }
  }
`;

export interface LoginLogRow { id: string; username: string; userId: string | null; success: boolean; reason: string | null; ip: string | null; userAgent: string | null; createdAt: string }
export interface LoginLogFilter { username?: string; success?: boolean; from?: string; to?: string }
export const LOGIN_LOGS_QUERY = /* GraphQL */ `
  query LoginLogs($first: Int, $offset: Int, $filter: LoginLogFilter) {
    loginLogs(first: $first, offset: $offset, filter: $filter) { totalCount nodes { id username userId success reason ip userAgent createdAt } }
  }
`;
