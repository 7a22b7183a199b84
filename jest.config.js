/**
 * Tests run TypeScript through ts-jest in transpile-only mode; `npm run typecheck` type-checks.
 * TZ is pinned in test/setup-env.ts so nothing depends on the machine's zone.
 * @type {import('jest').Config}
 */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ["ts-jest", { tsconfig: "tsconfig.json" }],
  },
  setupFiles: ['<rootDir>/test/setup-env.ts'],
  testTimeout: 60000,
};
