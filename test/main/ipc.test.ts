import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNEL_METHODS, CHANNELS } from '@shared/ipc/channels';
import { CONTRACT, DEFAULT_OPEN_MAX_BYTES, WEB_CHANNELS } from '@shared/ipc/contract';
import { BridgeException, toBridgeError } from '@shared/ipc/errors';
import { createHandler, registerIpcHandlers } from '../../electron/main/ipc';
import type { ServiceTable } from '../../electron/main/services/dispatch';
import * as electron from '../mocks/electron';

// ipc.ts imports nothing from 'electron'; the mock supplies the window and ipcMain fakes only.

const APP_INFO = { name: '挂职通', version: '1.2.3', host: 'electron', platform: 'linux' } as const;

function setup() {
  electron.resetElectronMock();
  const win = new electron.BrowserWindow({});
  const services = {
    'app:info': vi.fn(async () => ({ ...APP_INFO })),
    'file:save': vi.fn(async () => ({ saved: true, fileName: '名册.xlsx' })),
    'file:open': vi.fn(async () => ({ name: '名册.xlsx', data: new Uint8Array([1, 2, 3]) })),
  };
  const log = vi.fn();
  registerIpcHandlers(electron.ipcMain, () => win, services as unknown as ServiceTable, log);
  const invoke = (channel: string, event: unknown, ...args: unknown[]) => {
    const handler = electron.ipcMain.handlers.get(channel);
    if (!handler) throw new Error(`no handler for ${channel}`);
    return handler(event, ...args) as Promise<unknown>;
  };
  const trusted = { senderFrame: win.webContents.mainFrame };
  return { win, services, log, invoke, trusted };
}

/** What the renderer would see: Electron wraps the thrown error's message. */
async function rejection(promise: Promise<unknown>) {
  const err = await promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(Error);
  return toBridgeError(new Error(`Error invoking remote method 'x': ${String(err)}`));
}

const GOOD_SAVE = { suggestedName: '挂职干部名册.xlsx', filters: [{ name: 'Excel 工作簿', extensions: ['xlsx'] }], data: new Uint8Array([80, 75, 3, 4]) };

