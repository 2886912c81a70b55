// Where the tests' copy of the table-reading worker is built (by read-worker.setup.ts, with the
// same script `npm run build` uses), so tests read through the very worker the app starts.
import { resolve } from 'node:path';

/** The worker bundle the tests start. */
export const TEST_READ_WORKER_PATH = resolve(__dirname, '../../../node_modules/.cache/guazhitong-test/table-read-worker.cjs');
