// Next.js proxy (the Next 16 successor of middleware): gives every page response its own CSP nonce, passed to
// the page through the request headers (Next.js reads it from there for its scripts; the root layout hands it
// to Ant Design), and HSTS over https. API routes and static files get their headers from next.config.js.
import { NextRequest, NextResponse } from 'next/server';
import { HSTS, isHttps, newNonce, pagePolicy } from '@/lib/http/security-headers';

export function proxy(request: NextRequest) {
  const nonce = newNonce();
  const https = isHttps(request.nextUrl, request.headers);
  const policy = pagePolicy(nonce, { dev: process.env.NODE_ENV === 'development', https });
  const headers = new Headers(request.headers);
  headers.set('x-nonce', nonce);
  headers.set('Content-Security-Policy', policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('Content-Security-Policy', policy);
  if (https) response.headers.set('Strict-Transport-Security', HSTS);
  return response;
}

export const config = {
  // Pages only: not the API (its bodies must not pass through here: uploads are larger than the proxy's
  // buffer), not build assets, and not prefetches, which share the page's nonce.
  matcher: [
    {
      source: '/((?!api/|_next/static|_next/image|favicon.ico|icon.svg).*)',
      missing: [{ type: 'header', key: 'next-router-prefetch' }, { type: 'header', key: 'purpose', value: 'prefetch' }],
    },
  ],
};
