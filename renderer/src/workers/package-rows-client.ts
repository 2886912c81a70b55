import { createPackageRowsService, type PackageRowsService } from './package-rows-service';
import { workerClient, type WorkerClient } from './worker-client';

/** The export's read and encoding as the page calls it. */
export type PackageRowsClient = WorkerClient<PackageRowsService>;

/** Starts the export worker; without one (unit tests), the service runs in the page on the page's own connection `db`. */
export function createPackageRowsClient(db: IDBDatabase): PackageRowsClient {
  return workerClient(
    () => new Worker(new URL('./package-rows.worker.ts', import.meta.url), { type: 'module', name: 'package-rows' }),
    () => createPackageRowsService(async () => db),
  );
}

/**
 * An export worker started and connected ahead of the click (the export tab holds one while it is
 * shown): spawning the worker and opening its connection took half a second of every export.
 */
export function preparePackageRows(db: IDBDatabase, dbName: string): PackageRowsClient {
  const client = createPackageRowsClient(db);
  // a failure here is met again, and reported, when the export starts
  client.service.prepare(dbName).catch(() => undefined);
  return client;
}
