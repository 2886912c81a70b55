#!/usr/bin/env node
// The first step of `npm start` and `npm run dev`: make sure the Electron program files are there.
// Electron 45 no longer downloads them at `npm install`, and electron-vite then fails with the
// bare "Electron uninstall". This runs Electron's own installer (node_modules/electron/install.js)
// when they are missing, and where that cannot work — no network, or downloads switched off with
// ELECTRON_SKIP_BINARY_DOWNLOAD=1 — says so in Chinese and English and points to `npm run web`.
//
//   node scripts/ensure-electron.mjs [electron package folder]   exit 0: ready; 1: not available
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The Electron package folder of this project. */
export function electronPackageDir() {
  return dirname(createRequire(import.meta.url).resolve('electron/package.json'));
}

/** True when the Electron program files for this package version are installed in `dir`. */
export function isElectronInstalled(dir) {
  try {
    const { version } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    const executable = readFileSync(join(dir, 'path.txt'), 'utf8').trim();
    const installed = readFileSync(join(dir, 'dist', 'version'), 'utf8').trim().replace(/^v/, '');
    return installed === version && existsSync(join(dir, 'dist', executable));
  } catch {
    return false;
  }
}

/** True when the environment switches Electron downloads off. */
export function downloadSwitchedOff(env) {
  const value = (env.ELECTRON_SKIP_BINARY_DOWNLOAD ?? '').trim().toLowerCase();
  return value !== '' && value !== '0' && value !== 'false';
}

const USE_WEB = [
  '  · 不使用桌面版，直接运行 npm run web，在浏览器（Chrome、Edge）中使用挂职通网页版。',
  '    Or use the browser version instead: npm run web',
];

/** What to print when the files are missing and downloads are switched off. */
export function switchedOffMessage(version) {
  return [
    `未找到 Electron ${version} 程序文件，且已设置 ELECTRON_SKIP_BINARY_DOWNLOAD=1，不会下载，桌面版无法启动。`,
    `The Electron ${version} binary is missing and ELECTRON_SKIP_BINARY_DOWNLOAD=1 turns its download off, so the desktop app cannot start.`,
    '可以 / You can:',
    '  · 取消该环境变量后重新运行 npm start（需要联网）。',
    '    Unset ELECTRON_SKIP_BINARY_DOWNLOAD and run npm start again (needs the internet).',
    ...USE_WEB,
  ].join('\n');
}

/** What to print when the download failed; `reason` is the installer's last error line. */
export function downloadFailedMessage(version, reason) {
  return [
    `无法下载 Electron ${version} 程序文件（本机可能无法访问外网或下载镜像），桌面版无法启动。`,
    `Could not download the Electron ${version} binary (no internet access, or the download mirror cannot be reached), so the desktop app cannot start.`,
    ...(reason ? [`原因 / Reason: ${reason}`] : []),
    '可以 / You can:',
    '  · 连上网络后重新运行 npm start；或改用国内镜像：ELECTRON_MIRROR=https://npmmirror.com/mirrors/electron/ npm start',
    '    Retry npm start with internet access, or set ELECTRON_MIRROR to a mirror you can reach.',
    ...USE_WEB,
  ].join('\n');
}

/** The last meaningful line of the installer's error output (no stack frames). */
function reasonOf(stderr) {
  const lines = String(stderr ?? '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('at '));
  return lines.at(-1) ?? '';
}

/**
 * Makes sure Electron is installed in `dir`, downloading it with Electron's own installer when it
 * is not. Returns the exit code for the command line: 0 ready, 1 not available.
 */
export function ensureElectron(dir = electronPackageDir(), env = process.env, log = console.log, logError = console.error) {
  if (isElectronInstalled(dir)) return 0;
  const { version } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  if (downloadSwitchedOff(env)) {
    logError(switchedOffMessage(version));
    return 1;
  }
  log(`正在下载 Electron ${version} 程序文件（约 100 MB，只需一次）…`);
  log(`Downloading the Electron ${version} binary (about 100 MB, once)…`);
  const install = spawnSync(process.execPath, [join(dir, 'install.js')], { cwd: dir, env, encoding: 'utf8', stdio: ['ignore', 'inherit', 'pipe'] });
  if (install.status === 0 && isElectronInstalled(dir)) {
    log('Electron 已就绪。 / Electron is ready.');
    return 0;
  }
  logError(downloadFailedMessage(version, reasonOf(install.stderr) || install.error?.message));
  return 1;
}

function isEntryPoint() {
  try {
    return process.argv[1] !== undefined && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href;
  } catch {
    return false;
  }
}

if (isEntryPoint()) process.exit(ensureElectron(process.argv[2] ?? electronPackageDir()));
