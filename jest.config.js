// Jest: TypeScript through SWC with legacy decorators and metadata, as TypeORM and type-graphql need.
const swc = {
  jsc: {
    parser: { syntax: 'typescript', tsx: true, decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false, react: { runtime: 'automatic' } },
    target: 'es2022',
    baseUrl: __dirname,
    paths: { '@/*': ['./*'] },
  },
  module: { type: 'commonjs' },
};
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: { '^.+\\.(t|j)sx?$': ['@swc/jest', swc] },
  moduleNameMapper: { '^@/(.*)$': '<rootDir>/$1' },
  setupFiles: ['reflect-metadata', '<rootDir>/tests/support/worker-database.setup.ts'],
  globalSetup: '<rootDir>/tests/support/global-setup.ts',
  testTimeout: 60000,
};
