import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../electron/main/services/csp';
import { mimeTypeFor, resolveStaticPath, serveStaticFile } from '../../../electron/main/services/static-files';

let root: string;
let dir: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'gzt-static-'));
  dir = join(root, 'renderer');
  mkdirSync(join(dir, 'assets'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), '<!doctype html><p>首页</p>');
  writeFileSync(join(dir, 'assets', 'index-abc.js'), 'export {}');
  writeFileSync(join(dir, 'assets', 'logo.svg'), '<svg/>');
  writeFileSync(join(dir, '.env'), 'TOKEN=1');
  writeFileSync(join(root, 'package.json'), '{"secret":true}');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const text = (body: Uint8Array) => new TextDecoder().decode(body);

describe('resolveStaticPath', () => {
  it('maps / and plain paths into the folder', () => {
    expect(resolveStaticPath(dir, '/')).toEqual({ ok: true, filePath: join(dir, 'index.html') });
    expect(resolveStaticPath(dir, '/assets/index-abc.js?v=2#x')).toEqual({ ok: true, filePath: join(dir, 'assets', 'index-abc.js') });
    expect(resolveStaticPath(dir, '/%E5%90%8D%E5%86%8C.html')).toEqual({ ok: true, filePath: join(dir, '名册.html') });
  });

  it.each([
    '/../package.json',
    '/%2e%2e/package.json',
    '/%2E%2E/package.json',
    '/..%2fpackage.json',
    '/assets/../../package.json',
    '/assets/%2e%2e/%2e%2e/package.json',
    '/..\\package.json',
    '/%5c..%5cpackage.json',
    '/C:/Windows/win.ini',
    '/.env',
    '/./index.html',
  ])('refuses %s', (path) => {
    expect(resolveStaticPath(dir, path)).toEqual({ ok: false, status: 403 });
  });

  it('answers 400 to undecodable paths and NUL', () => {
    expect(resolveStaticPath(dir, '/%E0%A4%A')).toEqual({ ok: false, status: 400 });
    expect(resolveStaticPath(dir, '/index.html%00.js')).toEqual({ ok: false, status: 400 });
    expect(resolveStaticPath(dir, 'index.html')).toEqual({ ok: false, status: 400 });
  });
});

describe('serveStaticFile', () => {
  it('serves index.html for / with the CSP header', async () => {
    const res = await serveStaticFile(dir, '/');
    expect(res.status).toBe(200);
    expect(res.headers['Content-Type']).toBe('text/html; charset=utf-8');
    expect(res.headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(res.headers['X-Content-Type-Options']).toBe('nosniff');
    expect(text(res.body)).toContain('首页');
  });

  it('refuses traversal, plain and encoded, without reading the file', async () => {
    for (const path of ['/../package.json', '/%2e%2e/package.json']) {
      const res = await serveStaticFile(dir, path);
      expect(res.status, path).toBe(403);
      expect(text(res.body)).not.toContain('secret');
      expect(res.headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    }
  });

  it('answers 404 for missing files and folders', async () => {
    expect((await serveStaticFile(dir, '/missing.js')).status).toBe(404);
    expect((await serveStaticFile(dir, '/assets')).status).toBe(404);
    expect((await serveStaticFile(dir, '/index.html/x')).status).toBe(404);
  });

  it('knows the MIME types the build emits', async () => {
    expect((await serveStaticFile(dir, '/assets/index-abc.js')).headers['Content-Type']).toBe('text/javascript; charset=utf-8');
    expect((await serveStaticFile(dir, '/assets/logo.svg')).headers['Content-Type']).toBe('image/svg+xml');
    expect(mimeTypeFor('a.CSS')).toBe('text/css; charset=utf-8');
    expect(mimeTypeFor('font.woff2')).toBe('font/woff2');
    expect(mimeTypeFor('a.unknown')).toBe('application/octet-stream');
  });
});
