// Fetching held rows page by page: every row once and in order, the next page asked for while the
// current one is used, and a failing page ends the fetch with its error after the calls under way.
import { describe, expect, it } from 'vitest';
import type { Bridge } from '@shared/ipc/contract';
import { packHeldPage } from '@shared/ipc/held-page';
import { MAX_RECORDS_PER_CALL } from '@shared/ipc/package-schemas';
import { fetchHeld } from '../../../renderer/src/bridge/fetch-held';

const rows = Array.from({ length: 5 * MAX_RECORDS_PER_CALL + 5 }, (_, i) => ({ id: `r${i}` }));

/** A bridge serving `rows` (failing at `failAt`), noting the offsets asked for and how many calls were under way at most. */
function bridgeOf(failAt?: number) {
  const asked: number[] = [];
  let running = 0;
  let most = 0;
  const bridge = {
    heldRecords: async ({ offset, limit }: { offset: number; limit: number }) => {
      asked.push(offset);
      most = Math.max(most, ++running);
      await new Promise((done) => setTimeout(done, 5));
      running--;
      if (offset === failAt) throw new Error('数据包已过期');
      return { page: new TextEncoder().encode(packHeldPage(rows.slice(offset, offset + limit))), total: rows.length };
    },
  } as unknown as Bridge;
  return { bridge, asked, most: () => most };
}

describe('fetchHeld', () => {
  it('hands over every row once, in order, with the next page under way meanwhile', async () => {
    const { bridge, asked, most } = bridgeOf();
    const got: unknown[] = [];
    await fetchHeld(bridge, 'h', 'units', rows.length, (page) => got.push(...page));
    expect(got).toEqual(rows);
    expect(asked).toEqual([0, 1, 2, 3, 4, 5].map((p) => p * MAX_RECORDS_PER_CALL));
    expect(most()).toBe(4);
  });

  it('rejects with the failing page’s error', async () => {
    const { bridge } = bridgeOf(MAX_RECORDS_PER_CALL);
    const got: unknown[] = [];
    await expect(fetchHeld(bridge, 'h', 'units', rows.length, (page) => got.push(...page))).rejects.toThrow('数据包已过期');
    expect(got).toHaveLength(MAX_RECORDS_PER_CALL);
  });
});
