// The web host (ARCHITECTURE §5): the built renderer and the HTTP-capable main services on
// 127.0.0.1, for browsers and tests where there is no Electron. Plain Node, no 'electron' import:
// it calls the very service modules Electron main calls, through the same dispatch() and schemas.
//
//   GET/HEAD /…              out/renderer via services/static-files.ts, CSP on every response
//   POST /api/<channel>      channels with `web: true` in shared/ipc/contract.ts; wire format in
//                            shared/ipc/http-codec.ts (JSON with bytes as { "$bytes": base64 },
//                            or frames: JSON and its bytes as they are, answered so when asked)
//
// Security: listens on 127.0.0.1 only; every request must carry Host 127.0.0.1:<port> or
// localhost:<port> (defeats DNS rebinding: a foreign page resolving its own name to 127.0.0.1
// still sends its own Host); API calls must be same-origin POSTs with a JSON or frames body (Origin equal
// to http://<Host>), so another site open in the same browser cannot call them.
//
// Memory: bodies over 8 MiB are held one at a time (body-slots.ts), read into one buffer of their
// declared size, their base64 decoded natively from that buffer (body-json.ts) or their frames cut from it. Exports stream to a temporary folder of this host (temp-dir.ts, leftovers of a
// killed host removed at start) and are tied to the page that started them (page-registry.ts):
// released when the page goes, or after a minute without a call.
//
// Built by electron-vite as out/main/web.js; `npm run web` (electron/web/start.mjs) builds if
// needed and runs it: `node out/main/web.js [--port N]` (or GZT_WEB_PORT=N; default 5180).
import { existsSync, realpathSync } from 'node:fs';
import { homedir } from 'node:os';
import { rm } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isChannel, type Channel } from '@shared/ipc/channels';
import { CONTRACT, type BridgeError, type WebChannel } from '@shared/ipc/contract';
import { BRIDGE_ERROR_MESSAGES, type BridgeErrorCode } from '@shared/ipc/errors';
import { decodeHttpFrames, encodeHttpBody, encodeHttpJson, FRAMES_TYPE, isFramesType, WEB_API_PREFIX, type HttpEnvelope } from '@shared/ipc/http-codec';
import { isWebPageId, WEB_PAGE_CLOSED_PATH, WEB_PAGE_HEADER } from '@shared/ipc/web-page';
import { getAppInfo } from '../main/services/app-info';
import { securityHeaders } from '../main/services/csp';
import { dispatch, type ErrorLog, type ServiceTable } from '../main/services/dispatch';
import { createExcelServices } from '../main/services/excel/excel-services';
import { createBackupServices } from '../main/services/backup/backup-services';
import { createLrmxServices } from '../main/services/lrmx/lrmx-services';
import { createHeldData } from '../main/services/package/held-data';
import { createPackageServices, PACKAGE_WORKER_HEAP } from '../main/services/package/package-services';
import { errorResponse, serveStaticFile, type StaticResponse } from '../main/services/static-files';
import { createTableReadServices } from '../main/services/tables/table-read-services';
import { createTableReader, readWorkerPathBeside } from '../main/services/tables/table-reader';
import { decodeBodyJson } from './body-json';
import { BodySlots, type ReleaseSlot } from './body-slots';
import { PageRegistry } from './page-registry';
import { claimWebTempDir } from './temp-dir';

/** Port used when neither `--port` nor GZT_WEB_PORT is given. */
export const DEFAULT_WEB_PORT = 5180;
/** Largest API request body accepted: a 100 MiB file as base64 plus JSON. */
export const MAX_API_BODY_BYTES = 160 * 1024 * 1024;

/** Implementations of the channels the web host serves. */
export type WebServices = ServiceTable<WebChannel>;

/** The built table-reading worker beside this bundle (out/main/web.js → out/worker/…). */
export const DEFAULT_READ_WORKER_PATH = readWorkerPathBeside(dirname(fileURLToPath(import.meta.url)));
/** An export without a call for this long is abandoned (a page that went without saying so). */
export const WEB_JOB_IDLE_TIMEOUT_MS = 60_000;
/** Bodies larger than this wait for a slot (BodySlots). */
export const LARGE_BODY_BYTES = 8 * 1024 * 1024;

