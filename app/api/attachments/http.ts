// Shared by the attachment routes: who is asking (the same credentials as /api/graphql: bearer token or
// session cookie), JSON error answers with the API's error codes, and reading a body no larger than a limit.
import type { NextRequest } from 'next/server';
import { contextFor } from '@/graphql/http';
import type { Viewer } from '@/lib/access';
import { DomainError } from '@/lib/errors';
import { logger } from '@/lib/logger';

const STATUS: Record<string, number> = { BAD_USER_INPUT: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, CONFLICT: 409, TOO_MANY_REQUESTS: 429 };

export function errorResponse(code: string, message: string, details: Record<string, unknown> = {}) {
  return Response.json({ error: { code, message, ...details } }, { status: STATUS[code] ?? 500, headers: { 'cache-control': 'no-store' } });
}

/** A domain error as its status and code; anything else is logged and answered as a plain 500. */
export function fromError(error: unknown) {
  if (error instanceof DomainError) return errorResponse(error.code, error.message, error.details);
  logger.error({ err: error }, 'attachment request failed');
  return errorResponse('INTERNAL_SERVER_ERROR', 'Internal server error');
}

/** The signed-in viewer, or null (no or bad credentials, disabled user, password change pending). */
export async function viewerOfRequest(req: NextRequest): Promise<{ viewer: Viewer | null; mustChangePassword: boolean }> {
  const ctx = await contextFor(req);
  if (!ctx.viewer) return { viewer: null, mustChangePassword: false };
  return ctx.viewer.mustChangePassword ? { viewer: null, mustChangePassword: true } : { viewer: ctx.viewer, mustChangePassword: false };
}

/** The request body, or null as soon as it grows past `limit` bytes (a declared Content-Length is checked first). */
export async function readLimited(req: NextRequest, limit: number): Promise<Uint8Array | null> {
  const declared = Number(req.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > limit) return null;
  if (!req.body) return new Uint8Array();
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  return new Uint8Array(Buffer.concat(chunks));
}
