// The `file:openMany` channel: the open dialog with multiple selection (e.g. a folder of .lrmx
// files), then a size-limited read of each file. A file too big, or past the total, is skipped
// with a Chinese message; the others are read.
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { FileFilter, OpenManyFilesResult } from '@shared/ipc/contract';
import { BridgeException, fileTooLarge, tooManyFiles, totalTooLargeMessage } from '@shared/ipc/errors';
import type { ServiceTable } from './dispatch';
import { fileErrorToException, readFileLimited } from './files';

/** The native dialog `file:openMany` needs: full paths of the chosen files, or null when cancelled. */
export interface MultiOpenDialog {
  chooseOpenPaths(options: { title?: string; filters: FileFilter[] }): Promise<string[] | null>;
}

/** The `file:openMany` service over the given dialog. */
export function createOpenManyService(dialog: MultiOpenDialog): ServiceTable<'file:openMany'> {
  return {
    'file:openMany': async ({ title, filters, maxBytes, maxFiles, maxTotalBytes }) => {
      const paths = await dialog.chooseOpenPaths({ ...(title === undefined ? {} : { title }), filters });
      if (paths === null) return null;
      if (paths.length > maxFiles) throw tooManyFiles(paths.length, maxFiles);
      const result: OpenManyFilesResult = { files: [], skipped: [] };
      let total = 0;
      for (const path of paths) {
        const name = basename(path);
        try {
          const size = (await stat(path)).size;
          if (size > maxBytes) throw fileTooLarge(name, size, maxBytes);
          if (total + size > maxTotalBytes) {
            result.skipped.push({ name, message: totalTooLargeMessage(name, maxTotalBytes) });
            continue;
          }
          const data = await readFileLimited(path, maxBytes);
          total += data.byteLength;
          result.files.push({ name, data });
        } catch (err) {
          // A Chinese message naming the file: the size refusal, or what the file system said.
          result.skipped.push({ name, message: (err instanceof BridgeException ? err : fileErrorToException(err, name)).message });
        }
      }
      return result;
    },
  };
}
