// The viewer: who is asking, with their roles folded into permissions and per-module scope grants.
import { EntityManager, In } from 'typeorm';
import { Role, User, UserRole } from '@/entities';
import { UserStatus } from '@/entities/user.entity';
import { DataModule, ScopeLevel, isDataModule } from './scopes';

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
  grants: (module: DataModule, mode: 'read' | 'write') => ScopeGrant[];
  ip: string | null;
  requestId: string | null;
  /** Per-request memo for resolved scopes, filled by lib/access/scope.ts. */
  cache: Map<string, unknown>;
}

const asLevel = (value: unknown): ScopeLevel =>
  Object.values(ScopeLevel).includes(value as ScopeLevel) ? (value as ScopeLevel) : ScopeLevel.NONE;

/** The level a role gives for a module and mode; anything unreadable is NONE (deny by default). */
export function roleLevel(role: Role, module: DataModule, mode: 'read' | 'write'): ScopeLevel {
  if (role.code === SUPER_ADMIN) return ScopeLevel.ALL;
  const own = role.moduleScopes?.[module] ?? role.defaultScope;
  return asLevel(own?.[mode]);
}

export function buildViewer(user: User, roles: Role[], request: { ip?: string | null; requestId?: string | null } = {}): Viewer {
  const permissions = new Set<string>();
  for (const role of roles) for (const code of role.permissions ?? []) permissions.add(code);
  const roleCodes = roles.map((r) => r.code).filter((c): c is string => !!c);
  const grants = (module: DataModule, mode: 'read' | 'write'): ScopeGrant[] => {
    if (!isDataModule(module)) return [];
    return roles.map((role) => ({ level: roleLevel(role, module, mode), departments: role.customDepartments ?? [] }));
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
    cache: new Map(),
  };
}

export const isSuperAdmin = (viewer: Viewer) => viewer.roleCodes.includes(SUPER_ADMIN);
export const hasPermission = (viewer: Viewer, code: string) => isSuperAdmin(viewer) || viewer.permissions.has(code);

/** Loads a user with their roles; null when the user does not exist. */
export async function loadViewer(manager: EntityManager, userId: number, request: { ip?: string | null; requestId?: string | null } = {}) {
  const user = await manager.findOneBy(User, { id: userId });
  if (!user) return null;
  const links = await manager.findBy(UserRole, { userId });
  const roles = links.length ? await manager.findBy(Role, { id: In(links.map((l) => l.roleId)) }) : [];
  return { user, viewer: buildViewer(user, roles, request) };
}
