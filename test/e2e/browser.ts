import { mkdirSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { expect, inject } from 'vitest';

/** Screenshots and downloads of the browser tier land here (and are looked at). */
export const RESULTS_DIR = resolve(import.meta.dirname, '../../test-results/e2e');
mkdirSync(RESULTS_DIR, { recursive: true });

/** Headless Debian Chromium, with the flags this closed network needs (ENVIRONMENT.md). */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

/** Browser profiles still open (newSite, openApp): what a failed test's screenshots show. */
const live = new Set<BrowserContext>();

function tracked(context: BrowserContext): BrowserContext {
  live.add(context);
  context.on('close', () => live.delete(context));
  return context;
}

/** A fresh browser profile: its own IndexedDB, i.e. one more PC. */
export async function newSite(browser: Browser): Promise<BrowserContext> {
  return tracked(await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN', acceptDownloads: true, timezoneId: 'Asia/Shanghai' }));
}

/**
 * After a failed test (test/e2e/setup.ts): a screenshot of every page still open, as
 * `failed-<test>-<n>.png` under RESULTS_DIR, so a failure seen only in CI shows what the screen said.
 */
export async function screenshotOpenPages(testName: string): Promise<void> {
  const base = testName.replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 60);
  const pages = [...live].flatMap((context) => context.pages());
  await Promise.all(
    pages.map(async (page, i) => {
      const name = resolve(RESULTS_DIR, `failed-${base}-${i + 1}`);
      await page.screenshot({ path: `${name}.png`, timeout: 10_000 }).catch(() => undefined);
      // the page's whole text too: what lies below the fold or in a scrolled pane is not in the picture
      const text = await page.evaluate(() => document.body.innerText).catch(() => undefined);
      if (text !== undefined) await writeFile(`${name}.txt`, text);
    }),
  );
  if (pages.length) console.log(`失败时的截图和页面文字：${RESULTS_DIR}/failed-${base}-*.png、.txt（${pages.length}页）`);
}

/**
 * Clicks the tab named `name` until it is the selected one. On a page still filling in (概览's
 * charts, the storage notice above them) the layout can move between Playwright's aiming and its
 * click, which then lands beside the tab.
 */
export async function selectTab(page: Page, name: string | RegExp, tries = 5): Promise<void> {
  const tab = page.getByRole('tab', { name });
  for (let i = 0; i < tries; i++) {
    await tab.click();
    if ((await tab.getAttribute('aria-selected')) === 'true') return;
    await page.waitForTimeout(300);
  }
  throw new Error(`tab ${String(name)} not selected after ${tries} clicks`);
}

/** Fails the test on any uncaught page error or console error (a crash the clerk would see). */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && !/favicon/.test(m.text())) errors.push(`console: ${m.text()}`);
  });
  return errors;
}

/** Saves a full-page screenshot under test-results/e2e and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  const path = resolve(RESULTS_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: false });
  return path;
}

/** First-run setup through the UI, as a clerk of the county 组织部 would do it. */
export async function setUpSite(page: Page, opts: { county?: string; label?: string } = {}): Promise<void> {
  await page.getByLabel('县（市、区）名称').fill(opts.county ?? '开江县');
  await page.getByLabel('本单位全称').click();
  if (opts.label) await page.getByLabel('本机名称').fill(opts.label);
  await page.getByRole('button', { name: '完成设置，开始使用' }).click();
  await page.getByText('设置完成，欢迎使用挂职通').waitFor();
}

/** Picks an option of an antd Select/TreeSelect by typing (when searchable) and clicking it. */
export async function pick(page: Page, label: string | RegExp, text: string, scope?: Locator): Promise<void> {
  const input = (scope ?? page).getByLabel(label, { exact: typeof label === 'string' }).first();
  await input.click();
  if (await input.isEditable()) await input.fill(text);
  const dropdown = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').last();
  const option = dropdown.locator(`[title="${text}"]`).first();
  await option.click();
  await dropdown.waitFor({ state: 'hidden' });
}

/** Loads the small sample county from 设置 and waits until it is in. */
export async function loadSample(page: Page): Promise<void> {
  await page.getByRole('menuitem', { name: '设置' }).click();
  await page.getByRole('button', { name: '载入示例数据' }).click();
  const ok = page.getByRole('dialog').getByRole('button', { name: '载入', exact: true });
  await ok.click();
  // A click while the dialog still zooms in can be lost (seen about once in six runs on a loaded
  // machine): click again only if the dialog is still there and its button is not loading.
  await page.waitForTimeout(1500);
  const idle = await ok.evaluate((b) => !b.classList.contains('ant-btn-loading'), undefined, { timeout: 1000 }).catch(() => false);
  if (idle) await ok.click({ timeout: 2000 }).catch(() => undefined);
  await page.getByText(/已载入示例数据/).waitFor({ timeout: 120_000 });
}

/** The app in a fresh browser profile (one more PC), watched for errors. */
export interface OpenApp {
  context: BrowserContext;
  page: Page;
  /** page errors and console errors seen so far, on every page of the app */
  readonly errors: string[];
}

const opened: { app: OpenApp; allow: RegExp[] }[] = [];

/**
 * Opens the app (or `path` of it, e.g. `#/print/test`) in a fresh profile at `viewport` (default
 * 1440×900). Every page error (uncaught exception or promise rejection) and console error of its
 * pages fails the test automatically: the e2e setup (test/e2e/setup.ts) calls `checkOpenApps()`
 * after each test. An error a test provokes on purpose is named in `allow`.
 */
export async function openApp(browser: Browser, opts: { path?: string; viewport?: { width: number; height: number }; allow?: RegExp[] } = {}): Promise<OpenApp> {
  const context = tracked(await browser.newContext({ viewport: opts.viewport ?? { width: 1440, height: 900 }, locale: 'zh-CN', acceptDownloads: true, timezoneId: 'Asia/Shanghai' }));
  const page = await context.newPage();
  const perPage = [watchErrors(page)];
  context.on('page', (p) => perPage.push(watchErrors(p)));
  const app: OpenApp = {
    context,
    page,
    get errors() {
      return perPage.flat();
    },
  };
  opened.push({ app, allow: opts.allow ?? [] });
  await page.goto(`${inject('baseUrl')}${opts.path ?? ''}`);
  return app;
}

/**
 * After each e2e test: closes every app `openApp` opened and fails when any of its pages had an
 * error that was not allowed.
 */
export async function checkOpenApps(): Promise<void> {
  const apps = opened.splice(0);
  const unexpected = apps.flatMap(({ app, allow }) => app.errors.filter((e) => !allow.some((a) => a.test(e))));
  await Promise.all(apps.map(({ app }) => app.context.close().catch(() => undefined)));
  expect(unexpected, 'page errors or console errors').toEqual([]);
}
