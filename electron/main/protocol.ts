// The app:// protocol: the renderer is served from out/renderer under `app://guazhitong/`, with
// the CSP header on every response (files via services/static-files.ts, shared with the web host).
import { protocol } from 'electron';
import { APP_HOST, APP_SCHEME } from './app-origin';
import { errorResponse, serveStaticFile, type StaticResponse } from './services/static-files';

/** Privileges of the app scheme: a standard, secure origin that can use fetch; no CORS. */
export const APP_SCHEME_PRIVILEGES = {
  standard: true,
  secure: true,
  supportFetchAPI: true,
  corsEnabled: false,
} as const;

/** Registers `app:` as a privileged scheme. Must run before the app's `ready` event. */
export function registerAppSchemeAsPrivileged(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { ...APP_SCHEME_PRIVILEGES } }]);
}

function toResponse(file: StaticResponse, withBody: boolean): Response {
  return new Response(withBody ? file.body : null, { status: file.status, headers: file.headers });
}

/**
 * The handler for `app://` requests: GET/HEAD on host `guazhitong` served from `rendererDir`
 * (404 on missing files, 403 on traversal attempts), anything else refused — always with CSP.
 */
export function createAppProtocolHandler(rendererDir: string): (request: Request) => Promise<Response> {
  return async (request) => {
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return toResponse(errorResponse(400), true);
    }
    if (url.host.toLowerCase() !== APP_HOST) return toResponse(errorResponse(404), true);
    if (request.method !== 'GET' && request.method !== 'HEAD') return toResponse(errorResponse(405), true);
    return toResponse(await serveStaticFile(rendererDir, url.pathname), request.method === 'GET');
  };
}

/** Serves `rendererDir` on the app scheme (default session). Call after `ready`. */
export function registerAppProtocol(rendererDir: string): void {
  protocol.handle(APP_SCHEME, createAppProtocolHandler(rendererDir));
}
