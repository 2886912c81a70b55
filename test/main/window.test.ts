import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as electron from '../mocks/electron';

vi.mock('electron', () => import('../mocks/electron'));

const { createMainWindow, startUrl } = await import('../../electron/main/window');

const WINDOW_SOURCE = resolve(__dirname, '../../electron/main/window.ts');

/**
 * The source of the object literal passed as `webPreferences` to `new BrowserWindow(...)`, or an
 * explanation of why the window options are not written the way ARCHITECTURE §4 asks.
 */
function inlineWebPreferences(source: string): { ok: true; body: string } | { ok: false; why: string } {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');
  const call = code.indexOf('new BrowserWindow(');
  if (call < 0) return { ok: false, why: 'no new BrowserWindow(' };
  if (!/^new BrowserWindow\(\s*\{/.test(code.slice(call))) return { ok: false, why: 'options are not an inline literal' };
  // The whole argument of the constructor call, by balanced parentheses.
  let depth = 0;
  let end = call + 'new BrowserWindow'.length;
  for (; end < code.length; end++) {
    if (code[end] === '(') depth++;
    if (code[end] === ')' && --depth === 0) break;
  }
  const args = code.slice(call, end + 1);
  if (args.includes('...')) return { ok: false, why: 'spread in the BrowserWindow options' };
  const at = args.search(/webPreferences\s*:\s*\{/);
  if (at < 0) return { ok: false, why: 'webPreferences is not an inline object literal' };
  const open = args.indexOf('{', at);
  let braces = 0;
  let close = open;
  for (; close < args.length; close++) {
    if (args[close] === '{') braces++;
    if (args[close] === '}' && --braces === 0) break;
  }
  if ((code.match(/webPreferences/g) ?? []).length !== 1) return { ok: false, why: 'webPreferences appears more than once' };
  return { ok: true, body: args.slice(open + 1, close) };
}

describe('main window', () => {
  beforeEach(() => {
    electron.resetElectronMock();
    delete process.env.ELECTRON_RENDERER_URL;
  });
  afterEach(() => {
    delete process.env.ELECTRON_RENDERER_URL;
  });

  it('is created with exactly the hardened webPreferences', () => {
    createMainWindow();
    expect(electron.BrowserWindow.instances).toHaveLength(1);
    const { webPreferences } = electron.BrowserWindow.instances[0]!.options;
    expect(webPreferences).toEqual({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webviewTag: false,
      preload: join(dirname(WINDOW_SOURCE), '../preload/index.cjs'),
      spellcheck: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      navigateOnDragDrop: false,
      devTools: true,
    });
    expect(webPreferences.preload).toMatch(/[\\/]preload[\\/]index\.cjs$/);
  });

  it('cannot open DevTools in the packaged app (they stay in npm run dev)', () => {
    electron.app.isPackaged = true;
    createMainWindow();
    expect(electron.BrowserWindow.instances[0]!.options.webPreferences.devTools).toBe(false);
  });

  it('writes webPreferences as one inline literal, without spreads', () => {
    const found = inlineWebPreferences(readFileSync(WINDOW_SOURCE, 'utf8'));
    expect(found).toMatchObject({ ok: true });
    const body = (found as { body: string }).body.replace(/\s+/g, ' ');
    for (const setting of [
      'contextIsolation: true',
      'sandbox: true',
      'nodeIntegration: false',
      'webviewTag: false',
      "preload: join(mainDir, '../preload/index.cjs')",
      'spellcheck: false',
      'webSecurity: true',
      'allowRunningInsecureContent: false',
      'navigateOnDragDrop: false',
      'devTools: !app.isPackaged',
    ]) {
      expect(body).toContain(setting);
    }
  });

  it('the source check rejects options built with a spread or a variable', () => {
    const spread = `const base = {}; new BrowserWindow({ webPreferences: { ...base, sandbox: true } });`;
    const variable = `const webPreferences = { sandbox: true }; new BrowserWindow({ webPreferences });`;
    const notLiteral = `new BrowserWindow(options);`;
    expect(inlineWebPreferences(spread)).toMatchObject({ ok: false, why: 'spread in the BrowserWindow options' });
    expect(inlineWebPreferences(variable)).toMatchObject({ ok: false });
    expect(inlineWebPreferences(notLiteral)).toMatchObject({ ok: false, why: 'options are not an inline literal' });
  });

  it('loads app://guazhitong/index.html, titled 挂职通, shown only when ready to show', () => {
    const win = createMainWindow() as unknown as electron.BrowserWindow;
    expect(win.loadURL).toHaveBeenCalledWith('app://guazhitong/index.html');
    expect(win.options).toMatchObject({ title: '挂职通', width: 1440, height: 900, minWidth: 1200, minHeight: 760, show: false });
    expect(win.show).not.toHaveBeenCalled();
    win.emit('ready-to-show');
    expect(win.show).toHaveBeenCalledTimes(1);
  });

  it('fits a 1366×768 screen', () => {
    electron.screen.getPrimaryDisplay.mockReturnValueOnce({ workAreaSize: { width: 1366, height: 728 } });
    const win = createMainWindow() as unknown as electron.BrowserWindow;
    expect(win.options).toMatchObject({ width: 1366, height: 728, minWidth: 1200, minHeight: 728 });
  });

  it('uses the Vite dev server only when unpackaged and local', () => {
    process.env.ELECTRON_RENDERER_URL = 'http://localhost:5173';
    expect(startUrl()).toBe('http://localhost:5173');
    electron.app.isPackaged = true;
    expect(startUrl()).toBe('app://guazhitong/index.html');
    electron.app.isPackaged = false;
    process.env.ELECTRON_RENDERER_URL = 'https://evil.example/';
    expect(startUrl()).toBe('app://guazhitong/index.html');
  });
});
