// electron-builder `afterPack` hook: flips the Electron fuses of the packaged binary before it is
// signed and wrapped into the installer (ARCHITECTURE §4). Configured in package.json
// "build.afterPack". CommonJS because electron-builder require()s it.
'use strict';
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS file: require is its import */
const path = require('node:path');

/**
 * The fuse settings, as @electron/fuses expects them.
 * - RunAsNode off: ELECTRON_RUN_AS_NODE cannot turn the app into a plain Node.
 * - NODE_OPTIONS and --inspect ignored: no code injection through the environment or a debugger.
 * - Cookies encrypted at rest.
 * - The app loads only from app.asar, whose integrity is checked at start (Windows, macOS).
 * - file:// gets no extra privileges (the renderer is served from app://).
 * @param {typeof import('@electron/fuses')} fuses
 * @param {string} platformName electron-builder's `electronPlatformName`
 * @param {number} arch electron-builder's Arch enum (3 = arm64)
 */
function fuseConfig(fuses, platformName, arch) {
  const { FuseVersion, FuseV1Options } = fuses;
  return {
    version: FuseVersion.V1,
    // On Apple silicon the ad-hoc signature must be redone after the binary changed.
    resetAdHocDarwinSignature: platformName === 'darwin' && arch === 3,
    [FuseV1Options.RunAsNode]: false,
    [FuseV1Options.EnableCookieEncryption]: true,
    [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
    [FuseV1Options.EnableNodeCliInspectArguments]: false,
    [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
    [FuseV1Options.OnlyLoadAppFromAsar]: true,
    [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
  };
}

/**
 * Path of the Electron executable electron-builder just laid out in `appOutDir`.
 * @param {{ appOutDir: string; electronPlatformName: string; packager: { appInfo: { productFilename: string }; executableName?: string } }} context
 */
function electronBinaryPath(context) {
  const { appOutDir, electronPlatformName, packager } = context;
  const productFilename = packager.appInfo.productFilename;
  switch (electronPlatformName) {
    case 'win32':
      return path.join(appOutDir, `${productFilename}.exe`);
    case 'darwin':
    case 'mas':
      return path.join(appOutDir, `${productFilename}.app`);
    case 'linux':
      return path.join(appOutDir, packager.executableName ?? productFilename);
    default:
      throw new Error(`after-pack: unsupported platform ${electronPlatformName}`);
  }
}

/**
 * The hook. `fuses` is injectable for tests; electron-builder passes only the context.
 * @param {any} context electron-builder's AfterPackContext
 * @param {typeof import('@electron/fuses')} [fuses]
 */
async function afterPack(context, fuses = require('@electron/fuses')) {
  const binary = electronBinaryPath(context);
  await fuses.flipFuses(binary, fuseConfig(fuses, context.electronPlatformName, context.arch));
}

module.exports = afterPack;
module.exports.default = afterPack;
module.exports.afterPack = afterPack;
module.exports.fuseConfig = fuseConfig;
module.exports.electronBinaryPath = electronBinaryPath;
