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
    // The pages run on China Standard Time (timezoneId); the test process counts days on the same
    // calendar, or from 16:00 UTC on the test's "today" is the app's yesterday.
    env: { TZ: 'Asia/Shanghai' },
    fileParallelism: false,
    testTimeout: 1_800_000,
    hookTimeout: 600_000,
    reporters: ['verbose'],
  },
});
