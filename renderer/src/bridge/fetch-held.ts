// Fetching rows main holds for the renderer (a read package's records, an opened backup's rows)
// page by page, the next page already asked for while the current one is parsed and used.
import type { Bridge } from '@shared/ipc/contract';
import { heldRows, MAX_RECORDS_PER_CALL } from '@shared/ipc/package-schemas';

/** Pages of `held:records` asked for ahead of the one being used. */
const PAGES_AHEAD = 3;

/**
 * Fetches the `count` rows of `table` held under `handle`, in order, handing each page to `onPage`
 * (up to PAGES_AHEAD further pages under way meanwhile). Rejects with the first failure.
 */
export async function fetchHeld(bridge: Bridge, handle: string, table: string, count: number, onPage: (rows: Record<string, unknown>[]) => void): Promise<void> {
  const ask = (offset: number) => bridge.heldRecords({ handle, table, offset, limit: MAX_RECORDS_PER_CALL });
  const asked: ReturnType<typeof ask>[] = [];
  let next = 0;
  const askMore = () => {
    while (next < count && asked.length <= PAGES_AHEAD) {
      asked.push(ask(next));
      next += MAX_RECORDS_PER_CALL;
    }
  };
  try {
    askMore();
    while (asked.length > 0) {
      const page = await asked[0]!;
      asked.shift();
      askMore();
      onPage(heldRows(page));
    }
  } catch (err) {
    await Promise.allSettled(asked);
    throw err;
  }
}
