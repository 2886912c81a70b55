import { mkdtempSync, rmSync } from 'node:fs';
import * as fsPromises from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createWorkbookJob } from '../../../electron/main/services/excel/workbook-writer';
import { textLines } from '@shared/reports/document/bands';
import { countySheetHead } from '@shared/reports/document/county-sheet';
import type { BodyRow } from '@shared/reports/document/schema';

// A disk that fills up: `open` hands out a file whose stream fails after a few kilobytes.
vi.mock('node:fs/promises', async (importOriginal) => {
  const original = await importOriginal<typeof import('node:fs/promises')>();
  return { ...original, open: vi.fn(original.open) };
});

function fullDiskHandle(limit: number) {
  let written = 0;
  const stream = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      written += chunk.length;
      callback(written > limit ? Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' }) : null);
    },
  });
  return { createWriteStream: () => stream, close: async () => undefined } as unknown as fsPromises.FileHandle;
}

const HEAD = countySheetHead({
  name: '花名册',
  title: '开江县挂职干部花名册',
  reportingUnit: '县委组织部',
  reportDate: '2024-05-06',
  orientation: 'landscape',
  columns: [
    { key: 'seq', header: '序号', width: 5 },
    { key: 'name', header: '姓名', width: 9 },
  ],
});

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'gzt-full-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('workbook writer on a full disk', () => {
  it('stops with the Chinese disk-full message instead of hanging, and leaves no file', async () => {
    vi.mocked(fsPromises.open).mockResolvedValueOnce(fullDiskHandle(4096));
    const job = await createWorkbookJob([HEAD], { kind: 'file', path: join(dir, '名册.xlsx') });
    const rows: BodyRow[] = Array.from({ length: 3000 }, (_, i) => ({ cells: [i, `干部${i}甲乙丙丁戊己庚辛`] }));
    const outcome = await (async () => {
      for (let i = 0; i < rows.length; i += 500) await job.append(0, rows.slice(i, i + 500));
      await job.append(0, [], textLines(['合计'], 2));
      await job.finish();
    })().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(outcome).toMatchObject({ code: 'file-error', message: expect.stringContaining('磁盘空间不足') });
    await expect(job.append(0, rows)).rejects.toMatchObject({ code: 'export-cancelled' });
  });

  it('also when the disk fills while the workbook is being completed', async () => {
    vi.mocked(fsPromises.open).mockResolvedValueOnce(fullDiskHandle(3000));
    const job = await createWorkbookJob([HEAD], { kind: 'file', path: join(dir, '名册.xlsx') });
    await job.append(0, [{ cells: [1, '张三'] }], textLines(['合计：共1人'], 2));
    await expect(job.finish()).rejects.toMatchObject({ code: 'file-error', message: expect.stringContaining('磁盘空间不足') });
  });
});
