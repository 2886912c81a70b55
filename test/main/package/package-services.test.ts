// The `package:*` and `held:*` channels behind the real IPC handler path (payload validated),
// over the worker that reads packages: write a package in chunks, read it back in a worker, fetch
// its records in chunks, release them; refusals arrive as Chinese messages.
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createHandler } from '../../../electron/main/ipc';
import type { ChannelService } from '../../../electron/main/services/dispatch';
import { createHeldData } from '../../../electron/main/services/package/held-data';
import { createPackageServices, PACKAGE_WORKER_HEAP } from '../../../electron/main/services/package/package-services';
import { createTableReader, type TableReader } from '../../../electron/main/services/tables/table-reader';
import type { Channel } from '@shared/ipc/channels';
import { toBridgeError } from '@shared/ipc/errors';
import { heldRows } from '@shared/ipc/package-schemas';
import { packRowsAsJson as packRows } from '@shared/ipc/packed-sheets';
import { ENTITY_TABLES } from '@shared/domain/tables';
import { canonicalJson } from '@shared/sync/canonical-json';
import { formatHlc } from '@shared/sync/hlc';
import type { CellValue } from '@shared/sync/package/cells';
import { PackageRowEncoder, packageTables } from '@shared/sync/package/encoder';
import type { SeenVector } from '@shared/sync/record';
import { stampNew } from '@shared/sync/stamp';
import { TEST_READ_WORKER_PATH } from '../tables/read-worker';
import { header, SCHEMA_VERSION } from './package-files';

const O = '0a0a0a0a0a0a0a0a';
let reader: TableReader | undefined;
let dir: string | undefined;
afterEach(async () => {
  await reader?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
  dir = undefined;
});

function setup(options: { chooseSavePath?: (o: { suggestedName: string }) => Promise<string | null>; tempDir?: string } = {}) {
  reader = createTableReader({ workerPath: TEST_READ_WORKER_PATH, heap: PACKAGE_WORKER_HEAP, log: () => undefined });
  const held = createHeldData();
  const { services, jobs } = createPackageServices({ reader, held, ...options });
  const call = (channel: Channel, ...args: unknown[]) =>
    createHandler(channel, { service: services[channel as keyof typeof services] as unknown as ChannelService<typeof channel>, isTrusted: () => true, log: () => undefined })(
      { senderFrame: null },
      ...args,
    ) as Promise<any>;
  const fails = async (channel: Channel, ...args: unknown[]) => toBridgeError(await call(channel, ...args).then(() => new Error('expected a rejection'), (e: unknown) => e));
  return { call, fails, jobs, held };
}

const units = Array.from({ length: 2500 }, (_, i) =>
  stampNew(ENTITY_TABLES.units.schema.parse({ name: `单位${i}`, level: 'county', kind: 'govOrgan', isInCounty: true }) as object, formatHlc({ millis: Date.parse('2026-11-20T00:00:00Z') + i, counter: 0, siteId: O }), `u-${i}`),
);

/** The units as the renderer sends them: the package's cells (and the `seen` it finishes with). */
function unitRows(): { rows: CellValue[][]; seen: SeenVector } {
  const encoder = new PackageRowEncoder(packageTables(header(O)));
  return { rows: encoder.rows('units', units), seen: encoder.seen() };
}

async function write(call: ReturnType<typeof setup>['call']) {
  const h = header(O);
  const { jobId } = await call('package:begin', { suggestedName: '开江县数据包', header: h });
  const { rows, seen } = unitRows();
  // Chunks overlap and arrive last first (as HTTP calls may): main writes them in their order.
  const chunks = Array.from({ length: Math.ceil(rows.length / 1000) }, (_, seq) => ({ seq, rows: rows.slice(seq * 1000, seq * 1000 + 1000) }));
  await Promise.all(chunks.reverse().map(({ seq, rows }) => call('package:rows', { jobId, table: 'units', seq, rows: packRows(rows) })));
  return call('package:finish', { jobId, seen, counts: { units: units.length }, sampleSkipped: 0 });
}

