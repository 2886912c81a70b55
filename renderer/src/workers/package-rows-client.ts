import { wrap, type Remote } from 'comlink';
import { createPackageRowsService, type PackageRowsService } from './package-rows-service';

/** The export's read and encoding as the page calls it: every method async, callbacks passed with comlink's `proxy`. */
export interface PackageRowsClient {
  service: Remote<PackageRowsService>;
  /** Ends the worker (or closes nothing, in the page). */
  dispose(): void;
}

/**
 * Starts the export worker; where the page cannot start one (unit tests in jsdom), the same
 * service runs in the page on the page's own connection (`db`), behind the same async interface.
 */
export function createPackageRowsClient(db: IDBDatabase): PackageRowsClient {
  if (typeof Worker === 'undefined') {
    const local = createPackageRowsService(async () => db, () => undefined);
    return { service: local as unknown as Remote<PackageRowsService>, dispose: () => undefined };
  }
  const worker = new Worker(new URL('./package-rows.worker.ts', import.meta.url), { type: 'module', name: 'package-rows' });
  return { service: wrap<PackageRowsService>(worker), dispose: () => worker.terminate() };
}
