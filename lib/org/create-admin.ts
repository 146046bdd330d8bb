// The first super administrator, created from the command line (scripts/crm.ts create-admin): ACTIVE, in the
// root department, and obliged to change the password at the first login.
import crypto from 'node:crypto';
import { DataSource, IsNull } from 'typeorm';
import { Department, Role, User, UserRole } from '@/entities';
import { UserStatus } from '@/entities/user.entity';
import { SUPER_ADMIN } from '@/lib/access';
import { audit } from '@/lib/audit/audit';
import { hashPassword, passwordProblem } from '@/lib/auth/password';
import { badInput, conflict } from '@/lib/errors';
import { bootstrap } from './bootstrap';

export interface CreateAdminInput { username: string; name?: string | null; password?: string | null }
export interface CreatedAdmin { user: User; password: string; generated: boolean }

/** A random password that meets the policy: 20 characters of letters and digits, always with both. */
export function generatePassword(): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';
  for (;;) {
    const bytes = crypto.randomBytes(20);
    const candidate = Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
    if (!passwordProblem(candidate)) return candidate;
  }
}

export async function createAdmin(db: DataSource, input: CreateAdminInput): Promise<CreatedAdmin> {
  const username = (input.username ?? '').trim();
  if (!/^[^\s]{2,50}$/u.test(username)) throw badInput('username', 'must be 2 to 50 characters without spaces');
  const generated = !input.password;
  const password = input.password || generatePassword();
  const problem = passwordProblem(password);
  if (problem) throw badInput('password', problem);
  const passwordHash = await hashPassword(password);
  await bootstrap(db);
  const user = await db.transaction(async (manager) => {
    const taken = await manager.createQueryBuilder(User, 'u').where('LOWER(u.username) = LOWER(:username)', { username }).getExists();
    if (taken) throw conflict(`A user named "${username}" already exists`, { field: 'username' });
    const root = await manager.findOneByOrFail(Department, { parentId: IsNull() });
    const role = await manager.findOneByOrFail(Role, { code: SUPER_ADMIN });
    const saved = await manager.save(manager.create(User, {
      username, name: (input.name ?? '').trim() || username, passwordHash, departmentId: root.id,
      status: UserStatus.ACTIVE, mustChangePassword: true, sessionVersion: 1,
    }));
    await manager.insert(UserRole, { userId: saved.id, roleId: role.id });
    await audit(manager, { userId: null, ip: null, requestId: 'cli' }, {
      action: 'create', entityType: 'user', entityId: saved.id, changes: { username, roleIds: [role.id], via: 'cli create-admin' },
    });
    return saved;
  });
  return { user, password, generated };
}
