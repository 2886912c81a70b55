import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { watchCalendarYears } from '../db/operations/calendar';
import { Store, type SiteState } from '../db/store';

interface StoreContextValue {
  store: Store;
  site: SiteState | undefined;
  /** Re-reads the site after setup or a settings change. */
  refreshSite: () => void;
}

const StoreContext = createContext<StoreContextValue | null>(null);

/** Opens the database once and provides it to every screen. */
export function StoreProvider(props: {
  children: ReactNode;
  loading: ReactNode;
  failed: (error: Error) => ReactNode;
  open?: () => Promise<Store>;
}) {
  const [state, setState] = useState<{ store?: Store; site?: SiteState; error?: Error }>({});
  const open = props.open ?? (() => Store.open());
  useEffect(() => {
    let cancelled = false;
    // The holiday arrangements entered in 设置 are registered before any screen counts working days.
    open().then(async (store) => (await watchCalendarYears(store), store)).then(
      (store) => !cancelled && setState({ store, site: store.site }),
      (error: Error) => !cancelled && setState({ error }),
    );
    return () => {
      cancelled = true;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const refreshSite = useCallback(() => setState((s) => ({ ...s, site: s.store?.site })), []);
  if (state.error) return <>{props.failed(state.error)}</>;
  if (!state.store) return <>{props.loading}</>;
  return <StoreContext.Provider value={{ store: state.store, site: state.site, refreshSite }}>{props.children}</StoreContext.Provider>;
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
