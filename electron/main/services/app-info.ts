// The `app:info` service: name, version and host of the running app.
import { version } from '../../../package.json';
import type { AppInfo } from '@shared/ipc/contract';

/**
 * AppInfo for `host`. The version is package.json's, inlined at build time (the same value
 * Electron's app.getVersion() reports); `electronVersion` only when running inside Electron.
 */
export function getAppInfo(host: AppInfo['host']): AppInfo {
  const electronVersion = process.versions.electron;
  return {
    name: '挂职通',
    version,
    host,
    platform: process.platform,
    ...(electronVersion ? { electronVersion } : {}),
  };
}
