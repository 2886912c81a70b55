// `xlsx:read` and `xlsx:cancel-read` behind the real IPC handler path (payload validated, sender
// check passed), over the worker-based reader; and the renderer's helper that picks, reads and
// cancels (renderer/src/bridge/read-table-file.ts) against the same services.
import { unpackWorkbook } from '@shared/ipc/packed-sheets';
import type { PackedWorkbook } from '@shared/ipc/workbook-schemas';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHandler } from '../../../electron/main/ipc';
import type { ChannelService } from '../../../electron/main/services/dispatch';
import { createTableReadServices } from '../../../electron/main/services/tables/table-read-services';
import { createTableReader, type TableReader } from '../../../electron/main/services/tables/table-reader';
import { openTableFile, readTableBytes, TABLE_FILE_FILTERS } from '../../../renderer/src/bridge/read-table-file';
import type { Channel } from '@shared/ipc/channels';
import type { Bridge } from '@shared/ipc/contract';
import { BridgeException, toBridgeError } from '@shared/ipc/errors';
import { craftedWorkbook, inlineCell } from '../excel/crafted-workbook';
import { TEST_READ_WORKER_PATH } from './read-worker';

let reader: TableReader;
afterEach(async () => {
  await reader?.close();
});

function setup() {
  reader = createTableReader({ workerPath: TEST_READ_WORKER_PATH, log: () => undefined });
  const services = createTableReadServices(reader);
  const call = (channel: Channel, ...args: unknown[]) =>
    createHandler(channel, { service: services[channel as keyof typeof services] as unknown as ChannelService<typeof channel>, isTrusted: () => true, log: () => undefined })(
      { senderFrame: null },
      ...args,
    );
  const fails = async (channel: Channel, ...args: unknown[]) => toBridgeError(await call(channel, ...args).then(() => new Error('expected a rejection'), (e: unknown) => e));
  // The renderer's Bridge as the preload would expose it (errors recovered as BridgeException).
  const bridge = {
    readWorkbook: vi.fn((req: unknown) => call('xlsx:read', req).catch((e: unknown) => Promise.reject(new BridgeException(toBridgeError(e))))),
    cancelRead: vi.fn((req: unknown) => call('xlsx:cancel-read', req)),
    openFile: vi.fn(async (_req: unknown) => null as { name: string; data: Uint8Array } | null),
  };
  return { call, fails, bridge: bridge as typeof bridge & Bridge };
}

/** A workbook big enough to take about a second to read. */
function bigWorkbook(): Uint8Array {
  const rows: string[] = [];
  for (let r = 1; r <= 600_000; r++) rows.push(`<row r="${r}"><c r="A${r}"><v>${r}</v></c></row>`);
  return craftedWorkbook({ sheets: [{ name: '大表', xml: rows.join('') }] });
}

describe('xlsx:read / xlsx:cancel-read handlers', () => {
  it('read an .xlsx or a CSV by content, keeping maxRows rows', async () => {
    const ctx = setup();
    const book = craftedWorkbook({ sheets: [{ name: '名单', xml: `<row r="1">${inlineCell('A1', '姓名')}</row><row r="2">${inlineCell('A2', '张三')}</row>` }] });
    const read = (req: unknown) => ctx.call('xlsx:read', req).then((packed) => unpackWorkbook(packed as PackedWorkbook));
    expect(await read({ data: book, maxRows: 1, name: '名单.xlsx' })).toEqual({
      sheets: [{ name: '名单', hidden: false, rows: [['姓名']], totalRows: 2, truncated: true }],
    });
    const csv = new TextEncoder().encode('姓名\n张三\n');
    expect(await read({ data: csv, name: '打卡.csv' })).toMatchObject({ sheets: [{ name: '打卡', rows: [['姓名'], ['张三']] }] });
  });

  it('refuse an .xls in Chinese, and payloads that are not bytes, an absurd maxRows, a bad read id or a path as name', async () => {
    const ctx = setup();
    const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    expect(await ctx.fails('xlsx:read', { data: xls })).toEqual({ code: 'xls-unsupported', message: expect.stringContaining('请在Excel中另存为 .xlsx 后再导入') });
    for (const request of [{ data: 'PK' }, { data: xls, maxRows: 0 }, { data: xls, readId: '../x' }, { data: xls, name: '../../etc/passwd' }]) {
      expect((await ctx.fails('xlsx:read', request)).code).toBe('invalid-request');
    }
    expect((await ctx.fails('xlsx:cancel-read', { readId: 42 })).code).toBe('invalid-request');
    expect(await ctx.call('xlsx:cancel-read', { readId: '2b5a2d2e-3f1c-4c55-9a3a-7d8e9f0a1b2c' })).toEqual({ cancelled: false });
    expect((await ctx.fails('xlsx:read-progress', { readId: '../x' })).code).toBe('invalid-request');
    expect((await ctx.fails('xlsx:read-progress', { readId: '2b5a2d2e-3f1c-4c55-9a3a-7d8e9f0a1b2c', extra: 1 })).code).toBe('invalid-request');
  });

  it('tell how far a running read has got (unpacked bytes, growing), and nothing for a read that is not running', async () => {
    const ctx = setup();
    const readId = '3c6b3e3f-4a2d-4d66-8b4b-8e9fa0b1c2d3';
    expect(await ctx.call('xlsx:read-progress', { readId })).toBeNull();
    const heard: { phase: string; done: number; total: number }[] = [];
    const asked: unknown[] = [];
    const reading = reader.read({ bytes: bigWorkbook(), name: '大表.xlsx', readId, limits: { maxRows: 10 }, onProgress: (p) => heard.push(p) });
    const poll = setInterval(() => void ctx.call('xlsx:read-progress', { readId }).then((p) => p && asked.push(p)), 50);
    try {
      await reading;
    } finally {
      clearInterval(poll);
    }
    expect(heard.length).toBeGreaterThan(1);
    expect(heard.every((p) => p.phase === 'reading' && p.done <= p.total)).toBe(true);
    expect(heard.map((p) => p.done)).toEqual([...heard.map((p) => p.done)].sort((a, b) => a - b));
    expect(heard.at(-1)!.done).toBeGreaterThan(heard[0]!.done);
    expect(asked.length).toBeGreaterThan(0);
    expect(asked[0]).toMatchObject({ phase: 'reading', done: expect.any(Number), total: heard[0]!.total });
    expect(await ctx.call('xlsx:read-progress', { readId })).toBeNull();
  });
});

