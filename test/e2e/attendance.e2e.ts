import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { isWorkday } from '@shared/domain/calendar';
import { addDays, addMonths, todayIso } from '@shared/domain/dates';
import { launchBrowser, loadSample, newSite, pick, RESULTS_DIR, screenshot, setUpSite, watchErrors } from './browser';

/** The first Monday of `month` whose Monday to Thursday are all working days. */
function fourWorkdays(month: string, after: string): [string, string] {
  for (let d = `${month}-01`; d.startsWith(month); d = addDays(d, 1)) {
    if (d <= after) continue;
    const days = [0, 1, 2, 3].map((n) => addDays(d, n));
    if (new Date(`${d}T00:00:00Z`).getUTCDay() === 1 && days.every(isWorkday) && days[3]!.startsWith(month)) return [days[0]!, days[3]!];
  }
  throw new Error(`no Monday–Thursday of working days in ${month} after ${after}`);
}

/** Whether the statutory calendar knows the year of `month` (a December's next month may be in a year not yet published). */
function calendarKnows(month: string): boolean {
  try {
    isWorkday(`${month}-01`);
    return true;
  } catch {
    return false;
  }
}

/** The visible text of the grid cell of `row` (0-based) on day index `day`. */
const cell = (page: Page, row: number, day: number) => page.locator(`[role=gridcell][data-row="${row}"][data-day="${day}"]`);

/** Narrows the grid to `unit` in the multiple unit filter (which stays open after a pick). */
async function pickUnit(page: Page, unit: string) {
  const input = page.getByLabel('按接收单位筛选');
  await input.click();
  await input.fill(unit);
  await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').last().locator(`[title="${unit}"]`).first().click();
  await page.keyboard.press('Escape');
}

/** Picks the first option of the open select dropdown whose text starts with `text`. */
async function pickStarting(page: Page, text: string) {
  await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').last().locator('.ant-select-item-option').filter({ hasText: new RegExp(`^${text}`) }).first().click();
}

