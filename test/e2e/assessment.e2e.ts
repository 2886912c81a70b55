import { resolve } from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { addMonths, formatDateChinese, formatDateDotted, monthOf } from '@shared/domain/dates';
import { weeksOfMonth } from '@shared/domain/rules/weekly-score';
import { launchBrowser, loadSample, newSite, pick, RESULTS_DIR, screenshot, selectTab, setUpSite, watchErrors } from './browser';

/** The township the sample leaves unscored, where the clerk scores by hand. */
const TOWNSHIP = '新宁镇';

/** The browser's today as the app sees it (Asia/Shanghai). */
async function browserToday(page: Page): Promise<string> {
  return page.evaluate(() => new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' }));
}

/** Both screen sizes of the brief, one screenshot each. */
async function shots(page: Page, name: string): Promise<void> {
  for (const [w, h] of [
    [1366, 768],
    [1920, 1080],
  ] as const) {
    await page.setViewportSize({ width: w, height: h });
    await page.waitForTimeout(300);
    await screenshot(page, `${name}-${w}x${h}`);
  }
  await page.setViewportSize({ width: 1440, height: 900 });
}

/** Goes to a week of the township's sheet by typing a date, the way a clerk jumps. */
async function openWeek(page: Page, week: string): Promise<void> {
  const jump = page.getByLabel('跳到日期');
  await jump.fill(formatDateDotted(week));
  await jump.press('Enter');
  await page.getByTestId('week-title').filter({ hasText: formatDateDotted(week).slice(5) }).waitFor();
  await page.locator('.gzt-weekly-grid tbody tr').first().waitFor();
}

/** Scores a week: the given cadre loses 5 points of 履职 with a reason, everyone else full marks; all by keyboard. */
async function scoreWeek(page: Page, week: string, who: string): Promise<void> {
  await openWeek(page, week);
  // start in the first row's first cell and walk there with the arrows
  await page.locator('[data-cell="0:0"]').click();
  const rows = await page.locator('.gzt-weekly-grid tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-row')));
  for (let i = 0; i < rows.indexOf(who); i++) await page.keyboard.press('ArrowDown');
  for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
  await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(`${who}履职扣分`);
  await page.keyboard.type('5');
  await page.keyboard.press('Tab');
  await page.keyboard.type('走访台账未及时更新');
  await expect.poll(() => page.locator(`tr[data-row="${who}"] [data-total]`).innerText()).toBe('95');
  await page.keyboard.press('Control+s');
  await page.getByText(/已保存本周\d+人的周考评/).last().waitFor();
  await expect.poll(() => page.locator('.gzt-weekly-grid').getByText('未评').count()).toBe(0);
}

