import { defineConfig } from 'vitest/config';

/** Browser tests: run against the built docs site (npm run docs:build) in Debian's Chromium. */
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.test.ts'],
    testTimeout: 60000,
    hookTimeout: 60000,
    fileParallelism: false,
  },
});
