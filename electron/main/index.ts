// Electron main entry: app lifecycle only. Everything with logic lives in plain modules
// (services/, ipc.ts, sender.ts, app-origin.ts) that Node tests run without Electron.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, ipcMain, session } from 'electron';
import { registerIpcHandlers } from './ipc';
import { createElectronDialogs } from './platform/dialogs';
import { registerAppProtocol, registerAppSchemeAsPrivileged } from './protocol';
import { hardenSession, installWebContentsHardening } from './security';
import { getAppInfo } from './services/app-info';
import type { ServiceTable } from './services/dispatch';
import { createExcelServices } from './services/excel/excel-services';
import { createFileServices } from './services/files';
import { createTableReadServices } from './services/tables/table-read-services';
import { createTableReader, readWorkerPathBeside } from './services/tables/table-reader';
import { createMainWindow } from './window';

/** out/main, where this bundle is (inside app.asar once packaged). */
const mainDir = dirname(fileURLToPath(import.meta.url));
/** out/renderer, next to this bundle's out/main. */
const rendererDir = join(mainDir, '../renderer');

let mainWindow: BrowserWindow | null = null;

function getWindow(): BrowserWindow | null {
  return mainWindow && !mainWindow.isDestroyed() ? mainWindow : null;
}

function openMainWindow(): void {
  const win = createMainWindow();
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null;
  });
  mainWindow = win;
}

/** Table files are read in worker threads, never on this one (issue 8). */
const tableReader = createTableReader({ workerPath: readWorkerPathBeside(mainDir) });

/** The services Electron main offers, one per channel (the web host reuses the same modules). */
function createMainServices(): ServiceTable {
  const dialogs = createElectronDialogs(getWindow);
  return {
    'app:info': async () => getAppInfo('electron'),
    ...createFileServices(dialogs),
    ...createExcelServices({ chooseSavePath: (options) => dialogs.chooseSavePath(options) }).services,
    ...createTableReadServices(tableReader),
  };
}

// Before `ready`: the scheme's privileges, sandbox for every renderer, hardening of every
// web contents the app will create.
registerAppSchemeAsPrivileged();

if (!app.requestSingleInstanceLock()) {
  // A second copy would open the same IndexedDB; hand over to the running one instead.
  app.quit();
} else {
  app.enableSandbox();
  installWebContentsHardening();

  app.on('second-instance', () => {
    const win = getWindow();
    if (!win) return;
    if (win.isMinimized()) win.restore();
    win.focus();
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  void app.whenReady().then(() => {
    hardenSession(session.defaultSession);
    registerAppProtocol(rendererDir);
    registerIpcHandlers(ipcMain, getWindow, createMainServices());
    openMainWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) openMainWindow();
    });
  });
}
