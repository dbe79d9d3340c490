import { defineConfig } from 'vitest/config';

// End-to-end tests: real Chromium / Firefox with the BUILT extension against the
// mock Seller Central. Run them through `npx tsx tests/tools/e2e.ts` (it builds and
// checks the browsers first). One file at a time: the machines have 2 cores and
// each file drives a whole browser.
export default defineConfig({
  test: {
    globals: true,
    environment: 'node',
    include: ['tests/e2e/{chromium,firefox}/**/*.e2e.ts'],
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    teardownTimeout: 30_000,
    reporters: ['verbose'],
    // A browser test that fails once is a bug to fix, not to retry.
    retry: 0,
  },
});
