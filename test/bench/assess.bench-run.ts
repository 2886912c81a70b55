import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, it } from 'vitest';
import type { WebHost } from '../../electron/web/server';
import { startBenchHost } from './bench-host';
import { describeMachine, median } from './machine';

/*
 * 考核 and 报表 at county scale (`npm run bench`): the large sample county (20,000 postings, its
 * 考核 step scoring the first township's weeks) on an on-disk Chromium profile, each screen timed in
 * the page from the click to its content. Figures are printed (not asserted); each is also given
 * as a multiple of a reference measured in the same run: one raw IndexedDB getAll of every posting.
 */
const REPS = 3;
let host: WebHost;
let profile: string;

const ms = (x: number) => `${Math.round(x)} ms`;

/** In-page: goes to `hash` (as a menu click does) and waits, frame by frame, until `done` holds. */
async function timed(page: Page, hash: string, done: string): Promise<number> {
  return page.evaluate(
    async ([to, test]) => {
      const frame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));
      const ready = new Function(`return (${test})`) as () => boolean;
      const t = performance.now();
      location.hash = to;
      while (!ready()) {
        if (performance.now() - t > 120_000) throw new Error(`timeout: ${test}`);
        await frame();
      }
      return performance.now() - t;
    },
    [hash, done] as const,
  );
}

/** The reference: every posting read raw from IndexedDB in one getAll. */
async function reference(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const open = indexedDB.open('guazhitong');
        open.onsuccess = () => {
          const t = performance.now();
          const q = open.result.transaction('postings').objectStore('postings').getAll();
          q.onsuccess = () => {
            resolve(performance.now() - t);
            open.result.close();
          };
        };
      }),
  );
}

beforeAll(async () => {
  host = await startBenchHost();
  profile = mkdtempSync(join(tmpdir(), 'gzt-bench-assess-'));
});

afterAll(async () => {
  await host?.close();
  rmSync(profile, { recursive: true, force: true });
});

it('考核 and 报表 at county scale', async () => {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    viewport: { width: 1440, height: 900 },
    locale: 'zh-CN',
    acceptDownloads: true,
    timezoneId: 'Asia/Shanghai',
  });
  const page = context.pages()[0] ?? (await context.newPage());
  console.log(`\n挂职通 bench（考核、报表）— ${describeMachine(context.browser()?.version() ?? 'chromium')}\n`);
  await page.goto(host.url);
  await page.getByLabel('县（市、区）名称').fill('开江县');
  await page.getByRole('button', { name: '完成设置，开始使用' }).click();
  await page.getByText('设置完成').waitFor();
  await page.getByRole('menuitem', { name: '设置' }).click();
  await page.getByLabel('示例数据规模').click();
  await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').getByText(/^大型示例/).click();
  await page.getByRole('button', { name: '载入示例数据' }).click();
  let t0 = Date.now();
  await page.getByRole('button', { name: '载入', exact: true }).click();
  const loaded = await page.getByText(/已载入示例数据/).textContent({ timeout: 1_800_000 });
  const postings = Number(/挂职(\d+)条/.exec(loaded ?? '')?.[1]);
  const rows: [string, number | string][] = [[`载入示例数据（${postings.toLocaleString()}条挂职，含考核示例）`, Date.now() - t0]];

  // a fresh page on the overview, so every figure below starts from a loaded app
  await page.goto('about:blank');
  await page.goto(`${host.url}#/settings`);
  await page.getByRole('tab', { name: '本机' }).waitFor();
  const ref = median(await Promise.all([0, 1, 2].map(() => reference(page))));
  rows.push([`参照：直接读取全部挂职记录（IndexedDB getAll，${postings.toLocaleString()}条）`, ref]);

  const away = async () => {
    await page.goto(`${host.url}#/settings`);
    await page.getByRole('tab', { name: '本机' }).waitFor();
  };
  /** REPS times: leave for 设置, then time going to `hash` until `done`; records the median. */
  const runs = async (name: string, hash: string, done: string) => {
    const times: number[] = [];
    for (let i = 0; i < REPS; i++) {
      await away();
      times.push(await timed(page, hash, done));
    }
    rows.push([name, median(times)]);
  };

  await runs(
    '概览：三个统计图绘出且提醒计算完毕',
    '#/overview',
    `document.querySelectorAll('[data-testid^=chart-] canvas').length === 3 && !/30天内期满\\s*—/.test(document.body.innerText) && /考核提醒（\\d+）/.test(document.body.innerText)`,
  );
  await runs('周考评：第一个乡镇上一周的评分表（全部行，未虚拟化）', '#/assessment/weekly', `document.querySelectorAll('.gzt-weekly-grid tbody tr').length > 0`);
  rows.push(['　其中评分表行数（该乡镇在岗人数）', `${await page.locator('.gzt-weekly-grid tbody tr').count()}行`]);
  const lastMonth = await page.evaluate(() => {
    const d = new Date();
    d.setDate(1);
    d.setMonth(d.getMonth() - 1);
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
  });
  await runs(`红黑榜：全县${lastMonth}月度汇总排名`, `#/assessment/rankings?scope=&month=${lastMonth}`, `document.querySelectorAll('.ant-table-row').length > 0`);
  await runs('谈话提醒：建议谈话和谈话记录显示', '#/assessment/talks', `/建议谈话（\\d+）/.test(document.body.innerText) && document.querySelectorAll('.ant-table-row').length > 0`);
  await runs('报表：挂职干部情况统计表预览（截至今天）', '#/reports/statistics', `!!document.querySelector('[data-testid=report-preview]')`);
  const downloading = page.waitForEvent('download', { timeout: 600_000 });
  t0 = Date.now();
  await page.getByRole('button', { name: '导出Excel' }).click();
  await downloading;
  rows.push(['报表：导出挂职干部情况统计表', Date.now() - t0]);
  await runs('报表：挂职干部花名册预览（全部在岗）', '#/reports/roster', `!!document.querySelector('[data-testid=report-preview]')`);
  await context.close();

  console.log('| 项目 | 结果 | 相当于参照的倍数 |\n| --- | --- | --- |');
  for (const [name, value] of rows) {
    const shown = typeof value === 'number' ? ms(value) : value;
    const ratio = typeof value === 'number' && !name.startsWith('参照') && !name.startsWith('载入') ? `${(value / ref).toFixed(1)}×` : '';
    console.log(`| ${name} | ${shown} | ${ratio} |`);
  }
});