describe('openTableFile / readTableBytes (renderer)', () => {
  it('offers .xlsx, CSV and .xls in the chooser; null when the clerk cancels', async () => {
    const ctx = setup();
    await expect(openTableFile({ bridge: ctx.bridge, title: '选择花名册文件' })).resolves.toBeNull();
    expect(ctx.bridge.openFile).toHaveBeenCalledWith({ title: '选择花名册文件', filters: TABLE_FILE_FILTERS, maxBytes: 50 * 1024 * 1024 });
    expect(TABLE_FILE_FILTERS[0]!.extensions).toEqual(['xlsx', 'csv', 'txt', 'xls']);
    ctx.bridge.openFile.mockResolvedValueOnce({ name: '打卡.csv', data: new TextEncoder().encode('姓名\n张三\n') });
    await expect(openTableFile({ bridge: ctx.bridge })).resolves.toEqual({
      fileName: '打卡.csv',
      sheets: [{ name: '打卡', hidden: false, rows: [['姓名'], ['张三']], totalRows: 2, truncated: false }],
    });
  });

  it('an answer whose packed rows are inconsistent is refused as an invalid response, not shown', async () => {
    const bad = { sheets: [{ name: 'S', hidden: false, totalRows: 1, truncated: false, values: ['姓名'], cells: new Uint8Array(Uint32Array.of(7).buffer), rowEnds: new Uint8Array(Uint32Array.of(1).buffer) }] };
    const bridge = { readWorkbook: () => Promise.resolve(bad), cancelRead: () => Promise.resolve({ cancelled: false }) } as unknown as Bridge;
    const error = await readTableBytes({ name: '名单.xlsx', data: new Uint8Array(1) }, { bridge }).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(BridgeException);
    expect((error as BridgeException).code).toBe('invalid-response');
  });

  it('an abort rejects at once as cancelled and stops the read in main', async () => {
    const ctx = setup();
    const controller = new AbortController();
    const reading = readTableBytes({ name: '大表.xlsx', data: bigWorkbook() }, { bridge: ctx.bridge, signal: controller.signal });
    await vi.waitFor(() => expect(reader.pending).toBe(1), { timeout: 5000 });
    controller.abort();
    const error = await reading.then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(BridgeException);
    expect((error as BridgeException).code).toBe('table-read-cancelled');
    const readId = (ctx.bridge.readWorkbook.mock.calls[0]![0] as { readId: string }).readId;
    expect(ctx.bridge.cancelRead).toHaveBeenCalledWith({ readId });
    await vi.waitFor(() => expect(reader.pending).toBe(0), { timeout: 2000 });
  }, 30_000);

  it('an already aborted signal reads nothing', async () => {
    const ctx = setup();
    const controller = new AbortController();
    controller.abort();
    await expect(readTableBytes({ name: 'a.csv', data: new Uint8Array([0x61]) }, { bridge: ctx.bridge, signal: controller.signal })).rejects.toMatchObject({ code: 'table-read-cancelled' });
    expect(ctx.bridge.readWorkbook).not.toHaveBeenCalled();
  });
});
