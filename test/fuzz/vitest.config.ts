import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

/**
 * Fuzz tier (`npm run test:fuzz`, run by .ci/run): ≈ 1,100 generated bad files through the table
 * reader the import wizards use, in its worker, with per-case time and memory limits. About a
 * minute on 2 cores, so not part of `npm test`.
 */
export default defineConfig({
  resolve: { alias: { '@shared': resolve(import.meta.dirname, '../../shared') } },
  test: {
    name: 'fuzz',
    root: resolve(import.meta.dirname, '../..'),
    include: ['test/fuzz/**/*.fuzz.ts'],
    environment: 'node',
    globalSetup: ['test/main/tables/read-worker.setup.ts'],
    testTimeout: 600_000,
    hookTimeout: 120_000,
  },
});
