import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, loadSample, newSite, screenshot, setUpSite, watchErrors } from './browser';

describe('设置 → 考勤规则 (issue 10)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows the presets in words, refuses 在岗 left out, and the grid’s 是否达标 follows the basis saved', async () => {
    const context = await newSite(browser);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(inject('baseUrl'));
    await setUpSite(page);
    await loadSample(page);
    await page.goto(`${inject('baseUrl')}#/settings/attendance-rules`);
    const form = page.getByTestId('attendance-rules-form');
    await form.getByText('当前使用默认规则（尚未保存过）').waitFor();
    await form.getByTestId('leave-rule-P1').getByText('1天以内由工作（分）队长审批；1天以上3天（含）以内由乡镇党委书记审批；3天以上由县委组织部审批').waitFor();
    await screenshot(page, 'attendance-rules-01-defaults');

    // 在岗 unticked: refused with the Chinese message, nothing saved
    await form.getByRole('checkbox', { name: '在岗', exact: true }).click();
    await form.getByRole('button', { name: '保存考勤规则' }).click();
    await page.getByText('“在岗”必须计为在岗天数，请勾选').first().waitFor();
    await form.getByRole('checkbox', { name: '在岗', exact: true }).click();

    // the grid's 是否达标 follows the monthly minimum; on the yearly basis it no longer applies to a month
    await page.getByRole('menuitem', { name: '考勤请假' }).click();
    await page.getByTestId('attendance-count').getByText(/^共/).waitFor({ timeout: 60_000 });
    await page.getByLabel('按挂职类型筛选').click();
    await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option').filter({ hasText: /^驻村工作队员$/ }).click();
    await page.keyboard.press('Escape');
    await page.getByTestId('attendance-count').getByText(/^共/).waitFor();
    const meets = () => page.locator('.gzt-agrid-row .gzt-agrid-sum:last-child').allInnerTexts();
    await expect.poll(async () => (await meets()).filter((t) => t === '达标' || t === '未达标').length).toBeGreaterThan(0);
    await page.goto(`${inject('baseUrl')}#/settings/attendance-rules`);
    await form.getByText('按年计算（全年累计达到最少天数）').click();
    await form.getByRole('button', { name: '保存考勤规则' }).click();
    await page.getByText('考勤规则已保存').waitFor();
    await screenshot(page, 'attendance-rules-02-saved');
    await page.getByRole('menuitem', { name: '考勤请假' }).click();
    await page.getByTestId('attendance-count').getByText(/^共/).waitFor({ timeout: 60_000 });
    expect(new Set(await meets())).toEqual(new Set(['—']));
    expect(errors).toEqual([]);
  });
});
