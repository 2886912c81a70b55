// `print:pdf` in the desktop app (ARCHITECTURE §4a): a print route of the renderer rendered in a
// hidden window, then saved as PDF (Chromium's printToPDF, honouring the page's CSS @page size
// and margins) or handed to the system print dialog. Record books (issue 12) may ask for more: a
// batch (`more` routes, rendered one after another in the same window and joined with each book
// on an odd page) and the A5 booklet (`impose`), both composed by services/pdf and saved only. The hidden window is hardened like the main
// window (webPreferences written inline below) and has no preload: a print page only reads
// IndexedDB and never calls main. It is destroyed whatever happens.
import { basename } from 'node:path';
import { BrowserWindow } from 'electron';
import type { FileFilter, ServiceResult } from '@shared/ipc/contract';
import { BridgeException } from '@shared/ipc/errors';
import { printRouteHash, type PrintRoute } from '@shared/ipc/print-route';
import type { ChannelService } from '../services/dispatch';
import { writeFileAtomic } from '../services/files';
import { composeBooks } from '../services/pdf';
import { startUrl } from '../window';

/** The save dialog's file type list. */
export const PDF_FILTERS: FileFilter[] = [{ name: 'PDF 文件', extensions: ['pdf'] }];
/** How long a print page may take to load its data and fonts. */
const PRINT_READY_TIMEOUT_MS = 120_000;
/** How often the page is asked whether it is ready. */
const READY_POLL_MS = 100;
/** Asks the page for its ready signal (or the error it reports). */
const READY_PROBE = "document.body ? [document.body.dataset.printReady || '', document.body.dataset.printError || ''] : ['', '']";

export interface PrintServiceOptions {
  /** The save dialog (a full path, or null when the clerk cancels). */
  chooseSavePath: (options: { suggestedName: string; filters: FileFilter[] }) => Promise<string | null>;
  /** Default PRINT_READY_TIMEOUT_MS. */
  readyTimeoutMs?: number;
  /** Default 100 ms. */
  pollMs?: number;
}

type PrintResult = ServiceResult<'print:pdf'>;

function printError(message: string): BridgeException {
  return new BridgeException({ code: 'print-failed', message });
}

/** `报表` → `报表.pdf`; a name already ending in .pdf is kept. */
function withPdfExtension(name: string): string {
  return /\.pdf$/i.test(name) ? name : `${name}.pdf`;
}

/** A hidden, hardened window showing `route`, and whether loading it failed. */
function openPrintWindow(route: PrintRoute): { win: BrowserWindow; failedToLoad: () => boolean } {
  const win = new BrowserWindow({
    show: false,
    width: 1280,
    height: 900,
    webPreferences: {
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webviewTag: false,
      spellcheck: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      navigateOnDragDrop: false,
      backgroundThrottling: false,
    },
  });
  let failed = false;
  win.loadURL(`${startUrl()}${printRouteHash(route)}`).catch(() => {
    failed = true;
  });
  return { win, failedToLoad: () => failed };
}

/** Resolves when the page has set `data-print-ready`; rejects with its `data-print-error` or on time-out. */
async function waitUntilReady({ win, failedToLoad }: ReturnType<typeof openPrintWindow>, timeoutMs: number, pollMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (win.isDestroyed()) throw printError('打印窗口已关闭，打印未完成。请重试。');
    if (failedToLoad()) throw printError('打印页面没有打开，打印未完成。请重新启动挂职通后重试。');
    const [ready, error] = ((await win.webContents.executeJavaScript(READY_PROBE).catch(() => ['', ''])) ?? ['', '']) as [string, string];
    if (error) throw printError(`打印页面出错：${error}`);
    if (ready === '1') return;
    if (Date.now() >= deadline) throw printError('打印页面长时间没有准备好（数据或字体加载过慢），打印已取消。请关闭其他程序后重试。');
    await new Promise((done) => setTimeout(done, pollMs));
  }
}

/** Moves the print window on to the next book of a batch: the page drops its ready marker and shows `route`. */
async function showNext(win: BrowserWindow, route: PrintRoute): Promise<void> {
  await win.webContents.executeJavaScript(`delete document.body.dataset.printReady; location.hash = ${JSON.stringify(printRouteHash(route))};`);
}

/** The PDF bytes Chromium printed for the page in `win`. */
async function pdfOf(win: BrowserWindow): Promise<Uint8Array> {
  const pdf = await win.webContents.printToPDF({ preferCSSPageSize: true, printBackground: true });
  return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
}

/** The system print dialog for `win`; 'cancelled' when the clerk closes it. */
function systemPrint(win: BrowserWindow): Promise<'printed' | 'cancelled'> {
  return new Promise((resolve, reject) => {
    win.webContents.print({ silent: false, printBackground: true }, (success, reason) => {
      if (success) resolve('printed');
      else if (/cancel/i.test(reason)) resolve('cancelled');
      else reject(printError(`打印失败（${reason || '原因未知'}）。请检查打印机是否已连接、已开机，然后重试。`));
    });
  });
}

/** The `print:pdf` service; one print job at a time. */
export function createPrintService(options: PrintServiceOptions): ChannelService<'print:pdf'> {
  let busy = false;
  return async (request): Promise<PrintResult> => {
    const routes = [request.route, ...(request.more ?? [])];
    if ((routes.length > 1 || request.impose) && request.action !== 'save') {
      throw printError('批量合并和A5小册子须先保存为PDF，再用PDF阅读器双面打印（小册子选“短边翻转”）。');
    }
    if (busy) throw printError('正在打印另一份文件，请等它完成后再试。');
    busy = true;
    try {
      let path: string | undefined;
      if (request.action === 'save') {
        const chosen = await options.chooseSavePath({ suggestedName: withPdfExtension(request.suggestedName), filters: PDF_FILTERS });
        if (chosen === null) return { outcome: 'cancelled' };
        path = withPdfExtension(chosen);
      }
      const page = openPrintWindow(request.route);
      const { win } = page;
      const ready = async (index: number) => {
        try {
          await waitUntilReady(page, options.readyTimeoutMs ?? PRINT_READY_TIMEOUT_MS, options.pollMs ?? READY_POLL_MS);
        } catch (e) {
          if (routes.length > 1 && e instanceof BridgeException) throw printError(`第 ${index + 1} 本手册：${e.message}`);
          throw e;
        }
      };
      try {
        await ready(0);
        if (!path) return { outcome: await systemPrint(win) };
        const pdf = await composeBooks(
          routes.length,
          async (index) => {
            if (index > 0) {
              await showNext(win, routes[index]!);
              await ready(index);
            }
            return pdfOf(win);
          },
          { impose: request.impose },
        );
        await writeFileAtomic(path, pdf);
        return { outcome: 'saved', fileName: basename(path) };
      } finally {
        if (!win.isDestroyed()) win.destroy();
      }
    } finally {
      busy = false;
    }
  };
}
