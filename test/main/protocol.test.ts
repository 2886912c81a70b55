import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import * as electron from '../mocks/electron';

vi.mock('electron', () => import('../mocks/electron'));

const { registerAppProtocol, registerAppSchemeAsPrivileged } = await import('../../electron/main/protocol');
const { CONTENT_SECURITY_POLICY } = await import('../../electron/main/security');

let root: string;
let rendererDir: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'gzt-protocol-'));
  rendererDir = join(root, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>挂职通</title>');
  writeFileSync(join(rendererDir, 'assets', 'app-1a2b.js'), 'console.log(1)');
  writeFileSync(join(rendererDir, 'assets', 'app-1a2b.css'), 'body{}');
  writeFileSync(join(root, 'secret.txt'), 'SECRET');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

function request(url: string, method = 'GET'): Promise<Response> {
  const handler = electron.protocol.handlers.get('app');
  if (!handler) throw new Error('app: not handled');
  return Promise.resolve(handler({ url, method } as Request));
}

describe('app:// protocol', () => {
  beforeEach(() => {
    electron.resetElectronMock();
    registerAppProtocol(rendererDir);
  });

  it('registers app: as a standard, secure, fetch-capable scheme without CORS', () => {
    registerAppSchemeAsPrivileged();
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: false } },
    ]);
  });

  it('serves index.html for / with the CSP header', async () => {
    const res = await request('app://guazhitong/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await res.text()).toContain('<title>挂职通</title>');
  });

  it('serves assets with their MIME types and the CSP header', async () => {
    const js = await request('app://guazhitong/assets/app-1a2b.js');
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(js.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    const css = await request('app://guazhitong/assets/app-1a2b.css?v=1');
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
  });

  it('answers 404 with CSP for missing files and other hosts', async () => {
    for (const url of ['app://guazhitong/missing.js', 'app://guazhitong/assets', 'app://other/index.html']) {
      const res = await request(url);
      expect(res.status, url).toBe(404);
      expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    }
  });

  it('never serves files outside the renderer folder', async () => {
    for (const url of ['app://guazhitong/../secret.txt', 'app://guazhitong/%2e%2e/secret.txt', 'app://guazhitong/..%2fsecret.txt', 'app://guazhitong/%5c..%5csecret.txt']) {
      const res = await request(url);
      expect([403, 404], url).toContain(res.status);
      expect(await res.text()).not.toContain('SECRET');
      expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    }
  });

  it('refuses methods other than GET and HEAD', async () => {
    expect((await request('app://guazhitong/', 'POST')).status).toBe(405);
    const head = await request('app://guazhitong/', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});
