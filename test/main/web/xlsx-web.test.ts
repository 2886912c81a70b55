import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebHost, type WebHost } from '../../../electron/web/server';
import { decodeHttpJson, encodeHttpBody, encodeHttpJson, FRAMES_TYPE } from '@shared/ipc/http-codec';
import { callWebHost } from '../../../renderer/src/bridge/web-bridge';
import { unpackWorkbook } from '@shared/ipc/packed-sheets';
import { countySheetHead } from '@shared/reports/document/county-sheet';
import { arrayBufferOf } from '../excel/zip-helpers';
import { TEST_READ_WORKER_PATH } from '../tables/read-worker';

let root: string;
let host: WebHost;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'gzt-web-xlsx-'));
  mkdirSync(join(root, 'renderer'));
  writeFileSync(join(root, 'renderer', 'index.html'), '<!doctype html><title>挂职通</title>');
  // The real web services: the same Excel modules Electron main uses, with the memory sink.
  host = await startWebHost({ port: 0, rendererDir: join(root, 'renderer'), log: () => undefined, readWorkerPath: TEST_READ_WORKER_PATH });
});
afterAll(async () => {
  await host.close();
  rmSync(root, { recursive: true, force: true });
});

async function post(channel: string, ...args: unknown[]): Promise<{ status: number; body: any }> {
  const response = await fetch(`${host.url}api/${channel}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: host.url.slice(0, -1) },
    body: encodeHttpJson(args),
  });
  return { status: response.status, body: decodeHttpJson(await response.text()) };
}

const TITLE = '开江县挂职干部期满名单（截至2024年5月6日）';
const HEAD = countySheetHead({
  name: '期满名单',
  title: TITLE,
  reportingUnit: '中共开江县委组织部',
  reportDate: '2024-05-06',
  orientation: 'landscape',
  columns: [
    { key: 'seq', header: '序号', width: 5 },
    { key: 'name', header: '姓名', width: 9 },
    { key: 'days', header: '剩余天数', width: 9 },
  ],
});

describe('web host: Excel export and import over HTTP', () => {
  it('begin → rows → finish answers with workbook bytes exceljs can read', async () => {
    const begun = await post('xlsx:begin', { suggestedName: '期满名单.xlsx', sheets: [HEAD] });
    expect(begun.status).toBe(200);
    const { jobId } = begun.body.value as { jobId: string };
    const rows = Array.from({ length: 1500 }, (_, i) => ({ cells: [i + 1, `干部${i + 1}`, 30 - i], ...(i < 31 ? { highlight: 'red' } : {}) }));
    expect((await post('xlsx:rows', { jobId, sheet: 0, rows: rows.slice(0, 1000) })).body).toEqual({ ok: true, value: { written: 1000 } });
    expect((await post('xlsx:rows', { jobId, sheet: 0, rows: rows.slice(1000), footer: [{ role: 'text', rows: [['合计：共1500人']] }] })).body).toEqual({ ok: true, value: { written: 1500 } });
    const finished = await post('xlsx:finish', { jobId });
    expect(finished.status).toBe(200);
    const { fileName, data } = finished.body.value as { fileName: string; data: Uint8Array };
    expect(fileName).toBe('期满名单.xlsx');
    expect(data).toBeInstanceOf(Uint8Array);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(arrayBufferOf(data));
    const sheet = workbook.getWorksheet('期满名单')!;
    expect(sheet.getCell('A1').value).toBe(TITLE);
    expect(sheet.getCell('B4').value).toBe('干部1');
    expect(sheet.getCell('C1503').value).toBe(-1469);
    expect(sheet.getCell('A1504').value).toBe('合计：共1500人');

    const read = await post('xlsx:read', { data });
    expect(read.status).toBe(200);
    const [sheet0] = unpackWorkbook(read.body.value).sheets;
    expect(sheet0!.rows[3]).toEqual([1, '干部1', 30]);
    expect(sheet0!.totalRows).toBe(1504);
  });

  it('answers a finished or unknown job with a Chinese refusal (422)', async () => {
    const res = await post('xlsx:rows', { jobId: '00000000-0000-4000-8000-000000000000', sheet: 0, rows: [] });
    expect(res.status).toBe(422);
    expect(res.body.error).toEqual({ code: 'export-not-found', message: expect.stringContaining('请重新导出') });
  });

  it('reads a CSV, refuses a file that is no table (422, Chinese) and a malformed head (400)', async () => {
    const csv = await post('xlsx:read', { data: new TextEncoder().encode('姓名,性别\n张三,男'), name: '名单.csv' });
    expect(unpackWorkbook(csv.body.value).sheets[0]!.rows).toEqual([
      ['姓名', '性别'],
      ['张三', '男'],
    ]);
    const read = await post('xlsx:read', { data: new TextEncoder().encode('%PDF-1.4 …'), name: '名单.pdf' });
    expect(read.status).toBe(422);
    expect(read.body.error.message).toContain('这是 PDF 文件，不是 Excel 工作簿');
    const bad = await post('xlsx:begin', { suggestedName: '名册.xlsx', sheets: [{ ...HEAD, columns: [] }] });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('invalid-request');
  });

  it('the page sends a file in frames and gets the sheets back in frames, the same as in JSON', async () => {
    const data = new TextEncoder().encode('姓名,部门\n张三,讲治镇\n李四,任市镇');
    const seen: { sent: string | null; got: string | null }[] = [];
    // Node's fetch sends no Origin of its own; a browser sends the page's.
    const fetchSpy: typeof fetch = async (input, init) => {
      const response = await fetch(input, { ...init, headers: { ...(init?.headers as Record<string, string>), Origin: host.url.slice(0, -1) } });
      seen.push({ sent: new Headers(init?.headers).get('Content-Type'), got: response.headers.get('Content-Type') });
      return response;
    };
    const packed = await callWebHost('xlsx:read', [{ data, name: '名单.csv' }], { fetch: fetchSpy, baseUrl: host.url });
    expect(seen).toEqual([{ sent: FRAMES_TYPE, got: FRAMES_TYPE }]);
    const json = await post('xlsx:read', { data, name: '名单.csv' });
    expect(unpackWorkbook(packed)).toEqual(unpackWorkbook(json.body.value));
    expect(unpackWorkbook(packed).sheets[0]!.rows[2]).toEqual(['李四', '任市镇']);
  });

  it('refuses frames that do not hold what they announce (400), without reading the file', async () => {
    const { frames } = encodeHttpBody([{ data: new TextEncoder().encode('姓名\n张三'), name: '名单.csv' }]) as { frames: Uint8Array[] };
    const whole = Buffer.concat(frames);
    for (const body of [whole.subarray(0, whole.length - 1), Buffer.concat([whole, Buffer.from([0])]), whole.subarray(0, 3)]) {
      const response = await fetch(`${host.url}api/xlsx:read`, { method: 'POST', headers: { 'Content-Type': FRAMES_TYPE, Origin: host.url.slice(0, -1) }, body });
      expect(response.status).toBe(400);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe('invalid-json');
    }
  });
});
