import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

// Browser tests: real headless Chromium (Debian's /usr/bin/chromium) through playwright-core.
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } },
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    globalSetup: ['tests/helpers/global-server.ts'],
    testTimeout: 60_000,
    hookTimeout: 600_000,
    fileParallelism: false,
  },
});
