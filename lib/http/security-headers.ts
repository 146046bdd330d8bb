// The page security headers set per request by proxy.ts: a nonce Content-Security-Policy (Next.js puts the
// nonce on its own scripts, Ant Design on its CSS-in-JS style tags) and HSTS only when the request came over
// https. The headers every response carries (API and assets too) are in next.config.js.

/** A fresh, unguessable nonce for one page response. */
export function newNonce(): string {
  return btoa(crypto.randomUUID() + crypto.randomUUID()).replace(/=+$/, '');
}

export function pagePolicy(nonce: string, options: { dev?: boolean; https?: boolean } = {}): string {
  return [
    "default-src 'self'",
    // 'strict-dynamic': scripts that Next.js' nonced bootstrap loads are trusted; nothing else runs.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.dev ? " 'unsafe-eval'" : ''}`,
    // Style elements need the nonce (the Ant Design registry and cssinjs put it on theirs); style attributes,
    // which React and Ant Design set for layout, cannot carry a nonce and cannot run script.
    `style-src 'self' 'nonce-${nonce}'`,
    `style-src-elem 'self' 'nonce-${nonce}'`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(options.https ? ['upgrade-insecure-requests'] : []),
  ].join('; ');
}

export const HSTS = 'max-age=31536000; includeSubDomains';

/** True when the client reached us over https (directly, or through a proxy that says so). */
export function isHttps(url: URL, headers: Headers): boolean {
  return url.protocol === 'https:' || headers.get('x-forwarded-proto')?.split(',')[0].trim() === 'https';
}
