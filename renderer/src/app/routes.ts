import { useSyncExternalStore } from 'react';
import { parsePrintHash, type PrintRoute } from '@shared/ipc/print-route';

/** The sections of the app, in menu order (issue 2 §6). */
export const SECTIONS = [
  { key: 'overview', label: '概览' },
  { key: 'registry', label: '干部与挂职' },
  { key: 'attendance', label: '考勤请假' },
  { key: 'records', label: '纪实手册' },
  { key: 'assessment', label: '考核' },
  { key: 'allowance', label: '补助' },
  { key: 'reports', label: '报表' },
  { key: 'exchange', label: '数据交换' },
  { key: 'settings', label: '设置' },
] as const;

export type SectionKey = (typeof SECTIONS)[number]['key'];

/** A place in the app: `#/registry/cadres?id=…` → section registry, tab cadres, params {id}. */
export interface Route {
  section: SectionKey;
  tab?: string;
  params: Record<string, string>;
}

/** Parses the location hash; unknown sections fall back to the overview. */
export function parseRoute(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?');
  const [section, tab] = path.split('/');
  const known = SECTIONS.some((s) => s.key === section);
  const params = Object.fromEntries(new URLSearchParams(query));
  return { section: known ? (section as SectionKey) : 'overview', ...(tab ? { tab } : {}), params };
}

/** The hash for a route, so links and reloads land on the same screen. */
export function routeHash(route: { section: SectionKey; tab?: string; params?: Record<string, string> }): string {
  const q = new URLSearchParams(route.params ?? {}).toString();
  return `#/${route.section}${route.tab ? `/${route.tab}` : ''}${q ? `?${q}` : ''}`;
}

/** Goes to a route (adds a history entry, so the browser's back button works). */
export function navigate(route: { section: SectionKey; tab?: string; params?: Record<string, string> }): void {
  window.location.hash = routeHash(route);
}

function subscribe(cb: () => void): () => void {
  window.addEventListener('hashchange', cb);
  return () => window.removeEventListener('hashchange', cb);
}

/** The current route, re-rendering on every hash change. */
export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}

/**
 * The print route the location names (`#/print/<kind>?…`, outside the menu, shown without the
 * shell), or undefined on every other screen.
 */
export function usePrintRoute(): PrintRoute | undefined {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parsePrintHash(hash);
}
