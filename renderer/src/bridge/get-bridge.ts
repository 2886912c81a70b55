// The renderer's one way to reach main (ARCHITECTURE §1, §4).
import { CHANNEL_METHODS, CHANNELS } from '@shared/ipc/channels';
import type { Bridge } from '@shared/ipc/contract';
import { toBridgeException } from '@shared/ipc/errors';
import { createWebBridge } from './web-bridge';

let electronApi: Bridge | undefined;
let electronBridge: Bridge | undefined;
let webBridge: Bridge | undefined;

/**
 * `window.api` rethrowing failures as BridgeException. Electron hands the renderer only an Error
 * whose message wraps the BridgeError ("Error invoking remote method …"); this recovers its code
 * and Chinese message, so callers see the same errors in Electron and in the browser.
 */
function wrapElectronApi(api: Bridge): Bridge {
  const wrapped: Record<string, unknown> = {};
  for (const channel of CHANNELS) {
    const method = CHANNEL_METHODS[channel];
    const call = api[method] as (...args: unknown[]) => Promise<unknown>;
    wrapped[method] = (...args: unknown[]) =>
      call(...args).catch((err: unknown) => {
        throw toBridgeException(err);
      });
  }
  return wrapped as unknown as Bridge;
}

/**
 * The Bridge to main: `window.api` from the preload when running in Electron, otherwise (plain
 * browser on the web host, `npm run web`) the HTTP/browser implementation. Every method rejects
 * with a BridgeException whose message is Chinese and can be shown as is.
 */
export function getBridge(): Bridge {
  const api = typeof window === 'undefined' ? undefined : window.api;
  if (api) {
    if (api !== electronApi) {
      electronApi = api;
      electronBridge = wrapElectronApi(api);
    }
    return electronBridge!;
  }
  return (webBridge ??= createWebBridge());
}
