// The page's side of releasing abandoned exports (issue 8 item 8): every call names the page, and
// the page says when it goes, with a request that survives the page (keepalive).
import { describe, expect, it, vi } from 'vitest';
import { callWebHost, createWebBridge } from '../../../renderer/src/bridge/web-bridge';
import { releaseWhenPageGoes, webPageId } from '../../../renderer/src/bridge/web-page';
import { encodeHttpJson } from '@shared/ipc/http-codec';

const ok = (value: unknown) => new Response(encodeHttpJson({ ok: true, value }), { status: 200 });

describe('web page identity', () => {
  it('every call to the web host carries this page’s id, the same for the whole page load', async () => {
    const fetch = vi.fn(async (..._args: unknown[]) => ok({ name: '挂职通', version: '1', host: 'web', platform: 'linux' }));
    await callWebHost('app:info', [], { fetch: fetch as unknown as typeof globalThis.fetch, baseUrl: 'http://127.0.0.1:5180' });
    await callWebHost('app:info', [], { fetch: fetch as unknown as typeof globalThis.fetch, baseUrl: 'http://127.0.0.1:5180' });
    const headers = fetch.mock.calls.map(([, init]) => (init as RequestInit).headers as Record<string, string>);
    expect(headers[0]!['X-GZT-Page']).toMatch(/^[0-9a-f-]{36}$/);
    expect(headers[1]!['X-GZT-Page']).toBe(headers[0]!['X-GZT-Page']);
    expect(headers[0]!['X-GZT-Page']).toBe(webPageId());
  });

  it('on pagehide tells the host, with keepalive, which page is going', () => {
    const fetch = vi.fn(async (..._args: unknown[]) => ok({ exports: 1, reads: 0 }));
    const stop = releaseWhenPageGoes(window, fetch as unknown as typeof globalThis.fetch, 'http://127.0.0.1:5180');
    window.dispatchEvent(new Event('pagehide'));
    expect(fetch).toHaveBeenCalledWith('http://127.0.0.1:5180/api/_page-closed', expect.objectContaining({ method: 'POST', keepalive: true, body: '{}', headers: expect.objectContaining({ 'X-GZT-Page': webPageId() }) }));
    stop();
    window.dispatchEvent(new Event('pagehide'));
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('the web bridge of a page listens for pagehide', () => {
    const fetch = vi.fn(async (..._args: unknown[]) => ok({ exports: 0, reads: 0 }));
    createWebBridge({ fetch: fetch as unknown as typeof globalThis.fetch, baseUrl: 'http://127.0.0.1:5180' });
    window.dispatchEvent(new Event('pagehide'));
    expect(fetch.mock.calls.some(([url]) => String(url).endsWith('/api/_page-closed'))).toBe(true);
  });
});
