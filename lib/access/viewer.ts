// The viewer: who is asking, with their roles folded into permissions and per-module scope grants.
import { EntityManager, In } from 'typeorm';
import { Role, User, UserRole } from '@/entities';
import { UserStatus } from '@/entities/user.entity';
import { logger } from '@/lib/logger';
import { AccessMode, DataModule, ScopeLevel, isDataModule } from './scopes';
import { cachedForVersion } from './access-version';

export const SUPER_ADMIN = 'SUPER_ADMIN';

/** One role's contribution to a module: a level, plus the role's CUSTOM department choices. */
export interface ScopeGrant {
  level: ScopeLevel;
  departments: { departmentId: number; includeChildren: boolean }[];
}

export interface Viewer {
  userId: number;
  username: string;
  name: string;
  departmentId: number;
  status: UserStatus;
  mustChangePassword: boolean;
  roleCodes: string[];
  permissions: ReadonlySet<string>;
  grants: (module: DataModule, mode: AccessMode) => ScopeGrant[];
  ip: string | null;
  requestId: string | null;
  /**
   * The access version read with the user (access-version.ts): what the roles and the organisation decide is
   * cached per server for this version. Null: nothing is cached across requests.
   */
  accessVersion?: number | null;
  /** Per-request memo for resolved scopes, filled by lib/access/scope.ts. */
  cache: Map<string, unknown>;
  /** The roles themselves, for what they decide beyond scopes (field permissions, lib/fields). */
  roles?: readonly Role[];
}

const asLevel = (value: unknown): ScopeLevel =>
  Object.values(ScopeLevel).includes(value as ScopeLevel) ? (value as ScopeLevel) : ScopeLevel.NONE;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The level a role gives for a module and mode; anything unreadable is NONE (deny by default). A module entry
 * that exists but is malformed is NONE too, never a fall back to the (possibly wider) role-wide default.
 */
export function roleLevel(role: Role, module: DataModule, mode: AccessMode): ScopeLevel {
  if (role.code === SUPER_ADMIN) return ScopeLevel.ALL;
  const modules = isRecord(role.moduleScopes) ? role.moduleScopes : {};
  const own = Object.hasOwn(modules, module) && modules[module] != null ? modules[module] : role.defaultScope;
  if (!isRecord(own)) return ScopeLevel.NONE;
  // A scope stored before transfer levels existed (or written without one) transfers as far as it writes.
  if (mode === 'transfer' && own.transfer == null) return asLevel(own.write);
  return asLevel(own[mode]);
}

/** The role's CUSTOM department choices, keeping only well-formed entries (a stored value may be garbage). */
function customDepartmentsOf(role: Role): ScopeGrant['departments'] {
  if (!Array.isArray(role.customDepartments)) return [];
  return role.customDepartments
    .filter((d): d is { departmentId: number; includeChildren: boolean } => isRecord(d) && Number.isSafeInteger(d.departmentId) && (d.departmentId as number) > 0)
    .map((d) => ({ departmentId: d.departmentId, includeChildren: d.includeChildren === true }));
}

const permissionsOf = (role: Role): string[] => (Array.isArray(role.permissions) ? role.permissions.filter((p): p is string => typeof p === 'string') : []);

export function buildViewer(user: User, roles: Role[], request: { ip?: string | null; requestId?: string | null; accessVersion?: number | null } = {}): Viewer {
  const permissions = new Set<string>();
  for (const role of roles) for (const code of permissionsOf(role)) permissions.add(code);
  const roleCodes = roles.map((r) => r.code).filter((c): c is string => !!c);
  const grants = (module: DataModule, mode: AccessMode): ScopeGrant[] => {
    if (!isDataModule(module)) return [];
    return roles.map((role) => ({ level: roleLevel(role, module, mode), departments: customDepartmentsOf(role) }));
  };
  return {
    userId: user.id,
    username: user.username,
    name: user.name,
    departmentId: user.departmentId,
    status: user.status,
    mustChangePassword: user.mustChangePassword,
    roleCodes,
    permissions,
    grants,
    ip: request.ip ?? null,
    requestId: request.requestId ?? null,
    accessVersion: request.accessVersion ?? null,
    cache: new Map(),
    roles,
  };
}

export const isSuperAdmin = (viewer: Viewer) => viewer.roleCodes.includes(SUPER_ADMIN);
export const hasPermission = (viewer: Viewer, code: string) => isSuperAdmin(viewer) || viewer.permissions.has(code);

/**
 * Roles by id. A role whose stored JSON cannot even be parsed grants nothing (deny by default) instead of
 * failing every request of its holders; the others still count.
 */
async function loadRoles(manager: EntityManager, ids: number[]): Promise<Role[]> {
  try {
    return await manager.findBy(Role, { id: In(ids) });
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    const roles: Role[] = [];
    for (const id of ids) {
      try {
        const role = await manager.findOneBy(Role, { id });
        if (role) roles.push(role);
      } catch (inner) {
        if (!(inner instanceof SyntaxError)) throw inner;
        logger.error({ roleId: id }, 'role with unreadable stored settings ignored');
      }
    }
    return roles;
  }
}

/** Loads a user with their roles; null when the user does not exist. */
export async function loadViewer(manager: EntityManager, userId: number, request: { ip?: string | null; requestId?: string | null } = {}) {
  const user = await manager.findOneBy(User, { id: userId });
  if (!user) return null;
  const links = await manager.findBy(UserRole, { userId });
  const roles = links.length ? await loadRoles(manager, links.map((l) => l.roleId)) : [];
  return { user, viewer: buildViewer(user, roles, request) };
}

/**
 * The viewer of an already loaded user (read with the access version in one statement, lib/auth/session.ts):
 * their roles come from the per-server cache for that version, so a warm request loads nothing more here.
 */
export async function viewerOfUser(manager: EntityManager, user: User, accessVersion: number | null, request: { ip?: string | null; requestId?: string | null } = {}) {
  const roles = await cachedForVersion(user.id, accessVersion, 'roles', async () => {
    const links = await manager.findBy(UserRole, { userId: user.id });
    return links.length ? loadRoles(manager, links.map((l) => l.roleId)) : [];
  });
  return buildViewer(user, roles, { ...request, accessVersion });
}
