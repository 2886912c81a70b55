import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

/** Browser tier: the built app on the web host, driven in headless Debian Chromium. */
export default defineConfig({
  resolve: { alias: { '@shared': resolve(import.meta.dirname, '../../shared') } },
  test: {
    name: 'e2e',
    root: resolve(import.meta.dirname, '../..'),
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    // The pages run on China Standard Time (timezoneId); the test process counts days on the same
    // calendar, or from 16:00 UTC on the test's "today" is the app's yesterday.
    env: { TZ: 'Asia/Shanghai' },
    globalSetup: ['test/e2e/global-setup.ts'],
    setupFiles: ['test/e2e/setup.ts'],
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
