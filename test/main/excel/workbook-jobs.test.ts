import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHandler } from '../../../electron/main/ipc';
import type { ChannelService } from '../../../electron/main/services/dispatch';
import { createExcelServices } from '../../../electron/main/services/excel/excel-services';
import { JOB_IDLE_TIMEOUT_MS, type WorkbookJobsOptions } from '../../../electron/main/services/excel/workbook-jobs';
import type { Channel } from '@shared/ipc/channels';
import { toBridgeError } from '@shared/ipc/errors';
import { countySheetHead, type CountySheetOptions } from '@shared/reports/document/county-sheet';
import type { BodyRow, SheetHead } from '@shared/reports/document/schema';
import { arrayBufferOf } from './zip-helpers';

const LAYOUT: CountySheetOptions = {
  name: '花名册',
  title: '开江县挂职干部花名册',
  reportingUnit: '中共开江县委组织部',
  reportDate: '2024-05-06',
  orientation: 'landscape',
  columns: [
    { key: 'seq', header: '序号', width: 5 },
    { key: 'name', header: '姓名', width: 9 },
  ],
};
const HEAD: SheetHead = countySheetHead(LAYOUT);
const ROWS: BodyRow[] = [{ cells: [1, '张三'] }, { cells: [2, '李四'], highlight: 'red' }];
const FOOTER = [{ role: 'text', rows: [['合计：共2人']], merges: [{ row: 0, col: 0, rows: 1, cols: 2 }] }];

let dir: string;
let clock: number;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'gzt-jobs-'));
  clock = 1_000_000;
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The Excel services behind the real IPC handler path (sender check passes, payload validated). */
function setup(options: Partial<WorkbookJobsOptions> = {}, savePath: string | null = join(dir, '名册.xlsx')) {
  const chooseSavePath = vi.fn(async () => savePath);
  const excel = createExcelServices({ chooseSavePath, now: () => clock, ...options });
  const spies = new Map<string, ReturnType<typeof vi.fn>>();
  const call = async (channel: Channel, ...args: unknown[]) => {
    let spy = spies.get(channel);
    if (!spy) {
      spy = vi.fn((excel.services as Record<string, (...a: unknown[]) => Promise<unknown>>)[channel]);
      spies.set(channel, spy);
    }
    const handler = createHandler(channel, { service: spy as unknown as ChannelService<typeof channel>, isTrusted: () => true, log: () => undefined });
    return handler({ senderFrame: null }, ...args);
  };
  const fails = async (channel: Channel, ...args: unknown[]) => {
    const err = await call(channel, ...args).then(
      () => {
        throw new Error('expected a rejection');
      },
      (e: unknown) => e,
    );
    return toBridgeError(err);
  };
  return { excel, chooseSavePath, call, fails, spies };
}

async function begin(ctx: ReturnType<typeof setup>, sheets: SheetHead[] = [HEAD]): Promise<string> {
  const result = (await ctx.call('xlsx:begin', { suggestedName: '开江县挂职干部花名册.xlsx', sheets })) as { jobId: string };
  return result.jobId;
}

