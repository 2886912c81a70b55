import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => import('../mocks/electron'));

type ElectronMock = typeof import('../mocks/electron');

/** Loads electron/main/index.ts afresh (it wires everything at import time). */
async function boot(lock = true): Promise<ElectronMock> {
  vi.resetModules();
  const electron = (await import('electron')) as unknown as ElectronMock;
  electron.resetElectronMock();
  electron.app.requestSingleInstanceLock.mockReturnValue(lock);
  await import('../../electron/main/index');
  return electron;
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('main lifecycle', () => {
  let electron: ElectronMock;
  beforeEach(async () => {
    electron = await boot();
  });

  it('before ready: privileged scheme, sandbox, hardening hook; nothing else yet', () => {
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledTimes(1);
    expect(electron.app.enableSandbox).toHaveBeenCalledTimes(1);
    expect(electron.app.listenerCount('web-contents-created')).toBe(1);
    expect(electron.BrowserWindow.instances).toHaveLength(0);
    expect(electron.protocol.handle).not.toHaveBeenCalled();
    expect(electron.ipcMain.handlers.size).toBe(0);
  });

  it('on ready: hardened session, app:// protocol, IPC handlers, then the window', async () => {
    electron.app.becomeReady();
    await flush();
    const ses = electron.session.defaultSession;
    expect(ses.setPermissionRequestHandler).toHaveBeenCalled();
    expect(ses.setPermissionCheckHandler).toHaveBeenCalled();
    expect(electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect([...electron.ipcMain.handlers.keys()].sort()).toEqual(['app:info', 'file:open', 'file:save', 'xlsx:abort', 'xlsx:begin', 'xlsx:cancel-read', 'xlsx:finish', 'xlsx:read', 'xlsx:rows']);
    expect(electron.BrowserWindow.instances).toHaveLength(1);
    expect(electron.BrowserWindow.instances[0]!.loadURL).toHaveBeenCalledWith('app://guazhitong/index.html');
  });

  it('answers app:info from the window, and nobody else', async () => {
    electron.app.becomeReady();
    await flush();
    const win = electron.BrowserWindow.instances[0]!;
    const handler = electron.ipcMain.handlers.get('app:info')!;
    await expect(handler({ senderFrame: win.webContents.mainFrame })).resolves.toMatchObject({ name: '挂职通', host: 'electron' });
    await expect(handler({ senderFrame: new electron.MockWebFrameMain('app://guazhitong/index.html') })).rejects.toThrow(/forbidden/);
  });

  it('file:save opens the save dialog in Documents, modal to the window', async () => {
    electron.app.becomeReady();
    await flush();
    const win = electron.BrowserWindow.instances[0]!;
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' });
    const handler = electron.ipcMain.handlers.get('file:save')!;
    const req = { suggestedName: '名册.xlsx', filters: [{ name: 'Excel 工作簿', extensions: ['xlsx'] }], data: new Uint8Array([1]) };
    await expect(handler({ senderFrame: win.webContents.mainFrame }, req)).resolves.toEqual({ saved: false });
    const [parent, options] = electron.dialog.showSaveDialog.mock.calls[0]!;
    expect(parent).toBe(win);
    expect(options).toMatchObject({ defaultPath: expect.stringMatching(/documents[\\/]名册\.xlsx$/), filters: req.filters });
  });

  it('xlsx:begin opens the save dialog in Documents with the Excel filter; cancel answers null', async () => {
    electron.app.becomeReady();
    await flush();
    const win = electron.BrowserWindow.instances[0]!;
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' });
    const handler = electron.ipcMain.handlers.get('xlsx:begin')!;
    const head = {
      sheetName: '花名册',
      title: '开江县挂职干部花名册',
      reportingUnit: '县委组织部',
      reportDate: '2024-05-06',
      orientation: 'landscape',
      columns: [{ key: 'name', header: '姓名', width: 9 }],
    };
    await expect(handler({ senderFrame: win.webContents.mainFrame }, { suggestedName: '花名册', head })).resolves.toBeNull();
    const [parent, options] = electron.dialog.showSaveDialog.mock.calls[0]!;
    expect(parent).toBe(win);
    expect(options).toMatchObject({
      defaultPath: expect.stringMatching(/documents[\\/]花名册\.xlsx$/),
      filters: [{ name: 'Excel 工作簿', extensions: ['xlsx'] }],
    });
  });

  it('quits when the last window closes (not on macOS)', () => {
    electron.app.emit('window-all-closed');
    expect(electron.app.quit).toHaveBeenCalledTimes(process.platform === 'darwin' ? 0 : 1);
  });

  it('focuses the running window when a second copy starts', async () => {
    electron.app.becomeReady();
    await flush();
    electron.app.emit('second-instance');
    expect(electron.BrowserWindow.instances[0]!.focus).toHaveBeenCalled();
  });

  it('a second copy quits at once without a window', async () => {
    electron = await boot(false);
    expect(electron.app.quit).toHaveBeenCalled();
    electron.app.becomeReady();
    await flush();
    expect(electron.BrowserWindow.instances).toHaveLength(0);
    expect(electron.ipcMain.handlers.size).toBe(0);
  });
});
