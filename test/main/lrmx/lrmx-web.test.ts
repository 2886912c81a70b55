import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeHttpJson, encodeHttpJson } from '@shared/ipc/http-codec';
import { startWebHost, type WebHost } from '../../../electron/web/server';
import { fixture, PHOTO } from './fixtures';

let root: string;
let host: WebHost;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'gzt-web-lrmx-'));
  mkdirSync(join(root, 'renderer'));
  writeFileSync(join(root, 'renderer', 'index.html'), '<!doctype html><title>挂职通</title>');
  host = await startWebHost({ port: 0, rendererDir: join(root, 'renderer'), log: () => undefined });
});
afterAll(async () => {
  await host.close();
  rmSync(root, { recursive: true, force: true });
});

async function post(channel: string, ...args: unknown[]): Promise<{ status: number; body: any }> {
  const response = await fetch(`${host.url}api/${channel}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: host.url.slice(0, -1) },
    body: encodeHttpJson(args),
  });
  return { status: response.status, body: decodeHttpJson(await response.text()) };
}

describe('web host: lrmx:read over HTTP', () => {
  it('reads the files with the same service as Electron main, photo bytes intact', async () => {
    const { status, body } = await post('lrmx:read', [fixture('wang-zhiqiang-full.lrmx'), fixture('bad-billion-laughs.lrmx')]);
    expect(status).toBe(200);
    const { records, errors } = body.value;
    expect(records).toHaveLength(1);
    expect(records[0].elements.XingMing).toBe('王志强');
    expect(Buffer.from(records[0].photo.data).equals(Buffer.from(PHOTO))).toBe(true);
    expect(errors).toEqual([{ fileName: 'bad-billion-laughs.lrmx', message: expect.stringContaining('实体声明') }]);
  });

  it('refuses a malformed payload with 400 and a Chinese message', async () => {
    const { status, body } = await post('lrmx:read', [{ name: 'a/b.lrmx', data: new Uint8Array([1]) }]);
    expect(status).toBe(400);
    expect(body.error.code).toBe('invalid-request');
  });

  it('does not serve the native multi-file dialog', async () => {
    const { status, body } = await post('file:openMany', { filters: [] });
    expect(status).toBe(404);
    expect(body.error.code).toBe('not-found');
  });
});
