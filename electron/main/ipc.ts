// IPC registration: one ipcMain.handle per channel, each wrapped by createHandler, which checks
// the sender, then validates, runs and checks the service through dispatch(). No 'electron'
// import: ipcMain comes in as a parameter, so tests pass a fake.
import { CHANNELS, type Channel } from '@shared/ipc/channels';
import type { ResponseOf } from '@shared/ipc/contract';
import { BRIDGE_ERROR_MESSAGES, toIpcError } from '@shared/ipc/errors';
import { isTrustedSender, type SenderEventLike, type WindowLike } from './sender';
import { dispatch, type ChannelService, type ErrorLog, type ServiceTable } from './services/dispatch';

/** The part of Electron's ipcMain used here. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: SenderEventLike, ...args: unknown[]) => Promise<unknown>): void;
}

/** What one handler needs. */
export interface HandlerDeps<C extends Channel> {
  /** The channel's implementation. */
  service: ChannelService<C>;
  /** Sender check for the event (bound to the main window by registerIpcHandlers). */
  isTrusted: (event: SenderEventLike) => boolean;
  /** Where unexpected failures are logged; console.error by default. */
  log?: ErrorLog;
}

/**
 * The ipcMain.handle listener of `channel`: refuses an untrusted sender (`forbidden`) and a
 * malformed payload (`invalid-request`) without calling the service, otherwise resolves with the
 * validated result. Failures reject with an Error whose message carries the BridgeError (see
 * shared/ipc/errors.ts), because Electron passes only the message to the renderer.
 */
export function createHandler<C extends Channel>(
  channel: C,
  deps: HandlerDeps<C>,
): (event: SenderEventLike, ...args: unknown[]) => Promise<ResponseOf<C>> {
  return async (event, ...args) => {
    if (!deps.isTrusted(event)) {
      (deps.log ?? console.warn)(`拒绝了来自不受信任页面的 ${channel} 请求`, event.senderFrame?.url ?? '（无页面）');
      throw toIpcError({ code: 'forbidden', message: BRIDGE_ERROR_MESSAGES.forbidden });
    }
    const result = await dispatch(channel, args, deps.service, deps.log);
    if (!result.ok) throw toIpcError(result.error);
    return result.value;
  };
}

/**
 * Registers a handler for every channel in CHANNELS. Only messages from `getWindow()`'s main frame
 * on the app origin are served (looked up per message, so a re-created window works).
 */
export function registerIpcHandlers(
  ipcMain: IpcMainLike,
  getWindow: () => WindowLike | null,
  services: ServiceTable,
  log?: ErrorLog,
): void {
  const isTrusted = (event: SenderEventLike): boolean => isTrustedSender(event, getWindow());
  for (const channel of CHANNELS) {
    register(ipcMain, channel, { service: services[channel], isTrusted, ...(log ? { log } : {}) });
  }
}

function register<C extends Channel>(ipcMain: IpcMainLike, channel: C, deps: HandlerDeps<C>): void {
  ipcMain.handle(channel, createHandler(channel, deps));
}
