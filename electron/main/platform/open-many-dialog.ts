// Native open dialog with multiple selection, for `file:openMany` (services/open-many.ts). Thin:
// the service decides what to do with the chosen paths.
import { dialog, type BrowserWindow, type OpenDialogOptions } from 'electron';
import type { MultiOpenDialog } from '../services/open-many';
import { documentsDir } from './dialogs';

/** MultiOpenDialog backed by Electron's dialog module, modal to `getWindow()` when there is one. */
export function createElectronMultiOpenDialog(getWindow: () => BrowserWindow | null): MultiOpenDialog {
  return {
    async chooseOpenPaths({ title, filters }) {
      const options: OpenDialogOptions = {
        title: title ?? '打开文件',
        defaultPath: documentsDir(),
        filters,
        properties: ['openFile', 'multiSelections'],
      };
      const win = getWindow();
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return result.canceled || result.filePaths.length === 0 ? null : result.filePaths;
    },
  };
}
