// The origin the renderer runs on, and the URL checks built on it. Plain module (no 'electron'
// import) so the IPC sender check and its tests need no Electron.
//
// Why `app://guazhitong`: the renderer is served from a privileged *standard* custom scheme rather
// than file://, so it gets a real origin (CSP 'self', fetch, relative URLs all work) and file://'s
// extra privileges stay off (GrantFileProtocolExtraPrivileges fuse).
//
// INVARIANT — never change APP_SCHEME or APP_HOST. IndexedDB, where all the records live, is keyed
// by origin: a different scheme or host opens an empty database and the clerk's data seems gone.

/** Custom scheme registered in protocol.ts. */
export const APP_SCHEME = 'app';
/** Fixed host part of every app URL. */
export const APP_HOST = 'guazhitong';
/** Origin of the renderer: `app://guazhitong`. */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** What the main window loads. */
export const APP_START_URL = `${APP_ORIGIN}/index.html`;

let devServerOrigin: string | null = null;

/**
 * Origin of `url` as `scheme://host[:port]`, or null when it has none we accept (file:, data:,
 * about:, javascript:, unparsable). `URL#origin` is "null" for custom schemes, hence by hand.
 */
export function originOf(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (!['app:', 'http:', 'https:'].includes(parsed.protocol) || parsed.host === '') return null;
  return `${parsed.protocol}//${parsed.host}`.toLowerCase();
}

/**
 * During `electron-vite dev` only (app not packaged), trust the Vite dev server the window loads
 * from, provided it is on this machine (`http://localhost:*` or `http://127.0.0.1:*`). Returns
 * the URL to load, or null (packaged, unset, or not local) to load APP_START_URL.
 */
export function trustDevServer(url: string | undefined, isPackaged: boolean): string | null {
  devServerOrigin = null;
  if (isPackaged || !url) return null;
  const origin = originOf(url);
  if (origin === null || !/^http:\/\/(localhost|127\.0\.0\.1):\d+$/.test(origin)) return null;
  devServerOrigin = origin;
  return url;
}

/** True when `url` belongs to the app's own origin (or the trusted dev server in development). */
export function isAppUrl(url: string): boolean {
  const origin = originOf(url);
  return origin !== null && (origin === APP_ORIGIN || origin === devServerOrigin);
}
