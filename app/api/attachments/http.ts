// Shared by the upload routes (attachments, imports): who is asking (the same credentials as /api/graphql: bearer
// token or session cookie), JSON error answers with the API's error codes, reading a body no larger than a limit, and
// the multipart upload of one `file` built from them.
import type { NextRequest } from 'next/server';
import { contextFor } from '@/graphql/http';
import type { Viewer } from '@/lib/access';
import { DomainError, badInput } from '@/lib/errors';
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

/** Room for the multipart framing and the small text fields around the file. */
const FORM_OVERHEAD = 64 * 1024;

interface UploadLimit {
  /** The largest file accepted, read when a request arrives. */
  maxBytes: () => number;
  /** The error for a body past the limit. */
  tooLarge: (maxBytes: number) => Error;
}

/**
 * POST handler of a multipart upload of one file (field `file`): the signed-in viewer, a body within the limit, the
 * form parsed and its file present, then `handle`; domain errors become their JSON answers.
 */
export function uploadRoute(limit: UploadLimit, handle: (viewer: Viewer, form: FormData, file: File) => Promise<Response>) {
  return async (req: NextRequest): Promise<Response> => {
    try {
      const { viewer, mustChangePassword } = await viewerOfRequest(req);
      if (mustChangePassword) return errorResponse('FORBIDDEN', 'PASSWORD_CHANGE_REQUIRED');
      if (!viewer) return errorResponse('UNAUTHENTICATED', 'Please log in');
      const contentType = req.headers.get('content-type') ?? '';
      if (!contentType.startsWith('multipart/form-data')) throw badInput('file', 'must be sent as multipart/form-data');
      const maxBytes = limit.maxBytes();
      const body = await readLimited(req, maxBytes + FORM_OVERHEAD);
      if (!body) throw limit.tooLarge(maxBytes);
      let form: FormData;
      try {
        form = await new Request('http://upload.local/', { method: 'POST', headers: { 'content-type': contentType }, body: body as BodyInit }).formData();
      } catch {
        throw badInput('file', 'is missing or unreadable');
      }
      const file = form.get('file');
      if (!file || typeof file === 'string') throw badInput('file', 'is required');
      return await handle(viewer, form, file);
    } catch (error) {
      return fromError(error);
    }
  };
}
