// The renderer's export helper (renderer/src/bridge/export-workbook.ts) against a Bridge backed by
// the real Excel services, as the web host would serve them.
import ExcelJS from 'exceljs';
import { describe, expect, it, vi } from 'vitest';
import { createExcelServices } from '../../../electron/main/services/excel/excel-services';
import { exportWorkbook } from '../../../renderer/src/bridge/export-workbook';
import type { Bridge } from '@shared/ipc/contract';
import { BridgeException } from '@shared/ipc/errors';
import type { ReportRow, WorkbookHead } from '@shared/reports/table-model';
import { arrayBufferOf } from './zip-helpers';

const HEAD: WorkbookHead = {
  sheetName: '花名册',
  title: '开江县挂职干部花名册',
  reportingUnit: '县委组织部',
  reportDate: '2024-05-06',
  orientation: 'landscape',
  columns: [
    { key: 'seq', header: '序号', width: 5, kind: 'number' },
    { key: 'name', header: '姓名', width: 9 },
  ],
};
const ROWS: ReportRow[] = Array.from({ length: 2500 }, (_, i) => ({ cells: [i + 1, `干部${i + 1}`] }));
const MODEL = { suggestedName: '花名册.xlsx', head: HEAD, rows: ROWS, tail: { footerLines: ['合计：共2500人'] } };

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
});
