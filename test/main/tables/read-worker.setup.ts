// vitest global set-up of the main tier: builds the table-reading worker once per run.
import { dirname } from 'node:path';
import { buildReadWorker } from '../../../scripts/build-read-worker.mjs';
import { TEST_READ_WORKER_PATH } from './read-worker';

export default async function setup(): Promise<void> {
  await buildReadWorker(dirname(TEST_READ_WORKER_PATH));
}
