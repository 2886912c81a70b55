// Native open/save dialogs for the file services (services/files.ts → FileDialogs). Thin: the
// services decide what to do with the chosen path; this only asks the user for it.
import { join } from 'node:path';
import { app, dialog, type BrowserWindow, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import type { FileDialogs } from '../services/files';

/** The user's Documents folder, or the home folder where the system has none. */
export function documentsDir(): string {
  try {
    return app.getPath('documents');
  } catch {
    return app.getPath('home');
  }
}

/** FileDialogs backed by Electron's dialog module, modal to `getWindow()` when there is one. */
export function createElectronDialogs(getWindow: () => BrowserWindow | null): FileDialogs {
  return {
    async chooseSavePath({ suggestedName, filters }) {
      const options: SaveDialogOptions = {
        title: '保存文件',
        defaultPath: join(documentsDir(), suggestedName),
        filters,
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      };
      const win = getWindow();
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async chooseOpenPath({ title, filters }) {
      const options: OpenDialogOptions = {
        title: title ?? '打开文件',
        defaultPath: documentsDir(),
        filters,
        properties: ['openFile'],
      };
      const win = getWindow();
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
  };
}
