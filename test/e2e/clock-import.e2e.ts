import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { isWorkday, workdaysInMonth } from '@shared/domain/calendar';
import { addDays, addMonths, todayIso } from '@shared/domain/dates';
import { dingtalkDailyCsvGbk, dingtalkRawXlsx } from '../fixtures/clock-in/clock-exports';
import { resolve } from 'node:path';
import { launchBrowser, loadSample, newSite, RESULTS_DIR, setUpSite, watchErrors } from './browser';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const DEPT = '开江县/讲治镇/挂职干部';

/** A screenshot with antd's transitions run to their end (a checkbox caught mid-tick looks unticked). */
const screenshot = (page: Page, name: string) => page.screenshot({ path: resolve(RESULTS_DIR, `${name}.png`), animations: 'disabled' });

/** The grid cell of `row` (0-based) on day index `day`. */
const cell = (page: Page, row: number, day: number) => page.locator(`[role=gridcell][data-row="${row}"][data-day="${day}"]`);

/** This month's grid narrowed to 讲治镇. */
async function townshipGrid(page: Page) {
  const input = page.getByLabel('按接收单位筛选');
  await input.click();
  await input.fill('讲治镇');
  await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').last().locator('[title="讲治镇"]').first().click();
  await page.keyboard.press('Escape');
  await page.locator('.gzt-agrid-row').first().waitFor();
}

const rowOf = (page: Page, name: string) => page.locator('.gzt-agrid-row .gzt-agrid-name').evaluateAll((els, n) => els.findIndex((e) => e.textContent?.trim() === n), name);

/** A working day (day-of-month index) up to today on which the row's cell shows neither leave nor an absence. */
async function plainDay(page: Page, row: number, days: readonly string[], not: string[] = []): Promise<string> {
  for (const d of days) {
    if (not.includes(d)) continue;
    const text = (await cell(page, row, Number(d.slice(8, 10)) - 1).innerText()).trim();
    if (text !== '△' && text !== '×') return d;
  }
  throw new Error('no plain working day');
}

/** Chooses a file in the 打卡导入 tab and waits until it is recognised. */
async function chooseFile(page: Page, name: string, mimeType: string, buffer: Buffer) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '选择打卡导出文件' }).click();
  await (await chooser).setFiles({ name, mimeType, buffer });
  await page.getByText(`已选择：${name}`).waitFor();
}

/** From the people step: preview, overwrite the hand-set days, import, and wait for the summary. */
async function previewAndImport(page: Page, shot: string) {
  await page.getByRole('button', { name: '下一步' }).click();
  const counts = page.getByTestId('clock-counts');
  await counts.waitFor();
  const overwrite = page.getByText(/^用打卡结果覆盖全部\d+天手工登记$/);
  if (await overwrite.count()) {
    await overwrite.click();
    await page.locator('.ant-checkbox-wrapper-checked').filter({ hasText: /^用打卡结果覆盖/ }).waitFor();
    await counts.getByText(/其中覆盖手工登记[1-9]/).waitFor();
  }
  await page.setViewportSize({ width: 1366, height: 768 });
  await screenshot(page, shot);
  await page.getByRole('button', { name: '导入', exact: true }).click();
  await page.getByText(/^导入完成：登记考勤\d+天，保存打卡记录\d+天$/).first().waitFor();
}

