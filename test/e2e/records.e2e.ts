import { execFileSync } from 'node:child_process';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { saddleStitchOrder } from '@shared/print/saddle-stitch';
import { composeBooks, imposeBooklet } from '../../electron/main/services/pdf';
import { launchBrowser, loadSample, newSite, RESULTS_DIR, screenshot, setUpSite, watchErrors } from './browser';

/*
 * 纪实手册 in the browser tier (issue 12, "Done when"): a month transcribed with the keyboard only
 * survives a reload, an inspection locks what it checked and an amendment is kept beside the
 * original, the printed book of a sample cadre is checked with pdftotext / pdffonts / pdftoppm,
 * the A5 booklet of a real book is imposed in saddle-stitch order, and a blank batch of ten is one
 * PDF with every book starting on an odd page. Printing goes through page.pdf (the engine of
 * printToPDF) and the very composeBooks the desktop app's print:pdf uses.
 */

const FIVE_DAYS = [
  ['到石岭村一组走访脱贫户6户，了解务工收入和产业发展情况', '石岭村一组', '已完成'],
  ['参加镇党委会议，研究秋粮收购和森林防火工作，分工负责北片区', '镇政府', '已完成'],
  ['协调解决金山村饮水管道破损问题', '金山村', '已协调解决'],
  ['整理资料', '', ''],
  ['组织村两委召开会议，研究高标准农田建设项目实施方案，明确责任人和完成时限', '石岭村村委会', '持续推进'],
] as const;

/** A raw read of the app's IndexedDB (what the tests need to find; all writes go through the UI). */
function readTable<T>(page: Page, table: string): Promise<T[]> {
  return page.evaluate(
    (name) =>
      new Promise<T[]>((done, fail) => {
        const open = indexedDB.open('guazhitong');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction(name).objectStore(name).getAll();
          request.onsuccess = () => {
            done(request.result as T[]);
            open.result.close();
          };
        };
      }),
    table,
  );
}

interface PostingRow {
  id: string;
  cadreId: string;
  batchId: string | null;
  status: string;
  startDate: string;
  _deleted: boolean;
}

/** Renders a print route to PDF bytes the way main's print window does (ready marker, then print). */
async function printRoute(page: Page, hash: string): Promise<Uint8Array> {
  await page.goto(`${inject('baseUrl')}${hash}`);
  await page.locator('body[data-print-ready="1"]').waitFor({ timeout: 60_000 });
  return new Uint8Array(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
}

function pdfText(path: string, args: string[] = []): string {
  return execFileSync('pdftotext', ['-layout', ...args, path, '-'], { encoding: 'utf8' });
}

function pageCount(path: string): number {
  return Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))![1]);
}

/** The page numbers printed in the footer of each page ("第 X 页 共 Y 页"), null on a blank page. */
function footers(path: string): ({ page: number; of: number } | null)[] {
  return pdfText(path)
    .split('\f')
    .slice(0, -1)
    .map((text) => {
      const m = /第\s*(\d+)\s*页\s*共\s*(\d+)\s*页/.exec(text);
      return m ? { page: Number(m[1]), of: Number(m[2]) } : null;
    });
}

/** Waits until antd's transitions (a radio's dot, a tab's ink bar) have ended, so a screenshot shows the settled state. */
async function settled(page: Page): Promise<void> {
  await page.evaluate(() => Promise.all(document.getAnimations().filter((a) => a.effect?.getComputedTiming().iterations !== Infinity).map((a) => a.finished.catch(() => undefined))).then(() => undefined));
}

function savePdf(name: string, bytes: Uint8Array): string {
  const path = resolve(RESULTS_DIR, `${name}.pdf`);
  writeFileSync(path, bytes);
  return path;
}

/** Pictures of chosen pages under test-results/e2e, to look at. */
function pictures(path: string, name: string, pages: number[]): string[] {
  return pages.map((n) => {
    const prefix = resolve(RESULTS_DIR, `${name}-p${n}`);
    rmSync(`${prefix}.png`, { force: true });
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', String(n), '-l', String(n), '-singlefile', path, prefix]);
    expect(existsSync(`${prefix}.png`)).toBe(true);
    return `${prefix}.png`;
  });
}

