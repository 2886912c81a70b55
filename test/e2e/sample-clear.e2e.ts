import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, loadSample, openApp, screenshot, setUpSite } from './browser';

/** The number of postings the 挂职人员 list shows (共N条). */
async function postingCount(page: Page): Promise<number> {
  await page.getByRole('menuitem', { name: '干部与挂职' }).click();
  const count = page.getByTestId('posting-count');
  await expect.poll(async () => /共[\d,]+条/.test(await count.innerText())).toBe(true);
  return Number(/共([\d,]+)条/.exec(await count.innerText())![1]!.replace(/,/g, ''));
}

describe('设置 → 示例数据', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('清除示例数据 says what goes, removes the sample after the clerk confirms, and the sample can be loaded again', async () => {
    const { page } = await openApp(browser);
    await setUpSite(page);
    await loadSample(page);
    expect(await postingCount(page)).toBeGreaterThan(0);

    await page.getByRole('menuitem', { name: '设置' }).click();
    // the day the sample was loaded, on the clerk's calendar
    const today = await page.evaluate(() => new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' }).replace(/-/g, '.'));
    await page.getByText(`示例数据已于${today}载入。`).waitFor();
    await page.getByRole('button', { name: '清除示例数据' }).click();
    const dialog = page.getByRole('dialog').last();
    await dialog.getByText(/^将删除示例数据：.*挂职[\d,]+条/).waitFor();
    await page.waitForTimeout(500); // the dialog zooms in
    await screenshot(page, 'sample-clear-01-confirm');
    await dialog.getByRole('button', { name: '清除', exact: true }).click();
    await page.getByText(/^已清除示例数据 [\d,]+ 条。$/).waitFor({ timeout: 120_000 });
    await page.getByRole('button', { name: '载入示例数据' }).waitFor();

    expect(await postingCount(page)).toBe(0);
  });
});
