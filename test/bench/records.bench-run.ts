import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, it } from 'vitest';
import { addDays } from '@shared/domain/dates';
import { isoWeekday } from '@shared/domain/calendar';
import { keyedId } from '@shared/domain/tables';
import { toStoredClock } from '@shared/sync/clock-text';
import { Random } from '@shared/sample/random';
import { sampleDailyWork } from '@shared/sample/records';
import type { WebHost } from '../../electron/web/server';
import { startBenchHost } from './bench-host';
import { composeBooks } from '../../electron/main/services/pdf';
import { writeFigures } from './benchmarks-file';
import { readTable } from './on-disk-browser';
import { calibration, describeMachine, median } from './machine';

/*
 * `npm run bench` — the printed 纪实手册 (issue 12): the book of a cadre with 365 daily entries
 * rendered to PDF, against Chromium printing the same text as a plain HTML table in the same run
 * (target ≤ 1.5×), and a batch of 40 books joined into one PDF (target ≤ 60 s). Real Chromium on
 * a persistent profile in a fresh folder (IndexedDB on disk, as on a clerk's PC), the app served
 * by the web host, printed with page.pdf (the engine of the desktop app's printToPDF) and joined
 * with the desktop's own composeBooks. The year of entries is written straight into the app's
 * IndexedDB in the shape the Writer stores (keyed ids, stamped fields, `_live`): typing 365 days
 * through the screen would measure the keyboard, not the print. The book and the table are printed
 * in turns (so both see the same load on a shared machine), and beside the wall time the bench
 * records the CPU time of the page's renderer process while printing, which load hardly changes.
 * Calibration line: the raw exceljs streaming write of 10,000 rows that ENVIRONMENT.md quotes
 * (0.51 s on a quiet machine).
 */

const REPS = 5;
const figures: [string, string][] = [];
let host: WebHost;

function record(name: string, value: string): void {
  figures.push([name, value]);
  console.log(`  ${name.padEnd(40, '　')} ${value}`);
}

const ms = (x: number) => `${Math.round(x)} ms`;
const range = (xs: number[]) => `（${xs.length}次中位数，${ms(Math.min(...xs))}–${ms(Math.max(...xs))}）`;

