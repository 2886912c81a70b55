// This page's identity towards the web host (shared/ipc/web-page.ts): an id sent with every API
// call, and a keepalive call when the page goes, so that the host releases the page's exports
// and reads at once instead of letting them block new ones.
import { WEB_PAGE_CLOSED_PATH, WEB_PAGE_HEADER } from '@shared/ipc/web-page';

let pageId: string | undefined;

/** The id of this page load (made on first use). */
export function webPageId(): string {
  return (pageId ??= crypto.randomUUID());
}

/**
 * On `pagehide` (reload, close, navigation), tells the host at `baseUrl` that this page is gone.
 * Returns a function that stops listening.
 */
export function releaseWhenPageGoes(target: Pick<Window, 'addEventListener' | 'removeEventListener'>, doFetch: typeof fetch, baseUrl: string): () => void {
  const onHide = (): void => {
    doFetch(new URL(WEB_PAGE_CLOSED_PATH, baseUrl).href, {
      method: 'POST',
      keepalive: true,
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', [WEB_PAGE_HEADER]: webPageId() },
      body: '{}',
    }).catch(() => undefined);
  };
  target.addEventListener('pagehide', onHide);
  return () => target.removeEventListener('pagehide', onHide);
}
