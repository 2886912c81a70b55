// File services: atomic writes, size-limited reads, and the `file:save` / `file:open` channels.
// Plain Node: the dialogs come in through the FileDialogs interface (electron/main/platform/
// dialogs.ts in Electron, a fake in tests), so the renderer never names a path.
import { randomBytes } from 'node:crypto';
import { open, readFile, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { FileFilter } from '@shared/ipc/contract';
import { BRIDGE_ERROR_MESSAGES, BridgeException, fileTooLarge } from '@shared/ipc/errors';
import type { ServiceTable } from './dispatch';

/** The native dialogs the file services need; each resolves to a full path, or null if cancelled. */
export interface FileDialogs {
  chooseSavePath(options: { suggestedName: string; filters: FileFilter[] }): Promise<string | null>;
  chooseOpenPath(options: { title?: string; filters: FileFilter[] }): Promise<string | null>;
}

/** A file-system error as a BridgeException that tells the clerk what to do. */
export function fileErrorToException(err: unknown, fileName: string): BridgeException {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  const name = `“${fileName}”`;
  const message =
    code === 'EBUSY' || code === 'EPERM'
      ? `文件${name}正被其他程序（如 Excel、WPS）占用或被设为只读。请关闭该文件或另选位置后重试。`
      : code === 'EACCES' || code === 'EROFS'
        ? `没有权限读写文件${name}。请另选一个文件夹（如“文档”）后重试。`
        : code === 'ENOSPC' || code === 'EDQUOT'
          ? `磁盘空间不足，无法保存${name}。请清理磁盘或另选位置后重试。`
          : code === 'ENOENT' || code === 'ENOTDIR'
            ? `找不到文件${name}或其所在文件夹。请确认 U 盘或网络盘仍已连接后重试。`
            : BRIDGE_ERROR_MESSAGES['file-error'];
  return new BridgeException({ code: 'file-error', message });
}

/**
 * Writes `data` to `path` so that `path` is either the old file or the complete new one, never
 * half written: write a temporary file in the same folder, flush it to disk, then rename it over
 * `path`. The temporary file is removed on failure. Throws a BridgeException (`file-error`).
 */
export async function writeFileAtomic(path: string, data: Uint8Array): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(data);
    } finally {
      await handle.close();
    }
  } catch (err) {
    await unlink(temp).catch(() => undefined);
    throw fileErrorToException(err, basename(path));
  }
  await commitTempFile(temp, path);
}

/**
 * Makes a finished temporary file visible under its real name: flush it to disk first, then rename
 * it over `path` (retrying briefly on Windows, where a virus scanner may hold the file a moment).
 * On failure the temporary file is removed and a BridgeException (`file-error`) thrown, so `path`
 * is never left half written.
 */
export async function commitTempFile(temp: string, path: string): Promise<void> {
  try {
    const handle = await open(temp, 'r+');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
    await renameWithRetry(temp, path);
  } catch (err) {
    await unlink(temp).catch(() => undefined);
    throw fileErrorToException(err, basename(path));
  }
}

async function renameWithRetry(from: string, to: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await rename(from, to);
      return;
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      const transient = code === 'EPERM' || code === 'EBUSY' || code === 'EACCES';
      if (process.platform !== 'win32' || !transient || attempt >= 5) throw err;
      await new Promise((done) => setTimeout(done, 50 * (attempt + 1)));
    }
  }
}

/**
 * Reads the file at `path`, refusing (BridgeException `file-too-large`, Chinese message with both
 * sizes) anything bigger than `maxBytes` before reading it. Other failures → `file-error`.
 */
export async function readFileLimited(path: string, maxBytes: number): Promise<Uint8Array> {
  const name = basename(path);
  let data: Uint8Array;
  try {
    const info = await stat(path);
    if (!info.isFile()) {
      throw new BridgeException({ code: 'file-error', message: `“${name}”不是一个文件。请选择一个文件后重试。` });
    }
    if (info.size > maxBytes) throw fileTooLarge(name, info.size, maxBytes);
    const buffer = await readFile(path);
    // A plain Uint8Array over the same memory (no copy), as the contract and IPC expect.
    data = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  } catch (err) {
    if (err instanceof BridgeException) throw err;
    throw fileErrorToException(err, name);
  }
  // The file may have grown between stat and read.
  if (data.byteLength > maxBytes) throw fileTooLarge(name, data.byteLength, maxBytes);
  return data;
}

/** The `file:save` and `file:open` services over the given dialogs. */
export function createFileServices(dialogs: FileDialogs): ServiceTable<'file:save' | 'file:open'> {
  return {
    'file:save': async ({ suggestedName, filters, data }) => {
      const path = await dialogs.chooseSavePath({ suggestedName, filters });
      if (path === null) return { saved: false };
      await writeFileAtomic(path, data);
      return { saved: true, fileName: basename(path) };
    },
    'file:open': async ({ title, filters, maxBytes }) => {
      const path = await dialogs.chooseOpenPath({ ...(title === undefined ? {} : { title }), filters });
      if (path === null) return null;
      return { name: basename(path), data: await readFileLimited(path, maxBytes) };
    },
  };
}