describe('考勤请假: grid, leave with tiers, spot check, monthly summary', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('a township clerk marks a block, records and approves a 4-day leave, a spot check, exports the summary and prints the leave form', async () => {
    const context = await newSite(browser);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(inject('baseUrl'));
    await setUpSite(page);
    await loadSample(page);
    const today = todayIso();
    const month = today.slice(0, 7);
    const nextMonth = addMonths(`${month}-01`, 1).slice(0, 7);

    // this month's grid for 讲治镇
    await page.getByRole('menuitem', { name: '考勤请假' }).click();
    await pickUnit(page, '讲治镇');
    await page.locator('.gzt-agrid-row').first().waitFor();
    await expect.poll(async () => (await page.getByTestId('attendance-count').innerText()).replace(/\D/g, '')).not.toBe('');
    const name = (await page.locator('.gzt-agrid-row[aria-rowindex="1"] .gzt-agrid-name').innerText()).trim();
    await page.setViewportSize({ width: 1920, height: 1080 });
    await screenshot(page, 'attendance-01-grid-1920');

    // a block of 2 people × 3 days set to 公出 with one key
    const day = Number(today.slice(8, 10)) - 1;
    const first = Math.max(0, day - 2);
    await cell(page, 0, first).click();
    await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('g');
    await page.getByText('已登记6个单元格').waitFor();
    for (const r of [0, 1]) for (let d = first; d <= first + 2; d++) await expect.poll(() => cell(page, r, d).innerText()).toBe('○');
    await page.setViewportSize({ width: 1366, height: 768 });
    await screenshot(page, 'attendance-02-block-set-1366');

    // a 4-day leave next month (or later this month when next month's year has no calendar yet):
    // it needs the 组织部 tier, approved tier by tier
    const leaveMonth = calendarKnows(nextMonth) ? nextMonth : month;
    const [from, to] = fourWorkdays(leaveMonth, today);
    await page.getByRole('tab', { name: '请销假' }).click();
    await page.getByRole('button', { name: '登记请假' }).click();
    const form = page.getByRole('dialog').last();
    await form.getByLabel('请假人').click();
    await form.getByLabel('请假人').fill(name);
    await pickStarting(page, name);
    await pick(page, '请假类别', '事假', form);
    await form.getByLabel('开始日期').fill(from);
    await form.getByLabel('开始日期').press('Tab');
    await form.getByLabel('结束日期').fill(to);
    await form.getByLabel('结束日期').press('Tab');
    await form.getByLabel('请假事由').fill('父亲住院陪护');
    await form.getByLabel('去向').fill('达州市中心医院');
    await form.getByLabel('工作交接人').fill('陈明');
    await form.getByText(/共4天，需审批到第3级（县委组织部）/).waitFor();
    await screenshot(page, 'attendance-03-leave-form');
    await form.getByRole('button', { name: '保存' }).click();
    const drawer = page.locator('.ant-drawer').last();
    await drawer.getByText('第3级：县委组织部').waitFor();
    for (const approver of ['陈队长', '王书记', '赵部长']) {
      await drawer.getByLabel('审批人').fill(approver);
      await drawer.getByRole('button', { name: '登记审批意见' }).click();
      await drawer.getByText(new RegExp(`${approver} 同意`)).waitFor();
    }
    await page.getByText('已审批完毕，请假生效，考勤表中显示为请假').waitFor();
    await screenshot(page, 'attendance-04-leave-approved');

    // print the 请假审批表 as the print route renders it
    const leaveId = new URL(page.url()).hash.match(/id=([^&]+)/)?.[1];
    expect(leaveId).toBeTruthy();
    const printPage = await context.newPage();
    const printErrors = watchErrors(printPage);
    await printPage.goto(`${inject('baseUrl')}#/print/leave-form?leaveId=${leaveId}`);
    await printPage.locator('body[data-print-ready="1"]').waitFor();
    const pdfPath = resolve(RESULTS_DIR, 'attendance-leave-form.pdf');
    writeFileSync(pdfPath, await printPage.pdf({ preferCSSPageSize: true, printBackground: true }));
    const pdfText = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    for (const words of ['请假审批表', name, '父亲住院陪护', '工作交接人', '陈明', '县委组织部', '赵部长', '销假']) expect(pdfText).toContain(words);
    execFileSync('pdftoppm', ['-png', '-r', '60', pdfPath, resolve(RESULTS_DIR, 'attendance-leave-form')]);
    expect(printErrors).toEqual([]);
    await printPage.close();
    await drawer.locator('.ant-drawer-close').click();

    // the leave days show as 请假 (△) in that month's grid
    await page.getByRole('tab', { name: '考勤表' }).click();
    await pickUnit(page, '讲治镇');
    if (leaveMonth !== month) await page.getByRole('button', { name: '下一月' }).click();
    await page.locator('.gzt-agrid-row').first().waitFor();
    const row = await page.locator('.gzt-agrid-row .gzt-agrid-name').evaluateAll((els, n) => els.findIndex((e) => e.textContent?.trim() === n), name);
    expect(row).toBeGreaterThanOrEqual(0);
    const fromDay = Number(from.slice(8, 10)) - 1;
    for (let d = fromDay; d < fromDay + 4; d++) await expect.poll(() => cell(page, row, d).innerText()).toBe('△');

    // an unannounced spot check finds the cadre absent: × today and the grade cap warning
    await page.getByRole('tab', { name: '抽查' }).click();
    await page.getByRole('button', { name: '登记抽查' }).click();
    const check = page.getByRole('dialog').last();
    await check.getByLabel('被抽查人').click();
    await check.getByLabel('被抽查人').fill(name);
    await pickStarting(page, name);
    await check.getByLabel('抽查日期').fill(today);
    await check.getByLabel('抽查日期').press('Tab');
    await pick(page, '抽查方式', '暗访', check);
    await check.getByLabel('检查人').fill('李督查');
    await pick(page, '抽查结果', '无故不在岗', check);
    // the preview reads the posting's year of spot checks and attendance: seconds on a slowed machine
    await check.getByTestId('spot-check-preview').getByText(/年度考核等次受限/).waitFor({ timeout: 90_000 });
    await screenshot(page, 'attendance-05-spot-check-cap');
    await check.getByRole('button', { name: '保存' }).click();
    await page.getByText('已登记抽查').waitFor();
    await page.getByRole('tab', { name: '考勤表' }).click();
    await pickUnit(page, '讲治镇');
    await page.locator('.gzt-agrid-row').first().waitFor();
    const again = await page.locator('.gzt-agrid-row .gzt-agrid-name').evaluateAll((els, n) => els.findIndex((e) => e.textContent?.trim() === n), name);
    await expect.poll(() => cell(page, again, day).innerText()).toBe('×');

    // the 月度考勤汇总表 of the grid: its figures are the grid's
    const gridRows = await page.locator('.gzt-agrid-row').evaluateAll((rows) =>
      rows.map((r) => ({ name: r.querySelector('.gzt-agrid-name')?.textContent?.trim() ?? '', sums: [...r.querySelectorAll('.gzt-agrid-sum')].map((c) => c.textContent?.trim() ?? '') })),
    );
    await page.getByRole('button', { name: '导出Excel' }).hover();
    await page.getByText('月度考勤汇总表（当前列表）').click();
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出', exact: true }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^讲治镇\d{4}年\d{1,2}月挂职干部考勤汇总表\.xlsx$/);
    const file = resolve(RESULTS_DIR, 'attendance-summary.xlsx');
    await download.saveAs(file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const sheet = wb.worksheets[0]!;
    expect(String(sheet.getCell('A1').value)).toMatch(/^讲治镇\d{4}年\d{1,2}月挂职干部考勤汇总表$/);
    for (const [i, g] of gridRows.entries()) {
      if (i >= 20) break; // the rows rendered by the virtualised grid
      const r = sheet.getRow(5 + i);
      expect(r.getCell(2).value).toBe(g.name);
      // grid: 应出勤 在岗 公出 事假 病假 其他假 缺勤 …; sheet: E F G H I J K
      expect([r.getCell(5).value, r.getCell(6).value, r.getCell(7).value, r.getCell(11).value].map(String)).toEqual([g.sums[0], g.sums[1], g.sums[2], g.sums[6]]);
    }
    expect(errors).toEqual([]);
    await context.close();
  });
});
