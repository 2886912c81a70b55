import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openApp, pick, screenshot, setUpSite } from './browser';

describe('foundation: a clerk sets up this PC and keeps units and cadres across a restart', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('first-run setup, a unit and a cadre through the UI, reload, still there', async () => {
    const { page } = await openApp(browser);

    await page.getByText('挂职通 · 本机初始设置').waitFor();
    await screenshot(page, 'foundation-01-setup');
    await setUpSite(page);
    await page.getByText('开江县挂职干部管理').waitFor();
    await page.getByText('本机：开江县委组织部').waitFor();

    // 单位: a township under no parent
    await page.getByRole('menuitem', { name: '干部与挂职' }).click();
    await page.getByRole('tab', { name: '单位' }).click();
    await page.getByRole('button', { name: '新增顶级单位' }).click();
    await page.getByLabel('单位全称').fill('讲治镇人民政府');
    await page.getByLabel('简称').fill('讲治镇');
    await pick(page, '层级', '乡镇（街道）');
    await pick(page, '类别', '乡镇（街道）');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByText('已添加“讲治镇人民政府”').waitFor();
    await page.locator('.ant-tree').getByText('讲治镇人民政府').waitFor();

    // 干部库: a wrong check digit is explained, then fixed; sex and birth date fill themselves
    await page.getByRole('tab', { name: '干部库' }).click();
    await page.getByRole('button', { name: '登记干部' }).click();
    await page.getByLabel('姓名').fill('张三');
    await page.getByLabel('身份证号').fill('340524198001010013');
    await page.getByText('身份证号码校验位错误：第18位应为 X，实际为 3，请核对号码').waitFor();
    await page.getByLabel('身份证号').fill('34052419800101001X');
    await page.getByText('身份证号码校验位错误').waitFor({ state: 'detached' });
    await page.locator('.ant-drawer').getByTitle('男').waitFor();
    await expect(page.getByLabel(/出生日期/).inputValue()).resolves.toBe('1980.01.01');
    await expect(page.getByLabel(/出生日期/).isDisabled()).resolves.toBe(true);
    await page.getByLabel('入党时间').fill('2003.6');
    await page.getByLabel('参加工作时间').fill('2002年7月');
    await page.getByLabel('参加工作时间').press('Enter'); // commits and moves on, like a clerk types
    await expect(page.getByLabel('参加工作时间').inputValue()).resolves.toBe('2002.07');
    await pick(page, '工作单位', '讲治镇人民政府');
    await page.getByLabel('现任职务').fill('讲治镇党委组织委员');
    await screenshot(page, 'foundation-02-cadre-form');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByText('已登记“张三”').waitFor();
    const row = page.locator('.ant-table-row', { hasText: '张三' });
    await expect(row.innerText()).resolves.toMatch(/1980\.01（4\d岁）[\s\S]*汉族[\s\S]*中共党员[\s\S]*讲治镇/);

    // reload: the records come back from IndexedDB
    await page.reload();
    await page.getByRole('tab', { name: '干部库' }).waitFor();
    await page.locator('.ant-table-row', { hasText: '张三' }).waitFor();
    await page.getByLabel('查找干部').fill('zs');
    await expect(page.locator('.ant-table-row').count()).resolves.toBe(1);
    await screenshot(page, 'foundation-03-cadres-after-reload');
    await page.getByRole('tab', { name: '单位' }).click();
    await page.locator('.ant-tree').getByText('讲治镇人民政府').waitFor();
    await screenshot(page, 'foundation-04-units');

  });
});