describe('xlsx:* handlers: payload validation', () => {
  it.each([
    ['a sheet name with /', [{ ...HEAD, name: '花名/册' }]],
    ['a sheet name over 31 characters', [{ ...HEAD, name: '表'.repeat(32) }]],
    ['101 columns', [{ ...HEAD, bands: [], columns: Array.from({ length: 101 }, (_, i) => ({ key: `c${i}`, width: 8 })) }]],
    ['no columns', [{ ...HEAD, bands: [], columns: [] }]],
    ['a title over 32,767 characters', [countySheetHead({ ...LAYOUT, title: '长'.repeat(32_768) })]],
    ['a merge wider than the sheet', [{ ...HEAD, bands: [{ role: 'text', rows: [['说明']], merges: [{ row: 0, col: 1, rows: 1, cols: 2 }] }] }]],
    ['overlapping merges', [{ ...HEAD, bands: [{ role: 'header', rows: [['甲', '乙'], [null, null]], merges: [{ row: 0, col: 0, rows: 2, cols: 1 }, { row: 1, col: 0, rows: 1, cols: 2 }] }] }]],
    ['a band row wider than the sheet', [{ ...HEAD, bands: [{ role: 'title', rows: [['甲', '乙', '丙']] }] }]],
    ['an unknown band role', [{ ...HEAD, bands: [{ role: 'formula', rows: [['=1+1']] }] }]],
    ['an unknown field', [{ ...HEAD, formula: '=1+1' }]],
    ['a bad column width', [{ ...HEAD, bands: [], columns: [{ key: 'a', width: -1 }] }]],
    ['the reserved list sheet name', [{ ...HEAD, name: '_下拉选项' }]],
    ['two sheets of the same name (Excel ignores case)', [{ ...HEAD, name: 'Data' }, { ...HEAD, name: 'data' }]],
    ['only hidden sheets', [{ ...HEAD, state: 'hidden' }]],
    ['no sheet', []],
  ])('xlsx:begin refuses %s without asking where to save', async (_label, sheets) => {
    const ctx = setup();
    const error = await ctx.fails('xlsx:begin', { suggestedName: '名册.xlsx', sheets });
    expect(error.code).toBe('invalid-request');
    expect(error.message).toContain('请求内容不符合要求');
    expect(ctx.chooseSavePath).not.toHaveBeenCalled();
    expect(ctx.excel.jobs.size).toBe(0);
  });

  it('xlsx:begin refuses a path as the suggested name', async () => {
    const ctx = setup();
    expect((await ctx.fails('xlsx:begin', { suggestedName: '../../etc/名册.xlsx', sheets: [HEAD] })).code).toBe('invalid-request');
  });

  it.each([
    ['2,001 rows', Array.from({ length: 2001 }, () => ({ cells: [1] }))],
    ['a cell over 32,767 characters', [{ cells: ['长'.repeat(32_768)] }]],
    ['a cell holding a formula object', [{ cells: [{ formula: '1+1' }] }]],
    ['a cell holding NaN', [{ cells: [Number.NaN] }]],
    ['an unknown highlight', [{ cells: [1], highlight: 'green' }]],
    ['a row that is neither data nor group', [{ text: '张三' }]],
  ])('xlsx:rows refuses %s without writing', async (_label, rows) => {
    const ctx = setup();
    const jobId = await begin(ctx);
    const error = await ctx.fails('xlsx:rows', { jobId, sheet: 0, rows });
    expect(error.code).toBe('invalid-request');
    expect(ctx.spies.get('xlsx:rows')).not.toHaveBeenCalled();
  });

  it.each([
    ['a sheet the workbook does not have', { sheet: 1, rows: ROWS }, '没有第 2 个'],
    ['a footer wider than the sheet', { sheet: 0, rows: ROWS, footer: [{ role: 'text', rows: [['合计', null, '多余']] }] }, '多于表格的 2 列'],
  ])('xlsx:rows ends the job on %s, with a Chinese message, leaving no file', async (_label, request, says) => {
    const ctx = setup();
    const jobId = await begin(ctx);
    const error = await ctx.fails('xlsx:rows', { jobId, ...request });
    expect(error).toMatchObject({ code: 'invalid-request', message: expect.stringContaining(says) });
    expect(ctx.excel.jobs.size).toBe(0);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses rows for a sheet already complete', async () => {
    const ctx = setup();
    const jobId = await begin(ctx, [HEAD, { ...HEAD, name: '第二页' }]);
    await ctx.call('xlsx:rows', { jobId, sheet: 0, rows: ROWS, footer: FOOTER });
    const error = await ctx.fails('xlsx:rows', { jobId, sheet: 0, rows: ROWS });
    expect(error.message).toContain('工作表“花名册”已经写完');
  });

  it('refuses a job id that is not a UUID', async () => {
    const ctx = setup();
    expect((await ctx.fails('xlsx:rows', { jobId: '../x', sheet: 0, rows: [] })).code).toBe('invalid-request');
    expect((await ctx.fails('xlsx:abort', { jobId: 42 })).code).toBe('invalid-request');
  });
});

