// Credential login: throttled per username and per IP (counted from the login log), every attempt logged.
import { DataSource, MoreThan } from 'typeorm';
import { LoginLog, User } from '@/entities';
import { UserStatus } from '@/entities/user.entity';
import { hashPassword, verifyPassword } from './password';

let dummyHash: Promise<string> | undefined;
/** A real hash to compare against when the user is unknown, so timing does not reveal which names exist. */
const dummy = () => (dummyHash ??= hashPassword('not-a-password-0'));

export const THROTTLE = {
  windowMs: 15 * 60 * 1000,
  maxPerUsername: Number(process.env.LOGIN_MAX_FAILURES_PER_USER ?? 5),
  maxPerIp: Number(process.env.LOGIN_MAX_FAILURES_PER_IP ?? 30),
};

export type LoginFailure = 'BAD_CREDENTIALS' | 'DISABLED' | 'THROTTLED';
export type LoginResult = { ok: true; user: User } | { ok: false; reason: LoginFailure };

export interface LoginAttempt { username: string; password: string; ip: string | null; userAgent: string | null }

async function recentFailures(db: DataSource, where: { username?: string; ip?: string }) {
  const since = new Date(Date.now() - THROTTLE.windowMs);
  return db.getRepository(LoginLog).count({ where: { ...where, success: false, createdAt: MoreThan(since) } });
}

export async function login(db: DataSource, attempt: LoginAttempt): Promise<LoginResult> {
  const username = String(attempt.username ?? '').trim().slice(0, 50);
  const log = (success: boolean, reason: string | null, userId: number | null) =>
    db.getRepository(LoginLog).insert({ username, userId, success, reason, ip: attempt.ip?.slice(0, 64) ?? null, userAgent: attempt.userAgent?.slice(0, 255) ?? null });

  const throttled = (await recentFailures(db, { username })) >= THROTTLE.maxPerUsername
    || (!!attempt.ip && (await recentFailures(db, { ip: attempt.ip })) >= THROTTLE.maxPerIp);
  if (throttled) {
    await log(false, 'THROTTLED', null);
    return { ok: false, reason: 'THROTTLED' };
  }
  const user = username ? await db.getRepository(User).findOneBy({ username }) : null;
  const valid = await verifyPassword(String(attempt.password ?? ''), user?.passwordHash ?? (await dummy()));
  if (!user || !valid) {
    await log(false, 'BAD_CREDENTIALS', user?.id ?? null);
    return { ok: false, reason: 'BAD_CREDENTIALS' };
  }
  if (user.status === UserStatus.DISABLED) {
    await log(false, 'DISABLED', user.id);
    return { ok: false, reason: 'DISABLED' };
  }
  // The first login activates the account; the new user must then set their own password.
  const patch: Partial<User> = { lastLoginAt: new Date() };
  if (user.status === UserStatus.INACTIVE) patch.status = UserStatus.ACTIVE;
  await db.getRepository(User).update({ id: user.id }, patch);
  await log(true, null, user.id);
  return { ok: true, user: { ...user, ...patch } as User };
}
