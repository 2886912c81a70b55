// The web host under load, with real HTTP requests (issue 8 item 8): four concurrent 150 MB bodies,
// exports abandoned by pages that went away, reads that must not block the request loop.
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startWebHost, type WebHost, type WebHostOptions } from '../../../electron/web/server';
import { decodeHttpJson, encodeHttpJson } from '@shared/ipc/http-codec';
import { WEB_PAGE_CLOSED_PATH, WEB_PAGE_HEADER } from '@shared/ipc/web-page';
import { countySheetHead } from '@shared/reports/document/county-sheet';
import { craftedEntries } from '../excel/crafted-workbook';
import { zipFiles } from '../excel/zip-helpers';
import { TEST_READ_WORKER_PATH } from '../tables/read-worker';

let root: string;
let host: WebHost | undefined;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'gzt-web-memory-'));
  mkdirSync(join(root, 'renderer'));
  writeFileSync(join(root, 'renderer', 'index.html'), '<!doctype html><title>挂职通</title>');
});
afterEach(async () => {
  await host?.close();
  host = undefined;
  rmSync(root, { recursive: true, force: true });
});

async function start(options: Partial<WebHostOptions> = {}): Promise<WebHost> {
  host = await startWebHost({
    port: 0,
    rendererDir: join(root, 'renderer'),
    log: () => undefined,
    readWorkerPath: TEST_READ_WORKER_PATH,
    tempRoot: join(root, 'tmp'),
    ...options,
  });
  return host;
}

interface Reply {
  status: number;
  body: any;
}

/** POST /api/<channel> as the page `pageId` would, the body given as chunks written with backpressure. */
function post(channel: string, body: string | { chunks: () => AsyncIterable<Buffer>; length: number }, pageId?: string): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const length = typeof body === 'string' ? Buffer.byteLength(body) : body.length;
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port: host!.port,
        path: channel.startsWith('/') ? channel : `/api/${channel}`,
        method: 'POST',
        headers: {
          Origin: `http://127.0.0.1:${host!.port}`,
          'Content-Type': 'application/json',
          'Content-Length': String(length),
          ...(pageId ? { [WEB_PAGE_HEADER]: pageId } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: decodeHttpJson(Buffer.concat(chunks).toString('utf8')) }));
      },
    );
    req.on('error', reject);
    if (typeof body === 'string') {
      req.end(body);
      return;
    }
    void (async () => {
      for await (const chunk of body.chunks()) {
        if (!req.write(chunk)) await new Promise((drain) => req.once('drain', drain));
      }
      req.end();
    })().catch(reject);
  });
}

const json = (...args: unknown[]) => encodeHttpJson(args);

describe('web host: large bodies take turns', () => {
  it('four concurrent 150 MB bodies keep the host well under 1 GB', async () => {
    await start();
    // 111,999,999 bytes of file → 149,333,332 characters of base64 → a body of about 150 MB.
    const rawBytes = 111_999_999;
    const base64Length = (rawBytes / 3) * 4;
    const block = Buffer.alloc(1024 * 1024, 'A'.charCodeAt(0));
    const contentLength = Buffer.byteLength(`[{"data":{"$bytes":""},"name":"大表1.xlsx"}]`) + base64Length;
    const body = (name: string) => ({
      length: contentLength,
      chunks: async function* (): AsyncIterable<Buffer> {
        yield Buffer.from(`[{"data":{"$bytes":"`);
        for (let left = base64Length; left > 0; left -= block.length) yield left >= block.length ? block : block.subarray(0, left);
        yield Buffer.from(`"},"name":"${name}"}]`);
      },
    });
    expect(contentLength).toBeGreaterThan(149_000_000);

    const baseline = process.memoryUsage().rss;
    let peak = baseline;
    const sampler = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().rss);
    }, 20);
    try {
      const replies = await Promise.all([1, 2, 3, 4].map((n) => post('xlsx:read', body(`大表${n}.xlsx`))));
      // Each reached the reader and was answered: 112 MB is over the 100 MB file limit.
      for (const reply of replies) {
        expect(reply.status).toBe(413);
        expect(reply.body.error.code).toBe('file-too-large');
      }
    } finally {
      clearInterval(sampler);
    }
    const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);
    console.log(`web host, 4 × ${mb(contentLength)} MiB bodies at once: peak RSS ${mb(peak)} MiB (${mb(peak - baseline)} MiB over the ${mb(baseline)} MiB before)`);
    expect(peak - baseline).toBeLessThan(700 * 1024 * 1024);
    expect(peak).toBeLessThan(1024 * 1024 * 1024);
  }, 120_000);
});

