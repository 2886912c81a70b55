// The renderer's export helper (renderer/src/bridge/export-workbook.ts) against a Bridge backed by
// the real Excel services, as the web host would serve them.
import ExcelJS from 'exceljs';
import { describe, expect, it, vi } from 'vitest';
import { createExcelServices } from '../../../electron/main/services/excel/excel-services';
import { exportWorkbook } from '../../../renderer/src/bridge/export-workbook';
import type { Bridge } from '@shared/ipc/contract';
import { BridgeException } from '@shared/ipc/errors';
import { textLines } from '@shared/reports/document/bands';
import { countySheetHead } from '@shared/reports/document/county-sheet';
import type { BodyRow } from '@shared/reports/document/schema';
import { arrayBufferOf } from './zip-helpers';

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
const ROWS: BodyRow[] = Array.from({ length: 2500 }, (_, i) => ({ cells: [i + 1, `干部${i + 1}`] }));
const MODEL = { suggestedName: '花名册.xlsx', sheets: [{ head: HEAD, rows: ROWS, footer: textLines(['合计：共2500人'], 2) }] };

function webLikeBridge() {
  const { services } = createExcelServices();
  const bridge = {
    beginWorkbook: vi.fn((req: any) => services['xlsx:begin'](req)),
    appendWorkbookRows: vi.fn((req: any) => services['xlsx:rows'](req)),
    finishWorkbook: vi.fn((req: any) => services['xlsx:finish'](req)),
    abortWorkbook: vi.fn((req: any) => services['xlsx:abort'](req)),
  };
  return bridge;
}

describe('exportWorkbook', () => {
  it('sends the rows in chunks of 1,000 with progress, then hands the finished bytes to the download', async () => {
    const bridge = webLikeBridge();
    const download = vi.fn(async (_name: string, _data: Uint8Array) => undefined);
    const progress: [number, number][] = [];
    const result = await exportWorkbook(MODEL, (done, total) => progress.push([done, total]), { bridge: bridge as unknown as Bridge, download });
    expect(result).toEqual({ saved: true, fileName: '花名册.xlsx' });
    expect(bridge.appendWorkbookRows.mock.calls.map(([req]) => req.rows.length)).toEqual([1000, 1000, 500]);
    expect(progress).toEqual([
      [0, 2500],
      [1000, 2500],
      [2000, 2500],
      [2500, 2500],
    ]);
    const [name, data] = download.mock.calls[0]!;
    expect(name).toBe('花名册.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(arrayBufferOf(data));
    expect(workbook.getWorksheet('花名册')!.getCell('B2503').value).toBe('干部2500');
  });

  it('reports { saved: false } when the save dialog is cancelled, sending nothing else', async () => {
    const bridge = webLikeBridge();
    bridge.beginWorkbook.mockResolvedValueOnce(null);
    await expect(exportWorkbook(MODEL, undefined, { bridge: bridge as unknown as Bridge })).resolves.toEqual({ saved: false });
    expect(bridge.appendWorkbookRows).not.toHaveBeenCalled();
  });

  it('aborts the job and rethrows the BridgeException when a call fails', async () => {
    const bridge = webLikeBridge();
    bridge.appendWorkbookRows.mockResolvedValueOnce({ written: 1000 }).mockRejectedValueOnce(new BridgeException({ code: 'file-error', message: '磁盘空间不足' }));
    const error = await exportWorkbook(MODEL, undefined, { bridge: bridge as unknown as Bridge }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(BridgeException);
    expect(error).toMatchObject({ code: 'file-error', message: '磁盘空间不足' });
    const { jobId } = (await bridge.beginWorkbook.mock.results[0]!.value) as { jobId: string };
    expect(bridge.abortWorkbook).toHaveBeenCalledWith({ jobId });
    expect(bridge.finishWorkbook).not.toHaveBeenCalled();
  });

  it('streams several sheets: a hidden one, and one whose rows come in batches with a footer computed after them', async () => {
    const bridge = webLikeBridge();
    const download = vi.fn(async (_name: string, _data: Uint8Array) => undefined);
    let seen = 0;
    async function* batches(): AsyncGenerator<BodyRow[]> {
      for (let b = 0; b < 3; b++) {
        const batch = Array.from({ length: 1500 }, (_, i) => ({ cells: [b * 1500 + i + 1, `记录${b * 1500 + i + 1}`] }));
        seen += batch.length;
        yield batch;
      }
    }
    const progress: [number, number][] = [];
    await exportWorkbook(
      {
        suggestedName: '数据包.xlsx',
        sheets: [
          { head: { name: '_manifest', state: 'hidden', columns: [{ key: 'k', width: 10 }, { key: 'v', width: 30, numFmt: '@' }] }, rows: [{ cells: ['rows', '4500'] }] },
          { head: HEAD, rows: batches(), rowCount: 4500, footer: () => textLines([`合计：共${seen}条`], 2) },
        ],
      },
      (done, total) => progress.push([done, total]),
      { bridge: bridge as unknown as Bridge, download },
    );
    expect(bridge.appendWorkbookRows.mock.calls.map(([req]) => [req.sheet, req.rows.length, !!req.footer])).toEqual([
      [0, 1, true],
      [1, 1000, false],
      [1, 500, false],
      [1, 1000, false],
      [1, 500, false],
      [1, 1000, false],
      [1, 500, true],
    ]);
    expect(progress.at(-1)).toEqual([4501, 4501]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(arrayBufferOf(download.mock.calls[0]![1]));
    expect(workbook.worksheets.map((w) => [w.name, w.state])).toEqual([
      ['_manifest', 'hidden'],
      ['花名册', 'visible'],
    ]);
    const sheet = workbook.getWorksheet('花名册')!;
    expect(sheet.getCell('B4503').value).toBe('记录4500');
    expect(sheet.getCell('A4504').value).toBe('合计：共4500条');
  });
});
