import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../electron/main/services/csp';
import { createWebServices, parsePort, startWebHost, type WebHost } from '../../../electron/web/server';
import { BridgeException } from '@shared/ipc/errors';
import pkg from '../../../package.json';
import { TEST_READ_WORKER_PATH } from '../tables/read-worker';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  json: () => any;
}

/** A raw HTTP request, so that Host and Origin can be anything (fetch would not allow it). */
function send(host: WebHost, path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port: host.port, path, method: options.method ?? 'GET', headers: options.headers ?? {}, setHost: !options.headers?.Host },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const body = Buffer.concat(chunks).toString('utf8');
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body, json: () => JSON.parse(body) });
        });
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

let root: string;
let rendererDir: string;
let host: WebHost;
const appInfo = vi.fn();

function api(channel: string, body = '[]', headers: Record<string, string> = {}) {
  return send(host, `/api/${channel}`, {
    method: 'POST',
    headers: { Origin: `http://127.0.0.1:${host.port}`, 'Content-Type': 'application/json', ...headers },
    body,
  });
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'gzt-web-'));
  rendererDir = join(root, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>挂职通</title>');
  writeFileSync(join(rendererDir, 'assets', 'index-1.js'), 'export {}');
  writeFileSync(join(root, 'package.json'), '{"secret":true}');
  const { getAppInfo } = await import('../../../electron/main/services/app-info');
  appInfo.mockImplementation(async () => getAppInfo('web'));
  host = await startWebHost({ port: 0, rendererDir, services: { ...createWebServices({ readWorkerPath: TEST_READ_WORKER_PATH }), 'app:info': appInfo }, log: () => undefined, maxBodyBytes: 4096 });
});
afterAll(async () => {
  await host.close();
  rmSync(root, { recursive: true, force: true });
});
beforeEach(() => appInfo.mockClear());

describe('web host: static files', () => {
  it('listens on 127.0.0.1 with the port it was given (0 = any free one)', () => {
    expect(host.port).toBeGreaterThan(0);
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/`);
  });

  it('GET / returns index.html with the CSP header', async () => {
    const res = await send(host, '/');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(res.body).toContain('<title>挂职通</title>');
  });

  it('serves assets and answers 404 with CSP', async () => {
    expect((await send(host, '/assets/index-1.js')).headers['content-type']).toBe('text/javascript; charset=utf-8');
    const missing = await send(host, '/nope.js');
    expect(missing.status).toBe(404);
    expect(missing.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  });

  it('refuses path traversal', async () => {
    for (const path of ['/../package.json', '/%2e%2e/package.json', '/assets/..%2f..%2fpackage.json']) {
      const res = await send(host, path);
      expect(res.status, path).toBe(403);
      expect(res.body).not.toContain('secret');
    }
  });

  it('refuses a foreign Host (DNS rebinding)', async () => {
    const res = await send(host, '/', { headers: { Host: `evil.example:${host.port}` } });
    expect(res.status).toBe(403);
    expect(res.body).not.toContain('<title>');
    expect((await send(host, '/', { headers: { Host: `127.0.0.1:${host.port + 1}` } })).status).toBe(403);
  });

  it('redirects localhost to 127.0.0.1 so the data stays under one origin', async () => {
    const res = await send(host, '/assets/index-1.js?x=1', { headers: { Host: `localhost:${host.port}` } });
    expect(res.status).toBe(308);
    expect(res.headers.location).toBe(`http://127.0.0.1:${host.port}/assets/index-1.js?x=1`);
  });

  it('refuses other methods on pages', async () => {
    expect((await send(host, '/', { method: 'DELETE' })).status).toBe(405);
  });
});