describe('web host: a client that goes away mid-body', () => {
  it('gives its turn back quietly: the next large body is read, nothing logged as a failure', async () => {
    const logged: string[] = [];
    await start({ log: (message) => logged.push(message) });
    // 20 MB declared, 1 MB sent, then the connection is dropped.
    await new Promise<void>((resolve) => {
      const req = httpRequest({
        host: '127.0.0.1',
        port: host!.port,
        path: '/api/xlsx:read',
        method: 'POST',
        headers: { Origin: `http://127.0.0.1:${host!.port}`, 'Content-Type': 'application/json', 'Content-Length': String(20 * 1024 * 1024) },
      });
      req.on('error', () => resolve());
      req.write(Buffer.alloc(1024 * 1024, 0x20), () => {
        setTimeout(() => {
          req.destroy();
          resolve();
        }, 100);
      });
    });
    // A 16 MB body (12 MB of NUL bytes as base64): it needs the turn the dropped one held.
    const reply = await post('xlsx:read', json({ data: new Uint8Array(12 * 1024 * 1024), name: '名单.xlsx' }));
    expect(reply.status).toBe(422);
    expect(reply.body.error.code).toBe('xlsx-invalid');
    expect(logged).toEqual([]);
  }, 30_000);
});

const HEAD = countySheetHead({
  name: '名单',
  title: '挂职干部名单',
  reportingUnit: '中共开江县委组织部',
  reportDate: '2024-05-06',
  orientation: 'landscape',
  columns: [{ key: 'name', header: '姓名', width: 10 }],
});
const PAGES = ['11111111-1111-4111-8111-111111111111', '22222222-2222-4222-8222-222222222222', '33333333-3333-4333-8333-333333333333', '44444444-4444-4444-8444-444444444444'];
const NEW_PAGE = '55555555-5555-4555-8555-555555555555';

