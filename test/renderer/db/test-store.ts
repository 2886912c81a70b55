import { GztDatabase } from '../../../renderer/src/db/database';
import { Store } from '../../../renderer/src/db/store';

let n = 0;

/** A fresh database (fake-indexeddb) with a unique name, set up as a 组织部 PC with a home unit. */
export async function newStore(opts: { setUp?: boolean } = {}): Promise<Store> {
  const store = await Store.open(new GztDatabase(`test-${process.pid}-${++n}-${Math.random().toString(16).slice(2)}`));
  if (opts.setUp !== false) {
    await store.setUp(
      { label: '开江县委组织部-干部科', role: 'orgDept', countyName: '开江县' },
      { name: '中共开江县委组织部', level: 'county', kind: 'partyOrgan', isInCounty: true },
    );
  }
  return store;
}
