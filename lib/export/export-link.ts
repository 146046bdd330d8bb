// Short-lived signed download links for streamed exports: the GraphQL mutation checks the request and returns
// /api/exports?token=…; the route handler streams the file to the same signed-in user within the link's lifetime.
// The token carries what to export (module, format, parameters) and whom for, signed with the app's secret.
import crypto from 'node:crypto';
import { ExportFormat } from './writers';

export const LINK_TTL_SECONDS = Number(process.env.EXPORT_LINK_SECONDS ?? 300);

export interface ExportLinkPayload { userId: number; module: string; format: ExportFormat; params: unknown; expiresAt: number }

function secret(): string {
  const value = process.env.NEXTAUTH_SECRET ?? process.env.AUTH_SECRET;
  if (!value) throw new Error('NEXTAUTH_SECRET is required to sign export links');
  return value;
}

const mac = (body: string) => crypto.createHmac('sha256', `export-link:${secret()}`).update(body).digest('base64url');

export function signExportLink(payload: Omit<ExportLinkPayload, 'expiresAt'>, now = Date.now()): { token: string; expiresAt: Date } {
  const expiresAt = now + LINK_TTL_SECONDS * 1000;
  const body = Buffer.from(JSON.stringify({ ...payload, expiresAt })).toString('base64url');
  return { token: `${body}.${mac(body)}`, expiresAt: new Date(expiresAt) };
}

/** The payload of a genuine, unexpired token; null for anything else. */
export function verifyExportLink(token: string, now = Date.now()): ExportLinkPayload | null {
  const [body, signature, extra] = token.split('.');
  if (!body || !signature || extra !== undefined || token.length > 20000) return null;
  const expected = Buffer.from(mac(body));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !crypto.timingSafeEqual(new Uint8Array(expected), new Uint8Array(given))) return null;
  try {
    const payload = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as ExportLinkPayload;
    return typeof payload.expiresAt === 'number' && payload.expiresAt > now ? payload : null;
  } catch {
    return null;
  }
}

export const exportUrl = (token: string) => `/api/exports?token=${encodeURIComponent(token)}`;
