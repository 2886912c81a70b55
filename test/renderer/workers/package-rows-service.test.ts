import { describe, expect, it } from 'vitest';
import { createPackageRowsService } from '../../../renderer/src/workers/package-rows-service';
import { newStore } from '../db/test-store';

/** Opens a fresh connection to `name` each time, counting them. */
function opener() {
  const opened: IDBDatabase[] = [];
  const open = (name: string) =>
    new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => {
        opened.push(request.result);
        resolve(request.result);
      };
      request.onerror = () => reject(request.error ?? new Error('open failed'));
    });
  return { open, opened };
}

describe('the export worker kept ready (导出数据包 tab)', () => {
  it('connects once when prepared, and the export then reads on that connection', async () => {
    const store = await newStore();
    const { open, opened } = opener();
    const service = createPackageRowsService(open);
    await service.prepare(store.db.name);
    const start = await service.start(store.db.name);
    expect(opened).toHaveLength(1);
    expect(start.total).toBeGreaterThan(0);
  });

  it('connects again when the connection it prepared has been closed since (a newer version took the database)', async () => {
    const store = await newStore();
    const { open, opened } = opener();
    const service = createPackageRowsService(open);
    await service.prepare(store.db.name);
    opened[0]!.close();
    const start = await service.start(store.db.name);
    expect(opened).toHaveLength(2);
    expect(start.total).toBeGreaterThan(0);
  });
});
