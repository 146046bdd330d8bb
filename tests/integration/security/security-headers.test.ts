// Finding 10 (server side): every page response carries its own nonce Content-Security-Policy with
// frame-ancestors 'none' (proxy.ts), every response X-Frame-Options DENY, nosniff and a Referrer-Policy, the API
// a locked-down policy (next.config.js), HSTS only over https, and Secure session cookies when served over
// https. The browser side (no framing, no CSP violation on the main pages) is tests/e2e/security-headers.e2e.ts.
import { NextRequest } from 'next/server';
import { config as proxyConfig, proxy } from '@/proxy';

process.env.NEXTAUTH_SECRET ??= 'test-secret-for-jest-only';

const nextConfig = require('@/next.config.js'); // eslint-disable-line @typescript-eslint/no-require-imports

const directives = (policy: string) => Object.fromEntries(policy.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));

describe('pages: a nonce policy per response (proxy.ts)', () => {
  const page = (url: string, headers: Record<string, string> = {}) => proxy(new NextRequest(url, { headers }));

  test('a strict script policy with a fresh nonce, which the page receives through its request headers', () => {
    const first = page('http://crm.local/customers');
    const policy = directives(first.headers.get('content-security-policy')!);
    const nonce = policy['script-src'].find((v: string) => v.startsWith("'nonce-"))!.slice(7, -1);
    expect(nonce.length).toBeGreaterThanOrEqual(16);
    expect(policy['script-src']).toEqual(["'self'", `'nonce-${nonce}'`, "'strict-dynamic'"]);
    expect(policy['style-src-elem']).toContain(`'nonce-${nonce}'`);
    expect(policy['style-src-elem']).not.toContain("'unsafe-inline'");
    expect(policy['frame-ancestors']).toEqual(["'none'"]);
    expect(policy['object-src']).toEqual(["'none'"]);
    expect(policy['base-uri']).toEqual(["'self'"]);
    // NextResponse.next({ request }) hands these to the page: Next.js reads the policy, the layout the nonce.
    expect(first.headers.get('x-middleware-request-x-nonce')).toBe(nonce);
    expect(first.headers.get('x-middleware-request-content-security-policy')).toBe(first.headers.get('content-security-policy'));
    const second = page('http://crm.local/customers');
    expect(second.headers.get('x-middleware-request-x-nonce')).not.toBe(nonce);
  });

  test('HSTS and upgrade-insecure-requests over https only (directly or as the proxy in front says)', () => {
    const plain = page('http://crm.local/login');
    expect(plain.headers.get('strict-transport-security')).toBeNull();
    expect(plain.headers.get('content-security-policy')).not.toContain('upgrade-insecure-requests');
    for (const secure of [page('https://crm.example.com/login'), page('http://crm.local/login', { 'x-forwarded-proto': 'https' })]) {
      expect(secure.headers.get('strict-transport-security')).toMatch(/^max-age=\d{8},?/);
      expect(secure.headers.get('content-security-policy')).toContain('upgrade-insecure-requests');
    }
  });

  test('runs for pages, not for the API (request bodies must not pass through it) nor build assets', () => {
    const source = proxyConfig.matcher[0].source;
    const matches = (path: string) => new RegExp(`^${source}$`).test(path);
    expect(['/', '/login', '/customers', '/customers/12', '/opportunities/board', '/apiary'].filter((p) => !matches(p))).toEqual([]);
    expect(['/api/graphql', '/api/attachments', '/api/exports', '/_next/static/chunks/a.js', '/_next/image', '/icon.svg'].filter(matches)).toEqual([]);
  });
});

describe('every response (next.config.js)', () => {
  const rules = () => nextConfig.headers() as Promise<{ source: string; has?: { key: string; value: string }[]; headers: { key: string; value: string }[] }[]>;

  test('no framing, no sniffing, a referrer policy on every path; the API a policy that loads and frames nothing', async () => {
    const all = await rules();
    const everywhere = Object.fromEntries(all.filter((r) => r.source === '/:path*' && !r.has).flatMap((r) => r.headers).map((h) => [h.key, h.value]));
    expect(everywhere).toMatchObject({ 'X-Frame-Options': 'DENY', 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'strict-origin-when-cross-origin' });
    const api = all.find((r) => r.source === '/api/:path*')!.headers.find((h) => h.key === 'Content-Security-Policy')!.value;
    expect(directives(api)).toMatchObject({ 'default-src': ["'none'"], 'frame-ancestors': ["'none'"] });
    const hsts = all.find((r) => r.has?.some((h) => h.key === 'x-forwarded-proto' && h.value === 'https'))!;
    expect(hsts.headers.map((h) => h.key)).toEqual(['Strict-Transport-Security']);
  });
});

describe('session cookies', () => {
  /** The Set-Cookie lines next-auth answers a CSRF-token request with, our auth options, the app served at `url`. */
  async function csrfCookies(url: string): Promise<string[]> {
    const previous = process.env.NEXTAUTH_URL;
    process.env.NEXTAUTH_URL = url;
    try {
      let auth: typeof import('@/lib/auth/auth-options') | undefined;
      jest.isolateModules(() => { auth = require('@/lib/auth/auth-options'); }); // eslint-disable-line @typescript-eslint/no-require-imports
      const { default: NextAuth } = await import('next-auth/next');
      const cookies: string[] = [];
      // next-auth's API-route entry, with a minimal response object: the same core as the App Router route.
      const res = {
        status() { return res; },
        setHeader(key: string, value: string | string[]) { if (key.toLowerCase() === 'set-cookie') cookies.push(...[value].flat()); return res; },
        getHeader() { return cookies; },
        send() { return res; }, json() { return res; }, end() { return res; },
      };
      const host = new URL(url).host;
      await (NextAuth as unknown as (req: unknown, res: unknown, options: unknown) => Promise<unknown>)(
        { method: 'GET', query: { nextauth: ['csrf'] }, headers: { host, 'x-forwarded-proto': new URL(url).protocol.slice(0, -1) }, cookies: {}, body: undefined },
        res, auth!.authOptions,
      );
      return cookies;
    } finally {
      process.env.NEXTAUTH_URL = previous;
    }
  }

  test('are Secure (and __Host-/__Secure- prefixed) when the app is served over https, and not over plain http', async () => {
    const secure = await csrfCookies('https://crm.example.com');
    expect(secure.length).toBeGreaterThan(0);
    expect(secure.every((c) => /;\s*Secure/i.test(c) && /^__(Host|Secure)-/.test(c))).toBe(true);
    const plain = await csrfCookies('http://localhost:3000');
    expect(plain.length).toBeGreaterThan(0);
    expect(plain.some((c) => /;\s*Secure/i.test(c))).toBe(false);
  });
});
