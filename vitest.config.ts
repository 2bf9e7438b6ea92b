import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * One config, five projects (Vitest 4 `projects`):
 *   npx vitest run --project unit --project contract --project catalogue
 * `graphql` is aliased to one file so Vitest never loads two copies of it
 * ("from another module or realm", shared stack notes).
 */
export default defineConfig({
  resolve: {
    alias: [{ find: /^graphql$/, replacement: `${root}node_modules/graphql/index.js` }],
  },
  test: {
    projects: [
      'explorer/vitest.config.ts',
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['**/src/**/*.test.ts'],
          exclude: ['**/node_modules/**', '**/dist/**', 'explorer/**'],
        },
      },
      {
        extends: true,
        test: {
          name: 'contract',
          environment: 'node',
          include: ['test/contract/**/*.test.ts'],
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'catalogue',
          environment: 'node',
          include: ['test/catalogue/**/*.test.ts'],
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          environment: 'node',
          include: ['test/integration/**/*.test.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // One more try for a browser test only (decision 0037): a real Chromium on a shared
          // 2-core machine races now and then; a test that fails twice is red, and a retried
          // test is printed as such so its race gets mended.
          retry: 1,
          fileParallelism: false,
        },
      },
    ],
  },
});