/** Renders the book of a route like main's print window: ready marker dropped, hash moved, ready awaited, printed. */
async function renderBook(page: Page, hash: string, first: boolean): Promise<Uint8Array> {
  if (first) await page.goto(`${host.url}${hash}`);
  else await page.evaluate((h) => {
    delete document.body.dataset.printReady;
    location.hash = h;
  }, hash);
  await page.locator('body[data-print-ready="1"]').waitFor({ timeout: 120_000 });
  return new Uint8Array(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
}

async function pdfPages(bytes: Uint8Array): Promise<number> {
  const { PDFDocument } = await import('pdf-lib');
  return (await PDFDocument.load(bytes)).getPageCount();
}

beforeAll(async () => {
  host = await startBenchHost();
});

afterAll(async () => {
  await host?.close();
});

it('纪实手册: a year of entries to PDF against a plain table, and a batch of 40 books', async () => {
  const profile = mkdtempSync(join(tmpdir(), 'gzt-bench-records-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    viewport: { width: 1440, height: 900 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const machine = describeMachine((await page.evaluate(() => /Chrome\/([\d.]+)/.exec(navigator.userAgent)?.[1])) ?? 'unknown');
  console.log(`\n挂职通 bench（纪实手册）— ${machine}\n`);
  const calib = await calibration();
  record('校准：exceljs 流式写 10,000 行（ENVIRONMENT.md 中 0.51 s）', ms(calib));

  await page.goto(host.url);
  await page.getByLabel('县（市、区）名称').fill('开江县');
  await page.getByRole('button', { name: '完成设置，开始使用' }).click();
  await page.getByText('设置完成').waitFor();
  await page.getByRole('menuitem', { name: '设置' }).click();
  await page.getByRole('button', { name: '载入示例数据' }).click();
  await page.getByRole('button', { name: '载入', exact: true }).click();
  await page.getByText(/已载入示例数据/).waitFor({ timeout: 300_000 });

  // A cadre on post for more than a year gets 365 daily entries, one a day up to yesterday.
  const today = await page.evaluate(() => new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' }));
  type P = { id: string; status: string; startDate: string; type: string; village: string | null; secondedPost: string; receivingUnitId: string; _deleted: boolean };
  const postings = (await readTable<P>(page, 'postings')).filter((p) => !p._deleted && (p.status === 'active' || p.status === 'extended'));
  const units = new Map((await readTable<{ id: string; name: string; shortName: string | null }>(page, 'units')).map((u) => [u.id, u]));
  const year = postings.find((p) => p.startDate <= addDays(today, -366))!;
  const unit = units.get(year.receivingUnitId)!;
  const r = new Random(365);
  const stamp = `${new Date().toISOString()}-0000-b0b0b0b0b0b0b0b0`;
  const rows = Array.from({ length: 365 }, (_, i) => {
    const date = addDays(today, i - 365);
    const work = sampleDailyWork(r, { id: year.id, type: year.type, status: year.status, startDate: year.startDate, unitName: unit.shortName ?? unit.name, townName: null, village: year.village, secondedPost: year.secondedPost });
    const fields = { postingId: year.id, kind: 'daily', date, periodStart: null, periodEnd: null, title: null, ...work, problems: null, nextPlan: null, selfScore: null, attachments: [], locked: false, enteredBy: 'bench' };
    const clock = Object.fromEntries([...Object.keys(fields), '_deleted'].map((k) => [k, stamp]));
    // as the app stores it: the clock as text
    return toStoredClock({ id: keyedId('logEntries', year.id, 'daily', date, ''), ...fields, _deleted: false, _clock: clock, _hlc: stamp, _live: 1 });
  });
  await page.evaluate(
    (records) =>
      new Promise<void>((done, fail) => {
        const open = indexedDB.open('guazhitong');
        open.onsuccess = () => {
          const tx = open.result.transaction('logEntries', 'readwrite');
          for (const row of records) tx.objectStore('logEntries').put(row);
          tx.oncomplete = () => {
            open.result.close();
            done();
          };
          tx.onerror = () => fail(tx.error);
        };
      }),
    rows,
  );

  // The same text as a plain HTML table, printed by the same Chromium in the book's type: A4 with
  // the book's margins, 仿宋 (Noto Serif CJK here) at the size and column widths of its daily table;
  // no cover, sections, month breaks, boxes, page header or footer.
  const weekdays = ['一', '二', '三', '四', '五', '六', '日'];
  const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const html = `<!doctype html><html><head><meta charset="utf-8"><style>@page{size:A4;margin:25mm 20mm 20mm 28mm}body{margin:0;font-family:FangSong,SimSun,'Noto Serif CJK SC',serif;font-size:11pt;line-height:1.55}table{border-collapse:collapse;width:100%}th,td{border:0.75pt solid #000;padding:1mm 1.5mm;vertical-align:top}.d{width:17mm}.w{width:9mm}.l,.o{width:26mm}</style></head><body><table><thead><tr><th class="d">日期</th><th class="w">星期</th><th>工作内容</th><th class="l">地点</th><th class="o">完成情况</th></tr></thead><tbody>${rows
    .map((row) => `<tr><td>${row.date}</td><td>${weekdays[isoWeekday(row.date) - 1]}</td><td>${esc(row.content)}</td><td>${esc(row.location)}</td><td>${esc(row.outcome)}</td></tr>`)
    .join('')}</tbody></table></body></html>`;

  // The book (opening the print route: app, database, data, layout, fonts; then printing the laid-out
  // pages) and the table, taken in turns so that both see the same load on a shared machine. Beside
  // the wall time, the CPU time the page's renderer process spent printing (Chromium's own
  // ProcessTime metric), which a busy machine hardly changes.
  const cdp = await context.newCDPSession(page);
  const rendererCpu = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ProcessTime')!.value * 1000;
  const printTimed = async () => {
    await cdp.send('Performance.enable');
    const cpu0 = await rendererCpu();
    const t0 = performance.now();
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const wall = performance.now() - t0;
    return { wall, cpu: (await rendererCpu()) - cpu0, pages: await pdfPages(new Uint8Array(pdf)) };
  };
  const book = { open: [] as number[], wall: [] as number[], cpu: [] as number[], pages: 0 };
  const table = { open: [] as number[], wall: [] as number[], cpu: [] as number[], pages: 0 };
  for (let i = 0; i < REPS; i++) {
    await page.goto('about:blank');
    let t0 = performance.now();
    await page.goto(`${host.url}#/print/record-book?postingId=${year.id}`);
    await page.locator('body[data-print-ready="1"]').waitFor({ timeout: 120_000 });
    let run = await printTimed();
    book.open.push(performance.now() - t0);
    book.wall.push(run.wall);
    book.cpu.push(run.cpu);
    book.pages = run.pages;

    await page.goto('about:blank');
    t0 = performance.now();
    await page.setContent(html);
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    run = await printTimed();
    table.open.push(performance.now() - t0);
    table.wall.push(run.wall);
    table.cpu.push(run.cpu);
    table.pages = run.pages;
  }
  await cdp.detach();
  const ratio = median(book.wall) / median(table.wall);
  const cpuRatio = median(book.cpu) / median(table.cpu);
  const openRatio = median(book.open) / median(table.open);
  record(`一年纪实（365条）的手册：排版并生成PDF（${book.pages}页）`, `${ms(median(book.wall))}${range(book.wall)}`);
  record(`同样文字的普通HTML表格：排版并生成PDF（${table.pages}页）`, `${ms(median(table.wall))}${range(table.wall)}`);
  record('手册 ÷ 普通表格（排版并生成PDF）', `${ratio.toFixed(2)}×（目标 ≤ 1.5×）`);
  record('其中渲染进程的CPU时间：手册 ÷ 普通表格', `${ms(median(book.cpu))} ÷ ${ms(median(table.cpu))} = ${cpuRatio.toFixed(2)}×（受机器负载影响小）`);
  record('手册：从打开打印页（程序、数据库、数据、排版、字体）到PDF', `${ms(median(book.open))}${range(book.open)}`);
  record('普通表格：从载入HTML到PDF', `${ms(median(table.open))}${range(table.open)}；两者之比 ${openRatio.toFixed(2)}×`);

  // A batch of 40 books joined into one PDF, each on an odd page, rendered like the desktop print window.
  const batch = postings.slice(0, 40);
  await page.goto('about:blank');
  const t0 = performance.now();
  const joined = await composeBooks(batch.length, (i) => renderBook(page, `#/print/record-book?postingId=${batch[i]!.id}`, i === 0));
  const batchTime = performance.now() - t0;
  const joinedPages = await pdfPages(joined);
  record(`一批40本手册合并为一个PDF（${joinedPages}页，${(joined.byteLength / 2 ** 20).toFixed(1)} MiB）`, `${ms(batchTime)}（目标 ≤ 60 s）；每本平均 ${ms(batchTime / batch.length)}`);

  await context.close();
  rmSync(profile, { recursive: true, force: true });

  const verdict = `一年纪实的手册排版并生成PDF为普通表格的 ${ratio.toFixed(2)} 倍（目标 ≤ 1.5 倍）${ratio <= 1.5 ? '达标' : '未达标'}（渲染进程CPU时间 ${cpuRatio.toFixed(2)} 倍；含打开程序和读取数据为 ${openRatio.toFixed(2)} 倍）；40本合并 ${(batchTime / 1000).toFixed(1)} s（目标 ≤ 60 s）${batchTime <= 60_000 ? '达标' : '未达标'}。`;
  writeFigures('records', {
    heading: `## 纪实手册打印（${new Date().toISOString().slice(0, 10)}）`,
    method: `机器：${machine}。真实 Chromium、磁盘上的 IndexedDB（新建的持久配置目录），打印页由网页版服务提供，page.pdf 与桌面版 printToPDF 为同一引擎；合并用桌面版的 composeBooks。`,
    figures,
    verdict,
  });
});