describe('web host: exports and reads belong to their page', () => {
  it('four exports abandoned by reloaded pages block a fifth until their pages say they are gone', async () => {
    await start();
    for (const page of PAGES) {
      const begun = await post('xlsx:begin', json({ suggestedName: '名单.xlsx', sheets: [HEAD] }), page);
      expect(begun.status).toBe(200);
      expect((await post('xlsx:rows', json({ jobId: begun.body.value.jobId, sheet: 0, rows: [{ cells: ['张三'] }] }), page)).status).toBe(200);
    }
    const tempFolder = () => readdirSync(join(root, 'tmp')).map((dir) => readdirSync(join(root, 'tmp', dir))).flat();
    expect(tempFolder()).toHaveLength(4);
    const blocked = await post('xlsx:begin', json({ suggestedName: '名单.xlsx', sheets: [HEAD] }), NEW_PAGE);
    expect(blocked.body.error.code).toBe('export-busy');

    // The first page's pagehide call releases its export (and removes its temporary file) …
    const closed = await post(WEB_PAGE_CLOSED_PATH, '{}', PAGES[0]);
    expect(closed.body).toEqual({ ok: true, value: { exports: 1, reads: 0 } });
    expect(tempFolder()).toHaveLength(3);
    // … so the new page can export at once.
    const begun = await post('xlsx:begin', json({ suggestedName: '名单.xlsx', sheets: [HEAD] }), NEW_PAGE);
    expect(begun.status).toBe(200);
    // A page id never seen, or none at all, releases nothing.
    expect((await post(WEB_PAGE_CLOSED_PATH, '{}', PAGES[0])).body.value).toEqual({ exports: 0, reads: 0 });
    expect((await post(WEB_PAGE_CLOSED_PATH, '{}')).body.value).toEqual({ exports: 0, reads: 0 });
  });

  it('exports with no call for the idle time are dropped even when their page never said goodbye', async () => {
    await start({ jobIdleTimeoutMs: 300, jobSweepIntervalMs: 100 });
    for (const page of PAGES) expect((await post('xlsx:begin', json({ suggestedName: '名单.xlsx', sheets: [HEAD] }), page)).status).toBe(200);
    expect((await post('xlsx:begin', json({ suggestedName: '名单.xlsx', sheets: [HEAD] }), NEW_PAGE)).body.error.code).toBe('export-busy');
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect((await post('xlsx:begin', json({ suggestedName: '名单.xlsx', sheets: [HEAD] }), NEW_PAGE)).status).toBe(200);
  });

  it('a page that goes cancels its read; a read never blocks the other calls', async () => {
    await start();
    // A million rows, deflated to a few MB: seconds of reading from a small body.
    const rows: string[] = [];
    for (let r = 1; r <= 1_000_000; r++) rows.push(`<row r="${r}"><c r="A${r}"><v>${r}</v></c></row>`);
    const big = zipFiles(craftedEntries({ sheets: [{ name: '大表', xml: rows.join('') }] }), { deflate: true });
    const readId = '66666666-6666-4666-8666-666666666666';
    const order: string[] = [];
    const reading = post('xlsx:read', json({ data: big, name: '大表.xlsx', readId }), PAGES[1]).then((reply) => {
      order.push('read');
      return reply;
    });
    await new Promise((resolve) => setTimeout(resolve, 500));
    const info = await post('app:info', '[]');
    order.push('app:info');
    expect(info.status).toBe(200);
    const closed = await post(WEB_PAGE_CLOSED_PATH, '{}', PAGES[1]);
    expect(closed.body.value).toEqual({ exports: 0, reads: 1 });
    const reply = await reading;
    expect(reply.body.error).toEqual({ code: 'table-read-cancelled', message: '已取消读取文件。' });
    expect(order).toEqual(['app:info', 'read']);
  }, 30_000);
});

describe('web host: leftovers of a killed host', () => {
  it('removes the export folders of hosts that no longer run, and only those', async () => {
    const tempRoot = join(root, 'tmp');
    // A host killed mid-export left its folder; a process id that runs nowhere (above Linux's pid_max).
    const dead = join(tempRoot, '4194999-abcd1234');
    const alive = join(tempRoot, `${process.pid}-beef0001`);
    const foreign = join(tempRoot, 'not-ours');
    for (const folder of [dead, alive, foreign]) mkdirSync(folder, { recursive: true });
    writeFileSync(join(dead, 'gzt-export-0b5a2d2e-3f1c-4c55-9a3a-7d8e9f0a1b2c.xlsx'), 'PK');
    writeFileSync(join(alive, 'gzt-export-1b5a2d2e-3f1c-4c55-9a3a-7d8e9f0a1b2c.xlsx'), 'PK');
    writeFileSync(join(foreign, 'keep.txt'), 'x');
    const logged: unknown[] = [];
    await start({ log: (message, detail) => logged.push(message, detail) });
    const left = readdirSync(tempRoot).sort();
    expect(left).not.toContain('4194999-abcd1234');
    expect(left).toEqual(expect.arrayContaining([`${process.pid}-beef0001`, 'not-ours']));
    expect(logged[0]).toContain('已清理上次未完成导出留下的 1 个临时文件');
    // This host's own folder goes with it.
    const own = left.filter((name) => name.startsWith(`${process.pid}-`) && name !== `${process.pid}-beef0001`);
    expect(own).toHaveLength(1);
    await host!.close();
    host = undefined;
    expect(readdirSync(tempRoot)).not.toContain(own[0]);
  });
});
