import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, newSite, pick, screenshot, setUpSite, watchErrors } from './browser';

// Issue 8 items 1, 4 and 5 in a real browser: a second tab of the same web host, a screen that
// throws, a newer version upgrading the database under an open tab, and storage that may vanish.

const OTHER_WINDOW = '挂职通已在另一个窗口中打开';
const TAKE_OVER = '在此窗口中使用';

/** Screenshots at the two screen sizes clerks use. */
async function shots(page: Page, name: string): Promise<void> {
  for (const [width, height] of [
    [1366, 768],
    [1920, 1080],
  ] as const) {
    await page.setViewportSize({ width, height });
    await screenshot(page, `${name}-${width}`);
  }
  await page.setViewportSize({ width: 1440, height: 900 });
}

/** Adds a top-level unit through the 单位 tab (in the tab the clerk looks at: a hidden tab's animations stall). */
async function addUnit(page: Page, name: string, short: string): Promise<void> {
  await page.bringToFront();
  await page.getByRole('menuitem', { name: '干部与挂职' }).click();
  await page.getByRole('tab', { name: '单位' }).click();
  await page.getByRole('button', { name: '新增顶级单位' }).click();
  await page.getByLabel('单位全称').fill(name);
  await page.getByLabel('简称').fill(short);
  await pick(page, '层级', '乡镇（街道）');
  await pick(page, '类别', '乡镇（街道）');
  await page.getByRole('button', { name: '保存' }).click();
  await page.getByText(`已添加“${name}”`).waitFor();
}

/** Rows of a store of the app's IndexedDB, read in the page without the app. */
function readStore(page: Page, store: string): Promise<Record<string, unknown>[]> {
  return page.evaluate(
    (name) =>
      new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const open = indexedDB.open('guazhitong');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const req = db.transaction(name, 'readonly').objectStore(name).getAll();
          req.onsuccess = () => {
            db.close();
            resolve(req.result as Record<string, unknown>[]);
          };
          req.onerror = () => reject(req.error);
        };
      }),
    store,
  );
}

