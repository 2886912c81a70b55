import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { startWebHost, type WebHost } from '../../electron/web/server';

/** The repository root. */
const ROOT = resolve(import.meta.dirname, '../..');

/** Builds the app unless GZT_BENCH_BUILD=0 finds a build already there, then serves it on a free port. */
export async function startBenchHost(): Promise<WebHost> {
  if (!existsSync(resolve(ROOT, 'out/renderer/index.html')) || process.env.GZT_BENCH_BUILD !== '0') {
    const r = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit', shell: process.platform === 'win32' });
    if (r.status !== 0) throw new Error('build failed');
  }
  return startWebHost({ port: 0, rendererDir: resolve(ROOT, 'out/renderer'), readWorkerPath: resolve(ROOT, 'out/worker/table-read-worker.cjs') });
}
