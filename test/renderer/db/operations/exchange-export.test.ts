import { describe, expect, it } from 'vitest';
import { ENTITY_TABLES } from '@shared/domain/tables';
import { formatHlc } from '@shared/sync/hlc';
import { toStoredClock } from '@shared/sync/clock-text';
import { stampNew } from '@shared/sync/stamp';
import { exportPackage, openPackage } from '../../../../renderer/src/db/operations';
import { READ_BATCH } from '../../../../renderer/src/db/queries/export-read';
import { inProcessReader, packageBridge } from '../package-bridge';
import { newStore } from '../test-store';

/*
 * 导出数据包 of everything (issue 11 item 1) through main's package services: the records are read
 * in batches of READ_BATCH and encoded (in the page here: unit tests have no Web Worker, the app
 * runs the same service in one), so a table longer than a batch must arrive whole, once each.
 */
describe('导出数据包', { timeout: 120_000 }, () => {
  it('carries every record of a table longer than one read batch, once, and the package opens again', async () => {
    const store = await newStore();
    const site = store.site!.siteId;
    const n = READ_BATCH * 2 + 7;
    const units = Array.from({ length: n }, (_, i) => ({
      ...stampNew(ENTITY_TABLES.units.schema.parse({ name: `单位${i}`, level: 'township', kind: 'township', isInCounty: true }) as object, formatHlc({ millis: Date.parse('2026-11-20T00:00:00Z') + i, counter: 0, siteId: site }), `u-${String(i).padStart(6, '0')}`),
      _live: 1,
      _seq: i + 1,
    }));
    // straight into IndexedDB as the app stores them, clocks as text (the write path would take minutes here)
    await new Promise<void>((done, fail) => {
      const tx = store.db.backendDB().transaction('units', 'readwrite');
      for (const u of units) tx.objectStore('units').put(toStoredClock(u));
      tx.oncomplete = () => done();
      tx.onerror = () => fail(tx.error);
    });
    const { bridge } = packageBridge(inProcessReader());
    let file: { name: string; data: Uint8Array } | undefined;
    const progress: number[] = [];
    const outcome = await exportPackage(store, { receiver: { kind: 'all' }, full: true, onProgress: (done) => progress.push(done) }, { bridge, download: async (name, data) => (file = { name, data }) });
    expect(outcome).toMatchObject({ saved: true, incremental: false });
    if (!outcome.saved) return;
    // the units written here and the home unit set up with the PC
    expect(outcome.counts.units).toBe(n + 1);
    expect(progress.at(-1)).toBe(outcome.total);
    expect(await store.db.exportLog.count()).toBe(1);

    const opened = await openPackage(file!, {}, { bridge });
    const ids = new Set(opened.tables.units!.map((u) => u.id));
    expect(ids.size).toBe(n + 1);
    expect(units.filter((u) => !ids.has(u.id))).toEqual([]);
    // the package knows at least the newest write it carries
    const newest = formatHlc({ millis: Date.parse('2026-11-20T00:00:00Z') + n - 1, counter: 0, siteId: site });
    expect(opened.summary.manifest.seen[site]! >= newest).toBe(true);
  });
});
