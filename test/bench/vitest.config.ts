import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

/** `npm run bench`: speed figures in real Chromium; prints them and writes BENCHMARKS.md. */
export default defineConfig({
  resolve: { alias: { '@shared': resolve(import.meta.dirname, '../../shared') } },
  test: {
    name: 'bench',
    root: resolve(import.meta.dirname, '../..'),
    include: ['test/bench/**/*.bench-run.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 1_800_000,
    hookTimeout: 600_000,
    reporters: ['verbose'],
  },
});
