import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { FuseV1Options, FuseVersion } from '@electron/fuses';
import { describe, expect, it, vi } from 'vitest';
import type AfterPack from '../../../electron/build/after-pack.cjs';
import pkg from '../../../package.json';

const root = resolve(__dirname, '../../..');
const hook = createRequire(import.meta.url)('../../../electron/build/after-pack.cjs') as typeof AfterPack;

const EXPECTED_FUSES = {
  version: FuseVersion.V1,
  resetAdHocDarwinSignature: false,
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableCookieEncryption]: true,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
};

function context(electronPlatformName: string, arch = 1) {
  return {
    appOutDir: '/build/win-unpacked',
    electronPlatformName,
    arch,
    packager: { appInfo: { productFilename: 'guazhitong' }, executableName: 'guazhitong' },
  };
}

describe('afterPack fuse hook', () => {
  it('flips exactly the agreed fuses on the Windows executable', async () => {
    const flipFuses = vi.fn(async () => 0);
    await hook(context('win32'), { flipFuses, FuseV1Options, FuseVersion });
    expect(flipFuses).toHaveBeenCalledExactlyOnceWith(resolve('/build/win-unpacked', 'guazhitong.exe'), EXPECTED_FUSES);
  });

  it('finds the Linux executable by its executable name', async () => {
    const flipFuses = vi.fn(async () => 0);
    await hook.default({ ...context('linux', 3), appOutDir: '/build/linux-arm64-unpacked' }, { flipFuses, FuseV1Options, FuseVersion });
    expect(flipFuses).toHaveBeenCalledExactlyOnceWith(resolve('/build/linux-arm64-unpacked', 'guazhitong'), EXPECTED_FUSES);
  });

  it('redoes the ad-hoc signature only for macOS on arm64', () => {
    expect(hook.fuseConfig({ FuseV1Options, FuseVersion }, 'darwin', 3).resetAdHocDarwinSignature).toBe(true);
    expect(hook.fuseConfig({ FuseV1Options, FuseVersion }, 'darwin', 1).resetAdHocDarwinSignature).toBe(false);
    expect(() => hook.electronBinaryPath(context('aix'))).toThrow('unsupported platform');
  });
});

describe('electron-builder configuration (package.json "build")', () => {
  const build = (pkg as any).build;

  it('uses the hook, and the hook file exists', () => {
    expect(build.afterPack).toBe('electron/build/after-pack.cjs');
    expect(existsSync(resolve(root, build.afterPack))).toBe(true);
  });

  it('names, packs and targets as agreed', () => {
    expect(build).toMatchObject({ appId: 'cn.gov.guazhitong', productName: '挂职通', files: expect.arrayContaining(['out/**']), asar: true });
    expect(build.win.target).toEqual([{ target: 'nsis', arch: ['x64'] }]);
    expect(build.nsis).toMatchObject({ oneClick: false, perMachine: false, installerLanguages: ['zh_CN'] });
    expect(build.linux.category).toBe('Office');
    expect(build.linux.target).toEqual([
      { target: 'deb', arch: ['x64', 'arm64'] },
      { target: 'AppImage', arch: ['x64', 'arm64'] },
    ]);
    expect(pkg.scripts.dist).toMatch(/^npm run build && electron-builder\b/);
    expect(pkg.scripts.build).toBe('electron-vite build && node scripts/build-read-worker.mjs');
  });

  it('gives every artifact an ASCII name', () => {
    const names = [build.artifactName, build.nsis.artifactName, build.deb.artifactName, build.appImage.artifactName, build.executableName];
    for (const name of names) expect(name).toMatch(/^[\x20-\x7e]+$/);
  });

  it('passes electron-builder’s own schema validation', async () => {
    // app-builder-lib is electron-builder's own dependency: resolve it from there.
    const fromBuilder = createRequire(createRequire(import.meta.url).resolve('electron-builder/package.json'));
    const { validateConfiguration } = fromBuilder('app-builder-lib/out/util/config/config.js');
    await expect(validateConfiguration(build, {})).resolves.toBeUndefined();
    await expect(validateConfiguration({ ...build, nsis: { ...build.nsis, oneClik: false } }, {})).rejects.toThrow();
  }, 60_000); // loading app-builder-lib's validator takes seconds on a loaded 2-core machine
});

describe('electron-builder configuration: files it needs exist (npm run dist)', () => {
  const build = (pkg as any).build;

  /** Width and height of a PNG, from its IHDR chunk. */
  function pngSize(data: Buffer): [number, number] {
    expect(data.subarray(1, 4).toString('latin1')).toBe('PNG');
    return [data.readUInt32BE(16), data.readUInt32BE(20)];
  }

  it('every path in the build configuration points at something that exists', () => {
    const paths: string[] = [];
    const walk = (value: unknown, key = ''): void => {
      if (typeof value === 'string' && /(icon|afterPack|installerIcon|uninstallerIcon|buildResources)$/i.test(key)) paths.push(value);
      else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, k);
    };
    walk(build);
    expect(paths).toEqual(expect.arrayContaining(['resources', 'resources/icon.ico', 'resources/icons', 'electron/build/after-pack.cjs']));
    for (const path of paths) expect(existsSync(resolve(root, path)), path).toBe(true);
    expect(build.directories.buildResources).toBe('resources');
  });

  it('the Linux icons are PNGs of the sizes their names say, 16 to 512', () => {
    for (const size of [16, 32, 48, 64, 128, 256, 512]) {
      expect(pngSize(readFileSync(resolve(root, `resources/icons/${size}x${size}.png`)))).toEqual([size, size]);
    }
    expect(pngSize(readFileSync(resolve(root, 'resources/icon.png')))).toEqual([512, 512]);
  });

  it('the Windows icon holds 16 to 256 px images', () => {
    const ico = readFileSync(resolve(root, 'resources/icon.ico'));
    expect(ico.readUInt16LE(2)).toBe(1);
    const count = ico.readUInt16LE(4);
    const sizes = Array.from({ length: count }, (_, i) => ico.readUInt8(6 + 16 * i) || 256);
    expect(sizes).toEqual([16, 32, 48, 64, 128, 256]);
    for (let i = 0; i < count; i++) {
      const length = ico.readUInt32LE(6 + 16 * i + 8);
      const offset = ico.readUInt32LE(6 + 16 * i + 12);
      expect(pngSize(ico.subarray(offset, offset + length))).toEqual([sizes[i], sizes[i]]);
    }
  });
});
