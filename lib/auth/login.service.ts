// Credential login: throttled per username and per IP (lib/auth/login-throttle.ts, atomic across concurrent
// attempts and app servers), every attempt logged in the login log.
import { DataSource } from 'typeorm';
import { LoginLog, User } from '@/entities';
import { UserStatus } from '@/entities/user.entity';
import { hashPassword, verifyPassword } from './password';
import { THROTTLE, countersFor, giveBack, takeAttempt } from './login-throttle';

export { THROTTLE };

let dummyHash: Promise<string> | undefined;
/** A real hash to compare against when the user is unknown, so timing does not reveal which names exist. */
const dummy = () => (dummyHash ??= hashPassword('not-a-password-0'));

export type LoginFailure = 'BAD_CREDENTIALS' | 'DISABLED' | 'THROTTLED';
export type LoginResult = { ok: true; user: User } | { ok: false; reason: LoginFailure };

export interface LoginAttempt { username: string; password: string; ip: string | null; userAgent: string | null }

/** Reason codes of the login log that are not sign-ins: failed password changes (lib/auth/account.service.ts). */
export type PasswordChangeFailure = 'PASSWORD_CHANGE_REFUSED' | 'PASSWORD_CHANGE_THROTTLED';

export interface LoginLogEntry {
  username: string; userId: number | null; success: boolean; reason: LoginFailure | PasswordChangeFailure | null;
  ip: string | null; userAgent: string | null;
}

export const writeLoginLog = (db: DataSource, entry: LoginLogEntry) =>
  db.getRepository(LoginLog).insert({ ...entry, ip: entry.ip?.slice(0, 64) ?? null, userAgent: entry.userAgent?.slice(0, 255) ?? null });

export async function login(db: DataSource, attempt: LoginAttempt): Promise<LoginResult> {
  const username = String(attempt.username ?? '').trim().slice(0, 50);
  const log = (success: boolean, reason: LoginFailure | null, userId: number | null) =>
    writeLoginLog(db, { username, userId, success, reason, ip: attempt.ip, userAgent: attempt.userAgent });

  // The slot is taken before the password is checked, so parallel attempts cannot all slip under the limit.
  const counters = countersFor(username, attempt.ip);
  if (!(await takeAttempt(db, counters))) {
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
  await giveBack(db, counters);
  // The first login activates the account; the new user must then set their own password.
  const patch: Partial<User> = { lastLoginAt: new Date() };
  if (user.status === UserStatus.INACTIVE) patch.status = UserStatus.ACTIVE;
  await db.getRepository(User).update({ id: user.id }, patch);
  await log(true, null, user.id);
  return { ok: true, user: { ...user, ...patch } as User };
}
