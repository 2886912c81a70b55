import { useSyncExternalStore } from 'react';

/*
 * Whether the browser keeps this app's data (issue 8 item 5). IndexedDB of a web page is
 * "best-effort" by default: the browser may clear it under disk pressure or when the user clears
 * browsing data. `navigator.storage.persist()` asks for "persistent" storage; Electron grants it
 * (its permission handler allows exactly `persistent-storage`), a browser decides by its own rules.
 */

/** `persistent`: never cleared by the browser; `best-effort`: may be cleared; `unknown`: the browser cannot say. */
export type StoragePersistence = 'persistent' | 'best-effort' | 'unknown';

/** The part of StorageManager this uses (tests pass a fake). */
export type PersistenceApi = Partial<Pick<StorageManager, 'persisted' | 'persist'>>;

/** Checks whether storage is persistent and, when it is not, asks for it once; the outcome. */
export async function checkStoragePersistence(storage: PersistenceApi | undefined): Promise<StoragePersistence> {
  if (typeof storage?.persisted !== 'function') return 'unknown';
  try {
    if (await storage.persisted()) return 'persistent';
    if (typeof storage.persist === 'function' && (await storage.persist())) return 'persistent';
    return 'best-effort';
  } catch {
    return 'unknown';
  }
}

let outcome: StoragePersistence | undefined;
let started: Promise<StoragePersistence> | undefined;
const listeners = new Set<() => void>();

/** Runs the check once per window (main.tsx calls it at start) and remembers the outcome. */
export function ensurePersistentStorage(storage: PersistenceApi | undefined = globalThis.navigator?.storage): Promise<StoragePersistence> {
  started ??= checkStoragePersistence(storage).then((found) => {
    outcome = found;
    for (const listener of [...listeners]) listener();
    return found;
  });
  return started;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  void ensurePersistentStorage();
  return () => listeners.delete(listener);
}

/** The outcome of the check, re-rendering when it arrives (undefined until then). */
export function useStoragePersistence(): StoragePersistence | undefined {
  return useSyncExternalStore(subscribe, () => outcome);
}