export interface WebServicesOptions {
  /** The built table-reading worker; default DEFAULT_READ_WORKER_PATH. */
  readWorkerPath?: string;
  /** Folder for exports under way; without it they are kept in memory. */
  tempDir?: string;
  /** Default WEB_JOB_IDLE_TIMEOUT_MS. */
  jobIdleTimeoutMs?: number;
  /** How often idle exports are looked for; default every 10 s. */
  jobSweepIntervalMs?: number;
  /** Where backups go (设置 → 备份与恢复); default WEB_BACKUP_DIR. */
  backupDir?: string;
}

/** The web host's backups folder unless told otherwise: in the user's home, shared by the browsers using this host. */
export const WEB_BACKUP_DIR = join(homedir(), '.guazhitong-web', 'backups');

/** The web services and what to do when the host stops. */
export interface WebServiceSet {
  services: WebServices;
  /** Aborts the exports and stops the reads under way. */
  close(): Promise<void>;
}

/**
 * The web host's services: the same modules Electron main uses, with host `web`. Exports are
 * written to `tempDir` (or memory) and handed back by `xlsx:finish` for the browser to download;
 * table files are read in worker threads, off the request loop.
 */
export function createWebServiceSet(options: WebServicesOptions = {}): WebServiceSet {
  const workerPath = options.readWorkerPath ?? DEFAULT_READ_WORKER_PATH;
  const reader = createTableReader({ workerPath });
  const packageReader = createTableReader({ workerPath, heap: PACKAGE_WORKER_HEAP, maxWorkers: 1 });
  const idle = { idleTimeoutMs: options.jobIdleTimeoutMs ?? WEB_JOB_IDLE_TIMEOUT_MS, sweepIntervalMs: options.jobSweepIntervalMs ?? 10_000 };
  const excel = createExcelServices({ ...(options.tempDir ? { tempDir: options.tempDir } : {}), ...idle });
  const held = createHeldData({ idleTimeoutMs: idle.idleTimeoutMs });
  const packages = createPackageServices({ ...(options.tempDir ? { tempDir: options.tempDir } : {}), ...idle, reader: packageReader, held });
  return {
    services: {
      'app:info': async () => getAppInfo('web'),
      ...excel.services,
      ...createTableReadServices(reader, packageReader),
      ...createLrmxServices(),
      ...packages.services,
      ...createBackupServices({ folder: options.backupDir ?? WEB_BACKUP_DIR, held, idleTimeoutMs: idle.idleTimeoutMs }).services,
    },
    close: async () => {
      await Promise.all([excel.jobs.abortAll(), packages.jobs.endAll(), held.releaseAll(), reader.close(), packageReader.close()]);
    },
  };
}

/** The web host's services alone (see createWebServiceSet). */
export function createWebServices(options: WebServicesOptions = {}): WebServices {
  return createWebServiceSet(options).services;
}

export interface WebHostOptions {
  /** TCP port on 127.0.0.1; 0 picks a free one (tests). Default 5180. */
  port?: number;
  /** Folder holding the built renderer (index.html, assets/). */
  rendererDir: string;
  /** Channel implementations; default createWebServiceSet(…) with the options below. */
  services?: WebServices;
  /** The built table-reading worker for the default services; default DEFAULT_READ_WORKER_PATH. */
  readWorkerPath?: string;
  /** Where the hosts' export folders live; default WEB_TEMP_ROOT. */
  tempRoot?: string;
  /** Idle time-out of an export; default WEB_JOB_IDLE_TIMEOUT_MS. */
  jobIdleTimeoutMs?: number;
  /** How often idle exports are looked for; default every 10 s. */
  jobSweepIntervalMs?: number;
  /** Where backups go; default WEB_BACKUP_DIR. */
  backupDir?: string;
  /** Large bodies held at once; default 1. */
  maxLargeBodies?: number;
  /** Where unexpected failures are logged; default console.error. */
  log?: ErrorLog;
  /** Request body limit for /api calls; default MAX_API_BODY_BYTES. */
  maxBodyBytes?: number;
}

export interface WebHost {
  /** `http://127.0.0.1:<port>/` */
  url: string;
  port: number;
  /** Stops listening and drops open connections. */
  close(): Promise<void>;
}

const STATUS_BY_CODE: Readonly<Partial<Record<BridgeErrorCode, number>>> = {
  'invalid-request': 400,
  'invalid-json': 400,
  forbidden: 403,
  'not-found': 404,
  'method-not-allowed': 405,
  'payload-too-large': 413,
  'file-too-large': 413,
  'invalid-response': 500,
  'file-error': 500,
  internal: 500,
};

/** HTTP status of a failed call: by code; a service's own refusal codes give 422. */
export function statusForError(error: BridgeError): number {
  return STATUS_BY_CODE[error.code as BridgeErrorCode] ?? 422;
}

