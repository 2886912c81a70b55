import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { describeMachine } from './machine';

/** A Chromium whose IndexedDB lives on disk, as on a clerk's PC. */
export interface OnDiskBrowser {
  context: BrowserContext;
  page: Page;
  /** describeMachine() with the Chromium version. */
  machine: string;
  /** Closes the browser and deletes its profile folder. */
  close(): Promise<void>;
}

/**
 * Launches Chromium on a persistent profile in a fresh temporary folder: IndexedDB is then written
 * to disk. `browser.newContext()` would be off the record (IndexedDB in memory, about 2× faster),
 * which is not what a clerk's PC does (ENVIRONMENT.md).
 */
export async function launchOnDisk(name: string, opts: { args?: readonly string[]; acceptDownloads?: boolean } = {}): Promise<OnDiskBrowser> {
  const profile = mkdtempSync(join(tmpdir(), `gzt-bench-${name}-`));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', ...(opts.args ?? [])],
    viewport: { width: 1440, height: 900 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    acceptDownloads: opts.acceptDownloads ?? false,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const version = (await page.evaluate(() => /Chrome\/([\d.]+)/.exec(navigator.userAgent)?.[1])) ?? 'unknown';
  return {
    context,
    page,
    machine: describeMachine(version),
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Reads a whole table of the app's IndexedDB (the bench only looks). */
export function readTable<T>(page: Page, table: string): Promise<T[]> {
  return page.evaluate(
    (name) =>
      new Promise<T[]>((done) => {
        const open = indexedDB.open('guazhitong');
        open.onsuccess = () => {
          const q = open.result.transaction(name).objectStore(name).getAll();
          q.onsuccess = () => {
            done(q.result as T[]);
            open.result.close();
          };
        };
      }),
    table,
  );
}

/**
 * With GZT_BENCH_PROFILE=<folder>: a CPU profile of the page (CDP) while `body` runs, written there
 * as `<name>-page.cpuprofile` (the web host writes a profile of its whole run there when it stops).
 */
export async function profiled<T>(page: Page, name: string, body: () => Promise<T>): Promise<T> {
  const dir = process.env.GZT_BENCH_PROFILE;
  if (!dir) return body();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.start');
  try {
    return await body();
  } finally {
    writeFileSync(join(dir, `${name}-page.cpuprofile`), JSON.stringify((await cdp.send('Profiler.stop')).profile));
    await cdp.detach();
  }
}

/** What a step waits for: an element matching `selector` (whose text matches `text`, if given). */
export interface PageSign {
  selector: string;
  text?: RegExp;
}

/**
 * Runs `act` and answers the milliseconds, timed in the page, from the next `event` (`click`,
 * `change`; caught on the document before the app sees it) until `until` is in the document, looked
 * for whenever the document changes (a MutationObserver: no polling that would itself take the
 * page's time). Playwright's own waits look every 100–500 ms and its locators walk the whole page
 * first, which on a screen of 2,000 rows adds up to half a second a step that a clerk does not wait.
 */
export async function timedInPage(page: Page, event: 'click' | 'change', until: PageSign, act: () => Promise<void>): Promise<number> {
  await page.evaluate(
    ({ event, selector, source, flags }) => {
      const re = source === null ? null : new RegExp(source, flags);
      const found = () => [...document.querySelectorAll(selector)].some((e) => re === null || re.test(e.textContent ?? ''));
      (window as unknown as { gztTimed: Promise<number> }).gztTimed = new Promise<number>((resolve) => {
        document.addEventListener(
          event,
          () => {
            const t0 = performance.now();
            const observer = new MutationObserver(() => {
              if (!found()) return;
              observer.disconnect();
              resolve(performance.now() - t0);
            });
            observer.observe(document.body, { childList: true, subtree: true, characterData: true });
          },
          { capture: true, once: true },
        );
      });
    },
    { event, selector: until.selector, source: until.text?.source ?? null, flags: until.text?.flags ?? '' },
  );
  await act();
  return page.evaluate(() => (window as unknown as { gztTimed: Promise<number> }).gztTimed);
}
