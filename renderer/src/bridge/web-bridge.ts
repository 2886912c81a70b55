// The Bridge in a plain browser (the web host, `npm run web`; ARCHITECTURE §5): channels marked
// `web: true` in the contract go to the web host over HTTP (wire format: shared/ipc/http-codec.ts),
// the file channels use the browser itself — a download instead of the save dialog, a file
// chooser instead of the open dialog.
import { CHANNEL_METHODS, type ChannelMethod } from '@shared/ipc/channels';
import {
  BridgeErrorSchema,
  CONTRACT,
  WEB_CHANNELS,
  type Bridge,
  type FileFilter,
  type OpenedFile,
  type OpenFileRequest,
  type OpenManyFilesRequest,
  type OpenManyFilesResult,
  type PrintPdfRequest,
  type PrintPdfResult,
  type RequestArgs,
  type ResponseOf,
  type SaveFileRequest,
  type SaveFileResult,
  type WebChannel,
} from '@shared/ipc/contract';
import { BridgeException, bridgeException, describeInvalidRequest, fileTooLarge, tooManyFiles, totalTooLargeMessage } from '@shared/ipc/errors';
import { decodeHttpFrames, decodeHttpJson, encodeHttpBody, FRAMES_TYPE, isFramesType, webApiPath } from '@shared/ipc/http-codec';
import { AUTOPRINT_PARAM, printRouteHash, type PrintRoute } from '@shared/ipc/print-route';
import { WEB_PAGE_HEADER } from '@shared/ipc/web-page';
import { releaseWhenPageGoes, webPageId } from './web-page';

export interface WebBridgeOptions {
  /** fetch to use; default the browser's. */
  fetch?: typeof fetch;
  /** Origin of the web host; default the page's own (`location.origin`). */
  baseUrl?: string;
  /** Document to create the download link and file input in; default `document`. */
  document?: Document;
  /** How long a download's object URL is kept before it is revoked (ms); default 10 s. */
  revokeDelayMs?: number;
  /** Opens a URL in a new tab; default `window.open`. */
  openTab?: (url: string) => void;
}

/** Request bodies longer than this go as a Blob (a package chunk is megabytes; most calls are short). */
const BLOB_BODY_CHARS = 256 * 1024;

/**
 * Calls `channel` on the web host: `POST /api/<channel>` with the arguments as JSON, checks the
 * `{ ok, value | error }` answer against the contract. Rejects with a BridgeException
 * (`unavailable` when the host cannot be reached).
 */
export async function callWebHost<C extends WebChannel>(
  channel: C,
  args: RequestArgs<C>,
  options: WebBridgeOptions = {},
): Promise<ResponseOf<C>> {
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const url = new URL(webApiPath(channel), options.baseUrl ?? globalThis.location.origin).href;
  const encoded = encodeHttpBody(args);
  const type = 'json' in encoded ? 'application/json' : FRAMES_TYPE;
  let body: string | Blob;
  if ('json' in encoded) {
    // Chromium sends a large body about three times faster from a Blob than from a string.
    body = encoded.json.length > BLOB_BODY_CHARS ? new Blob([encoded.json], { type }) : encoded.json;
  } else {
    body = new Blob(encoded.frames as Uint8Array<ArrayBuffer>[], { type });
  }
  let response: Response;
  try {
    response = await doFetch(url, {
      method: 'POST',
      headers: { 'Content-Type': type, Accept: `${FRAMES_TYPE}, application/json`, [WEB_PAGE_HEADER]: webPageId() },
      body,
      credentials: 'same-origin',
      cache: 'no-store',
    });
  } catch {
    throw bridgeException('unavailable');
  }
  let envelope: { ok?: unknown; value?: unknown; error?: unknown } | null;
  try {
    envelope = (isFramesType(response.headers.get('Content-Type')) ? decodeHttpFrames(new Uint8Array(await response.arrayBuffer())) : decodeHttpJson(await response.text())) as typeof envelope;
  } catch {
    throw bridgeException(response.ok ? 'invalid-response' : 'unavailable');
  }
  if (envelope?.ok === true) {
    const checked = CONTRACT[channel].response.safeParse(envelope.value);
    if (!checked.success) throw bridgeException('invalid-response');
    return checked.data as ResponseOf<C>;
  }
  const error = BridgeErrorSchema.safeParse(envelope?.error);
  throw error.success ? new BridgeException(error.data) : bridgeException('internal');
}

const DOWNLOAD_TYPES: Readonly<Record<string, string>> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  xls: 'application/vnd.ms-excel',
  csv: 'text/csv',
  pdf: 'application/pdf',
  json: 'application/json',
  txt: 'text/plain',
  zip: 'application/zip',
};

