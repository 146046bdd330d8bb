// Turns a request's credentials (session JWT or bearer token) into a Viewer, checked on every request:
// a disabled user, or a session older than the user's last password change/reset, gets no viewer. The user and
// the access version come in one statement; roles and scopes then come from the per-server cache for that
// version (lib/access/access-version.ts), so a warm request spends one statement here.
import { EntityManager } from 'typeorm';
import { User } from '@/entities';
import { UserStatus } from '@/entities/user.entity';
import { Viewer, viewerOfUser } from '@/lib/access';
import { ACCESS_VERSION_SQL, userForToken } from './api-token.service';

export interface Credentials {
  bearer?: string | null;
  session?: { userId: number; sessionVersion: number } | null;
}

export interface RequestInfo { ip: string | null; requestId: string | null }

async function userById(manager: EntityManager, userId: number): Promise<{ user: User; accessVersion: number | null } | null> {
  const { entities, raw } = await manager.createQueryBuilder(User, 'u').addSelect(ACCESS_VERSION_SQL, 'access_version')
    .where('u.id = :userId', { userId }).getRawAndEntities<{ access_version: number | null }>();
  if (!entities[0]) return null;
  const version = raw[0]?.access_version;
  return { user: entities[0], accessVersion: version === null || version === undefined ? null : Number(version) };
}

export async function viewerFor(manager: EntityManager, credentials: Credentials, request: RequestInfo): Promise<Viewer | null> {
  let found: { user: User; accessVersion: number | null } | null = null;
  if (credentials.bearer) found = await userForToken(manager, credentials.bearer);
  else if (credentials.session && Number.isSafeInteger(credentials.session.userId)) found = await userById(manager, credentials.session.userId);
  if (!found || found.user.status !== UserStatus.ACTIVE) return null;
  if (!credentials.bearer && credentials.session && found.user.sessionVersion !== credentials.session.sessionVersion) return null;
  return viewerOfUser(manager, found.user, found.accessVersion, request);
}
