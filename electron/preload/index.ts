// The preload: exposes `window.api` with exactly one function per bridge channel, each a bare
// ipcRenderer.invoke. No logic, no generic invoke, no ipcRenderer handed to the page.
//
// Runs sandboxed, so it must be CommonJS (out/preload/index.cjs) and may require only 'electron':
// it imports nothing but the dependency-free channel list (the Bridge import is type-only).
import { contextBridge, ipcRenderer } from 'electron';
import { CHANNEL_METHODS, CHANNELS } from '@shared/ipc/channels';
import type { Bridge } from '@shared/ipc/contract';

const api = Object.fromEntries(
  CHANNELS.map((channel) => [CHANNEL_METHODS[channel], (...args: unknown[]) => ipcRenderer.invoke(channel, ...args)]),
) as unknown as Bridge;

contextBridge.exposeInMainWorld('api', api);
