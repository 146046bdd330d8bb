// Bug class: a limit checked and counted in separate steps. Login throttling holds when attempts arrive all at
// once: however many run in parallel, no more passwords are checked than the window allows, per username and per
// IP, and once the limit is reached the right password is refused too. Runs through the production authorize().
import { DataSource, In } from 'typeorm';
import { LoginLog, LoginThrottle, User } from '@/entities';
import { authOptions } from '@/lib/auth/auth-options';
import { THROTTLE } from '@/lib/auth/login.service';
import { closeTestDatabase, openTestDatabase } from '../../support/database';
import { TEST_PASSWORD, makeUser, rootDepartment } from '../../support/factories';

let db: DataSource;
beforeAll(async () => { db = await openTestDatabase(); });
afterAll(async () => closeTestDatabase(db));

/** The production next-auth authorize(); 'OK' or the refusal's reason code. */
async function signIn(username: string, password: string, ip: string): Promise<string> {
  const provider = authOptions.providers[0] as unknown as { options: { authorize: (c: unknown, r: unknown) => Promise<unknown> } };
  try {
    await provider.options.authorize({ username, password }, { headers: { 'x-forwarded-for': ip, 'user-agent': 'jest' } });
    return 'OK';
  } catch (error) {
    return (error as Error).message;
  }
}

const user = async () => makeUser(db, await rootDepartment(db), []);
/** Attempts whose password was actually checked (everything the login log has that was not refused unchecked). */
const checked = (where: { username?: string; ip?: string }) =>
  db.getRepository(LoginLog).count({ where: { ...where, reason: In(['BAD_CREDENTIALS', 'DISABLED']) } })
    .then(async (failed) => failed + await db.getRepository(LoginLog).countBy({ ...where, success: true }));

test('20 parallel wrong attempts after 4 failures: one more password is checked, then even the right one is refused', async () => {
  expect(THROTTLE.maxPerUsername).toBe(5);
  const target = await user();
  for (let i = 0; i < 4; i++) expect(await signIn(target.username, 'wrong-pass-1', `198.51.100.${i}`)).toBe('BAD_CREDENTIALS');
  const burst = await Promise.all(Array.from({ length: 20 }, (_, i) => signIn(target.username, `wrong-pass-${i}x`, `203.0.113.${i}`)));
  expect(burst.filter((r) => r !== 'THROTTLED')).toEqual(['BAD_CREDENTIALS']);
  expect(await checked({ username: target.username })).toBe(THROTTLE.maxPerUsername);
  expect(await signIn(target.username, TEST_PASSWORD, '192.0.2.200')).toBe('THROTTLED');
  expect(await db.getRepository(LoginLog).countBy({ username: target.username, success: true })).toBe(0);
});

test('20 parallel attempts with the right password among them after 4 failures: at most one is checked', async () => {
  const target = await user();
  for (let i = 0; i < 4; i++) await signIn(target.username, 'wrong-pass-1', '198.51.100.50');
  const burst = await Promise.all(Array.from({ length: 20 }, (_, i) => signIn(target.username, i === 13 ? TEST_PASSWORD : `wrong-pass-${i}y`, `203.0.113.${40 + i}`)));
  const checkedInBurst = burst.filter((r) => r !== 'THROTTLED');
  expect(checkedInBurst).toHaveLength(1);
  // Whatever the one checked attempt was, the limit now holds for the right password as well, unless it was the
  // one that got in (a success gives its slot back, leaving exactly one more attempt).
  const after = await signIn(target.username, 'wrong-pass-again1', '192.0.2.201');
  expect(after).toBe(checkedInBurst[0] === 'OK' ? 'BAD_CREDENTIALS' : 'THROTTLED');
  expect(await signIn(target.username, TEST_PASSWORD, '192.0.2.202')).toBe('THROTTLED');
});

test('the per-IP limit holds under a parallel burst of different usernames from one address', async () => {
  const ip = '198.51.100.222';
  for (let i = 0; i < THROTTLE.maxPerIp - 1; i++) await signIn(`nobody-${i}`, 'wrong-pass-1', ip);
  const someone = await user();
  const burst = await Promise.all(Array.from({ length: 20 }, (_, i) => signIn(i === 7 ? someone.username : `spray-${i}`, i === 7 ? TEST_PASSWORD : 'wrong-pass-1', ip)));
  expect(burst.filter((r) => r !== 'THROTTLED')).toHaveLength(1);
  expect(await checked({ ip })).toBe(THROTTLE.maxPerIp);
});

test('successes do not count, the counter ignores letter case, and a window that has run out starts again', async () => {
  const target = await user();
  for (let i = 0; i < 10; i++) expect(await signIn(target.username, TEST_PASSWORD, '192.0.2.10')).toBe('OK');
  for (let i = 0; i < 5; i++) expect(await signIn(i % 2 ? target.username.toUpperCase() : target.username, 'wrong-pass-1', '192.0.2.11')).toBe('BAD_CREDENTIALS');
  expect(await signIn(target.username, TEST_PASSWORD, '192.0.2.12')).toBe('THROTTLED');
  const key = `user:${target.username.toLowerCase()}`;
  expect(await db.getRepository(LoginThrottle).findOneByOrFail({ key })).toMatchObject({ failures: 5 });
  await db.getRepository(LoginThrottle).update({ key }, { windowStart: new Date(Date.now() - THROTTLE.windowMs - 60_000) });
  expect(await signIn(target.username, TEST_PASSWORD, '192.0.2.13')).toBe('OK');
  expect((await db.getRepository(User).findOneByOrFail({ id: target.id })).lastLoginAt).not.toBeNull();
});
