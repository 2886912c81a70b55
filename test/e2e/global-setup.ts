import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startHostProcess, type HostProcess } from './host-process';

const ROOT = resolve(import.meta.dirname, '../..');

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

let host: HostProcess | undefined;

/**
 * Builds the app (unless GZT_E2E_SKIP_BUILD=1 and a build exists) and serves it on 127.0.0.1 with
 * the built web host, as `npm run web` does.
 */
export async function setup(project: TestProject): Promise<void> {
  const built = existsSync(resolve(ROOT, 'out/renderer/index.html'));
  if (!(process.env.GZT_E2E_SKIP_BUILD === '1' && built)) {
    const r = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit', shell: process.platform === 'win32' });
    if (r.status !== 0) throw new Error('npm run build failed');
  }
  host = await startHostProcess();
  project.provide('baseUrl', host.url);
}

export async function teardown(): Promise<void> {
  await host?.close();
}
