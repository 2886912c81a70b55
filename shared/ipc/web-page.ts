// How a page of the web host identifies itself, so that the host can release what a page left
// behind (exports under way, reads) when the page goes: reloaded, closed or navigated away.
//
//   every API call      header  X-GZT-Page: <uuid made once per page load>
//   when the page goes  POST /api/_page-closed   (same header, body `{}`), sent with keepalive

/** The request header carrying the page id. */
export const WEB_PAGE_HEADER = 'X-GZT-Page';

/** The route a page calls as it goes (not a bridge channel: no `:` in it). */
export const WEB_PAGE_CLOSED_PATH = '/api/_page-closed';

/** A page id as the host accepts it: a UUID. */
export function isWebPageId(value: unknown): value is string {
  return typeof value === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}
