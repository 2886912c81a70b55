import { useEffect, useState } from 'react';
import { useStore } from '../../app/store-context';

/**
 * The result of an async read, run again after every committed write (Store.onChanged). For the
 * long chains of reads of the 考核 screens (roll-ups, proposals, statistics): Dexie's live queries
 * stop tracking tables read after many awaits of native promises, so a change to them would not
 * show; the store's own change events always arrive. undefined until the first result.
 */
export function useStoreQuery<T>(query: () => Promise<T>, deps: readonly unknown[]): T | undefined {
  const store = useStore();
  const [result, setResult] = useState<{ value: T } | undefined>();
  const [version, setVersion] = useState(0);
  const [failure, setFailure] = useState<unknown>();
  useEffect(() => store.onChanged(() => setVersion((v) => v + 1)), [store]);
  useEffect(() => {
    let live = true;
    query().then(
      (value) => live && setResult({ value }),
      (e: unknown) => live && setFailure(e),
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [store, version, ...deps]);
  if (failure !== undefined) throw failure;
  return result?.value;
}