describe('package channels', { timeout: 60_000 }, () => {
  it('write in overlapping chunks that arrive out of order, read back in a worker, fetch the records in chunks, release', async () => {
    const { call, fails, held } = setup();
    const done = await write(call);
    expect(done.fileName).toBe('开江县数据包.xlsx');
    expect(done.data).toBeInstanceOf(Uint8Array);
    expect(done.seen).toEqual({ [O]: units.at(-1)!._hlc });

    const summary = await call('package:read', { data: done.data, name: done.fileName, schemaVersion: SCHEMA_VERSION });
    expect(summary.counts.units).toBe(units.length);
    expect(summary.counts.postings).toBe(0);
    expect(summary.manifest.contentSha256).toBe(done.contentSha256);
    const got: object[] = [];
    for (let offset = 0; ; offset += 1000) {
      const page = await call('held:records', { handle: summary.handle, table: 'units', offset, limit: 1000 });
      const records = heldRows(page);
      expect(page.total).toBe(units.length);
      got.push(...records);
      if (records.length < 1000) break;
    }
    expect(canonicalJson(got)).toBe(canonicalJson(units));
    expect(await call('held:release', { handle: summary.handle })).toEqual({ released: true });
    expect((await fails('held:records', { handle: summary.handle, table: 'units', offset: 0, limit: 10 })).code).toBe('package-not-found');
    expect(held.registry.size).toBe(0);
  });

  it('the worker reports its reading (bytes) and then its checking of the records while it reads a package', async () => {
    const { call } = setup();
    const done = await write(call);
    const heard: { phase: string; done: number; total: number }[] = [];
    const decoded = await reader!.readPackage({ bytes: done.data, name: done.fileName, package: { schemaVersion: SCHEMA_VERSION, now: Date.now() }, onProgress: (p) => heard.push(p) });
    expect(decoded.tables.units!.total).toBe(units.length);
    const phases = heard.map((p) => p.phase);
    expect(phases).toContain('reading');
    expect(phases).toContain('checking');
    expect(phases.lastIndexOf('reading')).toBeLessThan(phases.indexOf('checking'));
    const checking = heard.filter((p) => p.phase === 'checking');
    // every record is checksummed, decoded, checked and paged: four steps each
    expect(checking.every((p) => p.total === 4 * units.length && p.done > 0 && p.done <= p.total)).toBe(true);
  });

  it('a refused package arrives as a Chinese message, and nothing is held', async () => {
    const { call, fails, held } = setup();
    const done = await write(call);
    const data = new Uint8Array(done.data);
    const at = Math.floor(data.length / 2);
    data[at] = data[at]! ^ 0xff;
    const error = await fails('package:read', { data, name: '数据包.xlsx', schemaVersion: SCHEMA_VERSION });
    expect(error.message).toMatch(/损坏|修改/);
    expect(held.registry.size).toBe(0);
    const roster = await fails('package:read', { data: new TextEncoder().encode('姓名,身份证号\n张三,1\n'), name: '花名册.csv', schemaVersion: SCHEMA_VERSION });
    expect(roster).toMatchObject({ code: 'package-refused' });
    expect(roster.message).toMatch(/不是挂职通数据包/);
  });

  it('rows that are not the package\'s cells, one per column, are refused before anything is written', async () => {
    const { call, fails } = setup();
    const { jobId } = await call('package:begin', { suggestedName: 'x', header: header(O) });
    const row = unitRows().rows[0]!;
    expect((await fails('package:rows', { jobId, table: 'units', seq: 0, rows: [row] })).code).toBe('invalid-request');
    expect((await fails('package:rows', { jobId, table: 'units', seq: 0, rows: packRows([[...row.slice(0, -1), { x: 1 }]]) })).code).toBe('invalid-request');
    // Packed rows that do not hold together: an index past the values, cells left after the last row.
    const packed = packRows([row]);
    const words = (...xs: number[]) => new Uint8Array(Uint32Array.from(xs).buffer);
    const valueCount = (JSON.parse(new TextDecoder().decode(packed.valuesJson)) as unknown[]).length;
    const pastValues = await fails('package:rows', { jobId, table: 'units', seq: 0, rows: { ...packed, cells: words(...new Uint32Array(packed.cells.buffer).map(() => valueCount)) } });
    expect(pastValues.code).toBe('invalid-request');
    expect(pastValues.message).toMatch(/行数据不完整/);
    expect((await fails('package:rows', { jobId, table: 'units', seq: 0, rows: { ...packed, rowEnds: words(1) } })).code).toBe('invalid-request');
    // Values that are not a JSON list of cells.
    const notJson = await fails('package:rows', { jobId, table: 'units', seq: 0, rows: { ...packed, valuesJson: new TextEncoder().encode('["1",') } });
    expect(notJson.message).toMatch(/行数据不完整/);
    const tooLong = await fails('package:rows', { jobId, table: 'units', seq: 0, rows: { ...packed, valuesJson: new TextEncoder().encode(JSON.stringify(['x'.repeat(40_000)])) } });
    expect(tooLong.code).toBe('invalid-request');
    const finished = await fails('package:finish', { jobId, seen: {}, counts: { units: 1 }, sampleSkipped: 0 });
    expect(finished.code).toBe('export-incomplete');
    expect(finished.message).toMatch(/应导出 1 条记录，实际收到 0 条/);
    // A row one cell short: that export stops there.
    const next = (await call('package:begin', { suggestedName: 'x', header: header(O) })).jobId;
    const short = await fails('package:rows', { jobId: next, table: 'units', seq: 0, rows: packRows([row.slice(1)]) });
    expect(short.code).toBe('invalid-request');
    expect(short.message).toMatch(/应为 \d+ 个/);
    expect((await fails('package:finish', { jobId: next, seen: {}, counts: { units: 1 }, sampleSkipped: 0 })).code).toBe('package-not-found');
  });

  it('a chunk sent twice stops the export with a Chinese message, and the package is not saved', async () => {
    const { call, fails, jobs } = setup();
    const { jobId } = await call('package:begin', { suggestedName: 'x', header: header(O) });
    const { rows } = unitRows();
    await call('package:rows', { jobId, table: 'units', seq: 0, rows: packRows(rows.slice(0, 1000)) });
    const again = await fails('package:rows', { jobId, table: 'units', seq: 0, rows: packRows(rows.slice(0, 1000)) });
    expect(again).toMatchObject({ code: 'invalid-request' });
    expect(again.message).toMatch(/没有按顺序送达/);
    expect((await fails('package:rows', { jobId, table: 'units', seq: 1, rows: packRows(rows.slice(1000, 2000)) })).code).toBe('package-not-found');
    expect(jobs.size).toBe(0);
  });

  it('Electron: the package goes where the clerk chose, abort leaves nothing there', async () => {
    dir = await mkdtemp(join(tmpdir(), 'gzt-package-'));
    const target = join(dir, '城关镇数据包');
    const { call } = setup({ chooseSavePath: async () => target });
    const done = await write(call);
    expect(done.data).toBeUndefined();
    expect(await readdir(dir)).toEqual(['城关镇数据包.xlsx']);
    const { jobId } = await call('package:begin', { suggestedName: 'x', header: header(O) });
    await call('package:abort', { jobId });
    expect(await readdir(dir)).toEqual(['城关镇数据包.xlsx']);
  });
});
