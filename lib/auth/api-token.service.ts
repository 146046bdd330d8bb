// Personal API tokens: shown once, stored as SHA-256, expiring, revocable, acting as their user.
import crypto from 'node:crypto';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { ApiToken, User } from '@/entities';
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

/** How often a token's last-used time is written: at most once a minute, not on every request. */
const LAST_USED_EVERY_MS = 60_000;

const asDate = (value: unknown): Date | null => {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value;
  const text = String(value);
  return new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(text) ? text : `${text.replace(' ', 'T')}Z`);
};

/** SQL reading the access version (lib/access/access-version.ts) in the same statement as the user. */
export const ACCESS_VERSION_SQL = '(SELECT av.version FROM access_version av WHERE av.id = 1)';

/**
 * The user a bearer token acts for, with the access version, in ONE statement; null when the token is unknown,
 * revoked or expired. The last-used time is written at most once a minute.
 */
export async function userForToken(manager: EntityManager, token: string): Promise<{ user: User; accessVersion: number | null } | null> {
  if (!token.startsWith(TOKEN_PREFIX)) return null;
  const { entities, raw } = await manager.createQueryBuilder(User, 'u')
    .innerJoin(ApiToken, 't', 't.userId = u.id')
    .addSelect('t.id', 'token_id').addSelect('t.expiresAt', 'token_expires').addSelect('t.lastUsedAt', 'token_used')
    .addSelect(ACCESS_VERSION_SQL, 'access_version')
    .where('t.tokenHash = :hash AND t.revokedAt IS NULL', { hash: hashToken(token) })
    .getRawAndEntities<{ token_id: number; token_expires: unknown; token_used: unknown; access_version: number | null }>();
  const [user, row] = [entities[0], raw[0]];
  const expires = asDate(row?.token_expires);
  if (!user || !row || !expires || expires.getTime() <= Date.now()) return null;
  const used = asDate(row.token_used);
  if (!used || Date.now() - used.getTime() >= LAST_USED_EVERY_MS) {
    await manager.update(ApiToken, { id: Number(row.token_id) }, { lastUsedAt: new Date() });
  }
  return { user, accessVersion: row.access_version === null || row.access_version === undefined ? null : Number(row.access_version) };
}

/** The user id a bearer token acts for, or null when it is unknown, revoked or expired. */
export async function userIdForToken(manager: EntityManager, token: string): Promise<number | null> {
  return (await userForToken(manager, token))?.user.id ?? null;
}

/**
 * Revokes every live token of a user (password change or reset, disabling); returns how many. The one place that
 * does so, so any cache of token lookups has a single point to forget them.
 */
export async function revokeAllApiTokens(manager: EntityManager, userId: number): Promise<number> {
  const result = await manager.update(ApiToken, { userId, revokedAt: IsNull() }, { revokedAt: new Date() });
  return result.affected ?? 0;
}
