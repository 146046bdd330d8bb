// Turns a request's credentials (session JWT or bearer token) into a Viewer, checked on every request:
// a disabled user, or a session older than the user's last password change/reset, gets no viewer.
import { EntityManager } from 'typeorm';
import { UserStatus } from '@/entities/user.entity';
import { Viewer, loadViewer } from '@/lib/access';
import { userIdForToken } from './api-token.service';

export interface Credentials {
  bearer?: string | null;
  session?: { userId: number; sessionVersion: number } | null;
}

export interface RequestInfo { ip: string | null; requestId: string | null }

export async function viewerFor(manager: EntityManager, credentials: Credentials, request: RequestInfo): Promise<Viewer | null> {
  let userId: number | null = null;
  let sessionVersion: number | null = null;
  if (credentials.bearer) userId = await userIdForToken(manager, credentials.bearer);
  else if (credentials.session) ({ userId, sessionVersion } = credentials.session);
  if (!userId) return null;
  const loaded = await loadViewer(manager, userId, request);
  if (!loaded || loaded.user.status !== UserStatus.ACTIVE) return null;
  if (sessionVersion !== null && loaded.user.sessionVersion !== sessionVersion) return null;
  return loaded.viewer;
}
