// Next.js config: server packages that must stay external so there is one copy of graphql and
// typeorm can load its database drivers (see ../shared/STACK-NOTES.md).
/** @type {import('next').NextConfig} */
module.exports = {
  serverExternalPackages: [
    'typeorm', 'better-sqlite3', 'mysql2', 'type-graphql', 'graphql', '@apollo/server',
    'graphql-shield', 'graphql-middleware', 'bcryptjs', 'pino', 'class-validator', 'dataloader',
    '@escape.tech/graphql-armor-max-depth', '@escape.tech/graphql-armor-cost-limit', 'exceljs',
  ],
  poweredByHeader: false,
  // Parallel local runs (e.g. two browser-test runs) can each build into their own directory.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // The HTTP bench builds the working tree as it is (NEXT_SKIP_TYPECHECK=1): types are `npm run typecheck`'s job.
  typescript: { ignoreBuildErrors: process.env.NEXT_SKIP_TYPECHECK === '1' },
  // Security headers of every response; pages also get a nonce Content-Security-Policy from proxy.ts.
  async headers() {
    const everywhere = [
      { key: 'X-Frame-Options', value: 'DENY' },
      { key: 'X-Content-Type-Options', value: 'nosniff' },
      { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
      { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=()' },
      { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
    ];
    return [
      { source: '/:path*', headers: everywhere },
      // API answers are data, never a document: nothing may load from them or frame them.
      { source: '/api/:path*', headers: [{ key: 'Content-Security-Policy', value: "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'" }] },
      // Behind a TLS-terminating proxy: browsers are told to come back over https only.
      { source: '/:path*', has: [{ type: 'header', key: 'x-forwarded-proto', value: 'https' }], headers: [{ key: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains' }] },
    ];
  },
};
