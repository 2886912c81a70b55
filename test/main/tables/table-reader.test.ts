// Reading in a worker thread: the same results as the reader itself, a cancel that really stops
// the read, and a file that exhausts the worker's memory or time leaving the caller unharmed.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createTableReader, type TableReader } from '../../../electron/main/services/tables/table-reader';
import { readTableFile } from '../../../electron/main/services/tables/read-table-file';
import { BridgeException } from '@shared/ipc/errors';
import { craftedWorkbook } from '../excel/crafted-workbook';
import { TEST_READ_WORKER_PATH } from './read-worker';

let readers: TableReader[] = [];
afterEach(async () => {
  await Promise.all(readers.map((reader) => reader.close()));
  readers = [];
});

function reader(options: Partial<Parameters<typeof createTableReader>[0]> = {}): TableReader {
  const created = createTableReader({ workerPath: TEST_READ_WORKER_PATH, log: () => undefined, ...options });
  readers.push(created);
  return created;
}

const text = (value: string) => new TextEncoder().encode(value);

/** A workbook with `count` one-cell rows: about 45 bytes of XML a row, read in about 1 s per 800,000. */
function bigWorkbook(count: number): Uint8Array {
  const rows: string[] = [];
  for (let r = 1; r <= count; r++) rows.push(`<row r="${r}"><c r="A${r}"><v>${r}</v></c></row>`);
  return craftedWorkbook({ sheets: [{ name: '大表', xml: rows.join('') }] });
}

async function rejection(promise: Promise<unknown>): Promise<BridgeException> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(BridgeException);
  return error as BridgeException;
}

describe('table reader in a worker thread', () => {
  it('reads an .xlsx and a CSV to exactly what the reader itself returns', async () => {
    const tables = reader();
    const book = craftedWorkbook({ sheets: [{ name: '名单', xml: '<row r="1"><c r="A1" t="inlineStr"><is><t>张三</t></is></c><c r="B1"><v>42</v></c></row>' }] });
    const csv = text('姓名,工号\n李四,0012\n');
    for (const [bytes, name] of [
      [book, '名单.xlsx'],
      [csv, '打卡.csv'],
    ] as const) {
      const expected = await readTableFile(new Uint8Array(bytes), name);
      await expect(tables.read({ bytes: new Uint8Array(bytes), name })).resolves.toEqual(expected);
    }
  });

  it('passes refusals through with their Chinese message and reports what a read cost', async () => {
    const tables = reader();
    const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    const error = await rejection(tables.read({ bytes: xls, name: '名册.xls' }));
    expect(error.message).toContain('另存为 .xlsx');
    const report = await tables.run({ bytes: text('a,b\n1,2\n'), name: 'a.csv' });
    expect(report.result?.sheets[0]?.rows).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(report.peakMemoryBytes).toBeGreaterThan(1024 * 1024);
    expect(report.peakMemoryBytes).toBeLessThan(500 * 1024 * 1024);
  });

  it('a cancel stops a running read at once; the next read works', async () => {
    const tables = reader();
    const readId = '0b5a2d2e-3f1c-4c55-9a3a-7d8e9f0a1b2c';
    const reading = tables.read({ bytes: bigWorkbook(600_000), name: '大表.xlsx', readId });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(tables.pending).toBe(1);
    expect(tables.cancel(readId)).toBe(true);
    const error = await rejection(reading);
    expect(error.code).toBe('table-read-cancelled');
    expect(error.message).toBe('已取消读取文件。');
    expect(tables.pending).toBe(0);
    expect(tables.cancel(readId)).toBe(false);
    await expect(tables.read({ bytes: text('姓名\n张三\n'), name: 'a.csv' })).resolves.toMatchObject({ sheets: [{ rows: [['姓名'], ['张三']] }] });
  }, 30_000);

  it('a cancel also takes a read out of the queue before it starts', async () => {
    const tables = reader({ maxWorkers: 1 });
    const first = tables.read({ bytes: bigWorkbook(100_000), name: 'a.xlsx' });
    const queuedId = '1b5a2d2e-3f1c-4c55-9a3a-7d8e9f0a1b2c';
    const queued = tables.read({ bytes: text('a\n'), name: 'b.csv', readId: queuedId });
    expect(tables.cancel(queuedId)).toBe(true);
    expect((await rejection(queued)).code).toBe('table-read-cancelled');
    await expect(first).resolves.toMatchObject({ sheets: [{ totalRows: 100_000 }] });
  }, 30_000);

  it('stops a read at its time budget', async () => {
    const tables = reader();
    const error = await rejection(tables.read({ bytes: bigWorkbook(600_000), name: 'a.xlsx', limits: { timeMs: 150 } }));
    expect(error.code).toBe('table-timeout');
  }, 30_000);

  it('a read that exhausts the worker’s heap is refused in Chinese; the caller lives on', async () => {
    // 32 MB, not less: since the package decoder joined the worker its code takes ~10 MB of the
    // isolate, and below ~20 MB V8 can abort the whole process before Node's heap-limit handler
    // ends the worker (production gives the worker 384 MB).
    const tables = reader({ heap: { maxOldGenerationSizeMb: 32, maxYoungGenerationSizeMb: 4 } });
    // 300,000 rows × 5 values, all kept: far more than 32 MB of strings and arrays.
    const csv = text(Array.from({ length: 300_000 }, (_, i) => `张三${i},${i},城关镇${i},${i * 7},备注${i}`).join('\n'));
    const report = await tables.run({ bytes: csv, name: '大表.csv', limits: { maxRows: 1_000_000 } });
    expect(report.error?.code).toBe('table-too-large');
    expect(report.error?.message).toContain('超出内存上限');
    expect(report.unexpected).toBeUndefined();
    await expect(tables.read({ bytes: text('姓名\n张三\n'), name: 'a.csv' })).resolves.toBeDefined();
  }, 30_000);

  it('an exception inside the reader is reported as unexpected (what the fuzz test counts), still in Chinese', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gzt-worker-'));
    try {
      // A stand-in worker whose reader throws a TypeError, as a bug would.
      const script = join(dir, 'broken-worker.cjs');
      writeFileSync(script, `require('node:worker_threads').parentPort.on('message', (job) => require('node:worker_threads').parentPort.postMessage({ id: job.id, ok: false, error: null, detail: 'TypeError: x is undefined', peakMemoryBytes: 1 }));`);
      const report = await reader({ workerPath: script }).run({ bytes: text('a\n'), name: 'a.csv' });
      expect(report.unexpected).toBe('TypeError: x is undefined');
      expect(report.error?.message).toContain('读取文件时出现意外错误');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a missing worker script gives a Chinese message, not a crash', async () => {
    const tables = reader({ workerPath: '/nonexistent/table-read-worker.cjs' });
    const error = await rejection(tables.read({ bytes: text('a\n'), name: 'a.csv' }));
    expect(error.message).toContain('读取表格的组件无法启动');
  });
});

describe('table reader: a page that goes', () => {
  it('cancelAll stops every read running or waiting', async () => {
    const tables = reader({ maxWorkers: 1 });
    const running = tables.read({ bytes: new Uint8Array(bigWorkbook(400_000)), name: 'a.xlsx' });
    const waiting = tables.read({ bytes: text('a\n'), name: 'b.csv' });
    expect(tables.cancelAll()).toBe(2);
    expect((await rejection(running)).code).toBe('table-read-cancelled');
    expect((await rejection(waiting)).code).toBe('table-read-cancelled');
    expect(tables.pending).toBe(0);
    await expect(tables.read({ bytes: text('a\n'), name: 'c.csv' })).resolves.toBeDefined();
  }, 30_000);
});