function sendStatic(res: ServerResponse, file: StaticResponse, withBody: boolean, extra: Record<string, string> = {}): void {
  res.writeHead(file.status, { ...file.headers, ...extra, 'Content-Length': String(file.body.byteLength) });
  res.end(withBody ? file.body : undefined);
}

function sendJson(res: ServerResponse, status: number, envelope: HttpEnvelope, extra: Record<string, string> = {}): void {
  const body = Buffer.from(encodeHttpJson(envelope), 'utf8');
  res.writeHead(status, {
    ...securityHeaders(),
    ...extra,
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'Content-Length': String(body.byteLength),
  });
  res.end(body);
}

/** Whether the page asked for its answers in frames (shared/ipc/http-codec.ts). */
function acceptsFrames(req: IncomingMessage): boolean {
  return (req.headers.accept ?? '').split(',').some((type) => isFramesType(type.trim()));
}

/** An answer in frames when it carries bytes and the page takes them, else JSON. */
function sendEnvelope(req: IncomingMessage, res: ServerResponse, status: number, envelope: HttpEnvelope): void {
  const body = acceptsFrames(req) ? encodeHttpBody(envelope) : undefined;
  if (!body || 'json' in body) {
    sendJson(res, status, envelope);
    return;
  }
  res.writeHead(status, {
    ...securityHeaders(),
    'Content-Type': FRAMES_TYPE,
    'Cache-Control': 'no-store',
    'Content-Length': String(body.frames.reduce((sum, part) => sum + part.byteLength, 0)),
  });
  for (const part of body.frames) res.write(part);
  res.end();
}

function sendError(res: ServerResponse, error: BridgeError, extra: Record<string, string> = {}): void {
  sendJson(res, statusForError(error), { ok: false, error }, extra);
}

function defaultError(code: BridgeErrorCode, message?: string): BridgeError {
  return { code, message: message ?? BRIDGE_ERROR_MESSAGES[code] };
}

/** The client closed the connection before its request body was complete. */
class ClientGoneError extends Error {
  override readonly name = 'ClientGoneError';
}

/**
 * Reads the body up to `limit` bytes; null when it is longer (the rest is not read). A body with a
 * declared length is read into one buffer of that size (no copy of all the chunks at the end).
 * Rejects with ClientGoneError when the client goes away midway, so that nothing waits for it.
 */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolveBody, reject) => {
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit) {
      resolveBody(null);
      return;
    }
    const known = Number.isInteger(declared) && declared >= 0;
    const whole = known ? Buffer.allocUnsafe(declared) : null;
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer): void => {
      if (size + chunk.byteLength > (known ? declared : limit)) {
        req.off('data', onData);
        req.pause();
        resolveBody(null);
        return;
      }
      if (whole) chunk.copy(whole, size);
      else chunks.push(chunk);
      size += chunk.byteLength;
    };
    req.on('data', onData);
    req.on('end', () => resolveBody(whole ? whole.subarray(0, size) : Buffer.concat(chunks)));
    req.on('error', () => reject(new ClientGoneError('request aborted')));
    req.on('close', () => {
      if (!req.complete) reject(new ClientGoneError('connection closed'));
    });
  });
}

/** The page id a request carries (X-GZT-Page), if it is a valid one. */
function pageIdOf(req: IncomingMessage): string | undefined {
  const value = req.headers[WEB_PAGE_HEADER.toLowerCase()];
  return isWebPageId(value) ? value : undefined;
}

interface HostContext {
  port: number;
  rendererDir: string;
  services: WebServices;
  log: ErrorLog;
  maxBodyBytes: number;
  bodies: BodySlots;
  pages: PageRegistry;
}