describe('IPC handlers', () => {
  let ctx: ReturnType<typeof setup>;
  beforeEach(() => {
    ctx = setup();
  });

  it('registers one handler per channel', () => {
    expect([...electron.ipcMain.handlers.keys()].sort()).toEqual([...CHANNELS].sort());
  });

  it('serves the main frame of the window on the app origin', async () => {
    await expect(ctx.invoke('app:info', ctx.trusted)).resolves.toEqual(APP_INFO);
    await expect(ctx.invoke('file:save', ctx.trusted, GOOD_SAVE)).resolves.toEqual({ saved: true, fileName: '名册.xlsx' });
    expect(ctx.services['file:save']).toHaveBeenCalledWith(GOOD_SAVE);
  });

  it('rejects a different frame without calling the service', async () => {
    const iframe = new electron.MockWebFrameMain('app://guazhitong/index.html');
    const error = await rejection(ctx.invoke('file:save', { senderFrame: iframe }, GOOD_SAVE));
    expect(error.code).toBe('forbidden');
    expect(error.message).toMatch(/[\u4e00-\u9fff]/);
    expect(ctx.services['file:save']).not.toHaveBeenCalled();
  });

  it('rejects the main frame once it is on another origin without calling the service', async () => {
    ctx.win.webContents.mainFrame.url = 'https://evil.example/';
    const error = await rejection(ctx.invoke('file:open', ctx.trusted, { filters: [] }));
    expect(error.code).toBe('forbidden');
    expect(ctx.services['file:open']).not.toHaveBeenCalled();
  });

  it('rejects a missing frame and a destroyed window', async () => {
    expect((await rejection(ctx.invoke('app:info', { senderFrame: null }))).code).toBe('forbidden');
    ctx.win.destroyed = true;
    expect((await rejection(ctx.invoke('app:info', ctx.trusted))).code).toBe('forbidden');
    expect(ctx.services['app:info']).not.toHaveBeenCalled();
  });

  it.each([
    ['a path as the file name', { ...GOOD_SAVE, suggestedName: '../../etc/passwd' }],
    ['a Windows path', { ...GOOD_SAVE, suggestedName: 'C:\\Windows\\win.ini' }],
    ['".." in the name', { ...GOOD_SAVE, suggestedName: '名册..xlsx' }],
    ['the name ".."', { ...GOOD_SAVE, suggestedName: '..' }],
    ['a control character', { ...GOOD_SAVE, suggestedName: 'a\u0000.xlsx' }],
    ['a bidi override', { ...GOOD_SAVE, suggestedName: '名册\u202Excod.exe' }],
    ['a name over 120 characters', { ...GOOD_SAVE, suggestedName: `${'名'.repeat(116)}.xlsx` }],
    ['a device name', { ...GOOD_SAVE, suggestedName: 'CON.xlsx' }],
    ['data that is not bytes', { ...GOOD_SAVE, data: 'not bytes' }],
    ['data as a number array', { ...GOOD_SAVE, data: [1, 2, 3] }],
    ['an unknown field', { ...GOOD_SAVE, path: '/etc/passwd' }],
    ['a bad extension', { ...GOOD_SAVE, filters: [{ name: 'x', extensions: ['.xlsx'] }] }],
  ])('rejects %s without calling the service', async (_label, payload) => {
    const error = await rejection(ctx.invoke('file:save', ctx.trusted, payload));
    expect(error.code).toBe('invalid-request');
    expect(error.message).toContain('请求内容不符合要求');
    expect(ctx.services['file:save']).not.toHaveBeenCalled();
  });

  it('says what is wrong with the file name in Chinese', async () => {
    const error = await rejection(ctx.invoke('file:save', ctx.trusted, { ...GOOD_SAVE, suggestedName: '../../etc/passwd' }));
    expect(error.message).toContain('参数1.suggestedName');
    expect(error.message).toContain('文件名不能包含路径分隔符');
  });

  it('rejects missing and extra arguments', async () => {
    expect((await rejection(ctx.invoke('file:save', ctx.trusted))).code).toBe('invalid-request');
    expect((await rejection(ctx.invoke('file:save', ctx.trusted, GOOD_SAVE, 'extra'))).code).toBe('invalid-request');
    expect((await rejection(ctx.invoke('app:info', ctx.trusted, 'extra'))).code).toBe('invalid-request');
    expect(ctx.services['file:save']).not.toHaveBeenCalled();
    expect(ctx.services['app:info']).not.toHaveBeenCalled();
  });

  it('applies the default size limit of file:open', async () => {
    await ctx.invoke('file:open', ctx.trusted, { filters: [{ name: 'Excel', extensions: ['xlsx'] }] });
    expect(ctx.services['file:open']).toHaveBeenCalledWith({ filters: [{ name: 'Excel', extensions: ['xlsx'] }], maxBytes: DEFAULT_OPEN_MAX_BYTES });
  });

  it('refuses a result that breaks the contract (a full path to the renderer)', async () => {
    ctx.services['file:save'].mockResolvedValueOnce({ saved: true, fileName: '/home/clerk/名册.xlsx' });
    const error = await rejection(ctx.invoke('file:save', ctx.trusted, GOOD_SAVE));
    expect(error.code).toBe('invalid-response');
    expect(ctx.log).toHaveBeenCalled();
  });

  it('passes a service BridgeException through and hides other errors', async () => {
    ctx.services['file:open'].mockRejectedValueOnce(new BridgeException({ code: 'file-too-large', message: '文件过大' }));
    expect(await rejection(ctx.invoke('file:open', ctx.trusted, { filters: [] }))).toEqual({ code: 'file-too-large', message: '文件过大' });
    ctx.services['file:open'].mockRejectedValueOnce(new Error("ENOENT: open '/home/clerk/secret/名册.xlsx'"));
    const hidden = await rejection(ctx.invoke('file:open', ctx.trusted, { filters: [] }));
    expect(hidden.code).toBe('internal');
    expect(hidden.message).not.toContain('/home/clerk');
  });
});

describe('channel table', () => {
  it('has one row and one distinct method per channel; the file dialogs stay off HTTP', () => {
    expect(Object.keys(CONTRACT).sort()).toEqual([...CHANNELS].sort());
    expect(Object.keys(CHANNEL_METHODS).sort()).toEqual([...CHANNELS].sort());
    expect(new Set(Object.values(CHANNEL_METHODS)).size).toBe(CHANNELS.length);
    expect(WEB_CHANNELS).toEqual(['app:info', 'xlsx:begin', 'xlsx:rows', 'xlsx:finish', 'xlsx:abort', 'xlsx:read', 'xlsx:cancel-read', 'xlsx:read-progress', 'lrmx:read',
      'package:begin', 'package:rows', 'package:finish', 'package:abort', 'package:read', 'held:records', 'held:release', 'backup:begin', 'backup:rows', 'backup:finish', 'backup:abort', 'backup:list', 'backup:open']);
  });
});

describe('createHandler', () => {
  it('checks the sender before touching the payload', async () => {
    const service = vi.fn(async () => ({ ...APP_INFO }));
    const isTrusted = vi.fn(() => false);
    const handler = createHandler('app:info', { service, isTrusted, log: () => undefined });
    await expect(handler({ senderFrame: null })).rejects.toThrow(/forbidden/);
    expect(isTrusted).toHaveBeenCalledTimes(1);
    expect(service).not.toHaveBeenCalled();
  });
});
