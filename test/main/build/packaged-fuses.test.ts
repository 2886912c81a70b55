// The fuses of a PACKAGED binary, read back from the file (issue 8 item 10). The Electron binary
// cannot be downloaded on the build machines, so this runs where `npm run dist` has packaged the
// app into release/ (a packager's PC with internet); elsewhere it is skipped and says why.
// The same check by hand:  npx electron-fuses read --app release/linux-unpacked/guazhitong
//                          npx electron-fuses read --app release\win-unpacked\guazhitong.exe
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as fuses from '@electron/fuses';
import { describe, expect, it } from 'vitest';
import type AfterPack from '../../../electron/build/after-pack.cjs';

const root = resolve(__dirname, '../../..');
const hook = createRequire(import.meta.url)('../../../electron/build/after-pack.cjs') as typeof AfterPack;

/** Packaged executables electron-builder lays out in release/, per platform. */
const CANDIDATES: { path: string; platform: string }[] = [
  { path: 'release/linux-unpacked/guazhitong', platform: 'linux' },
  { path: 'release/linux-arm64-unpacked/guazhitong', platform: 'linux' },
  { path: 'release/win-unpacked/guazhitong.exe', platform: 'win32' },
];
const packaged = CANDIDATES.map((candidate) => ({ ...candidate, path: resolve(root, candidate.path) })).filter((candidate) => existsSync(candidate.path));
/** Fuse states as stored in the binary: ASCII '0' and '1'. */
const DISABLED = '0'.charCodeAt(0);
const ENABLED = '1'.charCodeAt(0);

/** The fuses the hook sets, as the wire of a binary holds them. */
function expectWireMatchesHook(wire: Awaited<ReturnType<typeof fuses.getCurrentFuseWire>>, platform: string, label: string): void {
  const { version, resetAdHocDarwinSignature: _reset, ...expected } = hook.fuseConfig(fuses, platform, 1);
  expect(wire.version).toBe(version);
  for (const [option, enabled] of Object.entries(expected)) {
    expect(wire[Number(option) as fuses.FuseV1Options], `${label}: ${fuses.FuseV1Options[Number(option)]}`).toBe(enabled ? ENABLED : DISABLED);
  }
}

const SKIP_REASON = 'release/ 中没有打包好的程序（本机无法下载 Electron）。在能联网的打包电脑上运行 npm run dist 后，此测试会读取其熔断开关（fuses）。';

describe('fuses of the packaged app', () => {
  if (packaged.length === 0) console.info(`[跳过] ${SKIP_REASON}`);

  it.skipIf(packaged.length === 0)(`read back from release/ match electron/build/after-pack.cjs${packaged.length === 0 ? `（已跳过：${SKIP_REASON}）` : ''}`, async () => {
    for (const binary of packaged) expectWireMatchesHook(await fuses.getCurrentFuseWire(binary.path), binary.platform, binary.path);
  });

  it('the afterPack hook writes them into a binary’s fuse wire, and they read back (a stand-in binary)', async () => {
    // The layout Electron's binaries carry: sentinel, wire version 1, wire length, one byte per fuse
    // (all fuses on, as Electron ships), inside unrelated bytes.
    const dir = mkdtempSync(join(tmpdir(), 'gzt-fuses-'));
    try {
      const binary = join(dir, 'guazhitong');
      writeFileSync(binary, Buffer.concat([randomBytes(4096), Buffer.from('dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'), Buffer.from([1, 8]), Buffer.alloc(8, ENABLED), randomBytes(4096)]));
      await hook({ appOutDir: dir, electronPlatformName: 'linux', arch: 1, packager: { appInfo: { productFilename: 'guazhitong' }, executableName: 'guazhitong' } });
      expectWireMatchesHook(await fuses.getCurrentFuseWire(binary), 'linux', 'stand-in');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