describe('xlsx:* handlers: job lifecycle in Electron', () => {
  it('asks where to save (xlsx filter) and answers null when the clerk cancels, leaving nothing', async () => {
    const ctx = setup({}, null);
    await expect(ctx.call('xlsx:begin', { suggestedName: '花名册', sheets: [HEAD] })).resolves.toBeNull();
    expect(ctx.chooseSavePath).toHaveBeenCalledWith({ suggestedName: '花名册.xlsx', filters: [{ name: 'Excel 工作簿', extensions: ['xlsx'] }] });
    expect(ctx.excel.jobs.size).toBe(0);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('begin → rows → finish writes the chosen file and returns only its base name', async () => {
    const ctx = setup();
    const jobId = await begin(ctx);
    expect(jobId).toMatch(/^[0-9a-f-]{36}$/);
    await expect(ctx.call('xlsx:rows', { jobId, sheet: 0, rows: ROWS })).resolves.toEqual({ written: 2 });
    await expect(ctx.call('xlsx:rows', { jobId, sheet: 0, rows: [{ group: '第二组' }] })).resolves.toEqual({ written: 3 });
    expect(readdirSync(dir)).toEqual(['名册.xlsx.part']);
    await expect(ctx.call('xlsx:finish', { jobId })).resolves.toEqual({ fileName: '名册.xlsx' });
    expect(readdirSync(dir)).toEqual(['名册.xlsx']);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(dir, '名册.xlsx'));
    expect(workbook.getWorksheet('花名册')!.getCell('B5').value).toBe('李四');
    expect(ctx.excel.jobs.size).toBe(0);
    expect((await ctx.fails('xlsx:rows', { jobId, sheet: 0, rows: ROWS })).code).toBe('export-not-found');
  });

  it('writes several sheets one after another, each footer under its own rows', async () => {
    const ctx = setup();
    const jobId = await begin(ctx, [HEAD, { ...HEAD, name: '第二页' }, { ...HEAD, name: '第三页' }]);
    await ctx.call('xlsx:rows', { jobId, sheet: 0, rows: ROWS, footer: FOOTER });
    await ctx.call('xlsx:rows', { jobId, sheet: 2, rows: [{ cells: [1, '王五'] }] });
    await expect(ctx.call('xlsx:finish', { jobId })).resolves.toEqual({ fileName: '名册.xlsx' });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(dir, '名册.xlsx'));
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['花名册', '第二页', '第三页']);
    expect(workbook.getWorksheet('花名册')!.getCell('A6').value).toBe('合计：共2人');
    expect(workbook.getWorksheet('第二页')!.getCell('A3').value).toBe('序号');
    expect(workbook.getWorksheet('第二页')!.rowCount).toBe(3);
    expect(workbook.getWorksheet('第三页')!.getCell('B4').value).toBe('王五');
  });

  it('adds .xlsx when the chosen path lacks it', async () => {
    const ctx = setup({}, join(dir, '导出'));
    const jobId = await begin(ctx);
    await expect(ctx.call('xlsx:finish', { jobId })).resolves.toEqual({ fileName: '导出.xlsx' });
  });

  it('abort removes the .part file; aborting again or an unknown job is fine', async () => {
    const ctx = setup();
    const jobId = await begin(ctx);
    await ctx.call('xlsx:rows', { jobId, sheet: 0, rows: ROWS });
    await expect(ctx.call('xlsx:abort', { jobId })).resolves.toEqual({ aborted: true });
    expect(readdirSync(dir)).toEqual([]);
    await expect(ctx.call('xlsx:abort', { jobId })).resolves.toEqual({ aborted: true });
    expect((await ctx.fails('xlsx:finish', { jobId })).code).toBe('export-not-found');
  });

  it('a failing call ends the job and removes its file', async () => {
    const ctx = setup();
    const jobId = await begin(ctx);
    const error = await ctx.fails('xlsx:rows', { jobId, sheet: 0, rows: [{ cells: [1, '张三', '多余'] }] });
    expect(error.code).toBe('invalid-request');
    expect(error.message).toContain('多于表头的 2 列');
    expect(ctx.excel.jobs.size).toBe(0);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('runs calls of one job in order even when they overlap', async () => {
    const ctx = setup();
    const jobId = await begin(ctx);
    const results = await Promise.all([
      ctx.call('xlsx:rows', { jobId, sheet: 0, rows: ROWS }),
      ctx.call('xlsx:rows', { jobId, sheet: 0, rows: ROWS }),
      ctx.call('xlsx:finish', { jobId }),
    ]);
    expect(results).toEqual([{ written: 2 }, { written: 4 }, { fileName: '名册.xlsx' }]);
  });

  it('aborts a job left idle for more than ten minutes', async () => {
    const ctx = setup();
    const jobId = await begin(ctx);
    await ctx.call('xlsx:rows', { jobId, sheet: 0, rows: ROWS });
    clock += JOB_IDLE_TIMEOUT_MS - 1000;
    await expect(ctx.excel.jobs.sweep()).resolves.toBe(0);
    expect(existsSync(join(dir, '名册.xlsx.part'))).toBe(true);
    clock += 2000;
    await expect(ctx.excel.jobs.sweep()).resolves.toBe(1);
    expect(readdirSync(dir)).toEqual([]);
    const error = await ctx.fails('xlsx:rows', { jobId, sheet: 0, rows: ROWS });
    expect(error.code).toBe('export-not-found');
    expect(error.message).toContain('请重新导出');
  });

  it('caps the exports under way, counting abandoned ones only until they time out', async () => {
    const ctx = setup({ maxJobs: 2 }, null);
    ctx.chooseSavePath.mockImplementation(async () => join(dir, `${Math.random()}.xlsx`));
    await begin(ctx);
    await begin(ctx);
    const error = await ctx.fails('xlsx:begin', { suggestedName: '名册.xlsx', sheets: [HEAD] });
    expect(error.code).toBe('export-busy');
    expect(error.message).toContain('2');
    expect(ctx.chooseSavePath).toHaveBeenCalledTimes(2);
    clock += JOB_IDLE_TIMEOUT_MS + 1;
    await expect(begin(ctx)).resolves.toMatch(/^[0-9a-f-]{36}$/);
    expect(ctx.excel.jobs.size).toBe(1);
  });

  it('abortAll removes every unfinished file', async () => {
    const ctx = setup({}, null);
    ctx.chooseSavePath.mockImplementation(async () => join(dir, `${Math.random()}.xlsx`));
    await begin(ctx);
    await begin(ctx);
    expect(readdirSync(dir)).toHaveLength(2);
    await ctx.excel.jobs.abortAll();
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('xlsx:* handlers: web host (no dialog)', () => {
  it('keeps the workbook in memory and returns its bytes under the suggested name', async () => {
    const ctx = setup({ chooseSavePath: undefined });
    const jobId = await begin(ctx);
    await ctx.call('xlsx:rows', { jobId, sheet: 0, rows: ROWS });
    const result = (await ctx.call('xlsx:finish', { jobId })) as { fileName: string; data: Uint8Array };
    expect(result.fileName).toBe('开江县挂职干部花名册.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(arrayBufferOf(result.data));
    expect(workbook.getWorksheet('花名册')!.getCell('B4').value).toBe('张三');
  });

  it('with tempDir, writes to a temporary file that is gone after finish or abort', async () => {
    const ctx = setup({ chooseSavePath: undefined, tempDir: dir });
    const jobId = await begin(ctx);
    await ctx.call('xlsx:rows', { jobId, sheet: 0, rows: ROWS });
    expect(readdirSync(dir)).toHaveLength(1);
    const result = (await ctx.call('xlsx:finish', { jobId })) as { data: Uint8Array };
    expect(result.data.length).toBeGreaterThan(1000);
    expect(readdirSync(dir)).toEqual([]);
    const second = await begin(ctx);
    await ctx.call('xlsx:abort', { jobId: second });
    expect(readdirSync(dir)).toEqual([]);
  });
});
