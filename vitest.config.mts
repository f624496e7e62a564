import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

const alias = { '@': fileURLToPath(new URL('.', import.meta.url)) };

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'unit',
          // Temp content folders must not leave parse caches behind; the cache test opts in.
          env: { CONTENT_CACHE: '0' },
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/integration/**', 'tests/archive/**', 'tests/e2e/**', 'tests/abuse/**', 'node_modules/**'],
          testTimeout: 30_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'integration',
          env: { CONTENT_CACHE: '0' },
          include: ['tests/integration/**/*.test.ts'],
          globalSetup: ['tests/helpers/global-server.ts'],
          testTimeout: 60_000,
          hookTimeout: 600_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'archive',
          env: { CONTENT_CACHE: '0' },
          include: ['tests/archive/**/*.test.ts'],
          globalSetup: ['tests/helpers/global-archive-server.ts'],
          testTimeout: 60_000,
          hookTimeout: 900_000,
        },
      },
    ],
  },
});
