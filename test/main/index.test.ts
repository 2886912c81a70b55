import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

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
    expect([...electron.ipcMain.handlers.keys()].sort()).toEqual(
      ['app:info', 'file:open', 'file:openMany', 'file:save', 'lrmx:read', 'print:pdf', 'xlsx:abort', 'xlsx:begin', 'xlsx:cancel-read', 'xlsx:finish', 'xlsx:read', 'xlsx:read-progress', 'xlsx:rows',
        'backup:abort', 'backup:begin', 'backup:finish', 'backup:list', 'backup:open', 'backup:rows', 'held:records', 'held:release', 'package:abort', 'package:begin', 'package:finish', 'package:read', 'package:rows'].sort(),
    );
    expect(electron.BrowserWindow.instances).toHaveLength(1);
    expect(electron.BrowserWindow.instances[0]!.loadURL).toHaveBeenCalledWith('app://guazhitong/index.html');
    expect(electron.Menu.applicationMenu!.template.map((menu: { label: string }) => menu.label)).toEqual(['文件', '编辑', '视图', '帮助']);
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

  it('file:openMany opens the open dialog with multiple selection in Documents, modal to the window', async () => {
    electron.app.becomeReady();
    await flush();
    const win = electron.BrowserWindow.instances[0]!;
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    const handler = electron.ipcMain.handlers.get('file:openMany')!;
    const req = { title: '选择干部任免审批表文件', filters: [{ name: '干部任免审批表', extensions: ['lrmx', 'lrm', 'pic'] }] };
    await expect(handler({ senderFrame: win.webContents.mainFrame }, req)).resolves.toBeNull();
    const [parent, options] = electron.dialog.showOpenDialog.mock.calls[0]! as [unknown, Record<string, unknown>];
    expect(parent).toBe(win);
    expect(options).toMatchObject({ title: req.title, filters: req.filters, properties: ['openFile', 'multiSelections'], defaultPath: expect.stringMatching(/documents$/) });
  });

  it('xlsx:begin opens the save dialog in Documents with the Excel filter; cancel answers null', async () => {
    electron.app.becomeReady();
    await flush();
    const win = electron.BrowserWindow.instances[0]!;
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' });
    const handler = electron.ipcMain.handlers.get('xlsx:begin')!;
    const sheets = [{ name: '花名册', columns: [{ key: 'name', width: 9 }], bands: [{ role: 'header', rows: [['姓名']] }] }];
    await expect(handler({ senderFrame: win.webContents.mainFrame }, { suggestedName: '花名册', sheets })).resolves.toBeNull();
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

describe('main: exports the page leaves behind', () => {
  let dir: string;
  let electron: ElectronMock;
  const SHEETS = [{ name: '花名册', columns: [{ key: 'name', width: 9 }], bands: [{ role: 'header', rows: [['姓名']] }] }];

  /** Boots main with its data folder and Documents in `dir`, and makes it ready. */
  async function readyApp(): Promise<ElectronMock> {
    const booted = await boot();
    booted.app.getPath.mockImplementation((name: string) => join(dir, name));
    booted.app.becomeReady();
    await flush();
    return booted;
  }

  /** Starts an export of two rows to `name` in `dir` through the IPC handlers; resolves with its job id. */
  async function exportUnderWay(app: ElectronMock, name: string): Promise<string> {
    const frame = { senderFrame: app.BrowserWindow.instances[0]!.webContents.mainFrame };
    app.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: join(dir, name) });
    const { jobId } = (await app.ipcMain.handlers.get('xlsx:begin')!(frame, { suggestedName: name, sheets: SHEETS })) as { jobId: string };
    await app.ipcMain.handlers.get('xlsx:rows')!(frame, { jobId, sheet: 0, rows: [{ cells: ['张三'] }, { cells: ['李四'] }] });
    return jobId;
  }

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'gzt-main-'));
    mkdirSync(join(dir, 'userData'));
  });
  afterEach(() => {
    electron?.app.getPath.mockImplementation((name: string) => `/home/test/${name}`);
    rmSync(dir, { recursive: true, force: true });
  });

  it('a reload of the page mid-export aborts it: the .part file goes, the job is gone', async () => {
    electron = await readyApp();
    const jobId = await exportUnderWay(electron, '花名册.xlsx');
    expect(existsSync(join(dir, '花名册.xlsx.part'))).toBe(true);
    const win = electron.BrowserWindow.instances[0]!;
    win.webContents.emit('did-navigate', {}, 'app://guazhitong/index.html');
    await vi.waitFor(() => expect(existsSync(join(dir, '花名册.xlsx.part'))).toBe(false));
    const rows = electron.ipcMain.handlers.get('xlsx:rows')!({ senderFrame: win.webContents.mainFrame }, { jobId, sheet: 0, rows: [] });
    await expect(rows).rejects.toThrow(/export-not-found/);
    expect(readdirSync(dir).filter((name) => name.endsWith('.xlsx'))).toEqual([]);
  });

  it('the .part of an export killed with the app is removed at the next start, and nothing else', async () => {
    electron = await readyApp();
    await exportUnderWay(electron, '花名册.xlsx');
    expect(existsSync(join(dir, '花名册.xlsx.part'))).toBe(true);
    expect(JSON.parse(readFileSync(join(dir, 'userData', 'exports-under-way.json'), 'utf8'))).toEqual([join(dir, '花名册.xlsx')]);
    // The clerk's own files that merely look alike stay.
    writeFileSync(join(dir, '别的.xlsx.part'), 'x');
    writeFileSync(join(dir, '花名册.xlsx'), 'an older export');
    // The app is killed (no quit, no abort); the next start cleans up.
    electron = await readyApp();
    await vi.waitFor(() => expect(existsSync(join(dir, '花名册.xlsx.part'))).toBe(false));
    expect(readdirSync(dir).sort()).toEqual(['userData', '别的.xlsx.part', '花名册.xlsx']);
    expect(readFileSync(join(dir, '花名册.xlsx'), 'utf8')).toBe('an older export');
    await vi.waitFor(() => expect(readFileSync(join(dir, 'userData', 'exports-under-way.json'), 'utf8')).toBe('[]'));
  });
});