describe('robustness: a second tab, a failing screen, a newer version, storage that may vanish', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('a second tab says the app is open elsewhere and cannot write; taking over moves the writing tab', async () => {
    const context = await newSite(browser);
    const first = await context.newPage();
    const second = await context.newPage();
    const firstErrors = watchErrors(first);
    const secondErrors = watchErrors(second);

    // Both tabs start on first-run setup; only the first may write.
    await first.goto(inject('baseUrl'));
    await first.getByText('挂职通 · 本机初始设置').waitFor();
    await second.goto(inject('baseUrl'));
    await second.getByText(OTHER_WINDOW).waitFor();
    await second.getByText(/同一时间只能在一个窗口中使用挂职通/).waitFor();
    await shots(second, 'robust-01-second-tab');
    // The setup form under the notice cannot be reached.
    await expect(second.getByRole('button', { name: '完成设置，开始使用' }).click({ timeout: 1500 })).rejects.toThrow();

    await setUpSite(first);
    await first.getByText('本机：开江县委组织部').waitFor();
    await expect(second.getByText(OTHER_WINDOW).isVisible()).resolves.toBe(true);

    // The second tab takes over: it reads the site the first one set up (no second setup) ...
    await second.getByRole('button', { name: TAKE_OVER }).click();
    await second.getByText(OTHER_WINDOW).waitFor({ state: 'detached' });
    await second.getByText('本机：开江县委组织部').waitFor();
    // ... and the first tab is told, and stops writing.
    await first.getByText(OTHER_WINDOW).waitFor();
    await first.getByText(/本窗口已停止修改数据/).waitFor();
    await shots(first, 'robust-02-first-tab-taken-over');
    const menu = await first.getByText('干部与挂职', { exact: true }).boundingBox();
    await first.mouse.click(menu!.x + 10, menu!.y + 5);
    expect(new URL(first.url()).hash).not.toContain('registry');

    await addUnit(second, '讲治镇人民政府', '讲治镇');

    // The first tab takes the lock back, sees the unit the second wrote, and writes after it.
    await first.getByRole('button', { name: TAKE_OVER }).click();
    await second.getByText(OTHER_WINDOW).waitFor();
    await first.getByText(OTHER_WINDOW).waitFor({ state: 'detached' });
    await addUnit(first, '任市镇人民政府', '任市镇');
    await first.locator('.ant-tree').getByText('讲治镇人民政府').waitFor();

    const meta = await readStore(first, 'meta');
    const units = await readStore(first, 'units');
    expect(meta.filter((r) => r.key === 'site')).toHaveLength(1);
    expect(units.filter((u) => u.name === '中共开江县委组织部')).toHaveLength(1);
    const stamps = units.map((u) => u._hlc as string);
    expect(new Set(stamps).size).toBe(stamps.length);
    const jiangzhi = units.find((u) => u.name === '讲治镇人民政府')!._hlc as string;
    const renshi = units.find((u) => u.name === '任市镇人民政府')!._hlc as string;
    expect(renshi > jiangzhi).toBe(true);
    expect(meta.find((r) => r.key === 'clock')?.value).toBe(renshi);

    // Closing the writing tab hands the lock to the one still open, without a click.
    expect(firstErrors).toEqual([]);
    await first.close();
    await second.getByText(OTHER_WINDOW).waitFor({ state: 'detached' });
    expect(secondErrors).toEqual([]);
    await context.close();
  });

  it('a screen that throws shows 此页面出现错误 with 重新加载此页, and the menu keeps working', async () => {
    const context = await newSite(browser);
    const page = await context.newPage();
    const errors = watchErrors(page);
    const warnings: string[] = [];
    page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
    await page.goto(inject('baseUrl'));
    await setUpSite(page);

    // The test-only fault (components/test-fault.tsx): armed by a key only this test sets.
    await page.evaluate(() => localStorage.setItem('guazhitong:test-fault', '1'));
    await page.goto(`${inject('baseUrl')}#/registry/postings?fault=1`);
    await page.getByText('此页面出现错误').waitFor();
    await page.getByText('错误信息：RangeError: Invalid array length (test fault)').waitFor();
    await shots(page, 'robust-03-page-error');
    expect(warnings.some((w) => w.includes('error boundary caught it'))).toBe(true);

    // The menu and the other sections still work.
    await page.getByRole('menuitem', { name: '设置' }).click();
    await page.getByRole('tab', { name: '本机' }).waitFor();
    await expect(page.getByText('此页面出现错误').count()).resolves.toBe(0);
    await page.getByRole('menuitem', { name: '概览' }).click();
    await page.getByText('在岗挂职', { exact: true }).waitFor();

    // Back on the failing page, 重新加载此页 mounts it afresh once the cause is gone.
    await page.goto(`${inject('baseUrl')}#/registry/postings?fault=1`);
    await page.getByText('此页面出现错误').waitFor();
    await page.evaluate(() => localStorage.removeItem('guazhitong:test-fault'));
    await page.getByRole('button', { name: '重新加载此页' }).click();
    await page.getByRole('tab', { name: '挂职人员' }).waitFor();
    await expect(page.getByText('此页面出现错误').count()).resolves.toBe(0);

    // A print route that throws says so and signals the error to whoever waits to print.
    await page.evaluate(() => localStorage.setItem('guazhitong:test-fault', '1'));
    await page.goto(`${inject('baseUrl')}#/print/test?fault=1`);
    await page.locator('body[data-print-error]').waitFor();
    await page.getByText(/打印页面出现错误/).waitFor();
    await screenshot(page, 'robust-04-print-error');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a tab left open when a newer version upgrades the database says so; the old version then refuses it', async () => {
    const context = await newSite(browser);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(inject('baseUrl'));
    await setUpSite(page);

    // A newer version of the app opens the database one schema version above this build's in another tab.
    const newer = await context.newPage();
    await newer.goto(`${inject('baseUrl')}#/print/test`);
    await newer.locator('body[data-print-ready="1"]').waitFor();
    // Dexie stores schema version n as IndexedDB version 10n.
    const current = await newer.evaluate(
      () =>
        new Promise<number>((resolve, reject) => {
          const open = indexedDB.open('guazhitong');
          open.onsuccess = () => {
            const v = open.result.version;
            open.result.close();
            resolve(v);
          };
          open.onerror = () => reject(open.error);
        }),
    );
    const version = await newer.evaluate(
      (next) =>
        new Promise<number>((resolve, reject) => {
          const open = indexedDB.open('guazhitong', next);
          open.onupgradeneeded = () => open.result.createObjectStore('travelLogs', { keyPath: 'id' });
          open.onsuccess = () => {
            const v = open.result.version;
            open.result.close();
            resolve(v);
          };
          open.onerror = () => reject(open.error);
          open.onblocked = () => reject(new Error('blocked by an old tab'));
        }),
      current + 10,
    );
    expect(version).toBe(current + 10);
    await page.getByText('挂职通已升级，请刷新页面').waitFor();
    await shots(page, 'robust-05-upgraded');

    // This (older) build refuses the newer database instead of opening it.
    await page.getByRole('button', { name: '刷新页面' }).click();
    await page.getByText('无法打开本机数据库').waitFor();
    await page.getByText(`本机数据库由更新版本的挂职通写入（数据库版本 ${current / 10 + 1}，本程序只能打开到版本 ${current / 10}）`).waitFor();
    await screenshot(page, 'robust-06-newer-database');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('warns on 概览 and in 设置 when the browser keeps the data only best-effort', async () => {
    const context = await newSite(browser);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(inject('baseUrl'));
    await setUpSite(page);
    const persisted = await page.evaluate(() => navigator.storage.persisted());
    const warning = page.getByText('本浏览器可能在磁盘空间不足时清除挂职通的数据');
    await page.getByText('在岗挂职', { exact: true }).waitFor();
    if (persisted) {
      await expect(warning.count()).resolves.toBe(0);
    } else {
      await warning.waitFor();
      await shots(page, 'robust-07-storage-warning-overview');
      await page.getByRole('menuitem', { name: '设置' }).click();
      await page.getByRole('tab', { name: '本机' }).waitFor();
      await warning.waitFor();
      await screenshot(page, 'robust-08-storage-warning-settings');
    }
    expect(errors).toEqual([]);
    await context.close();
  });
});
