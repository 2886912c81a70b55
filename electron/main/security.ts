// Session and web-contents hardening (ARCHITECTURE §4): no permissions, no navigation away from
// the app origin, no new windows, no <webview>. The CSP string and the IPC sender check live in
// plain modules (shared with the web host and with the electron-free IPC wrapper) and are
// re-exported here.
import { app, type Session, type WebContents } from 'electron';
import { isAppUrl } from './app-origin';

export { CONTENT_SECURITY_POLICY } from './services/csp';
export { isTrustedSender } from './sender';

/**
 * Denies every permission request (camera, notifications, clipboard-read, persistent-storage, …)
 * and answers every permission check with false, for all web contents of `ses`.
 */
export function hardenSession(ses: Session): void {
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
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
