#!/usr/bin/env node
// Builds the table-reading worker (electron/main/services/tables/table-read-worker.ts) into ONE
// self-contained CommonJS file with every dependency inlined: out/worker/table-read-worker.cjs.
// Self-contained because a worker started from inside app.asar must not need to resolve modules,
// and outside out/main because electron-vite empties that folder on every build and dev start.
// Run by `npm run build`, `npm run dev`, `npm run web` (when needed) and the test set-up.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { realpathSync } from 'node:fs';
import { build } from 'vite';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** File name of the built worker. */
export const READ_WORKER_FILE = 'table-read-worker.cjs';

/** Builds the worker into `outDir` (default out/worker); resolves with the file's path. */
export async function buildReadWorker(outDir = join(root, 'out', 'worker')) {
  await build({
    configFile: false,
    root,
    logLevel: 'warn',
    resolve: { alias: { '@shared': join(root, 'shared') } },
    ssr: { noExternal: true, target: 'node' },
    build: {
      ssr: join(root, 'electron/main/services/tables/table-read-worker.ts'),
      outDir,
      emptyOutDir: false,
      minify: false,
      sourcemap: false,
      target: 'node20',
      reportCompressedSize: false,
      rollupOptions: { output: { format: 'cjs', entryFileNames: READ_WORKER_FILE, codeSplitting: false } },
    },
  });
  return join(outDir, READ_WORKER_FILE);
}

function isEntryPoint() {
  try {
    return process.argv[1] !== undefined && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href;
  } catch {
    return false;
  }
}

if (isEntryPoint()) {
  const file = await buildReadWorker(process.argv[2] ? resolve(process.argv[2]) : undefined);
  console.log(`读取表格的工作线程已构建：${file}`);
}
