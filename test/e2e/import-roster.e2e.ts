import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, loadSample, newSite, screenshot, selectTab, setUpSite, watchErrors } from './browser';
import { countyRosterWorkbook } from './county-roster';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Opens 导入花名册 on 干部与挂职 and hands it a file. */
async function chooseRoster(page: Page, name: string, buffer: Buffer): Promise<void> {
  await page.getByRole('menuitem', { name: '干部与挂职' }).click();
  await page.getByRole('button', { name: '导入花名册' }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '选择花名册文件' }).click();
  await (await chooser).setFiles({ name, mimeType: XLSX, buffer });
  await page.getByText(`已选择：${name}`).waitFor();
}

describe('导入花名册: a county’s own roster on the first day (issue 9)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('reaches the preview with only the genuinely wrong rows flagged, imports the rest, and 概览 lists the incomplete records', async () => {
    const context = await newSite(browser);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(inject('baseUrl'));
    await setUpSite(page);
    await loadSample(page);

    await chooseRoster(page, '开江县挂职干部花名册.xlsx', await countyRosterWorkbook());
    await page.getByRole('button', { name: '下一步' }).click();
    const mapping = page.getByRole('region', { name: '核对表头' });
    await mapping.waitFor();
    // The columns the county does not keep are said once, per column, not as an error per row.
    expect(await mapping.getByText('文件中没有此列，导入后待补充').count()).toBeGreaterThanOrEqual(2);
    await screenshot(page, 'import-01-mapping');
    await page.getByRole('button', { name: '下一步' }).click();

    const preview = page.getByRole('region', { name: '导入预览' });
    await preview.waitFor();
    // Only what is wrong is flagged: two units the app does not have, a wrong check digit, 汉民.
    await page.getByText('共9行：可导入4行，有提醒1行，有错误4行，跳过0行').waitFor();
    expect(await preview.getByText('待补充：入党时间、参加工作时间、人员类别').count()).toBeGreaterThanOrEqual(2);
    await preview.getByText(/身份证号：身份证号码校验位错误/).waitFor();
    await preview.getByText(/民族：“汉民”不是有效的民族/).waitFor();
    await preview.getByText('工作单位：找不到单位“开江县农业局”', { exact: false }).waitFor();
    await preview.getByText(/可理解为单位“开江县农业局”，职务“副局长”，或单位“开江县”，职务“农业局副局长”/).waitFor();
    await screenshot(page, 'import-02-preview');

    // The unit outside the county is created at its level; 王志刚's unit is 开江县农业农村局 in the app.
    await page.getByRole('checkbox', { name: '自动新建找不到的单位' }).check();
    await page.getByText('共9行：可导入4行，有提醒3行，有错误2行，跳过0行').waitFor();
    await page.getByText(/将新建单位：.*眉山市东坡区卫生健康局（县外，县外单位）/).waitFor();
    await page.getByRole('button', { name: '修改第7行' }).click();
    const editor = page.getByRole('dialog').last();
    await editor.getByLabel('I列 工作单位').fill('开江县农业农村局');
    await editor.getByLabel('入党时间', { exact: true }).fill('2010.06');
    await screenshot(page, 'import-03-row-editor');
    await editor.getByRole('button', { name: '确定' }).click();
    await page.getByText('共9行：可导入5行，有提醒2行，有错误2行，跳过0行').waitFor();
    await page.getByRole('button', { name: '跳过全部错误行' }).click();
    await page.getByText('共9行：可导入5行，有提醒2行，有错误0行，跳过2行').waitFor();
    for (const [width, height] of [
      [1366, 768],
      [1920, 1080],
    ] as const) {
      await page.setViewportSize({ width, height });
      await screenshot(page, `import-04-preview-${width}`);
    }
    await page.setViewportSize({ width: 1440, height: 900 });

    await page.getByRole('button', { name: '下一步' }).click();
    await page.getByText(/^将新建干部7人、更新0人、新建挂职7条、新建单位1个。/).waitFor();
    await page.getByRole('button', { name: '导入', exact: true }).click();
    await page.getByText('导入完成').waitFor();
    await page.getByText('新建干部7人、更新0人、新建挂职7条、新建单位1个', { exact: true }).waitFor();
    await page.getByRole('button', { name: '完成' }).click();

    // 概览 lists the incomplete records; 干部库 filters them.
    await page.getByRole('menuitem', { name: '概览' }).click();
    await selectTab(page, /^数据问题/);
    await page.getByText('张伟：待补充：入党时间、参加工作时间、人员类别').waitFor();
    await page.getByText('孙浩：待补充：身份证号、入党时间、参加工作时间、人员类别').waitFor();
    await screenshot(page, 'import-05-overview');
    await page.getByRole('menuitem', { name: '干部与挂职' }).click();
    await page.getByRole('tab', { name: '干部库' }).click();
    await page.getByText('只看待补充或有误').click();
    await page.getByRole('cell', { name: '阿依古丽·买买提' }).waitFor();
    expect(await page.getByRole('cell', { name: '王志刚' }).count()).toBe(1);
    await screenshot(page, 'import-06-cadres-pending');

    // The ended posting is on file as ended, not overdue.
    await page.getByRole('tab', { name: '挂职人员' }).click();
    await page.getByRole('button', { name: '清空筛选' }).click();
    await page.getByLabel('查找挂职人员').fill('刘洋');
    await page.locator('.gzt-ptable-row', { hasText: '讲治镇' }).filter({ hasText: '期满结束' }).first().waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});