describe('web host: API', () => {
  it('POST /api/app:info answers with the web app info', async () => {
    const res = await api('app:info');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(res.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(res.json()).toEqual({ ok: true, value: { name: '挂职通', version: pkg.version, host: 'web', platform: process.platform } });
  });

  it('takes an empty body as no arguments', async () => {
    expect((await api('app:info', '')).json()).toMatchObject({ ok: true, value: { name: '挂职通' } });
  });

  it('refuses a POST from another origin, or with no Origin, without calling the service', async () => {
    for (const origin of ['http://evil.example', `http://localhost:${host.port + 1}`, 'null']) {
      const res = await api('app:info', '[]', { Origin: origin });
      expect(res.status, origin).toBe(403);
      expect(res.json()).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    const noOrigin = await send(host, '/api/app:info', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '[]' });
    expect(noOrigin.status).toBe(403);
    const crossSite = await api('app:info', '[]', { 'Sec-Fetch-Site': 'cross-site' });
    expect(crossSite.status).toBe(403);
    expect(appInfo).not.toHaveBeenCalled();
  });

  it('refuses a POST with a foreign Host, even with a matching Origin', async () => {
    const res = await api('app:info', '[]', { Host: `evil.example:${host.port}`, Origin: `http://evil.example:${host.port}` });
    expect(res.status).toBe(403);
    expect(appInfo).not.toHaveBeenCalled();
  });

  it('answers malformed JSON with 400 and a Chinese message', async () => {
    const res = await api('app:info', '{"oops"');
    expect(res.status).toBe(400);
    const { error } = res.json();
    expect(error.code).toBe('invalid-json');
    expect(error.message).toMatch(/[\u4e00-\u9fff]/);
    expect(appInfo).not.toHaveBeenCalled();
  });

  it('answers wrong arguments and non-JSON bodies with 400', async () => {
    const wrong = await api('app:info', '["extra"]');
    expect(wrong.status).toBe(400);
    expect(wrong.json().error.code).toBe('invalid-request');
    const text = await api('app:info', '[]', { 'Content-Type': 'text/plain' });
    expect(text.status).toBe(400);
    expect(appInfo).not.toHaveBeenCalled();
  });

  it('serves only web channels', async () => {
    for (const channel of ['file:save', 'file:open', 'nope', '%E0%A4%A']) {
      const res = await api(channel);
      expect(res.status, channel).toBe(404);
      expect(res.json().error.code).toBe('not-found');
    }
    expect((await send(host, '/api/app:info')).status).toBe(405);
  });

  it('refuses a body over the limit with 413', async () => {
    const res = await api('app:info', JSON.stringify(['x'.repeat(5000)]));
    expect(res.status).toBe(413);
    expect(res.json().error.code).toBe('payload-too-large');
  });

  it('refuses a streamed (chunked) body over the limit with 413', async () => {
    const res = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(
        {
          host: '127.0.0.1',
          port: host.port,
          path: '/api/app:info',
          method: 'POST',
          headers: { Origin: `http://127.0.0.1:${host.port}`, 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' },
        },
        (r) => {
          r.resume();
          resolve(r.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      req.write(`["${'x'.repeat(3000)}`);
      req.end(`${'y'.repeat(3000)}"]`);
    });
    expect(res).toBe(413);
    expect(appInfo).not.toHaveBeenCalled();
  });

  it('passes a service refusal through, hides unexpected errors', async () => {
    appInfo.mockRejectedValueOnce(new BridgeException({ code: 'package-tampered', message: '文件已被修改' }));
    const refused = await api('app:info');
    expect(refused.status).toBe(422);
    expect(refused.json()).toEqual({ ok: false, error: { code: 'package-tampered', message: '文件已被修改' } });
    appInfo.mockRejectedValueOnce(new Error('/secret/path exploded'));
    const crashed = await api('app:info');
    expect(crashed.status).toBe(500);
    expect(crashed.body).not.toContain('/secret/path');
  });
});

describe('web host: start-up', () => {
  it('reports a taken port in Chinese', async () => {
    await expect(startWebHost({ port: host.port, rendererDir })).rejects.toThrow(`端口 ${host.port} 已被占用`);
  });

  it('reads the port from --port, then GZT_WEB_PORT, else 5180', () => {
    expect(parsePort([], {})).toBe(5180);
    expect(parsePort([], { GZT_WEB_PORT: '6000' })).toBe(6000);
    expect(parsePort(['--port', '6001'], { GZT_WEB_PORT: '6000' })).toBe(6001);
    expect(parsePort(['--port=0'], {})).toBe(0);
    expect(() => parsePort(['--port', 'abc'], {})).toThrow('端口号');
    expect(() => parsePort(['--port', '70000'], {})).toThrow('端口号');
    expect(() => parsePort(['--port'], {})).not.toThrow();
  });
});
