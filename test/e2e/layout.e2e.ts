import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, loadSample, openApp, screenshot, setUpSite } from './browser';

/** The usual county PC, and a full-HD screen. */
const SIZES = [
  { name: '1366', width: 1366, height: 768 },
  { name: '1920', width: 1920, height: 1080 },
] as const;

const LONG_POST = '中共开江县委宣传部副部长、县互联网信息办公室主任、县精神文明建设委员会办公室副主任（兼）';

/** How many lines a toolbar's items take (items whose tops differ by more than half a line start a new one). */
async function toolbarLines(page: Page, index: number): Promise<number> {
  return page.locator('.gzt-toolbar').nth(index).evaluate((bar) => {
    const tops = [...bar.children].filter((c) => (c as HTMLElement).offsetWidth > 0 && !c.classList.contains('gzt-spacer')).map((c) => c.getBoundingClientRect().top);
    return new Set(tops.map((t) => Math.round(t / 16))).size;
  });
}

/** Grid cells whose text is cut ("…"): their content is wider than the cell. */
async function cutCells(page: Page): Promise<string[]> {
  return page.locator('.gzt-ptable').evaluate((grid) =>
    [...grid.querySelectorAll('[role=gridcell], [role=columnheader]')].filter((c) => c.scrollWidth > c.clientWidth + 1).map((c) => c.textContent ?? ''),
  );
}

describe('the registry on the screens counties use', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const size of SIZES) {
    it(`${size.width}×${size.height}: toolbar on its lines, every column on screen, drawer labels readable, 工作单位 not collapsed`, async () => {
      const { page } = await openApp(browser, { viewport: { width: size.width, height: size.height } });
      await setUpSite(page);
      await loadSample(page);

      // 概览
      await page.getByRole('menuitem', { name: '概览' }).click();
      await page.getByText('需要办理的事项').waitFor();
      await page.locator('.ant-statistic').first().waitFor();
      await screenshot(page, `layout-${size.name}-01-overview`);

      // 挂职人员: the toolbar keeps its buttons together, the table fits, 剩余 and 状态 are on screen
      await page.getByRole('menuitem', { name: '干部与挂职' }).click();
      await page.locator('.gzt-ptable-row [role=gridcell]').first().waitFor();
      await screenshot(page, `layout-${size.name}-02-postings`);
      expect(await toolbarLines(page, 0), 'first toolbar').toBe(1);
      expect(await toolbarLines(page, 1), 'second toolbar').toBe(1);
      const grid = page.locator('.gzt-ptable');
      const overflow = await grid.evaluate((g) => g.scrollWidth - g.clientWidth);
      expect(overflow, 'table wider than its box').toBeLessThanOrEqual(0);
      for (const header of ['剩余', '状态']) {
        const box = (await grid.getByRole('columnheader', { name: header, exact: true }).boundingBox())!;
        expect(box.x + box.width, `${header} on screen`).toBeLessThanOrEqual(size.width);
      }
      if (size.width >= 1920) expect(await cutCells(page), 'cells cut with … although the screen has room').toEqual([]);

      // the drawer with a long 现任职务: labels stay on one line
      const first = page.locator('.gzt-ptable-row').first();
      const name = (await first.locator('[role=gridcell]').first().innerText()).trim();
      await page.getByRole('tab', { name: '干部库' }).click();
      await page.getByLabel('查找干部').fill(name);
      await page.locator('.ant-table-row', { hasText: name }).first().getByRole('button', { name: '修改' }).click();
      const cadreForm = page.getByRole('dialog').last();
      await cadreForm.locator('#currentPost').fill(LONG_POST);
      await cadreForm.getByRole('button', { name: '保存' }).click();
      await page.getByText(`已保存“${name}”`).waitFor();
      await page.getByLabel('查找干部').fill('');
      await page.locator('.ant-table-row').first().waitFor();
      await screenshot(page, `layout-${size.name}-03-cadres`);
      const unitCells = await page.locator('.ant-table-row td:nth-child(7)').evaluateAll((cells) => cells.slice(0, 10).map((c) => c.getBoundingClientRect().width));
      for (const w of unitCells) expect(w, '工作单位 column width').toBeGreaterThanOrEqual(8 * 13);

      await page.getByRole('tab', { name: '挂职人员' }).click();
      await page.getByLabel('查找挂职人员').fill(name);
      await page.locator('.gzt-ptable-row', { hasText: name }).first().click();
      const drawer = page.getByRole('dialog').last();
      await drawer.getByText(LONG_POST).waitFor();
      // the drawer has finished sliding in: its right edge is the window's
      await page.waitForFunction((w) => {
        const el = document.querySelector('.ant-drawer-content-wrapper');
        return !!el && Math.abs(el.getBoundingClientRect().right - w) < 1;
      }, size.width);
      await screenshot(page, `layout-${size.name}-04-drawer-long-post`);
      // a label cell at least as wide as its text (the long post used to squeeze them to one character a line)
      const labels = await drawer.locator('.ant-descriptions-item-label').evaluateAll((cells) =>
        cells.map((c) => {
          const range = document.createRange();
          range.selectNodeContents(c);
          const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          return { text: c.textContent ?? '', lines: tops.size };
        }),
      );
      for (const l of labels) expect(l.lines, `label ${l.text} wraps`).toBeLessThanOrEqual(1);
      const drawerOverflow = await drawer.locator('.ant-drawer-body').evaluate((b) => b.scrollWidth - b.clientWidth);
      expect(drawerOverflow, 'drawer content wider than the drawer').toBeLessThanOrEqual(0);
    });
  }
});
