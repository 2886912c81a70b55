// `window.api`: what electron/preload/index.ts exposes in Electron; absent in a plain browser.
// Use getBridge() (./get-bridge.ts) rather than reading it directly.
import type { Bridge } from '@shared/ipc/contract';

declare global {
  interface Window {
    api?: Bridge;
  }
}

export {};
