import { fileURLToPath } from 'node:url';
import { defineProject } from 'vitest/config';

/**
 * The explorer's unit tests: pure graph logic and data helpers, in Node (no
 * browser). Run alone with `npx vitest run --config explorer/vitest.config.ts`,
 * or list this file in the root config's `projects`.
 */
export default defineProject({
  root: fileURLToPath(new URL('.', import.meta.url)),
  test: {
    name: 'explorer',
    environment: 'node',
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
  },
});