/** The `accept` attribute for `filters`: `.xlsx,.xls`; empty (any file) when a filter allows `*`. */
export function acceptAttribute(filters: readonly FileFilter[]): string {
  const extensions = filters.flatMap((filter) => filter.extensions);
  if (extensions.length === 0 || extensions.includes('*')) return '';
  return [...new Set(extensions.map((ext) => `.${ext.toLowerCase()}`))].join(',');
}

function invalid(channel: 'file:save' | 'file:open' | 'file:openMany' | 'print:pdf', req: unknown) {
  const parsed = CONTRACT[channel].request.safeParse([req]);
  return parsed.success
    ? { ok: true as const, value: parsed.data[0] }
    : { ok: false as const, error: new BridgeException({ code: 'invalid-request', message: describeInvalidRequest(parsed.error) }) };
}

/**
 * `saveFile` in the browser: starts a download of the bytes under the suggested name (the browser
 * decides where it goes, usually the Downloads folder) and reports it as saved.
 */
export function downloadFile(req: SaveFileRequest, options: WebBridgeOptions = {}): Promise<SaveFileResult> {
  const parsed = invalid('file:save', req);
  if (!parsed.ok) return Promise.reject(parsed.error);
  const { suggestedName, data } = parsed.value as { suggestedName: string; data: Uint8Array };
  const doc = options.document ?? document;
  const extension = suggestedName.includes('.') ? suggestedName.slice(suggestedName.lastIndexOf('.') + 1).toLowerCase() : '';
  // Blob wants bytes on a plain ArrayBuffer; copy only if they sit on something else.
  const part = data.buffer instanceof ArrayBuffer ? (data as Uint8Array<ArrayBuffer>) : new Uint8Array(data);
  const url = URL.createObjectURL(new Blob([part], { type: DOWNLOAD_TYPES[extension] ?? 'application/octet-stream' }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = suggestedName;
  link.rel = 'noopener';
  link.style.display = 'none';
  doc.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; keep the URL alive a little.
  setTimeout(() => URL.revokeObjectURL(url), options.revokeDelayMs ?? 10_000);
  return Promise.resolve({ saved: true, fileName: suggestedName });
}

/**
 * Shows a hidden `<input type=file>` and resolves with the chosen files, or null when the chooser is
 * cancelled. It opens synchronously inside this call, so call it straight from a click handler
 * (browsers open file choosers only on a user gesture).
 */
function pickFiles(doc: Document, opts: { filters: readonly FileFilter[]; multiple: boolean; title?: string }): Promise<File[] | null> {
  return new Promise((resolve) => {
    const input = doc.createElement('input');
    input.type = 'file';
    input.accept = acceptAttribute(opts.filters);
    input.multiple = opts.multiple;
    input.style.display = 'none';
    if (opts.title) input.title = opts.title;
    const done = (files: File[] | null): void => {
      input.removeEventListener('change', onChange);
      input.removeEventListener('cancel', onCancel);
      input.remove();
      resolve(files && files.length > 0 ? files : null);
    };
    const onCancel = (): void => done(null);
    const onChange = (): void => done([...(input.files ?? [])]);
    input.addEventListener('change', onChange);
    input.addEventListener('cancel', onCancel);
    doc.body.append(input);
    input.click();
  });
}

function readFailed(file: File): BridgeException {
  return bridgeException('file-error', `读取文件“${file.name}”失败。请确认文件仍在原处且未被占用，然后重试。`);
}

/** The bytes of a chosen file; any failure becomes the `file-error` message naming it. */
function readBytes(file: File): Promise<Uint8Array> {
  return Promise.resolve()
    .then(() => file.arrayBuffer())
    .then(
      (buffer) => new Uint8Array(buffer),
      () => {
        throw readFailed(file);
      },
    );
}

/**
 * `openFile` in the browser: a hidden `<input type=file>` limited to the filters' extensions.
 * Resolves null when the chooser is cancelled; refuses files over `maxBytes` before reading them.
 * Call it straight from a click handler (see pickFiles).
 */
export function chooseFile(req: OpenFileRequest, options: WebBridgeOptions = {}): Promise<OpenedFile | null> {
  const parsed = invalid('file:open', req);
  if (!parsed.ok) return Promise.reject(parsed.error);
  const { filters, maxBytes, title } = parsed.value as { filters: FileFilter[]; maxBytes: number; title?: string };
  return pickFiles(options.document ?? document, { filters, multiple: false, ...(title ? { title } : {}) }).then(async (files) => {
    const file = files?.[0];
    if (!file) return null;
    if (file.size > maxBytes) throw fileTooLarge(file.name, file.size, maxBytes);
    return { name: file.name, data: await readBytes(file) };
  });
}

/**
 * `openFiles` in the browser: the same chooser with multiple selection. More than `maxFiles` files
 * refuses the whole choice; a file over `maxBytes`, past `maxTotalBytes` or unreadable is listed in
 * `skipped` with a Chinese message, and the others are read. Call it straight from a click handler.
 */
export function chooseFiles(req: OpenManyFilesRequest, options: WebBridgeOptions = {}): Promise<OpenManyFilesResult | null> {
  const parsed = invalid('file:openMany', req);
  if (!parsed.ok) return Promise.reject(parsed.error);
  const { filters, maxBytes, maxFiles, maxTotalBytes, title } = parsed.value as {
    filters: FileFilter[];
    maxBytes: number;
    maxFiles: number;
    maxTotalBytes: number;
    title?: string;
  };
  return pickFiles(options.document ?? document, { filters, multiple: true, ...(title ? { title } : {}) }).then(async (files) => {
    if (!files) return null;
    if (files.length > maxFiles) throw tooManyFiles(files.length, maxFiles);
    const result: OpenManyFilesResult = { files: [], skipped: [] };
    let total = 0;
    for (const file of files) {
      if (file.size > maxBytes) {
        result.skipped.push({ name: file.name, message: fileTooLarge(file.name, file.size, maxBytes).message });
      } else if (total + file.size > maxTotalBytes) {
        result.skipped.push({ name: file.name, message: totalTooLargeMessage(file.name, maxTotalBytes) });
      } else {
        try {
          result.files.push({ name: file.name, data: await readBytes(file) });
          total += file.size;
        } catch (err) {
          result.skipped.push({ name: file.name, message: (err as BridgeException).message });
        }
      }
    }
    return result;
  });
}

/** Why a batch or a booklet is refused in the browser. */
export const DESKTOP_ONLY_PRINT = '批量合并打印和A5小册子拼版需要桌面版挂职通（浏览器不能生成和合并PDF）。在浏览器中请逐本打印A4手册。';

/**
 * `printPdf` in the browser (the web host has no PDF engine): opens the print route in a new tab,
 * which calls the browser's print dialog (where "另存为 PDF" is one of the printers) once its data
 * and fonts are in. Call it straight from a click handler: browsers open tabs only on a user
 * gesture.
 */
export function openPrintTab(req: PrintPdfRequest, options: WebBridgeOptions = {}): Promise<PrintPdfResult> {
  const parsed = invalid('print:pdf', req);
  if (!parsed.ok) return Promise.reject(parsed.error);
  const { route, more, impose } = parsed.value as { route: PrintRoute; more?: PrintRoute[]; impose?: string };
  // The browser prints what one tab shows; it cannot hand over PDF bytes to join or impose.
  if ((more && more.length > 0) || impose) return Promise.reject(new BridgeException({ code: 'desktop-only', message: DESKTOP_ONLY_PRINT }));
  const hash = printRouteHash({ kind: route.kind, params: { ...route.params, [AUTOPRINT_PARAM]: '1' } });
  const url = new URL(hash, options.baseUrl ?? globalThis.location.href).href;
  (options.openTab ?? ((target: string) => window.open(target, '_blank', 'noopener')))(url);
  return Promise.resolve({ outcome: 'opened' });
}

/**
 * The browser implementation of the Bridge: `web: true` channels over HTTP, generically; every
 * other channel needs its browser counterpart below (the compiler insists). In a page, it also
 * tells the host when the page goes, so that the page's exports and reads are released.
 */
export function createWebBridge(options: WebBridgeOptions = {}): Bridge {
  if (typeof window !== 'undefined') {
    releaseWhenPageGoes(window, options.fetch ?? globalThis.fetch.bind(globalThis), options.baseUrl ?? globalThis.location.origin);
  }
  const overHttp = Object.fromEntries(
    WEB_CHANNELS.map((channel) => [
      CHANNEL_METHODS[channel],
      (...args: RequestArgs<typeof channel>) => callWebHost(channel, args, options),
    ]),
  ) as Pick<Bridge, ChannelMethod<WebChannel>>;
  const inBrowser: Omit<Bridge, ChannelMethod<WebChannel>> = {
    saveFile: (req) => downloadFile(req, options),
    openFile: (req) => chooseFile(req, options),
    openFiles: (req) => chooseFiles(req, options),
    printPdf: (req) => openPrintTab(req, options),
  };
  return { ...overHttp, ...inBrowser };
}
