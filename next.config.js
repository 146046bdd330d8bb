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
};
