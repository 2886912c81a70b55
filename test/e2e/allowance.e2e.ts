import { resolve } from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { capitalAmount } from '@shared/domain/capital-numerals';
import { addMonths, todayIso } from '@shared/domain/dates';
import { launchBrowser, loadSample, newSite, RESULTS_DIR, screenshot, setUpSite, watchErrors } from './browser';

const fen = (text: string) => Math.round(Number(text.replace(/,/g, '')) * 100);

// Cells of a payment line at 1440 px wide (挂职单位 shows from 1600 px): ☐, 姓名, 补助标准, 计补天数,
// 生活补助, 交通费, 其他, 应发合计, 状态, 操作.
const AMOUNT = 7;
const STATUS = 8;

/** The 应发合计 (as text) of a payment line. */
async function amountOf(row: Locator): Promise<string> {
  return (await row.locator('td').nth(AMOUNT).innerText()).trim();
}

async function shoot(page: Page, name: string) {
  for (const [w, h] of [
    [1366, 768],
    [1920, 1080],
  ] as const) {
    await page.setViewportSize({ width: w, height: h });
    await page.waitForTimeout(150);
    await screenshot(page, `${name}-${w}`);
  }
  await page.setViewportSize({ width: 1440, height: 900 });
}

describe('补助: compute, adjust, pay, locked, adjustment line, 生活补助发放表', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('a clerk pays a month of allowances and corrects a paid one only by an adjustment line', async () => {
    const context = await newSite(browser);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(inject('baseUrl'));
    await setUpSite(page);
    await loadSample(page);
    const month = addMonths(todayIso(), -1).slice(0, 7);

    await page.getByRole('menuitem', { name: '补助' }).click();
    await page.getByRole('tab', { name: '补助发放' }).waitFor();
    await page.getByRole('button', { name: '计算本月补助' }).click();
    await page.getByText(/^已计算：新增\d+条，更新\d+条，未变\d+条/).waitFor();
    // a whole month at 500 yuan (乡镇挂职生活补助), so there is room to deduct 50
    const key = await page.locator('.ant-table-tbody tr.ant-table-row-level-0').filter({ hasText: '500.00元/月，全月 = 500.00元' }).first().getAttribute('data-row-key');
    const row = () => page.locator(`.ant-table-tbody tr[data-row-key="${key}"]`);
    const name = (await row().locator('td').nth(1).innerText()).trim();
    const before = await amountOf(row());

    // 调整金额 with a reason
    await row().getByRole('button', { name: '调整金额' }).click();
    let dialog = page.getByRole('dialog').last();
    await dialog.getByText(/^计算金额：/).waitFor();
    await dialog.getByLabel('应发金额（元）').fill(((fen(before) - 5000) / 100).toFixed(2));
    await dialog.getByRole('button', { name: '保存' }).click();
    await page.getByText('金额与计算结果不同，请填写调整原因').first().waitFor();
    await dialog.getByLabel('调整原因').fill('本月9日至10日未在岗，按天扣减');
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => amountOf(row())).toBe(((fen(before) - 5000) / 100).toLocaleString('en-US', { minimumFractionDigits: 2 }));
    await page.getByText(/调整原因：本月9日至10日未在岗，按天扣减/).first().waitFor();

    // 审核通过, 标记已发放
    await row().getByRole('button', { name: '审核通过' }).click();
    await page.getByText('已审核通过1条').waitFor();
    await row().getByRole('button', { name: '标记已发放' }).click();
    dialog = page.getByRole('dialog').last();
    await dialog.getByText('标记为已发放后，该月补助记录即锁定').waitFor();
    await dialog.getByRole('button', { name: '标记已发放' }).click();
    await page.getByText('已标记1条为已发放').waitFor();
    await expect.poll(() => row().locator('td').nth(STATUS).innerText()).toBe('已发放');
    await shoot(page, 'allowance-01-payments');

    // editing the paid line is refused and an adjustment line is offered
    await row().getByRole('button', { name: '调整金额' }).click();
    dialog = page.getByRole('dialog').last();
    await dialog.getByText('该月补助已发放，记录已锁定，不能修改；如需更正，请添加调整记录').waitFor();
    await dialog.getByLabel('更正后的应发金额（元）').fill(((fen(before) - 3000) / 100).toFixed(2));
    await dialog.getByLabel('原因').fill('10日系公出，误扣');
    await shoot(page, 'allowance-02-locked-adjustment');
    await dialog.getByRole('button', { name: '新增调整' }).click();
    await page.getByText('已添加调整记录，请审核后发放').waitFor();
    await page.getByText(/补发20\.00元（原发[\d,.]+元，应发[\d,.]+元）：10日系公出，误扣/).first().waitFor();

    // the 生活补助发放表, read back: sums and the capital-numeral total
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出发放表' }).click();
    const download = await downloading;
    const title = `${Number(month.slice(0, 4))}年${Number(month.slice(5, 7))}月挂职干部生活补助发放表`;
    expect(download.suggestedFilename()).toBe(`${title}.xlsx`);
    const file = resolve(RESULTS_DIR, 'allowance-sheet.xlsx');
    await download.saveAs(file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.worksheets[0]!;
    expect(ws.getCell('A1').text).toBe(title);
    expect((ws.getRow(3).values as unknown[]).slice(1)).toHaveLength(13);
    let sum = 0;
    let total: number | null = null;
    let capital = '';
    const names: string[] = [];
    ws.eachRow((r, n) => {
      if (n <= 3) return;
      const first = r.getCell(1).value;
      if (typeof first === 'number') {
        sum += Math.round((r.getCell(11).value as number) * 100);
        names.push(String(r.getCell(2).value));
        expect(r.getCell(11).numFmt).toBe('#,##0.00');
      } else if (first === '合计') total = Math.round((r.getCell(11).value as number) * 100);
      else if (typeof first === 'string' && first.startsWith('合计人民币（大写）：')) capital = first;
    });
    expect(total).toBe(sum);
    expect(capital).toBe(`合计人民币（大写）：${capitalAmount(sum)}`);
    // the paid line and its adjustment line (补发 20.00) one under the other
    const at = names.indexOf(name);
    expect(names[at + 1]).toBe(name);

    // 补助标准 with the presets
    await page.getByRole('tab', { name: '补助标准' }).click();
    await page.getByText('县外挂职生活补助（每在岗日30元，每月往返1次）').waitFor();
    await shoot(page, 'allowance-03-rules');
    await page.getByRole('button', { name: '按模板新增' }).hover();
    await page.getByRole('menuitem', { name: '乡镇挂职生活补助（每月500元）' }).click();
    await page.getByRole('dialog').last().getByLabel('起始日期').waitFor();
    await shoot(page, 'allowance-04-rule-form');
    await page.getByRole('button', { name: '取消' }).click();

    // 概览: 出勤率（按月）, a bar opens the list behind it
    await page.getByRole('menuitem', { name: '概览' }).click();
    const chart = page.getByTestId('attendance-rate-chart');
    await chart.waitFor();
    await chart.scrollIntoViewIfNeeded();
    await page.waitForTimeout(300);
    await shoot(page, 'allowance-05-overview-chart');
    const box = (await chart.boundingBox())!;
    // the last bar (last month) sits at the right end of the plot area
    await page.mouse.click(box.x + box.width - 40, box.y + box.height - 40);
    const list = page.getByRole('dialog').last();
    await list.getByText(/出勤情况（全县）/).waitFor();
    await list.locator('.ant-table-tbody tr.ant-table-row').first().waitFor({ timeout: 60_000 });
    await shoot(page, 'allowance-06-month-list');

    expect(errors).toEqual([]);
    await context.close();
  });
});
