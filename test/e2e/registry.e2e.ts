import { resolve } from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, loadSample, openApp, pick, RESULTS_DIR, screenshot, setUpSite } from './browser';
import { idNo, rosterWorkbook } from './roster-fixture';

/** Registers a cadre through the 干部库 form. */
async function registerCadre(page: Page, c: { name: string; id: string; unit: string; post: string }) {
  await page.getByRole('tab', { name: '干部库' }).click();
  await page.getByRole('button', { name: '登记干部' }).click();
  const drawer = page.getByRole('dialog').last();
  await drawer.getByLabel('姓名').fill(c.name);
  await drawer.getByLabel('身份证号').fill(c.id);
  await drawer.getByLabel('入党时间').fill('2012.06');
  await drawer.getByLabel('参加工作时间').fill('2010.07');
  await drawer.getByLabel('参加工作时间').press('Enter');
  await pick(page, '工作单位', c.unit, drawer);
  await drawer.getByLabel('现任职务').fill(c.post);
  await pick(page, '全日制学历', '大学本科毕业', drawer);
  await page.getByRole('button', { name: '保存' }).click();
  await page.getByText(`已登记“${c.name}”`).waitFor();
}

/** The count the postings list shows (共N条). */
async function listCount(page: Page): Promise<number> {
  const text = (await page.getByTestId('posting-count').innerText()).replace(/[,，]/g, '');
  return Number(/共(\d+)条/.exec(text)?.[1] ?? NaN);
}