describe('考核: weekly scores, red and black lists, a proposed talk, restricted talk records, reports and charts', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('a township’s weeks scored by keyboard put a cadre on the black list twice; the talk follows and stays on the 组织部 PC', async () => {
    const context = await newSite(browser);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(inject('baseUrl'));
    await setUpSite(page);
    await loadSample(page);
    const today = await browserToday(page);
    const [m2, m1] = [-2, -1].map((n) => monthOf(addMonths(`${monthOf(today)}-01`, n)));
    const weekA = weeksOfMonth(m2!)[0]!;
    const weekB = weeksOfMonth(m1!)[0]!;

    // 概览 with its charts
    await page.getByRole('menuitem', { name: '概览' }).click();
    await page.getByTestId('chart-by-type').locator('canvas').waitFor();
    await shots(page, 'assessment-01-overview-charts');

    // 周考评: the township's first week of the month before last
    await page.getByRole('menuitem', { name: '考核' }).click();
    await pick(page, '乡镇', TOWNSHIP);
    await openWeek(page, weekA);
    const who = (await page.locator('.gzt-weekly-grid tbody tr').first().getAttribute('data-row'))!;
    await scoreWeek(page, weekA, who);
    await shots(page, 'assessment-02-weekly-grid');
    await scoreWeek(page, weekB, who);

    // 红黑榜: the last month, the cadre at the bottom
    await page.getByRole('tab', { name: '红黑榜' }).click();
    await pick(page, '乡镇', TOWNSHIP);
    const month = page.getByLabel('月份');
    await month.fill(formatDateDotted(m1!));
    await month.press('Enter');
    await expect.poll(() => page.getByTestId('黑榜').innerText()).toContain(who);
    expect(await page.getByTestId('红榜').innerText()).not.toContain(who);
    await shots(page, 'assessment-03-red-black');

    // 谈话提醒: proposed for the black list twice in a row; planned, then recorded
    await page.getByRole('tab', { name: '谈话提醒' }).click();
    const reason = `${who}连续两个月（`;
    const proposal = page.locator('.ant-list-item').filter({ hasText: reason });
    await proposal.waitFor();
    expect(await proposal.innerText()).toContain('列入周考评黑榜');
    await proposal.getByRole('button', { name: '安排谈话' }).click();
    const plan = page.getByRole('dialog').last();
    await plan.getByLabel('谈话人').fill('王建军');
    await plan.getByLabel('记录人').fill('刘芳');
    await plan.getByRole('button', { name: '保存' }).click();
    await page.getByText('已保存谈话记录').last().waitFor();
    await expect.poll(() => proposal.count()).toBe(0);
    const row = page.locator('.ant-table-row').filter({ hasText: who }).filter({ hasText: '待谈话' });
    await row.getByRole('button', { name: '记录谈话' }).click();
    const held = page.getByRole('dialog').last();
    await held.getByLabel('谈话内容').fill('指出连续两个月周考评排名靠后的问题，要求严格落实住村和走访制度。');
    await held.getByLabel('本人表态').fill('认真整改，下月起每周走访不少于10户。');
    await held.getByRole('button', { name: '保存' }).click();
    await page.locator('.ant-table-row').filter({ hasText: who }).filter({ hasText: '已谈话' }).waitFor();
    await shots(page, 'assessment-04-talks');

    // 报表: the 统计表 previewed and exported; the talk register is listed on this PC
    await page.getByRole('menuitem', { name: '报表' }).click();
    await page.getByRole('menuitem', { name: /谈话提醒登记表/ }).waitFor();
    await page.getByRole('menuitem', { name: '挂职干部情况统计表' }).click();
    await page.getByTestId('report-preview').getByText('合计').waitFor();
    await shots(page, 'assessment-05-reports');
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出Excel' }).click();
    const download = await downloading;
    const file = resolve(RESULTS_DIR, download.suggestedFilename());
    await download.saveAs(file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const sheet = wb.worksheets[0]!;
    expect(sheet.getCell('A1').value).toBe(`开江县挂职干部情况统计表（截至${formatDateChinese(today)}）`);
    let total = 0;
    let sum = 0;
    sheet.eachRow((r, n) => {
      if (n < 5) return;
      if (r.getCell(1).value === '合计') total = Number(r.getCell(2).value);
      else if (!total) sum += Number(r.getCell(2).value ?? 0);
    });
    expect(total).toBeGreaterThan(0);
    expect(sum).toBe(total);

    // this PC becomes a township's: the talk is nowhere to be seen
    await page.getByRole('menuitem', { name: '设置' }).click();
    await pick(page, '本机角色', '接收单位');
    await page.getByRole('button', { name: '保存设置' }).click();
    await page.getByText('设置已保存').waitFor();
    await page.getByRole('menuitem', { name: '考核' }).click();
    await page.getByRole('tab', { name: '周考评' }).waitFor();
    expect(await page.getByRole('tab', { name: '谈话提醒' }).count()).toBe(0);
    await page.goto(`${inject('baseUrl')}#/assessment/talks`);
    await page.getByText('谈话记录仅在组织部电脑上显示').waitFor();
    expect(await page.getByText(who).count()).toBe(0);
    await page.getByRole('menuitem', { name: '报表' }).click();
    await page.getByRole('menuitem', { name: '挂职干部花名册' }).waitFor();
    expect(await page.getByRole('menuitem', { name: /谈话提醒登记表/ }).count()).toBe(0);
    await page.getByRole('menuitem', { name: '概览' }).click();
    // once the alerts are in (the unscored townships' weeks are there), none speaks of a talk
    await selectTab(page, /考核提醒（[1-9]\d*）/);
    await page.getByText(/未录(入|齐)周考评/).first().waitFor();
    expect(await page.getByText(/提醒谈话|谈话原定|跟踪回访/).count()).toBe(0);
    await shots(page, 'assessment-06-township-role');

    expect(errors).toEqual([]);
    await context.close();
  });

  it('a chart lists the people behind a bar; the end-of-term review shows the cap and fills the reserve pool; the other tabs and the standard', async () => {
    const context = await newSite(browser);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(inject('baseUrl'));
    await setUpSite(page);
    await loadSample(page);

    // 概览: the tallest bar of 按类型, clicked, lists exactly its people
    await page.getByRole('menuitem', { name: '概览' }).click();
    const chart = page.getByTestId('chart-by-type');
    await chart.locator('canvas').waitFor();
    const bars = (await chart.getAttribute('data-values'))!.split('|').map((b) => b.split(':'));
    const values = bars.map(([, n]) => Number(n));
    const tallest = values.indexOf(Math.max(...values));
    const box = (await chart.boundingBox())!;
    // grid: 20 px above, 24 below, categories top-down, bars from x = 90
    const band = (box.height - 20 - 24) / bars.length;
    await page.mouse.click(box.x + 96, box.y + 20 + band * (tallest + 0.5));
    const list = page.getByRole('dialog').last();
    await list.getByText(`${bars[tallest]![0]}（${values[tallest]}人）`).waitFor();
    await shots(page, 'assessment-07-chart-list');
    await list.locator('.ant-modal-close').click();

    // the end-of-term review of a posting: the full form, the cap beside the grade, 优秀 into the reserve pool
    await page.getByRole('menuitem', { name: '干部与挂职' }).click();
    await page.locator('.gzt-ptable-row [role=gridcell]').first().waitFor();
    await page.locator('.gzt-ptable-row').first().click();
    const drawer = page.getByRole('dialog').last();
    const name = (await drawer.locator('.ant-drawer-title span').first().innerText()).trim();
    await drawer.getByRole('button', { name: /期满考察/ }).click();
    const review = page.getByRole('dialog').last();
    await review.getByTestId('grade-cap').waitFor();
    await review.getByText('优秀', { exact: true }).click();
    await review.getByLabel('个人总结（摘要）').fill('挂职期间完成乡村振兴重点项目3个。');
    await review.getByLabel('接收单位鉴定意见').fill('该同志工作扎实，表现优秀。');
    await review.getByLabel('派出单位意见').fill('同意。');
    expect(await review.getByLabel('期满考察优秀，纳入后备干部库').isChecked()).toBe(true);
    await shots(page, 'assessment-08-end-of-term-review');
    await review.getByRole('button', { name: '保存' }).click();
    await page.getByText('已保存考核结果').last().waitFor();
    await page.keyboard.press('Escape');

    await page.getByRole('menuitem', { name: '考核' }).click();
    await page.getByRole('tab', { name: '后备干部库' }).click();
    await page.locator('.ant-table-row').filter({ hasText: name }).filter({ hasText: '期满考察优秀' }).waitFor();
    await shots(page, 'assessment-09-reserve-pool');
    await page.getByRole('tab', { name: '考核鉴定' }).click();
    await page.locator('.ant-table-row').first().waitFor();
    await page.getByRole('button', { name: '登记考核' }).click();
    await page.getByRole('dialog').last().getByText('考核类别').waitFor();
    await shots(page, 'assessment-10-assessments');
    await page.keyboard.press('Escape');

    await page.getByRole('menuitem', { name: '设置' }).click();
    await page.getByRole('tab', { name: '周考评标准' }).click();
    await page.getByText('全县统一标准').waitFor();
    await shots(page, 'assessment-11-score-rules');
    expect(errors).toEqual([]);
    await context.close();
  });
});
