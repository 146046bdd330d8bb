// Password hashing (bcrypt, slow on purpose) and the password policy.
import bcrypt from 'bcryptjs';

const rounds = () => Number(process.env.BCRYPT_ROUNDS ?? 12);

export const hashPassword = (plain: string) => bcrypt.hash(plain, rounds());
export const verifyPassword = (plain: string, hash: string) => bcrypt.compare(plain, hash);

/** A readable reason the password is too weak, or null when it is acceptable. */
export function passwordProblem(plain: string): string | null {
  if (typeof plain !== 'string' || plain.length < 8) return 'must be at least 8 characters';
  if (plain.length > 72) return 'must be at most 72 characters';
  if (!/[A-Za-z]/.test(plain) || !/[0-9]/.test(plain)) return 'must contain letters and digits';
  return null;
}
