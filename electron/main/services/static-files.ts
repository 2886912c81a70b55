// Serving the built renderer (out/renderer) as static files: the pure URL → file resolution with
// its traversal checks, the MIME table, and the read. Used by the app:// protocol handler in
// Electron (protocol.ts) and by the web host (electron/web/server.ts).
import { readFile, stat } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { securityHeaders } from './csp';

/** Content types by lower-case extension; anything else is application/octet-stream. */
export const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** Content type of `filePath` from its extension. */
export function mimeTypeFor(filePath: string): string {
  return MIME_TYPES[extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/** Result of mapping a URL path onto the renderer directory. */
export type StaticResolution =
  | { readonly ok: true; readonly filePath: string }
  | { readonly ok: false; readonly status: 400 | 403 };

/**
 * Maps a URL path (raw, as received: may be percent-encoded, may carry `?query` or `#hash`) to a
 * file inside `rootDir`. `/` and paths ending in `/` mean `index.html`. Refused: undecodable
 * escapes and NUL (400); any `.`/`..`/dot-file segment, backslashes, colons, or a resolved
 * path outside `rootDir` (403) — whether written plainly (`/../x`) or encoded (`/%2e%2e/x`,
 * `/..%2fx`, `/%5c..%5cx`).
 */
export function resolveStaticPath(rootDir: string, rawPath: string): StaticResolution {
  const pathOnly = rawPath.split(/[?#]/, 1)[0] ?? '';
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathOnly);
  } catch {
    return { ok: false, status: 400 };
  }
  if (!decoded.startsWith('/') || decoded.includes('\0')) return { ok: false, status: 400 };
  // Backslashes and colons are separators / drive letters / streams on Windows.
  if (decoded.includes('\\') || decoded.includes(':')) return { ok: false, status: 403 };
  if (decoded.endsWith('/')) decoded += 'index.html';
  const segments = decoded.split('/').filter((segment) => segment !== '');
  if (segments.some((segment) => segment.startsWith('.'))) return { ok: false, status: 403 };

  const root = resolve(rootDir);
  const filePath = resolve(root, ...segments);
  const rel = relative(root, filePath);
  if (rel === '' || rel.startsWith(`..${sep}`) || rel === '..' || isAbsolute(rel)) return { ok: false, status: 403 };
  return { ok: true, filePath };
}

/** A response ready to hand to Electron's `Response` or Node's `http.ServerResponse`. */
export interface StaticResponse {
  status: number;
  headers: Record<string, string>;
  /** On a plain ArrayBuffer (never shared), as Response bodies must be. */
  body: Uint8Array<ArrayBuffer>;
}

const STATUS_TEXT: Readonly<Record<number, string>> = {
  400: '400 请求地址无效。',
  403: '403 禁止访问该地址。',
  404: '404 找不到该页面或文件。',
  405: '405 不支持该请求方式。',
  500: '500 读取文件失败，请重新启动挂职通。',
};

/** A small Chinese text/plain error response carrying the same security headers. */
export function errorResponse(status: number): StaticResponse {
  return {
    status,
    headers: { ...securityHeaders(), 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
    body: new TextEncoder().encode(STATUS_TEXT[status] ?? `${status}`),
  };
}

/**
 * Reads the file `rawPath` names under `rootDir` (see resolveStaticPath) with its content type and
 * the CSP header. Missing files and directories give 404. Uses only stat and readFile, which
 * Electron also supports inside app.asar.
 */
export async function serveStaticFile(rootDir: string, rawPath: string): Promise<StaticResponse> {
  const resolved = resolveStaticPath(rootDir, rawPath);
  if (!resolved.ok) return errorResponse(resolved.status);
  try {
    const info = await stat(resolved.filePath);
    if (!info.isFile()) return errorResponse(404);
    // readFile's Buffer sits on its own plain ArrayBuffer.
    const body = (await readFile(resolved.filePath)) as Uint8Array<ArrayBuffer>;
    return {
      status: 200,
      headers: { ...securityHeaders(), 'Content-Type': mimeTypeFor(resolved.filePath), 'Cache-Control': 'no-cache' },
      body,
    };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return errorResponse(code === 'ENOENT' || code === 'ENOTDIR' ? 404 : 500);
  }
}