async function handleApi(req: IncomingMessage, res: ServerResponse, host: string, path: string, ctx: HostContext): Promise<void> {
  if (req.method !== 'POST') {
    sendError(res, defaultError('method-not-allowed'), { Allow: 'POST' });
    return;
  }
  // Same-origin only. Browsers send Origin on every POST; a request without one is not from our page.
  const fetchSite = req.headers['sec-fetch-site'];
  if (req.headers.origin !== `http://${host}` || (fetchSite !== undefined && fetchSite !== 'same-origin')) {
    sendError(res, defaultError('forbidden', '拒绝了来自其他网页的请求。请直接在挂职通网页版页面中操作。'));
    return;
  }
  if (!/^application\/json\s*(;|$)/i.test(req.headers['content-type'] ?? '') && !isFramesType(req.headers['content-type'])) {
    sendError(res, defaultError('invalid-request', '请求格式不正确（应为 JSON），操作未执行。请刷新页面后重试。'));
    return;
  }
  if (path === WEB_PAGE_CLOSED_PATH) {
    // The page is going (pagehide): release what it left under way.
    const pageId = pageIdOf(req);
    req.resume();
    const released = pageId ? await ctx.pages.release(pageId) : { exports: 0, reads: 0 };
    sendJson(res, 200, { ok: true, value: released });
    return;
  }
  let channel = '';
  try {
    channel = decodeURIComponent(path.slice(WEB_API_PREFIX.length));
  } catch {
    // stays '' → not found
  }
  if (!isChannel(channel) || !CONTRACT[channel].web) {
    sendError(res, defaultError('not-found', '网页版没有这项操作。请刷新页面后重试；如仍出现，请在桌面版中使用此功能。'));
    return;
  }
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > ctx.maxBodyBytes) {
    sendError(res, defaultError('payload-too-large'), { Connection: 'close' });
    return;
  }
  // A large body (or one of unknown length) waits for its turn before a byte of it is read.
  let release: ReleaseSlot = () => undefined;
  if (!(declared <= LARGE_BODY_BYTES)) {
    const gone = new AbortController();
    const onClose = (): void => gone.abort();
    req.once('close', onClose);
    try {
      release = await ctx.bodies.acquire(gone.signal);
    } catch {
      return; // the client went away while waiting
    } finally {
      req.off('close', onClose);
    }
  }
  try {
    await callChannel(req, res, channel, ctx);
  } finally {
    release();
  }
}

async function callChannel(req: IncomingMessage, res: ServerResponse, channel: Channel, ctx: HostContext): Promise<void> {
  let body: Buffer | null;
  try {
    body = await readBody(req, ctx.maxBodyBytes);
  } catch (err) {
    if (err instanceof ClientGoneError) return; // nobody to answer; the slot is released by the caller
    throw err;
  }
  if (body === null) {
    sendError(res, defaultError('payload-too-large'), { Connection: 'close' });
    return;
  }
  let args: unknown;
  try {
    args = isFramesType(req.headers['content-type']) ? decodeHttpFrames(body) : decodeBodyJson(body);
  } catch {
    sendError(res, defaultError('invalid-json'));
    return;
  }
  const webChannel = channel as WebChannel;
  const pageId = pageIdOf(req);
  ctx.pages.started(pageId, webChannel, args);
  const result = await dispatch(webChannel, args, ctx.services[webChannel], ctx.log);
  ctx.pages.finished(pageId, webChannel, args, result.ok ? result.value : undefined);
  if (result.ok) sendEnvelope(req, res, 200, { ok: true, value: result.value });
  else sendError(res, result.error);
}

