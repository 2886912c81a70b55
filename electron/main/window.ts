// The main window. Its webPreferences are written as ONE inline object literal at the
// BrowserWindow call — no spreads, no variables — so reviewers, the source test in
// test/main/window.test.ts and scanners such as electronegativity all see exactly what is set.
// DevTools exist only in `npm run dev` (not packaged); the packaged app cannot open them.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, screen } from 'electron';
import { APP_START_URL, trustDevServer } from './app-origin';

/**
 * Folder of the built main bundle (out/main/ in the app; electron/main/ under vitest). The main
 * bundle is ESM ("type": "module"), which has no CommonJS directory variable.
 */
const mainDir = dirname(fileURLToPath(import.meta.url));

/** Default and minimum window size; both shrink to fit smaller screens (e.g. 1366×768). */
export const WINDOW_SIZE = { width: 1440, height: 900, minWidth: 1200, minHeight: 760 } as const;

/** The URL the window loads: app://guazhitong/index.html (or the Vite dev server in `npm run dev`). */
export function startUrl(): string {
  return trustDevServer(process.env.ELECTRON_RENDERER_URL, app.isPackaged) ?? APP_START_URL;
}

/** Creates the hardened main window, loads the app and shows it once its first paint is ready. */
export function createMainWindow(): BrowserWindow {
  const { width: areaWidth, height: areaHeight } = screen.getPrimaryDisplay().workAreaSize;
  const win = new BrowserWindow({
    title: '挂职通',
    width: Math.min(WINDOW_SIZE.width, areaWidth),
    height: Math.min(WINDOW_SIZE.height, areaHeight),
    minWidth: Math.min(WINDOW_SIZE.minWidth, areaWidth),
    minHeight: Math.min(WINDOW_SIZE.minHeight, areaHeight),
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webviewTag: false,
      preload: join(mainDir, '../preload/index.cjs'),
      spellcheck: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      navigateOnDragDrop: false,
      devTools: !app.isPackaged,
    },
  });
  win.once('ready-to-show', () => win.show());
  void win.loadURL(startUrl());
  return win;
}
