// Session and web-contents hardening (ARCHITECTURE §4): no permission but persistent storage, no
// navigation away from the app origin, no new windows, no <webview>. The CSP string and the IPC sender check live in
// plain modules (shared with the web host and with the electron-free IPC wrapper) and are
// re-exported here.
import { app, type Session, type WebContents } from 'electron';
import { isAppUrl } from './app-origin';

export { CONTENT_SECURITY_POLICY } from './services/csp';
export { isTrustedSender } from './sender';

/** The one permission the app asks for: keeping its IndexedDB when the disk runs low (issue 8 item 5). */
export const ALLOWED_PERMISSION = 'persistent-storage';

/** True when `permission` is the allowed one and `url` is the app's own page. */
export function isPermissionAllowed(permission: string, url: string | undefined): boolean {
  return permission === ALLOWED_PERMISSION && url !== undefined && isAppUrl(url);
}

/**
 * Answers permission requests and checks of every web contents of `ses`: `persistent-storage` for
 * the app's own page (navigator.storage.persist(), so Chromium never evicts the clerk's records),
 * and nothing else — camera, notifications, clipboard-read, geolocation, devices … all denied.
 */
export function hardenSession(ses: Session): void {
  ses.setPermissionRequestHandler((contents, permission, callback, details) => {
    callback(isPermissionAllowed(permission, details?.requestingUrl ?? contents?.getURL()));
  });
  ses.setPermissionCheckHandler((_contents, permission, requestingOrigin) => isPermissionAllowed(permission, requestingOrigin));
  ses.setDevicePermissionHandler(() => false);
}

/**
 * Keeps `contents` on the app: navigation (top frame, sub-frames and redirects) to any other
 * origin is cancelled, window.open / target=_blank is denied, and <webview> cannot attach.
 */
export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Applies hardenWebContents to every web contents the app ever creates. Call before ready. */
export function installWebContentsHardening(): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
}
