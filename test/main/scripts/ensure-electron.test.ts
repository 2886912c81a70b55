// A first start that works (issue 7): `npm start` without the Electron binary fetches it with
// Electron's own installer, and where it cannot — no network, or downloads switched off — prints
// a clear Chinese and English message that points to `npm run web` (instead of electron-vite's
// bare “Electron uninstall”). Run as child processes, with the download made to fail.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../../..');
const script = join(root, 'scripts', 'ensure-electron.mjs');
const realElectron = join(root, 'node_modules', 'electron');
const realVersion = JSON.parse(readFileSync(join(realElectron, 'package.json'), 'utf8')).version as string;
const binaryInstalled = existsSync(join(realElectron, 'path.txt'));

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'gzt-electron-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The environment of a PC without network: downloads go to a port where nothing listens. */
function offline(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ELECTRON_MIRROR: 'http://127.0.0.1:9/', electron_config_cache: join(dir, 'cache'), ...extra };
  delete env.ELECTRON_SKIP_BINARY_DOWNLOAD;
  delete env.npm_config_electron_mirror;
  return env;
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv) {
  const result = spawnSync(command, args, { cwd: root, env, encoding: 'utf8', timeout: 120_000, shell: process.platform === 'win32' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** A stand-in Electron package: version, and an install.js that “downloads” by writing the files (or fails). */
function fakeElectron(options: { installed: boolean; installerWorks: boolean }): string {
  const pkg = join(dir, 'electron');
  mkdirSync(join(pkg, 'dist'), { recursive: true });
  writeFileSync(join(pkg, 'package.json'), JSON.stringify({ name: 'electron', version: '45.4.1' }));
  const install = "const fs=require('fs');fs.writeFileSync(__dirname+'/path.txt','electron');fs.writeFileSync(__dirname+'/dist/version','v45.4.1');fs.writeFileSync(__dirname+'/dist/electron','');";
  writeFileSync(join(pkg, 'install.js'), options.installerWorks ? install : "console.error('Error: getaddrinfo ENOTFOUND github.com');process.exit(1);");
  if (options.installed) {
    writeFileSync(join(pkg, 'path.txt'), 'electron');
    writeFileSync(join(pkg, 'dist', 'version'), 'v45.4.1');
    writeFileSync(join(pkg, 'dist', 'electron'), '');
  }
  return pkg;
}

describe('npm start without the Electron binary', () => {
  it.skipIf(binaryInstalled)('and without network prints the clear message in Chinese and English, pointing to npm run web', () => {
    const { status, output } = run('npm', ['start'], offline());
    expect(status).not.toBe(0);
    expect(output).toContain(`无法下载 Electron ${realVersion} 程序文件`);
    expect(output).toContain(`Could not download the Electron ${realVersion} binary`);
    expect(output).toContain('npm run web');
    expect(output).toContain('原因 / Reason: TypeError: fetch failed');
    expect(output).not.toContain('Electron uninstall');
    expect(output).not.toMatch(/^\s+at /m);
    expect(existsSync(join(realElectron, 'path.txt'))).toBe(false);
  }, 120_000);

  it.skipIf(binaryInstalled)('with ELECTRON_SKIP_BINARY_DOWNLOAD=1 does not try to download and says why it cannot start', () => {
    const { status, output } = run('npm', ['start'], { ...offline(), ELECTRON_SKIP_BINARY_DOWNLOAD: '1' });
    expect(status).not.toBe(0);
    expect(output).toContain('ELECTRON_SKIP_BINARY_DOWNLOAD=1');
    expect(output).toContain('npm run web');
    expect(output).not.toContain('正在下载');
  }, 120_000);
});

describe('ensure-electron.mjs', () => {
  it('does nothing when the binary of the package version is there', () => {
    const { status, output } = run(process.execPath, [script, fakeElectron({ installed: true, installerWorks: false })], offline());
    expect(status).toBe(0);
    expect(output).toBe('');
  });

  it('runs Electron’s own installer when the binary is missing, and goes on once it is there', () => {
    const pkg = fakeElectron({ installed: false, installerWorks: true });
    const { status, output } = run(process.execPath, [script, pkg], offline());
    expect(status).toBe(0);
    expect(output).toContain('正在下载 Electron 45.4.1');
    expect(output).toContain('Electron 已就绪');
    expect(existsSync(join(pkg, 'dist', 'electron'))).toBe(true);
  });

  it('reports the installer’s reason in one line when it fails', () => {
    const { status, output } = run(process.execPath, [script, fakeElectron({ installed: false, installerWorks: false })], offline());
    expect(status).toBe(1);
    expect(output).toContain('原因 / Reason: Error: getaddrinfo ENOTFOUND github.com');
    expect(output).toContain('npm run web');
  });

  it('treats a binary of another version as missing', () => {
    const pkg = fakeElectron({ installed: true, installerWorks: false });
    writeFileSync(join(pkg, 'dist', 'version'), 'v44.0.0');
    expect(run(process.execPath, [script, pkg], offline()).status).toBe(1);
  });
});
