import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

const alias = { '@shared': resolve(import.meta.dirname, 'shared') };

/** Fast tiers (ARCHITECTURE §6). The browser tier lives in test/e2e with its own config. */
export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      { resolve: { alias }, test: { name: 'shared', environment: 'node', include: ['test/shared/**/*.test.ts'] } },
      {
        resolve: { alias },
        test: {
          name: 'main',
          environment: 'node',
          include: ['test/main/**/*.test.ts', 'test/boundaries/**/*.test.ts'],
          // Builds the table-reading worker the main-tier tests start (scripts/build-read-worker.mjs).
          globalSetup: ['test/main/tables/read-worker.setup.ts'],
        },
      },
      { resolve: { alias }, test: { name: 'preload', environment: 'node', include: ['test/preload/**/*.test.ts'] } },
      {
        resolve: { alias },
        test: {
          name: 'renderer',
          environment: 'jsdom',
          include: ['test/renderer/**/*.test.ts', 'test/renderer/**/*.test.tsx'],
          setupFiles: ['test/renderer/setup.ts'],
          // Style sheets are left out, except the one a print route puts in the page itself.
          css: { include: [/print-preview\.css/] },
          // antd screens in jsdom take 10–20 s on a 2-core machine shared by several test runs.
          testTimeout: 60000,
        },
      },
    ],
  },
});