describe('打卡导入: 钉钉 exports into the grid (issue 10)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('imports a 钉钉 原始记录 .xlsx and a GBK 每日统计 .csv with an unknown name matched by hand, and the grid shows the statuses', async () => {
    const context = await newSite(browser);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(inject('baseUrl'));
    await setUpSite(page);
    await loadSample(page);
    const today = todayIso();
    // the exports cover this month so far, or last month when this one has fewer than 3 working days yet
    const thisMonth = today.slice(0, 7);
    const early = workdaysInMonth(thisMonth).filter((d) => d <= today).length < 3;
    const month = early ? addMonths(`${thisMonth}-01`, -1).slice(0, 7) : thisMonth;
    const workdays = workdaysInMonth(month).filter((d) => d <= today);

    // two cadres of 讲治镇 and, on that month's grid, working days that are not leave or absence
    await page.getByRole('menuitem', { name: '考勤请假' }).click();
    await townshipGrid(page);
    if (early) {
      await page.getByRole('button', { name: '上一月' }).click();
      await page.locator('.gzt-agrid-row').first().waitFor();
    }
    const names = (await page.locator('.gzt-agrid-row .gzt-agrid-name').allInnerTexts()).map((n) => n.trim());
    const [a, b] = [...new Set(names)];
    expect(b).toBeTruthy();
    const aLate = await plainDay(page, await rowOf(page, a!), workdays);
    const bRow = await rowOf(page, b!);
    const bLate = await plainDay(page, bRow, [...workdays].reverse());
    const bOuting = await plainDay(page, bRow, workdays, [bLate]);

    // 1. 钉钉 原始记录 (.xlsx): a is matched by name and unit
    await page.getByRole('tab', { name: '打卡导入' }).click();
    const xlsx = await dingtalkRawXlsx({ month, workdays, people: [{ name: a!, dept: DEPT, pattern: (d) => (d === aLate ? 'late' : 'normal') }] });
    await chooseFile(page, `钉钉-原始记录-${month}.xlsx`, XLSX, xlsx);
    await page.getByText(/识别为：钉钉 原始记录（每行一次打卡）；表头在第3行/).waitFor();
    await page.getByRole('button', { name: '下一步' }).click();
    await page.getByText(/读出1人、/).waitFor();
    await page.getByTestId('clock-people').getByText('姓名和单位一致').waitFor();
    await previewAndImport(page, 'clock-import-01-xlsx-preview-1366');
    await screenshot(page, 'clock-import-02-done-1366');

    // 2. 钉钉 每日统计 saved as GBK CSV: b appears under an unknown name and is matched by hand; township staff stay out
    await page.getByRole('button', { name: '再导入一个文件' }).click();
    const days: { date: string; workday: boolean }[] = [];
    for (let d = `${month}-01`; d <= today && d.startsWith(month); d = addDays(d, 1)) days.push({ date: d, workday: isWorkday(d) });
    const alias = `${b!}(驻村)`; // 钉钉 nicknames; the reader normalises full-width brackets
    const csv = dingtalkDailyCsvGbk({
      month,
      days,
      people: [
        { name: alias, dept: '开江县/讲治镇/石岭村驻村工作队', pattern: (d) => (d === bLate ? 'late' : d === bOuting ? 'outing' : 'normal') },
        { name: '覃晓岚', dept: '开江县/讲治镇/党政办' },
      ],
    });
    await chooseFile(page, `钉钉-每日统计-${month}.csv`, 'text/csv', csv);
    await page.getByText(/识别为：钉钉 每日统计（每行一人一天）/).waitFor();
    await page.getByRole('button', { name: '下一步' }).click();
    const people = page.getByTestId('clock-people');
    await people.getByText(alias).waitFor();
    expect(await people.getByText('未找到').count()).toBe(2);
    const select = page.getByLabel(`对应的挂职干部 ${alias}`);
    await select.click();
    await select.fill(b!);
    await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').last().locator('.ant-select-item-option').filter({ hasText: new RegExp(`^${b!}（讲治镇`) }).first().click();
    await people.getByText('已手工指定').waitFor();
    await page.getByText('将导入1人的打卡，1人不导入').waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').count()).toBe(0);
    expect(await page.getByRole('button', { name: '下一步' }).isEnabled()).toBe(true);
    await page.setViewportSize({ width: 1366, height: 768 });
    await screenshot(page, 'clock-import-03-matched-by-hand-1366');
    await page.setViewportSize({ width: 1920, height: 1080 });
    await screenshot(page, 'clock-import-03-matched-by-hand-1920');
    await previewAndImport(page, 'clock-import-04-csv-preview-1366');

    // the statuses in that month's grid (查看考勤表 opens the month of the import)
    await page.getByRole('button', { name: '查看考勤表' }).click();
    await townshipGrid(page);
    await expect.poll(async () => cell(page, await rowOf(page, a!), Number(aLate.slice(8, 10)) - 1).innerText()).toBe('迟');
    const row = await rowOf(page, b!);
    await expect.poll(() => cell(page, row, Number(bLate.slice(8, 10)) - 1).innerText()).toBe('迟');
    await expect.poll(() => cell(page, row, Number(bOuting.slice(8, 10)) - 1).innerText()).toBe('○');
    await cell(page, row, Number(bLate.slice(8, 10)) - 1).click();
    await page.getByText(`来源：钉钉-每日统计-${month}.csv`).first().waitFor();
    await screenshot(page, 'clock-import-05-grid-1366');
    expect(errors).toEqual([]);
    await context.close();
  }, 300_000);
});