describe('干部与挂职: list, pair, extension, roster export and import', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('a clerk works through the registry with the sample county', async () => {
    const { page } = await openApp(browser);
    await setUpSite(page);
    await loadSample(page);

    // the list, narrowed to terms ending within 60 days
    await page.getByRole('menuitem', { name: '干部与挂职' }).click();
    await page.locator('.gzt-ptable-row [role=gridcell]').first().waitFor();
    const all = await listCount(page);
    await page.getByText('60天内期满', { exact: true }).click();
    await expect.poll(() => listCount(page)).toBeLessThan(all);
    const within60 = await listCount(page);
    expect(within60).toBeGreaterThan(0);
    const left = await page
      .locator('.gzt-ptable-row')
      .evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('[role=gridcell]')].map((c) => c.textContent ?? '').find((t) => /^(\d+天|逾期\d+天)$/.test(t)) ?? ''));
    expect(left.length).toBeGreaterThan(0);
    for (const text of left) expect(text).toMatch(/^(\d+)天$/);
    for (const text of left) expect(Number(text.replace('天', ''))).toBeLessThanOrEqual(60);
    await screenshot(page, 'registry-01-within-60-days');

    // a 双向互派 pair through the UI: two new cadres, one step
    await registerCadre(page, { name: '周建华', id: idNo('19880315', '051'), unit: '开江县发展和改革局', post: '投资股股长' });
    await registerCadre(page, { name: '吴晓丽', id: idNo('19900620', '062'), unit: '讲治镇人民政府', post: '党政办副主任' });
    await page.getByRole('tab', { name: '挂职人员' }).click();
    await page.getByRole('button', { name: '新建双向互派' }).click();
    const pair = page.getByRole('dialog').last();
    await pick(page, '单位甲', '开江县发展和改革局', pair);
    await pair.getByLabel('派出干部').first().click();
    await pair.getByLabel('派出干部').first().fill('周建华');
    await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').last().getByText(/^周建华/).click();
    await pick(page, '单位乙', '讲治镇人民政府', pair);
    await pair.getByLabel('派出干部').nth(1).click();
    await pair.getByLabel('派出干部').nth(1).fill('吴晓丽');
    await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').last().getByText(/^吴晓丽/).click();
    await pair.getByLabel(/^到讲治镇挂任职务/).fill('党委委员、副镇长');
    await pair.getByLabel(/^到县发展和改革局挂任职务/).fill('投资股副股长');
    await pair.getByLabel('到岗日期', { exact: true }).fill('2026.3.2');
    await pair.getByLabel('到岗日期', { exact: true }).press('Enter');
    await expect.poll(() => pair.getByLabel('期满日期', { exact: true }).inputValue()).toBe('2028.03.01');
    await screenshot(page, 'registry-02-pair-form');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByText('已登记双向互派（两条挂职记录已相互关联）').waitFor();
    const drawer = page.getByRole('dialog').last();
    await drawer.getByText('互派对象').waitFor();
    await expect(drawer.getByText(/吴晓丽：讲治镇 → 县发展和改革局/).count()).resolves.toBe(1);

    // extend the new posting: status, date and the history in the drawer
    await drawer.getByRole('button', { name: '延期', exact: true }).click();
    const dialog = page.getByRole('dialog').last();
    await dialog.getByLabel('延期至').fill('2028.9.1');
    await dialog.getByLabel('延期理由').fill('项目建设需要，派出单位同意');
    await dialog.getByRole('button', { name: '确定' }).click();
    await page.getByText('延期：已办理').waitFor();
    await drawer.getByText('延期记录').waitFor();
    await drawer.getByText(/期满日期由2028\.03\.01延至2028\.09\.01/).waitFor();
    await expect(drawer.locator('.ant-drawer-title, .ant-drawer-header').getByText('已延期').count()).resolves.toBeGreaterThan(0);
    await screenshot(page, 'registry-03-drawer-extended');
    await page.keyboard.press('Escape');

    // export the roster of the whole list and read it back
    await page.getByRole('button', { name: '清空筛选' }).click();
    await expect.poll(() => listCount(page)).toBeGreaterThan(within60);
    const everything = await listCount(page);
    await page.getByRole('button', { name: '只看未结束' }).click();
    await expect.poll(() => listCount(page)).toBeLessThan(everything);
    const rows = await listCount(page);
    await page.getByRole('button', { name: '导出Excel' }).hover();
    await page.getByText('导出花名册（当前列表）').click();
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出', exact: true }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^开江县挂职干部花名册（\d{4}年\d{1,2}月\d{1,2}日）\.xlsx$/);
    const file = resolve(RESULTS_DIR, 'registry-roster.xlsx');
    await download.saveAs(file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.worksheets[0]!;
    expect(ws.getCell('A1').text).toBe('开江县挂职干部花名册');
    const header = (ws.getRow(3).values as unknown[]).slice(1).map(String);
    expect(header.slice(0, 6)).toEqual(['序号', '姓名', '性别', '民族', '出生年月（年龄）', '政治面貌']);
    const data: string[][] = [];
    let totals = '';
    ws.eachRow((row, n) => {
      if (n <= 3) return;
      const cells = (row.values as unknown[]).slice(1).map((v) => (v == null ? '' : String(v)));
      if (cells[0]?.startsWith('合计')) totals = cells[0];
      else if (/^\d+$/.test(cells[0] ?? '')) data.push(cells);
    });
    expect(data).toHaveLength(rows);
    const women = data.filter((r) => r[2] === '女').length;
    const minorities = data.filter((r) => r[3] !== '汉族').length;
    expect(totals).toMatch(new RegExp(`^合计：共${rows}人，其中女性${women}人、党外\\d+人、少数民族${minorities}人$`));

    // import: the template, then a filled roster with two bad rows
    await page.getByRole('button', { name: '导入花名册' }).click();
    const templateDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: '下载导入模板' }).click();
    expect((await templateDownload).suggestedFilename()).toBe('挂职干部花名册导入模板.xlsx');
    const base = { fullTimeEducation: '大学', nativePlace: '四川开江', politicalStatus: '中共党员', partyJoinDate: '2012.06', workStartDate: '2010年7月', staffCategory: '公务员', homeUnit: '县财政局', currentPost: '预算股股长', postingType: '下派', receivingUnit: '讲治镇', secondedPost: '党委委员、副镇长', startDate: '2026.3.1' };
    const workbook = await rosterWorkbook([
      { ...base, name: '何小兵', idCardNo: idNo('19870211', '031'), ethnicity: '汉' },
      { ...base, name: '邓永强', idCardNo: '511723198905120314', ethnicity: '汉族' },
      { ...base, name: '唐丽', idCardNo: idNo('19910404', '042'), ethnicity: '汉民' },
      { ...base, name: '罗成', idCardNo: idNo('19850309', '013'), ethnicity: '汉族 ', politicalStatus: '党员', partyJoinDate: '2008年6月' },
      { ...base, name: '彭雪梅', idCardNo: idNo('19921130', '024'), ethnicity: '土家', postingType: '第一书记', secondedPost: '村党组织第一书记', village: '讲治镇石岭村', teamRole: '第一书记' },
    ]);
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: '选择花名册文件' }).click();
    await (await chooser).setFiles({ name: '花名册.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: workbook });
    await page.getByText('已选择：花名册.xlsx').waitFor();
    await page.getByRole('button', { name: '下一步' }).click();
    await page.getByRole('region', { name: '核对表头' }).waitFor();
    await page.getByRole('button', { name: '下一步' }).click();
    const preview = page.getByRole('region', { name: '导入预览' });
    await preview.waitFor();
    await page.getByText('共5行：可导入3行，有提醒0行，有错误2行，跳过0行').waitFor();
    await preview.getByText(/身份证号：身份证号码校验位错误：第18位应为 \w，实际为 4/).waitFor();
    await preview.getByText(/民族：“汉民”/).waitFor();
    await screenshot(page, 'registry-04-import-preview');

    // fix the ID number of row 4, skip row 5
    await page.getByRole('button', { name: '修改第4行' }).click();
    const editor = page.getByRole('dialog').last();
    await editor.getByLabel(/列 身份证号$/).fill(idNo('19890512', '031'));
    await editor.getByRole('button', { name: '确定' }).click();
    await page.getByRole('button', { name: '跳过第5行' }).click();
    await page.getByText('共5行：可导入4行，有提醒0行，有错误0行，跳过1行').waitFor();
    await page.getByRole('button', { name: '下一步' }).click();
    await page.getByRole('button', { name: '导入', exact: true }).click();
    await page.getByText('导入完成').waitFor();
    await page.getByText('新建干部4人、更新0人、新建挂职4条、新建单位0个', { exact: true }).waitFor();
    await screenshot(page, 'registry-05-import-done');
    await page.getByRole('button', { name: '完成' }).click();

    await page.getByLabel('查找挂职人员').fill('邓永强');
    await expect.poll(() => listCount(page)).toBe(1);
    await page.getByLabel('查找挂职人员').fill('tl');
    await expect.poll(async () => (await page.locator('.gzt-ptable-row').allInnerTexts()).some((t) => t.includes('唐丽'))).toBe(false);
  });
});
