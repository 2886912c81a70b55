// Who may call an IPC handler. Plain module with structural types (no 'electron' import) so the
// IPC wrapper stays testable without Electron; security.ts re-exports it.
import { isAppUrl } from './app-origin';

/** The part of Electron's WebFrameMain the check reads. */
export interface FrameLike {
  readonly url: string;
}

/** The part of Electron's IpcMainInvokeEvent the check reads. */
export interface SenderEventLike {
  readonly senderFrame: FrameLike | null;
}

/** The part of Electron's BrowserWindow the check reads. */
export interface WindowLike {
  isDestroyed(): boolean;
  readonly webContents: { readonly mainFrame: FrameLike };
}

/**
 * True only when the IPC message comes from `win`'s top-level frame (not an iframe, not another
 * window) and that frame shows our own origin (`app://guazhitong`). Anything else — no window, a
 * destroyed window, a navigated-away or disposed frame — is untrusted.
 */
export function isTrustedSender(event: SenderEventLike, win: WindowLike | null | undefined): boolean {
  if (!win || win.isDestroyed()) return false;
  const frame = event.senderFrame;
  if (!frame || frame !== win.webContents.mainFrame) return false;
  return isAppUrl(frame.url);
}
