import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { startWebHost, type WebHost } from '../../electron/web/server';
import { startHostProcess, type HostProcess } from '../e2e/host-process';

/** The repository root. */
const ROOT = resolve(import.meta.dirname, '../..');

/** Builds the app unless GZT_BENCH_BUILD=0 finds a build already there. */
function ensureBuild(): void {
  const built = ['out/renderer/index.html', 'out/main/web.js'].every((file) => existsSync(resolve(ROOT, file)));
  if (built && process.env.GZT_BENCH_BUILD === '0') return;
  const r = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit', shell: process.platform === 'win32' });
  if (r.status !== 0) throw new Error('build failed');
}

/** Serves the built app on a free port, the host's services in this process. */
export async function startBenchHost(): Promise<WebHost> {
  ensureBuild();
  return startWebHost({ port: 0, rendererDir: resolve(ROOT, 'out/renderer'), readWorkerPath: resolve(ROOT, 'out/worker/table-read-worker.cjs') });
}

/** Serves the built app with the built web host in a process of its own (startHostProcess). */
export async function startBenchHostProcess(options: { cpuProfileDir?: string } = {}): Promise<HostProcess> {
  ensureBuild();
  return startHostProcess(options);
}
