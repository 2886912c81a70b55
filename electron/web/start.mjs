#!/usr/bin/env node
// `npm run web [-- --port N]`: builds (`npm run build`: electron-vite and the table-reading
// worker) when the build is missing or older than the sources, then runs the web host
// (out/main/web.js) with the given arguments.
// Plain Node, no dependencies; works the same on Windows and Linux.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const outputs = ['out/renderer/index.html', 'out/main/web.js', 'out/worker/table-read-worker.cjs'].map((file) => join(root, file));
const sources = ['renderer', 'shared', 'electron', 'electron.vite.config.ts'].map((file) => join(root, file));

/** Newest modification time (ms) of the files under `path`, skipping node_modules and dot folders. */
function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    newest = Math.max(newest, newestMtime(join(path, entry.name)));
  }
  return newest;
}

function needsBuild() {
  if (!outputs.every((file) => existsSync(file))) return true;
  const built = Math.min(...outputs.map((file) => statSync(file).mtimeMs));
  return Math.max(...sources.map(newestMtime)) > built;
}

if (needsBuild()) {
  const cli = join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
  if (!existsSync(cli)) {
    console.error('找不到 electron-vite。请先在项目目录运行 npm install（ELECTRON_SKIP_BINARY_DOWNLOAD=1 即可）。');
    process.exit(1);
  }
  console.log('界面需要重新构建，正在运行 electron-vite build …');
  for (const args of [[cli, 'build'], [join(root, 'scripts', 'build-read-worker.mjs')]]) {
    const build = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
    if (build.status !== 0) {
      console.error('构建失败，请查看上面的错误信息。');
      process.exit(build.status ?? 1);
    }
  }
}

const host = spawn(process.execPath, [join(root, 'out', 'main', 'web.js'), ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
});
// Ctrl+C reaches both processes from the terminal: let the host shut down and exit with it.
process.on('SIGINT', () => {});
process.on('SIGTERM', () => host.kill('SIGTERM'));
host.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
