// 补助 at county scale: 计算本月补助 for every posting on post this month in the 中型示例 (2,000
// postings), in real Chromium with IndexedDB on disk, first computation and a recomputation,
// each with its ratio to a calibration measured in the same run (a raw exceljs streaming write of
// 10,000 rows, ENVIRONMENT.md). Prints its figures; BENCHMARKS.md is left to the postings bench.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, it } from 'vitest';
import { todayIso } from '@shared/domain/dates';
import type { WebHost } from '../../electron/web/server';
import { startBenchHost } from './bench-host';
import { calibration, describeMachine, median } from './machine';

const REPS = 3;
let host: WebHost;
let profile: string;

const ms = (x: number) => `${Math.round(x)} ms`;

function record(name: string, value: string): void {
  console.log(`  ${name.padEnd(40, '　')} ${value}`);
}

/** Clicks 计算本月补助 and returns the time until its result message shows. */
async function compute(page: Page, month: string): Promise<{ ms: number; text: string }> {
  await page.goto(`${host.url}#/allowance/payments?month=${month}`);
  await page.getByRole('button', { name: '计算本月补助' }).waitFor();
  await page.locator('.ant-table').first().waitFor();
  const t = Date.now();
  await page.getByRole('button', { name: '计算本月补助' }).click();
  const message = page.getByText(/^已计算：/).last();
  await message.waitFor({ timeout: 600_000 });
  const elapsed = Date.now() - t;
  const text = (await message.textContent()) ?? '';
  await message.waitFor({ state: 'detached', timeout: 30_000 }).catch(() => undefined);
  return { ms: elapsed, text };
}

beforeAll(async () => {
  host = await startBenchHost();
  profile = mkdtempSync(join(tmpdir(), 'gzt-bench-allowance-'));
});

afterAll(async () => {
  await host?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

it('计算本月补助 for about 2,000 postings', async () => {
  const context = await chromium.launchPersistentContext(join(profile, 'chromium'), {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    viewport: { width: 1440, height: 900 },
    locale: 'zh-CN',
  });
  console.log(`\n挂职通 bench（补助）— ${describeMachine(context.browser()?.version() ?? 'persistent context')}\n`);
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(host.url);
  await page.getByLabel('县（市、区）名称').fill('开江县');
  await page.getByRole('button', { name: '完成设置，开始使用' }).click();
  await page.getByText('设置完成').waitFor();
  await page.getByRole('menuitem', { name: '设置' }).click();
  await page.getByLabel('示例数据规模').click();
  await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').getByText(/^中型示例/).click();
  await page.getByRole('button', { name: '载入示例数据' }).click();
  await page.getByRole('button', { name: '载入', exact: true }).click();
  const loaded = await page.getByText(/已载入示例数据/).textContent({ timeout: 900_000 });
  record('示例数据', loaded ?? '');

  const calibrate = await calibration();
  record('校准：exceljs流式写入10,000行', ms(calibrate));

  // This month: the sample computed the two months before it, not this one. A first computation
  // happens once per month, so it is one figure; the recomputation (all unchanged) is a median.
  const month = todayIso().slice(0, 7);
  const first = await compute(page, month);
  const people = Number(/新增(\d+)条/.exec(first.text)?.[1] ?? 0);
  record(`首次计算本月（${people.toLocaleString()}条补助）`, `${ms(first.ms)}；校准的${(first.ms / calibrate).toFixed(1)}倍`);
  const again: number[] = [];
  for (let r = 0; r < REPS; r++) again.push((await compute(page, month)).ms);
  const g = median(again);
  record('同月再次计算（全部未变）', `${ms(g)}（${REPS}次中位数，${ms(Math.min(...again))}–${ms(Math.max(...again))}）；校准的${(g / calibrate).toFixed(1)}倍`);
  record('计算结果', first.text);
  await context.close();
});
