import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as electron from '../../mocks/electron';

vi.mock('electron', () => import('../../mocks/electron'));

const { createPrintService, PDF_FILTERS } = await import('../../../electron/main/platform/print');
const { createHandler } = await import('../../../electron/main/ipc');

let dir: string;
beforeEach(() => {
  electron.resetElectronMock();
  dir = mkdtempSync(join(tmpdir(), 'gzt-print-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const REQUEST = { route: { kind: 'test', params: { postingId: 'p 1' } }, action: 'save' as const, suggestedName: '打印测试页' };

/** The print service behind the real IPC handler (payload validated, sender trusted). */
function setup(savePath: string | null = join(dir, '打印测试页.pdf'), options: { readyTimeoutMs?: number } = {}) {
  const chooseSavePath = vi.fn(async () => savePath);
  const service = createPrintService({ chooseSavePath, pollMs: 1, ...options });
  const handler = createHandler('print:pdf', { service, isTrusted: () => true, log: () => undefined });
  return { chooseSavePath, call: (...args: unknown[]) => handler({ senderFrame: null }, ...args) };
}

/** Starts `request`; once its window exists, the page answers the ready probe with `answers` in turn (the last one repeats). */
async function startPrint(ctx: ReturnType<typeof setup>, request: unknown, ...answers: [string, string][]) {
  const result = ctx.call(request);
  result.catch(() => undefined);
  await vi.waitFor(() => expect(electron.BrowserWindow.instances).toHaveLength(1));
  const win = electron.BrowserWindow.instances[0]!;
  let n = 0;
  win.webContents.executeJavaScript.mockImplementation(async () => answers[Math.min(n++, answers.length - 1)]);
  return { result, win };
}

describe('print:pdf in the desktop app', () => {
  it('asks where to save first, renders the route in a hidden hardened window, waits for the ready signal, writes the PDF', async () => {
    const ctx = setup();
    const { result, win } = await startPrint(ctx, REQUEST, ['', ''], ['', ''], ['1', '']);
    await expect(result).resolves.toEqual({ outcome: 'saved', fileName: '打印测试页.pdf' });
    expect(ctx.chooseSavePath).toHaveBeenCalledWith({ suggestedName: '打印测试页.pdf', filters: PDF_FILTERS });
    expect(win.options).toEqual({
      show: false,
      width: 1280,
      height: 900,
      webPreferences: {
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        webviewTag: false,
        spellcheck: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        navigateOnDragDrop: false,
        backgroundThrottling: false,
      },
    });
    expect(win.loadURL).toHaveBeenCalledWith('app://guazhitong/index.html#/print/test?postingId=p%201');
    expect(win.webContents.executeJavaScript.mock.calls.length).toBeGreaterThanOrEqual(3);
    expect(win.webContents.printToPDF).toHaveBeenCalledTimes(1);
    expect(win.webContents.printToPDF).toHaveBeenCalledWith({ preferCSSPageSize: true, printBackground: true });
    expect(readFileSync(join(dir, '打印测试页.pdf'), 'latin1')).toMatch(/^%PDF-/);
    expect(win.destroy).toHaveBeenCalled();
  });

  it('renders nothing when the clerk cancels the save dialog', async () => {
    const ctx = setup(null);
    await expect(ctx.call(REQUEST)).resolves.toEqual({ outcome: 'cancelled' });
    expect(electron.BrowserWindow.instances).toHaveLength(0);
  });

  it('opens the system print dialog for action print, and reports a cancelled dialog', async () => {
    const printing = await startPrint(setup(), { ...REQUEST, action: 'print' }, ['1', '']);
    await expect(printing.result).resolves.toEqual({ outcome: 'printed' });
    expect(printing.win.webContents.print).toHaveBeenCalledWith({ silent: false, printBackground: true }, expect.any(Function));
    expect(printing.win.webContents.printToPDF).not.toHaveBeenCalled();

    electron.resetElectronMock();
    const ctx = setup();
    const cancelled = await startPrint(ctx, { ...REQUEST, action: 'print' }, ['1', '']);
    cancelled.win.webContents.print.mockImplementationOnce((_o: unknown, callback?: (s: boolean, r: string) => void) => callback?.(false, 'Print job canceled'));
    await expect(cancelled.result).resolves.toEqual({ outcome: 'cancelled' });
    expect(ctx.chooseSavePath).not.toHaveBeenCalled();
  });

  it('passes the page’s own error on, in Chinese, and closes the window without writing', async () => {
    const { result, win } = await startPrint(setup(), REQUEST, ['', '找不到这名干部的挂职记录']);
    await expect(result).rejects.toThrow(/print-failed.*打印页面出错：找不到这名干部的挂职记录/);
    expect(win.destroy).toHaveBeenCalled();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('gives up on a page that never gets ready', async () => {
    const { result, win } = await startPrint(setup(join(dir, 'x.pdf'), { readyTimeoutMs: 20 }), REQUEST, ['', '']);
    await expect(result).rejects.toThrow(/长时间没有准备好/);
    expect(win.destroy).toHaveBeenCalled();
  });

  it.each([
    ['a kind with a path in it', { ...REQUEST, route: { kind: '../etc', params: {} } }],
    ['a parameter name with symbols', { ...REQUEST, route: { kind: 'test', params: { 'a&b': '1' } } }],
    ['a path as the file name', { ...REQUEST, suggestedName: '../x.pdf' }],
    ['an unknown action', { ...REQUEST, action: 'email' }],
  ])('refuses %s without opening a window', async (_label, request) => {
    const ctx = setup();
    await expect(ctx.call(request)).rejects.toThrow(/invalid-request/);
    expect(electron.BrowserWindow.instances).toHaveLength(0);
    expect(ctx.chooseSavePath).not.toHaveBeenCalled();
  });
});
