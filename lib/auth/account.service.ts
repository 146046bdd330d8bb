// Self-service: change one's own password (old one required) and phone, email, address — nothing else.
import { DataSource } from 'typeorm';
import { User } from '@/entities';
import { Viewer } from '@/lib/access';
import { audit, diff } from '@/lib/audit/audit';
import { inTransaction } from '@/lib/db/transaction';
import { FieldErrors, badInput } from '@/lib/errors';
import { EMAIL, PHONE, blankToNull } from '@/lib/text';
import { revokeAllApiTokens } from './api-token.service';
import { countersFor, giveBack, takeAttempt } from './login-throttle';
import { PasswordChangeFailure, writeLoginLog } from './login.service';
import { hashPassword, passwordProblem, verifyPassword } from './password';

const actor = (viewer: Viewer) => ({ userId: viewer.userId, ip: viewer.ip, requestId: viewer.requestId });

/**
 * Changes the password, ends every existing session (the UI signs in again with the new one) and revokes every API
 * token. The old password is checked under the same limits as a sign-in (username and IP counters shared with
 * login), and each refusal is written to the login log, so a stolen session or token is no password oracle.
 */
export async function changePassword(db: DataSource, viewer: Viewer, oldPassword: string, newPassword: string) {
  const problem = passwordProblem(newPassword);
  if (problem) throw badInput('newPassword', problem);
  if (oldPassword === newPassword) throw badInput('newPassword', 'must differ from the old password');
  const refused = (reason: PasswordChangeFailure) =>
    writeLoginLog(db, { username: viewer.username, userId: viewer.userId, success: false, reason, ip: viewer.ip, userAgent: null });
  const counters = countersFor(viewer.username, viewer.ip);
  if (!(await takeAttempt(db, counters))) {
    await refused('PASSWORD_CHANGE_THROTTLED');
    throw badInput('oldPassword', 'too many failed attempts; try again in 15 minutes');
  }
  const stored = await db.getRepository(User).findOneByOrFail({ id: viewer.userId });
  if (!(await verifyPassword(String(oldPassword ?? ''), stored.passwordHash))) {
    await refused('PASSWORD_CHANGE_REFUSED');
    throw badInput('oldPassword', 'is not your current password');
  }
  await giveBack(db, counters);
  const hash = await hashPassword(newPassword);
  return inTransaction(db, async (manager) => {
    const user = await manager.findOneByOrFail(User, { id: viewer.userId });
    // Someone changed it meanwhile (another session): the checked password is no longer the current one.
    if (user.passwordHash !== stored.passwordHash) throw badInput('oldPassword', 'is not your current password');
    await manager.update(User, { id: user.id }, { passwordHash: hash, mustChangePassword: false, sessionVersion: user.sessionVersion + 1 });
    const apiTokensRevoked = await revokeAllApiTokens(manager, user.id);
    await audit(manager, actor(viewer), { action: 'password.change', entityType: 'user', entityId: user.id, changes: { apiTokensRevoked } });
    return manager.findOneByOrFail(User, { id: user.id });
  });
}

export interface ProfileInput { phone?: string | null; email?: string | null; address?: string | null }

export async function updateMyProfile(db: DataSource, viewer: Viewer, input: ProfileInput) {
  const errors = new FieldErrors();
  const patch: ProfileInput = {};
  for (const key of ['phone', 'email', 'address'] as const) if (input[key] !== undefined) patch[key] = blankToNull(input[key]);
  if (patch.phone) errors.check(PHONE.test(patch.phone), 'phone', 'must be a phone number');
  if (patch.email) errors.check(EMAIL.test(patch.email) && patch.email.length <= 100, 'email', 'must be an email address');
  if (patch.address) errors.check(patch.address.length <= 200, 'address', 'must be at most 200 characters');
  errors.throwIfAny();
  return inTransaction(db, async (manager) => {
    const user = await manager.findOneByOrFail(User, { id: viewer.userId });
    const changes = diff(user, patch);
    if (Object.keys(changes).length) {
      await manager.update(User, { id: user.id }, patch);
      await audit(manager, actor(viewer), { action: 'update', entityType: 'user', entityId: user.id, changes });
    }
    return manager.findOneByOrFail(User, { id: user.id });
  });
}
