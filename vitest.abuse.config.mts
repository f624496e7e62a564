import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

// `npm run test:abuse`: hostile requests and load against one real built server (issue 10).
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } },
  test: {
    include: ['tests/abuse/**/*.test.ts'],
    globalSetup: ['tests/abuse/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 600_000,
    fileParallelism: false,
    // Failures list every problem of a request; show them whole.
    chaiConfig: { truncateThreshold: 0 },
  },
});
