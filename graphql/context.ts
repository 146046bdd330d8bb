// Per-request context: the viewer (or null), per-request DataLoaders and the request id.
import crypto from 'node:crypto';
import { DataSource } from 'typeorm';
import { Viewer } from '@/lib/access';
import { Credentials, viewerFor } from '@/lib/auth/session';
import { Loaders, createLoaders } from './loaders';

export interface Context {
  db: DataSource;
  viewer: Viewer | null;
  loaders: Loaders;
  requestId: string;
  ip: string | null;
}

export async function buildContext(db: DataSource, credentials: Credentials, request: { ip: string | null; requestId?: string }): Promise<Context> {
  const requestId = request.requestId ?? crypto.randomUUID();
  const viewer = await viewerFor(db.manager, credentials, { ip: request.ip, requestId });
  return { db, viewer, loaders: createLoaders(db, viewer), requestId, ip: request.ip };
}

/** The viewer, for resolvers behind an authentication rule. */
export function viewerOf(ctx: Context): Viewer {
  if (!ctx.viewer) throw new Error('resolver reached without a viewer: a shield rule is missing');
  return ctx.viewer;
}
