// Electron main entry: app lifecycle only. Everything with logic lives in plain modules
// (services/, ipc.ts, sender.ts, app-origin.ts) that Node tests run without Electron.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, ipcMain, session } from 'electron';
import { registerIpcHandlers } from './ipc';
import { createElectronDialogs } from './platform/dialogs';
import { createElectronMultiOpenDialog } from './platform/open-many-dialog';
import { createPrintService } from './platform/print';
import { registerAppProtocol, registerAppSchemeAsPrivileged } from './protocol';
import { hardenSession, installWebContentsHardening } from './security';
import { getAppInfo } from './services/app-info';
import type { ServiceTable } from './services/dispatch';
import { createExcelServices } from './services/excel/excel-services';
import { createFileServices } from './services/files';
import { createLrmxServices } from './services/lrmx/lrmx-services';
import { createOpenManyService } from './services/open-many';
import { createMainWindow } from './window';

/** out/renderer, next to this bundle's out/main (inside app.asar once packaged). */
const rendererDir = join(dirname(fileURLToPath(import.meta.url)), '../renderer');

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

/** The services Electron main offers, one per channel (the web host reuses the same modules). */
function createMainServices(): ServiceTable {
  const dialogs = createElectronDialogs(getWindow);
  return {
    'app:info': async () => getAppInfo('electron'),
    ...createFileServices(dialogs),
    ...createExcelServices({ chooseSavePath: (options) => dialogs.chooseSavePath(options) }).services,
    ...createOpenManyService(createElectronMultiOpenDialog(getWindow)),
    ...createLrmxServices(),
    'print:pdf': createPrintService({ chooseSavePath: (options) => dialogs.chooseSavePath(options) }),
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
