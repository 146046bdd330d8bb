// Browser tests: real Chromium (playwright-core) against the built app started by scripts/e2e.js.
const base = require('./jest.config');

module.exports = { ...base, testMatch: ['**/tests/e2e/**/*.e2e.ts'], testTimeout: 120000 };
