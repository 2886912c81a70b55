import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

/**
 * Fuzz tier (`npm run test:fuzz`, run by .ci/run), too slow for `npm test`: ≈ 1,100 generated bad
 * files through the table reader the import wizards use, in its worker, with per-case time and
 * memory limits (read-fuzz, about a minute on 2 cores); ≈ 1,100 bad exchange packages through
 * main's package reader and the renderer's import (package-fuzz, 2–5 minutes); the exchange
 * property at 1,000 runs (exchange-property, 5–10 minutes). Files run one after another.
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
