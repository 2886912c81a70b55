import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { CHANNEL_METHODS, CHANNELS } from '@shared/ipc/channels';
import { importsOf } from '../boundaries/scan-imports';
import * as electron from '../mocks/electron';

vi.mock('electron', () => import('../mocks/electron'));

let api: Record<string, unknown>;

beforeAll(async () => {
  electron.resetElectronMock();
  await import('../../electron/preload/index');
  api = electron.contextBridge.exposed.get('api') as Record<string, unknown>;
});

describe('preload', () => {
  it('exposes exactly one function per channel under window.api', () => {
    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    expect(electron.contextBridge.exposeInMainWorld.mock.calls[0]![0]).toBe('api');
    expect(Object.keys(api).sort()).toEqual(
      ['abortWorkbook', 'appInfo', 'appendWorkbookRows', 'beginWorkbook', 'cancelRead', 'finishWorkbook', 'openFile', 'openFiles', 'printPdf', 'readLrmx', 'readProgress', 'readWorkbook', 'saveFile',
        'abortBackup', 'abortPackage', 'appendBackupRows', 'appendPackageRows', 'beginBackup', 'beginPackage', 'finishBackup', 'finishPackage', 'heldRecords', 'listBackups', 'openBackup', 'readPackage', 'releaseHeld'].sort(),
    );
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
  });

  it.each(CHANNELS.map((channel) => [CHANNEL_METHODS[channel], channel] as const))('%s invokes %s with its arguments', async (method, channel) => {
    electron.ipcRenderer.invoke.mockClear();
    electron.ipcRenderer.invoke.mockResolvedValueOnce({ answer: channel });
    const request = { suggestedName: 'a.xlsx', filters: [], data: new Uint8Array([1]) };
    const call = api[method] as (...args: unknown[]) => Promise<unknown>;
    await expect(call(request)).resolves.toEqual({ answer: channel });
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith(channel, request);
  });

  it('passes no extra arguments', async () => {
    electron.ipcRenderer.invoke.mockClear();
    await (api.appInfo as () => Promise<unknown>)();
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith('app:info');
  });

  it('hands the page neither ipcRenderer nor a generic invoke', () => {
    expect(Object.values(api)).not.toContain(electron.ipcRenderer.invoke);
    expect(Object.keys(api)).not.toContain('invoke');
    expect(Object.keys(api)).not.toContain('ipcRenderer');
  });

  it('imports only electron and the dependency-free channel list (the contract only as a type)', () => {
    const root = resolve(__dirname, '../..');
    const preload = readFileSync(resolve(root, 'electron/preload/index.ts'), 'utf8');
    const runtimeImports = importsOf(preload.replace(/^import type .*$/gm, ''));
    expect(runtimeImports.sort()).toEqual(['@shared/ipc/channels', 'electron']);
    expect(importsOf(readFileSync(resolve(root, 'shared/ipc/channels.ts'), 'utf8'))).toEqual([]);
  });
});
