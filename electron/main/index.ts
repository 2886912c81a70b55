// Electron main entry: app lifecycle only. Everything with logic lives in plain modules
// (services/, ipc.ts, sender.ts, app-origin.ts) that Node tests run without Electron.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, ipcMain, session } from 'electron';
import { registerIpcHandlers } from './ipc';
import { installAppMenu } from './menu';
import { createElectronDialogs } from './platform/dialogs';
import { createElectronMultiOpenDialog } from './platform/open-many-dialog';
import { createPrintService } from './platform/print';
import { registerAppProtocol, registerAppSchemeAsPrivileged } from './protocol';
import { hardenSession, installWebContentsHardening } from './security';
import { getAppInfo } from './services/app-info';
import type { ServiceTable } from './services/dispatch';
import { createExcelServices } from './services/excel/excel-services';
import { withXlsxExtension, type WorkbookJobs } from './services/excel/workbook-jobs';
import { openExportJournal, type ExportJournal } from './services/export-journal';
import { createFileServices } from './services/files';
import { createBackupServices } from './services/backup/backup-services';
import { createLrmxServices } from './services/lrmx/lrmx-services';
import { createHeldData } from './services/package/held-data';
import { createPackageServices, PACKAGE_WORKER_HEAP } from './services/package/package-services';
import { createOpenManyService } from './services/open-many';
import { createTableReadServices } from './services/tables/table-read-services';
import { createTableReader, readWorkerPathBeside } from './services/tables/table-reader';
import { createMainWindow } from './window';

/** out/main, where this bundle is (inside app.asar once packaged). */
const mainDir = dirname(fileURLToPath(import.meta.url));
/** out/renderer, next to this bundle's out/main. */
const rendererDir = join(mainDir, '../renderer');
/** The journal of exports under way, in the app's data folder (export-journal.ts). */
const EXPORT_JOURNAL_FILE = 'exports-under-way.json';
/** Backups (设置 → 备份与恢复), in the app's data folder. */
const BACKUPS_FOLDER = 'backups';

let mainWindow: BrowserWindow | null = null;

function getWindow(): BrowserWindow | null {
  return mainWindow && !mainWindow.isDestroyed() ? mainWindow : null;
}

/** Table files are read in worker threads, never on this one (issue 8). */
const tableReader = createTableReader({ workerPath: readWorkerPathBeside(mainDir) });
/** Exchange packages too, in a worker with room for a county's records. */
const packageReader = createTableReader({ workerPath: readWorkerPathBeside(mainDir), heap: PACKAGE_WORKER_HEAP, maxWorkers: 1 });
/** Packages and backups read for the renderer, until it has fetched their records. */
const held = createHeldData();
let exportJobs: WorkbookJobs | undefined;
let packageJobs: ReturnType<typeof createPackageServices>['jobs'] | undefined;

/** Ends what the page left under way: its exports (their `.part` files go), its reads, what main holds for it. */
function releasePageWork(): void {
  void exportJobs?.abortAll();
  void packageJobs?.endAll();
  void held.releaseAll();
  tableReader.cancelAll();
  packageReader.cancelAll();
}

function openMainWindow(): void {
  const win = createMainWindow();
  // A reload or a crash of the page abandons its exports and reads; so does closing the window.
  win.webContents.on('did-navigate', releasePageWork);
  win.webContents.on('render-process-gone', releasePageWork);
  win.on('closed', () => {
    releasePageWork();
    if (mainWindow === win) mainWindow = null;
  });
  mainWindow = win;
}

/** The services Electron main offers, one per channel (the web host reuses the same modules). */
function createMainServices(journal: Promise<ExportJournal | undefined>): ServiceTable {
  const dialogs = createElectronDialogs(getWindow);
  const excel = createExcelServices({
    chooseSavePath: async (options) => {
      const path = await dialogs.chooseSavePath(options);
      // Noted before the export writes a byte, so a `.part` left by a crash is removed next start.
      if (path !== null) await (await journal)?.record(withXlsxExtension(path));
      return path;
    },
  });
  exportJobs = excel.jobs;
  const packages = createPackageServices({
    chooseSavePath: async (options) => {
      const path = await dialogs.chooseSavePath(options);
      if (path !== null) await (await journal)?.record(withXlsxExtension(path));
      return path;
    },
    reader: packageReader,
    held,
  });
  packageJobs = packages.jobs;
  return {
    'app:info': async () => getAppInfo('electron'),
    ...createFileServices(dialogs),
    ...excel.services,
    ...packages.services,
    ...createBackupServices({ folder: join(app.getPath('userData'), BACKUPS_FOLDER), held }).services,
    ...createTableReadServices(tableReader, packageReader),
    ...createOpenManyService(createElectronMultiOpenDialog(getWindow)),
    ...createLrmxServices(),
    'print:pdf': createPrintService({ chooseSavePath: (options) => dialogs.chooseSavePath(options) }),
  };
}

/** Opens the export journal, removing the `.part` files of exports killed in an earlier session. */
async function openJournal(): Promise<ExportJournal | undefined> {
  try {
    const { journal, removed } = await openExportJournal(join(app.getPath('userData'), EXPORT_JOURNAL_FILE));
    if (removed.length > 0) console.log(`[挂职通] 已清理上次未完成导出留下的 ${removed.length} 个临时文件`, removed);
    return journal;
  } catch (err) {
    console.error('[挂职通] 无法打开导出记录', err);
    return undefined;
  }
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

  app.on('will-quit', () => {
    releasePageWork();
    void tableReader.close();
    void packageReader.close();
  });

  void app.whenReady().then(() => {
    hardenSession(session.defaultSession);
    registerAppProtocol(rendererDir);
    installAppMenu();
    registerIpcHandlers(ipcMain, getWindow, createMainServices(openJournal()));
    openMainWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) openMainWindow();
    });
  });
}