describe('纪实手册: entries, inspections and the printed book', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await newSite(browser);
    page = await context.newPage();
    errors = watchErrors(page);
    await page.goto(inject('baseUrl'));
    await setUpSite(page);
    await loadSample(page);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('transcribes five days with the keyboard only; a reload keeps them, and a draft typed just before it', async () => {
    // A cadre on post since before last month with no 纪实 yet.
    const postings = await readTable<PostingRow>(page, 'postings');
    const entries = await readTable<{ postingId: string }>(page, 'logEntries');
    const cadres = new Map((await readTable<{ id: string; name: string }>(page, 'cadres')).map((c) => [c.id, c.name]));
    const today = await page.evaluate(() => new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' }));
    const lastMonth = (() => {
      const [y, m] = today.split('-').map(Number) as [number, number];
      return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
    })();
    const used = new Set(entries.map((e) => e.postingId));
    const names = [...cadres.values()];
    // (a name no other cadre's name starts with, so the first match is this cadre)
    const target = postings.find((p) => !p._deleted && p.status === 'active' && p.startDate < `${lastMonth}-01` && !used.has(p.id) && names.filter((n) => n.startsWith(cadres.get(p.cadreId)!)).length === 1)!;
    const name = cadres.get(target.cadreId)!;

    await page.getByRole('menuitem', { name: '纪实手册' }).click();
    const picker = page.getByLabel('挂职干部');
    await picker.focus();
    await page.keyboard.type(name);
    await page.locator('.ant-select-item-option').filter({ hasText: name }).first().waitFor();
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`posting=${target.id}`));
    // Opening the cadre puts the cursor on this month's first day to write; only then may the clerk move it to 上个月
    // (focused earlier, the button loses the cursor to that day and Enter types a new line instead).
    await page.locator('[data-day] textarea[data-field="content"]:focus').waitFor();
    await page.getByRole('button', { name: '上个月' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`month=${lastMonth}`));
    await page.getByTestId('records-month').getByText(`${Number(lastMonth.slice(5))}月`).waitFor();
    // The cursor waits on the first day of the month; the clerk types, Tab to 地点 and 完成情况, Enter to the next day.
    await page.locator(`[data-day="${lastMonth}-01"] textarea[data-field="content"]:focus`).waitFor();
    await screenshot(page, 'records-01-month-before');
    for (const [content, location, outcome] of FIVE_DAYS) {
      await page.keyboard.type(content);
      await page.keyboard.press('Tab');
      await page.keyboard.type(location);
      await page.keyboard.press('Tab');
      await page.keyboard.type(outcome);
      await page.keyboard.press('Enter');
    }
    // The short entry gets the hint; the sixth day is typed and the page reloads before the autosave.
    await page.getByText('本条纪实仅4字，少于10字').waitFor();
    await page.keyboard.type('第六天的纪实，刷新前还没来得及保存');
    await page.reload();
    await page.locator('[data-day] textarea[data-field="content"]').first().waitFor();
    const day = (n: number) => page.locator(`[data-day="${lastMonth}-${String(n).padStart(2, '0')}"]`);
    for (const [i, [content, location, outcome]] of FIVE_DAYS.entries()) {
      await expect(day(i + 1).locator('textarea[data-field="content"]').inputValue()).resolves.toBe(content);
      await expect(day(i + 1).locator('input[data-field="location"]').inputValue()).resolves.toBe(location);
      await expect(day(i + 1).locator('input[data-field="outcome"]').inputValue()).resolves.toBe(outcome);
    }
    await expect(day(6).locator('textarea[data-field="content"]').inputValue()).resolves.toBe('第六天的纪实，刷新前还没来得及保存');
    // The draft reached the database too.
    await expect
      .poll(async () => (await readTable<{ postingId: string; date: string; content: string }>(page, 'logEntries')).filter((e) => e.postingId === target.id).length, { timeout: 10_000 })
      .toBe(6);
    await page.setViewportSize({ width: 1366, height: 768 });
    await screenshot(page, 'records-02-month-1366');
    await page.setViewportSize({ width: 1920, height: 1080 });
    await screenshot(page, 'records-03-month-1920');
    await page.setViewportSize({ width: 1440, height: 900 });

    // An inspection of those days locks them; one of them is amended.
    await page.getByRole('tab', { name: '检查记录' }).click();
    await page.getByRole('button', { name: '登记检查' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('挂职干部').click();
    await page.keyboard.type(name);
    await page.locator('.ant-select-item-option').filter({ hasText: name }).first().click();
    await dialog.getByLabel('检查日期').fill(today);
    await dialog.getByLabel('检查纪实起始日期').fill(`${lastMonth}-01`);
    await dialog.getByLabel('检查纪实截止日期').fill(`${lastMonth}-10`);
    await dialog.getByLabel('检查人', { exact: true }).click();
    await dialog.getByTestId('inspection-preview-row').filter({ hasText: `${name}：应有` }).waitFor();
    await dialog.getByLabel('检查人', { exact: true }).fill('王建华');
    await dialog.getByLabel('检查意见').fill('纪实记录及时，第4日内容过简，请补充工作成效。');
    await dialog.getByRole('radio', { name: '较好' }).check();
    await settled(page);
    await screenshot(page, 'records-04-inspection-form');
    await page.getByRole('button', { name: '保存检查记录' }).click();
    await page.getByText('检查记录已保存，检查期间的纪实已锁定').waitFor();
    await page.getByRole('cell', { name: '纪实记录及时，第4日内容过简，请补充工作成效。' }).waitFor();
    await screenshot(page, 'records-05-inspections');

    await page.getByRole('tab', { name: '工作纪实' }).click();
    await page.goto(`${inject('baseUrl')}#/records/entries?posting=${target.id}&month=${lastMonth}`);
    await day(4).getByText('已检查').waitFor();
    await expect(day(4).locator('textarea').count()).resolves.toBe(0);
    await day(4).getByRole('button', { name: '更正' }).click();
    const amend = page.getByRole('dialog');
    await amend.getByLabel('工作内容').fill('整理石岭村防返贫监测户档案，更新12户家庭收支信息');
    await amend.getByLabel('更正原因').fill('按检查意见补记工作成效');
    await amend.getByRole('button', { name: '保存更正' }).click();
    await page.getByText('更正已保存，原文保留').waitFor();
    await day(4).getByText('整理石岭村防返贫监测户档案，更新12户家庭收支信息').waitFor();
    await expect(day(4).getByText('整理资料').count()).resolves.toBe(1);
    await screenshot(page, 'records-06-amended');

    // The book of this cadre prints both the original and the amendment.
    const printPage = await context.newPage();
    const printErrors = watchErrors(printPage);
    const path = savePdf('record-book-transcribed', await printRoute(printPage, `#/print/record-book?postingId=${target.id}`));
    const text = pdfText(path).replace(/\s+/g, '');
    expect(text).toContain('整理资料');
    expect(text).toContain('整理石岭村防返贫监测户档案，更新12户家庭收支信息');
    expect(text).toContain('按检查意见补记工作成效');
    expect(text).toContain('纪实记录及时，第4日内容过简，请补充工作成效。');
    expect(printErrors).toEqual([]);
    await printPage.close();
    expect(errors).toEqual([]);
  });

  it('prints the book of a sample cadre: cover, name, every day in order, the inspection, 第 1 页 共 N 页, Chinese fonts embedded', async () => {
    // The sample's inspection (the one with a rectification; the first test recorded another).
    const inspection = (await readTable<{ postingId: string; comment: string; rectificationRequired: boolean }>(page, 'inspections')).find((i) => i.rectificationRequired);
    const entries = (await readTable<{ postingId: string; kind: string; date: string | null; content: string; _deleted: boolean }>(page, 'logEntries'))
      .filter((e) => e.postingId === inspection!.postingId && e.kind === 'daily' && !e._deleted)
      .sort((a, b) => a.date!.localeCompare(b.date!));
    const postings = await readTable<PostingRow>(page, 'postings');
    const cadres = new Map((await readTable<{ id: string; name: string }>(page, 'cadres')).map((c) => [c.id, c.name]));
    const name = cadres.get(postings.find((p) => p.id === inspection!.postingId)!.cadreId)!;

    const printPage = await context.newPage();
    const printErrors = watchErrors(printPage);
    const path = savePdf('record-book-a4', await printRoute(printPage, `#/print/record-book?postingId=${inspection!.postingId}`));
    // The print window holds no rule that depends on the medium or the window's width: with one,
    // Chromium restyles and lays the whole book out again when printing starts (print-preview.css).
    const mediaRules = await printPage.evaluate(() => [...document.styleSheets].flatMap((sheet) => [...sheet.cssRules]).filter((rule) => rule instanceof CSSMediaRule).length);
    expect(mediaRules).toBe(0);
    await printPage.setViewportSize({ width: 1366, height: 768 });
    await screenshot(printPage, 'records-07-book-on-screen');
    const text = pdfText(path);
    expect(text).toMatch(/工作纪实手册/);
    expect(text).toContain('中共开江县委组织部印制');
    expect(text).toContain(name);
    expect(text.replace(/\s+/g, '')).toContain(inspection!.comment.replace(/\s+/g, ''));
    const n = pageCount(path);
    expect(text).toMatch(new RegExp(`第\\s*1\\s*页\\s*共\\s*${n}\\s*页`));
    // Every entered day, in order (the first words of each, as pdftotext keeps a table row on one line).
    const flat = text.replace(/\s+/g, '');
    let at = 0;
    for (const e of entries) {
      const start = flat.indexOf(e.content.replace(/\s+/g, '').slice(0, 12), at);
      expect(start, e.date!).toBeGreaterThanOrEqual(0);
      at = start;
    }
    const fonts = execFileSync('pdffonts', [path], { encoding: 'utf8' }).trim().split('\n').slice(2);
    expect(fonts.length).toBeGreaterThan(0);
    for (const line of fonts) expect(line.split(/\s+/).slice(-5, -2), line).toEqual(['yes', expect.any(String), 'yes']);
    // (Chromium embeds the CFF-based Noto CJK fonts of Linux as unnamed Type 3 glyph sets with a
    // Unicode map; Windows' 仿宋/宋体/黑体 would come as TrueType. Either way the Chinese text above was extracted from them.)

    // The cover, a month with entries and the opinions page, to look at.
    const pages = pdfText(path).split('\f');
    expect(pages[0]).not.toContain('使用说明');
    expect(pages[1]).toContain('使用说明');
    const month = pages.findIndex((p) => p.includes(entries.at(-1)!.content.slice(0, 10))) + 1;
    const opinions = pages.findIndex((p) => p.includes('接收单位鉴定意见')) + 1;
    expect(month).toBeGreaterThan(1);
    expect(opinions).toBeGreaterThan(month);
    pictures(path, 'record-book-a4', [1, month, opinions]);
    expect(printErrors).toEqual([]);
    await printPage.close();
  });

  it('imposes the A5 book of a sample cadre as a booklet whose sheets are in saddle-stitch order', async () => {
    const inspection = (await readTable<{ postingId: string; rectificationRequired: boolean }>(page, 'inspections')).find((i) => i.rectificationRequired);
    const printPage = await context.newPage();
    const a5 = await printRoute(printPage, `#/print/record-book?postingId=${inspection!.postingId}&layout=a5`);
    await printPage.close();
    const a5Path = savePdf('record-book-a5-pages', a5);
    expect(execFileSync('pdfinfo', [a5Path], { encoding: 'utf8' })).toMatch(/Page size:.*\(A5\)/);
    const n = pageCount(a5Path);
    const bookletPath = savePdf('record-book-a5-booklet', await imposeBooklet(a5));
    const info = execFileSync('pdfinfo', [bookletPath], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+841\.\d+ x 595\.\d+ pts/);
    const order = saddleStitchOrder(n);
    expect(pageCount(bookletPath)).toBe(order.length);
    // Read the page number printed at the foot of each half of every sheet side.
    const half = (sheet: number, x: number) => {
      const t = pdfText(bookletPath, ['-f', String(sheet), '-l', String(sheet), '-x', String(x), '-y', '0', '-W', '421', '-H', '595']);
      const m = /第\s*(\d+)\s*页/.exec(t);
      return m ? Number(m[1]) : null;
    };
    for (const [i, [left, right]] of order.entries()) {
      expect([half(i + 1, 0), half(i + 1, 421)], `sheet side ${i + 1}`).toEqual([left, right]);
    }
    pictures(bookletPath, 'record-book-a5-booklet', [1, 2]);
  });

  it('prints blank books for a batch of ten as one PDF, each book starting on an odd page', async () => {
    const postings = (await readTable<PostingRow>(page, 'postings')).filter((p) => !p._deleted && p.batchId && p.status !== 'cancelled');
    const byBatch = new Map<string, PostingRow[]>();
    for (const p of postings) byBatch.set(p.batchId!, [...(byBatch.get(p.batchId!) ?? []), p]);
    const batch = [...byBatch.values()].find((list) => list.length >= 10)!.slice(0, 10);
    const printPage = await context.newPage();
    const counts: number[] = [];
    const joined = await composeBooks(batch.length, async (i) => {
      const pdf = await printRoute(printPage, `#/print/record-book?postingId=${batch[i]!.id}&blank=1`);
      counts.push(pageCount(savePdf(`record-book-blank-${i + 1}`, pdf)));
      return pdf;
    });
    await printPage.close();
    const path = savePdf('record-book-blank-batch', joined);
    const pages = footers(path);
    const starts = pages.flatMap((f, i) => (f?.page === 1 ? [i + 1] : []));
    expect(starts).toHaveLength(10);
    for (const s of starts) expect(s % 2, `a book starts on page ${s}`).toBe(1);
    expect(pages.length).toBe(counts.reduce((sum, c) => sum + c + (c % 2), 0) - (counts.at(-1)! % 2));
    // Blank pages only where a book ended on an odd page.
    expect(pages.filter((f) => f === null)).toHaveLength(counts.slice(0, -1).filter((c) => c % 2 === 1).length);
    const text = pdfText(path);
    expect(text).not.toMatch(/【更正】/);
    const month = text.split('\f').findIndex((p) => p.includes('工作纪实') && p.includes('星期')) + 1;
    pictures(path, 'record-book-blank-batch', [1, month]);
  });

  it('shows the record-book alerts on 概览, and the 纪实手册 settings and print tab at both screen sizes', async () => {
    for (const [w, h] of [
      [1366, 768],
      [1920, 1080],
    ] as const) {
      await page.setViewportSize({ width: w, height: h });
      await page.goto(`${inject('baseUrl')}#/overview`);
      await page.getByRole('tab', { name: /纪实未填（\d+）/ }).click();
      await page.getByText(/未填写工作纪实/).first().waitFor();
      await screenshot(page, `records-08-overview-${w}`);
      await page.goto(`${inject('baseUrl')}#/records/print`);
      await page.getByRole('radio', { name: '一个批次' }).check();
      await page.getByLabel('选择批次').click();
      await page.locator('.ant-select-item-option').first().click();
      await page.getByText(/将打印 \d+ 本手册/).waitFor();
      await page.getByRole('radio', { name: /A5 小册子/ }).check();
      await page.getByText('批量合并打印和A5小册子拼版需要桌面版挂职通').waitFor();
      await settled(page);
      await screenshot(page, `records-09-print-tab-${w}`);
      await page.goto(`${inject('baseUrl')}#/settings/records`);
      await page.getByLabel('纪实手册使用说明').waitFor();
      await screenshot(page, `records-10-settings-${w}`);
    }
    await page.setViewportSize({ width: 1440, height: 900 });
    expect(errors).toEqual([]);
  });
});
