import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as fsPromises from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BridgeException } from '@shared/ipc/errors';
import { createFileServices, readFileLimited, writeFileAtomic, type FileDialogs } from '../../../electron/main/services/files';
import { getAppInfo } from '../../../electron/main/services/app-info';
import pkg from '../../../package.json';

// Spy on readFile to prove over-size files are refused before they are read.
vi.mock('node:fs/promises', async (importOriginal) => {
  const original = await importOriginal<typeof import('node:fs/promises')>();
  return { ...original, readFile: vi.fn(original.readFile) };
});

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'gzt-files-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function randomBytes(length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  for (let i = 0; i < length; i++) bytes[i] = (i * 7919 + 13) % 256;
  return bytes;
}

async function caught(promise: Promise<unknown>): Promise<BridgeException> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(BridgeException);
  return err as BridgeException;
}

describe('writeFileAtomic', () => {
  it('writes bytes that read back equal, leaving no temporary file', async () => {
    const path = join(dir, '挂职干部名册.xlsx');
    const data = randomBytes(100_000);
    await writeFileAtomic(path, data);
    expect(new Uint8Array(readFileSync(path))).toEqual(data);
    expect(readdirSync(dir)).toEqual(['挂职干部名册.xlsx']);
    expect(await readFileLimited(path, data.length)).toEqual(data);
  });

  it('replaces an existing file completely', async () => {
    const path = join(dir, 'a.xlsx');
    writeFileSync(path, 'old content that is longer than the new one');
    await writeFileAtomic(path, new Uint8Array([1, 2, 3]));
    expect([...readFileSync(path)]).toEqual([1, 2, 3]);
  });

  it('fails with a Chinese file-error when the folder is gone, leaving nothing behind', async () => {
    const error = await caught(writeFileAtomic(join(dir, 'missing', 'a.xlsx'), new Uint8Array([1])));
    expect(error.code).toBe('file-error');
    expect(error.message).toMatch(/找不到/);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('readFileLimited', () => {
  it('reads a file up to the limit', async () => {
    const path = join(dir, 'ok.bin');
    writeFileSync(path, randomBytes(1024));
    expect((await readFileLimited(path, 1024)).length).toBe(1024);
  });

  it('refuses a file over the limit with a Chinese message naming both sizes', async () => {
    const path = join(dir, '大文件.xlsx');
    writeFileSync(path, randomBytes(2 * 1024 * 1024));
    vi.mocked(fsPromises.readFile).mockClear();
    const error = await caught(readFileLimited(path, 1024 * 1024));
    expect(fsPromises.readFile).not.toHaveBeenCalled();
    expect(error.code).toBe('file-too-large');
    expect(error.message).toContain('大文件.xlsx');
    expect(error.message).toContain('2.0 MB');
    expect(error.message).toContain('1.0 MB');
    expect(error.message).toContain('请选择较小的文件');
  });

  it('refuses a folder and a missing file', async () => {
    expect((await caught(readFileLimited(dir, 10))).code).toBe('file-error');
    expect((await caught(readFileLimited(join(dir, 'nope.xlsx'), 10))).code).toBe('file-error');
  });
});

describe('file services', () => {
  function dialogs(savePath: string | null, openPath: string | null) {
    return {
      chooseSavePath: vi.fn<FileDialogs['chooseSavePath']>(async () => savePath),
      chooseOpenPath: vi.fn<FileDialogs['chooseOpenPath']>(async () => openPath),
    };
  }
  const filters = [{ name: 'Excel 工作簿', extensions: ['xlsx'] }];

  it('file:save writes where the user chose and returns only the base name', async () => {
    const target = join(dir, '导出.xlsx');
    const d = dialogs(target, null);
    const result = await createFileServices(d)['file:save']({ suggestedName: '名册.xlsx', filters, data: new Uint8Array([9, 8]) });
    expect(result).toEqual({ saved: true, fileName: '导出.xlsx' });
    expect(d.chooseSavePath).toHaveBeenCalledWith({ suggestedName: '名册.xlsx', filters });
    expect([...readFileSync(target)]).toEqual([9, 8]);
  });

  it('file:save writes nothing when the user cancels', async () => {
    const result = await createFileServices(dialogs(null, null))['file:save']({ suggestedName: 'a.xlsx', filters, data: new Uint8Array([1]) });
    expect(result).toEqual({ saved: false });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('file:open reads the chosen file within the limit, null on cancel', async () => {
    const path = join(dir, '名册.xlsx');
    writeFileSync(path, new Uint8Array([5, 6, 7]));
    const services = createFileServices(dialogs(null, path));
    expect(await services['file:open']({ filters, maxBytes: 10 })).toEqual({ name: '名册.xlsx', data: new Uint8Array([5, 6, 7]) });
    expect((await caught(services['file:open']({ filters, maxBytes: 2 }))).code).toBe('file-too-large');
    expect(await createFileServices(dialogs(null, null))['file:open']({ filters, maxBytes: 10 })).toBeNull();
  });
});

describe('app info', () => {
  it('reports name, package version and host', () => {
    expect(getAppInfo('web')).toEqual({ name: '挂职通', version: pkg.version, host: 'web', platform: process.platform });
  });
});
