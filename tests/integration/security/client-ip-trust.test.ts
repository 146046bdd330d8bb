// Bug class: trusting what the client writes about its own address. X-Forwarded-For counts only as far as
// TRUSTED_PROXIES says (nothing by default), addresses are validated, and the login log, the audit log and the
// per-IP login limit all use the same answer, so a forged first entry neither hides an attacker nor frames anyone.
import { NextRequest } from 'next/server';
import { DataSource } from 'typeorm';
import { AuditLog, LoginLog, User } from '@/entities';
import { POST } from '@/app/api/graphql/route';
import { authOptions } from '@/lib/auth/auth-options';
import { clientIpFromForwarded, normalizeIp, parseTrustedProxies } from '@/lib/auth/client-ip';
import { THROTTLE } from '@/lib/auth/login.service';
import { closeTestDatabase, openTestDatabase } from '../../support/database';
import { As, tokenFor } from '../../support/api';
import { TEST_PASSWORD, makeUser, roleByCode, rootDepartment } from '../../support/factories';

let db: DataSource;
let user: User;
let as: As;
const configured = process.env.TRUSTED_PROXIES;

beforeAll(async () => {
  db = await openTestDatabase();
  user = await makeUser(db, await rootDepartment(db), [await roleByCode(db, 'SALES')]);
  as = await tokenFor(db, user);
});
afterEach(() => {
  if (configured === undefined) delete process.env.TRUSTED_PROXIES;
  else process.env.TRUSTED_PROXIES = configured;
});
afterAll(async () => closeTestDatabase(db));

/** updateMyProfile through the real route with the given X-Forwarded-For; returns the IP its audit entry recorded. */
async function auditedIp(forwarded: string | null): Promise<string | null> {
  const headers: Record<string, string> = { 'content-type': 'application/json', authorization: `Bearer ${(as as { token: string }).token}` };
  if (forwarded !== null) headers['x-forwarded-for'] = forwarded;
  const address = `北京市${Math.random().toString(36).slice(2, 8)}路`;
  const body = JSON.stringify({ query: 'mutation($a: String) { updateMyProfile(input: { address: $a }) { id } }', variables: { a: address } });
  const result = await (await POST(new NextRequest('http://localhost/api/graphql', { method: 'POST', headers, body }))).json();
  expect(result.errors).toBeUndefined();
  const entry = await db.getRepository(AuditLog).findOneOrFail({ where: { entityType: 'user', entityId: user.id }, order: { id: 'DESC' } });
  expect(JSON.stringify(entry.changes)).toContain(address);
  return entry.ip;
}

/** The production next-auth authorize(), given the headers next-auth hands it; the reason code when refused. */
async function signIn(username: string, password: string, forwarded: string): Promise<string> {
  const provider = authOptions.providers[0] as unknown as { options: { authorize: (c: unknown, r: unknown) => Promise<unknown> } };
  try {
    await provider.options.authorize({ username, password }, { headers: { 'x-forwarded-for': forwarded, 'user-agent': 'jest' } });
    return 'OK';
  } catch (error) {
    return (error as Error).message;
  }
}

test('without TRUSTED_PROXIES no forwarded address is believed: the audit log records none', async () => {
  delete process.env.TRUSTED_PROXIES;
  expect(await auditedIp('6.6.6.6')).toBeNull();
  expect(await auditedIp('6.6.6.6, 203.0.113.9')).toBeNull();
});

test('with one trusted proxy the address it appended is used, never the client-written first entry', async () => {
  process.env.TRUSTED_PROXIES = '1';
  expect(await auditedIp('6.6.6.6, 203.0.113.9')).toBe('203.0.113.9');
  expect(await auditedIp('203.0.113.10')).toBe('203.0.113.10');
  // Garbage where the proxy's entry should be is no address at all, not the garbage.
  expect(await auditedIp('203.0.113.11, <script>')).toBeNull();
  expect(await auditedIp('203.0.113.12, 999.1.1.1')).toBeNull();
});

test('with a list of proxy ranges the right-most address that is not a proxy is the client', async () => {
  process.env.TRUSTED_PROXIES = '10.0.0.0/8, 192.168.7.1';
  expect(await auditedIp('6.6.6.6, 198.51.100.4, 192.168.7.1, 10.1.2.3')).toBe('198.51.100.4');
  expect(await auditedIp('6.6.6.6, 198.51.100.4')).toBe('198.51.100.4');
  expect(await auditedIp('not-an-ip, 10.1.2.3')).toBeNull();
});

test('the login log records the proxy-reported address, and a rotating first entry does not dodge the per-IP limit', async () => {
  process.env.TRUSTED_PROXIES = '1';
  const realIp = '198.51.100.77';
  expect(await signIn(user.username, 'wrong-pass-1', `1.1.1.1, ${realIp}`)).toBe('BAD_CREDENTIALS');
  const first = await db.getRepository(LoginLog).findOneOrFail({ where: { username: user.username }, order: { id: 'DESC' } });
  expect(first.ip).toBe(realIp);

  for (let i = 1; i < THROTTLE.maxPerIp; i++) expect(await signIn(`ghost${i}`, 'wrong-pass-1', `10.9.${i}.1, ${realIp}`)).toBe('BAD_CREDENTIALS');
  const other = await makeUser(db, await rootDepartment(db), []);
  expect(await signIn(other.username, TEST_PASSWORD, `172.16.0.${THROTTLE.maxPerIp}, ${realIp}`)).toBe('THROTTLED');
  expect(await signIn(other.username, TEST_PASSWORD, '198.51.100.78')).toBe('OK');
  const forged = await db.getRepository(LoginLog).createQueryBuilder('l').where('l.ip LIKE :p', { p: '10.9.%' }).getCount();
  expect(forged).toBe(0);
});

test('addresses are validated and normalised; an unreadable TRUSTED_PROXIES stops instead of trusting', () => {
  expect(normalizeIp('::FFFF:203.0.113.5')).toBe('203.0.113.5');
  expect(normalizeIp('[2001:DB8::1]:443')).toBe('2001:db8::1');
  expect(normalizeIp('203.0.113.5:8080')).toBe('203.0.113.5');
  for (const bad of ['', 'localhost', '1.2.3', '1.2.3.4.5', "1.2.3.4' OR 1=1", 'x'.repeat(100)]) expect(normalizeIp(bad)).toBeNull();
  expect(clientIpFromForwarded('1.2.3.4', parseTrustedProxies('2'))).toBeNull();
  expect(clientIpFromForwarded('9.9.9.9, 1.2.3.4, 10.0.0.1', parseTrustedProxies('2'))).toBe('1.2.3.4');
  expect(clientIpFromForwarded('10.0.0.3, 10.0.0.1', parseTrustedProxies('private'))).toBe('10.0.0.3');
  expect(clientIpFromForwarded('::1, 2001:db8::7', parseTrustedProxies('loopback'))).toBe('2001:db8::7');
  expect(() => parseTrustedProxies('10.0.0.0/33')).toThrow(/TRUSTED_PROXIES/);
  expect(() => parseTrustedProxies('proxy.internal')).toThrow(/TRUSTED_PROXIES/);
});
