// Self-service: change one's own password (old one required) and phone, email, address — nothing else.
import { DataSource } from 'typeorm';
import { User } from '@/entities';
import { Viewer } from '@/lib/access';
import { audit, diff } from '@/lib/audit/audit';
import { inTransaction } from '@/lib/db/transaction';
import { FieldErrors, badInput } from '@/lib/errors';
import { EMAIL, PHONE, blankToNull } from '@/lib/text';
import { hashPassword, passwordProblem, verifyPassword } from './password';

const actor = (viewer: Viewer) => ({ userId: viewer.userId, ip: viewer.ip, requestId: viewer.requestId });

/** Changes the password and ends every existing session (the UI signs in again with the new one). */
export async function changePassword(db: DataSource, viewer: Viewer, oldPassword: string, newPassword: string) {
  const problem = passwordProblem(newPassword);
  if (problem) throw badInput('newPassword', problem);
  if (oldPassword === newPassword) throw badInput('newPassword', 'must differ from the old password');
  const hash = await hashPassword(newPassword);
  return inTransaction(db, async (manager) => {
    const user = await manager.findOneByOrFail(User, { id: viewer.userId });
    if (!(await verifyPassword(oldPassword ?? '', user.passwordHash))) throw badInput('oldPassword', 'is not your current password');
    await manager.update(User, { id: user.id }, { passwordHash: hash, mustChangePassword: false, sessionVersion: user.sessionVersion + 1 });
    await audit(manager, actor(viewer), { action: 'password.change', entityType: 'user', entityId: user.id });
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
