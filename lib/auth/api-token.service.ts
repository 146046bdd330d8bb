// Personal API tokens: shown once, stored as SHA-256, expiring, revocable, acting as their user.
import crypto from 'node:crypto';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { ApiToken } from '@/entities';
import { FieldErrors, notFound } from '@/lib/errors';
import { audit } from '@/lib/audit/audit';
import { inTransaction } from '@/lib/db/transaction';
import { Viewer } from '@/lib/access';

const TOKEN_PREFIX = 'crm_';
const MAX_DAYS = 366;

export const hashToken = (token: string) => crypto.createHash('sha256').update(token).digest('hex');

export async function createApiToken(db: DataSource, viewer: Viewer, input: { name: string; expiresAt: Date }) {
  const errors = new FieldErrors();
  const name = (input.name ?? '').trim();
  errors.check(name.length > 0 && name.length <= 100, 'name', 'is required (at most 100 characters)');
  const expires = input.expiresAt instanceof Date ? input.expiresAt : new Date(input.expiresAt);
  const now = Date.now();
  errors.check(!Number.isNaN(expires.getTime()) && expires.getTime() > now, 'expiresAt', 'must be in the future');
  errors.check(expires.getTime() <= now + MAX_DAYS * 86400000, 'expiresAt', `must be within ${MAX_DAYS} days`);
  errors.throwIfAny();
  const token = TOKEN_PREFIX + crypto.randomBytes(32).toString('base64url');
  return inTransaction(db, async (manager) => {
    const saved = await manager.save(manager.create(ApiToken, { userId: viewer.userId, name, tokenHash: hashToken(token), prefix: token.slice(0, 12), expiresAt: expires }));
    await audit(manager, { userId: viewer.userId, ip: viewer.ip, requestId: viewer.requestId }, { action: 'create', entityType: 'api_token', entityId: saved.id, changes: { name } });
    return { token, apiToken: saved };
  });
}

export async function revokeApiToken(db: DataSource, viewer: Viewer, id: number) {
  return inTransaction(db, async (manager) => {
    const token = await manager.findOneBy(ApiToken, { id, userId: viewer.userId });
    if (!token) throw notFound('API token');
    if (!token.revokedAt) {
      token.revokedAt = new Date();
      await manager.save(token);
      await audit(manager, { userId: viewer.userId, ip: viewer.ip, requestId: viewer.requestId }, { action: 'revoke', entityType: 'api_token', entityId: id });
    }
    return token;
  });
}

export const listApiTokens = (db: DataSource, viewer: Viewer) =>
  db.getRepository(ApiToken).find({ where: { userId: viewer.userId }, order: { createdAt: 'DESC' } });

/** The user id a bearer token acts for, or null when it is unknown, revoked or expired. */
export async function userIdForToken(manager: EntityManager, token: string): Promise<number | null> {
  if (!token.startsWith(TOKEN_PREFIX)) return null;
  const row = await manager.findOneBy(ApiToken, { tokenHash: hashToken(token), revokedAt: IsNull() });
  if (!row || row.expiresAt.getTime() <= Date.now()) return null;
  await manager.update(ApiToken, { id: row.id }, { lastUsedAt: new Date() });
  return row.userId;
}

/**
 * Revokes every live token of a user (password change or reset, disabling); returns how many. The one place that
 * does so, so any cache of token lookups has a single point to forget them.
 */
export async function revokeAllApiTokens(manager: EntityManager, userId: number): Promise<number> {
  const result = await manager.update(ApiToken, { userId, revokedAt: IsNull() }, { revokedAt: new Date() });
  return result.affected ?? 0;
}
