import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import preact from '@preact/preset-vite';

// Unit and component tests. e2e tests run through tests/tools/e2e.ts instead.
export default defineConfig({
  plugins: [WxtVitest(), preact()],
  test: {
    globals: true,
    environment: 'happy-dom',
    include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.tsx', 'tests/page/**/*.test.ts'],
    setupFiles: ['tests/setup.ts'],
    server: { deps: { inline: ['zustand'] } },
    restoreMocks: true,
  },
});