async function handleRequest(req: IncomingMessage, res: ServerResponse, ctx: HostContext): Promise<void> {
  const host = (req.headers.host ?? '').toLowerCase();
  const canonicalHost = `127.0.0.1:${ctx.port}`;
  const isApi = (req.url ?? '').startsWith(WEB_API_PREFIX);
  if (host !== canonicalHost && host !== `localhost:${ctx.port}`) {
    const message = `拒绝访问：地址不符。请用 http://${canonicalHost}/ 打开挂职通网页版。`;
    if (isApi) sendError(res, defaultError('forbidden', message));
    else sendStatic(res, { ...errorResponse(403), body: new TextEncoder().encode(message) }, true);
    return;
  }
  const rawUrl = req.url ?? '/';
  const path = rawUrl.split(/[?#]/, 1)[0] ?? '/';
  if (path.startsWith(WEB_API_PREFIX)) {
    await handleApi(req, res, host, path, ctx);
    return;
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    sendStatic(res, errorResponse(405), true, { Allow: 'GET, HEAD' });
    return;
  }
  if (host !== canonicalHost) {
    // One origin only: IndexedDB data is per origin, and localhost:5180 is not 127.0.0.1:5180.
    res.writeHead(308, { ...securityHeaders(), Location: `http://${canonicalHost}${rawUrl}`, 'Content-Length': '0' });
    res.end();
    return;
  }
  sendStatic(res, await serveStaticFile(ctx.rendererDir, rawUrl), req.method === 'GET');
}

/**
 * Starts the web host on 127.0.0.1:`port` serving `rendererDir` and the web channels. Resolves
 * once listening; rejects with a Chinese message when the port is taken.
 */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const log = options.log ?? ((message, detail) => console.error(`[挂职通网页版] ${message}`, detail));
  let own: WebServiceSet | undefined;
  let tempDir: string | undefined;
  if (!options.services) {
    const claimed = await claimWebTempDir(options.tempRoot);
    tempDir = claimed.dir;
    if (claimed.removed.length > 0) log(`已清理上次未完成导出留下的 ${claimed.removed.length} 个临时文件`, claimed.removed);
    own = createWebServiceSet({
      tempDir,
      ...(options.readWorkerPath ? { readWorkerPath: options.readWorkerPath } : {}),
      ...(options.jobIdleTimeoutMs !== undefined ? { jobIdleTimeoutMs: options.jobIdleTimeoutMs } : {}),
      ...(options.jobSweepIntervalMs !== undefined ? { jobSweepIntervalMs: options.jobSweepIntervalMs } : {}),
      ...(options.backupDir ? { backupDir: options.backupDir } : {}),
    });
  }
  const services = options.services ?? own!.services;
  const ctx: HostContext = {
    port: 0,
    rendererDir: resolve(options.rendererDir),
    services,
    log,
    maxBodyBytes: options.maxBodyBytes ?? MAX_API_BODY_BYTES,
    bodies: new BodySlots(options.maxLargeBodies ?? 1),
    pages: new PageRegistry(services),
  };
  const server = createServer((req, res) => {
    handleRequest(req, res, ctx).catch((err: unknown) => {
      ctx.log('处理请求失败', err);
      if (res.headersSent) res.destroy();
      else sendError(res, defaultError('internal'));
    });
  });
  const requested = options.port ?? DEFAULT_WEB_PORT;
  await new Promise<void>((done, fail) => {
    server.once('error', (err: NodeJS.ErrnoException) => {
      fail(
        err.code === 'EADDRINUSE'
          ? new Error(`端口 ${requested} 已被占用。请关闭占用它的程序，或换一个端口：npm run web -- --port ${requested + 1}`)
          : err,
      );
    });
    server.listen({ port: requested, host: '127.0.0.1' }, () => done());
  });
  ctx.port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${ctx.port}/`,
    port: ctx.port,
    close: async () => {
      await new Promise<void>((done, fail) => {
        server.close((err) => (err ? fail(err) : done()));
        server.closeAllConnections();
      });
      await own?.close();
      if (tempDir) await rm(tempDir, { recursive: true, force: true });
    },
  };
}

/** The port from `--port N` / `--port=N`, else GZT_WEB_PORT, else 5180. Throws (Chinese) if invalid. */
export function parsePort(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): number {
  let raw: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--port') raw = argv[++i] ?? '';
    else if (arg.startsWith('--port=')) raw = arg.slice('--port='.length);
  }
  raw ??= env.GZT_WEB_PORT;
  if (raw === undefined || raw === '') return DEFAULT_WEB_PORT;
  const port = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || !Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`端口号“${raw}”无效。请给出 0 到 65535 之间的整数，例如 npm run web -- --port 5181`);
  }
  return port;
}

/** Command-line entry: start on the requested port, print the address, stop on Ctrl+C. */
export async function runWebHostCli(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): Promise<void> {
  const rendererDir = join(dirname(fileURLToPath(import.meta.url)), '../renderer');
  if (!existsSync(join(rendererDir, 'index.html'))) {
    throw new Error(`找不到已构建的界面（${join(rendererDir, 'index.html')}）。请先运行 npx electron-vite build，或用 npm run web 启动（会自动构建）。`);
  }
  // GZT_WEB_BACKUP_DIR: another backup folder (test runs keep theirs apart from a clerk's).
  const backupDir = env.GZT_WEB_BACKUP_DIR;
  const host = await startWebHost({ port: parsePort(argv, env), rendererDir, ...(backupDir ? { backupDir } : {}) });
  console.log(`挂职通网页版已启动：${host.url}`);
  console.log('请用 Chrome、Edge 或 Chromium 打开上面的地址。数据保存在该浏览器中，并与这个地址（含端口号）绑定，请始终用同一地址打开。');
  console.log('按 Ctrl+C 停止。');
  const stop = (): void => {
    console.log('挂职通网页版正在停止…');
    host.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

function isEntryPoint(): boolean {
  const entry = process.argv[1];
  if (!entry) return false;
  try {
    return import.meta.url === pathToFileURL(realpathSync(entry)).href;
  } catch {
    return false;
  }
}

if (isEntryPoint()) {
  runWebHostCli(process.argv.slice(2), process.env).catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
