import { wrap, type Remote } from 'comlink';

/** A worker's service as the page calls it: every method async, callbacks passed with comlink's `proxy`. */
export interface WorkerClient<T> {
  service: Remote<T>;
  /** Ends the worker (nothing to end when the service runs in the page). */
  dispose(): void;
}

/**
 * The service of the worker `start` makes; where the page cannot start one (unit tests in jsdom),
 * `local` runs in the page behind the same async interface. (`start` holds the literal
 * `new Worker(new URL(…, import.meta.url))` Vite bundles the worker from.)
 */
export function workerClient<T>(start: () => Worker, local: () => T): WorkerClient<T> {
  if (typeof Worker === 'undefined') return { service: local() as unknown as Remote<T>, dispose: () => undefined };
  const worker = start();
  return { service: wrap<T>(worker), dispose: () => worker.terminate() };
}
