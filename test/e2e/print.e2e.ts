import { execFileSync } from 'node:child_process';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openApp, RESULTS_DIR, screenshot } from './browser';

describe('print routes: a printed page rendered to PDF by Chromium (the engine of printToPDF)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('#/print/test prints without the shell: Chinese text, CJK fonts embedded, 第 X 页 共 2 页 in the footer', async () => {
    const { page } = await openApp(browser, { path: '#/print/test' });
    await page.locator('body[data-print-ready="1"]').waitFor();
    await screenshot(page, 'print-01-test-page-on-screen');
    await expect(page.getByText('干部与挂职').count()).resolves.toBe(0);

    const pdfPath = resolve(RESULTS_DIR, 'print-test-page.pdf');
    writeFileSync(pdfPath, await page.pdf({ preferCSSPageSize: true, printBackground: true }));

    const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
    expect(text).toContain('挂职通打印测试页');
    expect(text).toContain('讲治镇石岭村第一书记');
    // pdftotext drops the narrow spaces between CJK glyphs of the page footer.
    expect(text).toMatch(/第\s*1\s*页\s*共\s*2\s*页/);
    expect(text).toMatch(/第\s*2\s*页\s*共\s*2\s*页/);
    expect(text).not.toMatch(/第\s*3\s*页/);
    // The header row repeats on the second page; no body row is split between the pages.
    const [first = '', second = ''] = text.split('\f');
    expect(second).toContain('挂职单位及职务');
    const numbers = (pageText: string) => [...pageText.matchAll(/^\s*(\d+)\s+\S/gm)].map((m) => Number(m[1]));
    expect([...numbers(first), ...numbers(second)]).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));

    const info = execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:.*\(A4\)/);
    // Every font is embedded with a Unicode map (searchable text). Chromium's PDF backend embeds
    // the CFF-based Noto CJK fonts of Linux as Type 3 glyph sets; TrueType fonts such as Windows'
    // 仿宋 / 宋体 are embedded as TrueType.
    const fonts = execFileSync('pdffonts', [pdfPath], { encoding: 'utf8' }).trim().split('\n').slice(2);
    expect(fonts.length).toBeGreaterThan(0);
    for (const line of fonts) expect(line.split(/\s+/).slice(-5, -2), line).toEqual(['yes', expect.any(String), 'yes']);

    const prefix = resolve(RESULTS_DIR, 'print-test-page');
    for (const n of [1, 2]) rmSync(`${prefix}-${n}.png`, { force: true });
    execFileSync('pdftoppm', ['-png', '-r', '60', pdfPath, prefix]);
    expect(existsSync(`${prefix}-1.png`) && existsSync(`${prefix}-2.png`)).toBe(true);
  });

  it('an unknown printed form says so instead of printing', async () => {
    const { page } = await openApp(browser, { path: '#/print/no-such-form' });
    await page.locator('body[data-print-error]').waitFor();
    await page.getByText('没有名为“no-such-form”的打印页面').waitFor();
  });
});
