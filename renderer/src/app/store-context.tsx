import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { DatabaseUpgradedError } from '../db/errors';
import { watchCalendarYears } from '../db/operations/calendar';
import { READ_ONLY, Store, type SiteState } from '../db/store';
import { WriteLock, writeLockName, type LockRequester, type WriteLockState } from '../db/write-lock';

/** This window's place in the election of the writing window, and the way to take over. */
export interface WriteLockView {
  state: WriteLockState;
  takeOver: () => Promise<void>;
}

interface StoreContextValue {
  store: Store;
  site: SiteState | undefined;
  /** Re-reads the site after setup or a settings change. */
  refreshSite: () => void;
  writeLock: WriteLockView;
}

const StoreContext = createContext<StoreContextValue | null>(null);

const WRITING: WriteLockView = { state: 'held', takeOver: () => Promise.resolve() };

/**
 * Opens the database once and provides it to every screen.
 *
 * `role="writer"` (the app's window) takes part in the election of the one window that writes
 * (db/write-lock.ts): the Store writes only while this window holds the lock, and when it gets the
 * lock back it re-reads this PC's site (another window may have set it up or changed it).
 * `role="reader"` (print routes, the hidden print window) never writes and never waits for the lock.
 * When another window upgrades the database, `failed` is shown with a DatabaseUpgradedError.
 */
export function StoreProvider(props: {
  children: ReactNode;
  loading: ReactNode;
  failed: (error: Error) => ReactNode;
  open?: () => Promise<Store>;
  role?: 'writer' | 'reader';
  /** The Web Locks API to elect with (tests pass a fake); navigator.locks by default. */
  locks?: LockRequester;
}) {
  const [state, setState] = useState<{ store?: Store; site?: SiteState; error?: Error; lock?: WriteLock }>({});
  const [lockState, setLockState] = useState<WriteLockState>('held');
  const open = props.open ?? (() => Store.open());
  useEffect(() => {
    let cancelled = false;
    let lock: WriteLock | undefined;
    const stops: (() => void)[] = [];
    const start = async () => {
      const store = await open();
      // The holiday arrangements entered in 设置 are registered before any screen counts working days.
      stops.push(await watchCalendarYears(store));
      stops.push(store.onUpgradedElsewhere(() => setState((s) => ({ ...s, error: new DatabaseUpgradedError() }))));
      if (props.role === 'reader') store.restrictWrites(READ_ONLY);
      else {
        lock = await WriteLock.claim(writeLockName(store.db.name), props.locks ?? navigator.locks);
        if (cancelled) return lock.release();
        store.restrictWrites(lock);
        setLockState(lock.state);
        stops.push(
          lock.onChange((next) => {
            setLockState(next);
            if (next === 'held') void store.reload().then(() => setState((s) => ({ ...s, site: store.site })));
          }),
        );
      }
      if (!cancelled) setState({ store, site: store.site, lock });
    };
    start().catch((error: Error) => !cancelled && setState({ error }));
    return () => {
      cancelled = true;
      for (const stop of stops) stop();
      lock?.release();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const refreshSite = useCallback(() => setState((s) => ({ ...s, site: s.store?.site })), []);
  const lock = state.lock;
  const takeOver = useCallback(() => lock?.takeOver() ?? Promise.resolve(), [lock]);
  if (state.error) return <>{props.failed(state.error)}</>;
  if (!state.store) return <>{props.loading}</>;
  const writeLock = lock ? { state: lockState, takeOver } : WRITING;
  return <StoreContext.Provider value={{ store: state.store, site: state.site, refreshSite, writeLock }}>{props.children}</StoreContext.Provider>;
}

/** The open store (database + clock). */
export function useStore(): Store {
  const ctx = useContext(StoreContext);
  if (!ctx) throw new Error('useStore outside StoreProvider');
  return ctx.store;
}

/** This PC's settings, and a way to re-read them. */
export function useSite(): { site: SiteState | undefined; refreshSite: () => void } {
  const ctx = useContext(StoreContext);
  if (!ctx) throw new Error('useSite outside StoreProvider');
  return { site: ctx.site, refreshSite: ctx.refreshSite };
}

/** Whether this window writes, and how to take over from another window. */
export function useWriteLock(): WriteLockView {
  const ctx = useContext(StoreContext);
  if (!ctx) throw new Error('useWriteLock outside StoreProvider');
  return ctx.writeLock;
}
