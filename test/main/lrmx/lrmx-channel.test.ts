import { describe, expect, it, vi } from 'vitest';
import { ReadLrmxResultSchema } from '@shared/import/lrmx-record';
import { MAX_LRMX_FILES_PER_CALL } from '@shared/ipc/contract';
import { dispatch } from '../../../electron/main/services/dispatch';
import { createLrmxServices } from '../../../electron/main/services/lrmx/lrmx-services';
import { fixture } from './fixtures';

// `lrmx:read` through the one validation path the IPC handlers and the web host share.

const service = createLrmxServices()['lrmx:read'];

describe('lrmx:read', () => {
  it('accepts files and answers persons and per-file errors that pass the response schema', async () => {
    const result = await dispatch('lrmx:read', [[fixture('wang-zhiqiang-full.lrmx'), fixture('bad-truncated.lrmx'), fixture('zhao-li.lrm'), fixture('zhao-li.pic')]], service);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(ReadLrmxResultSchema.parse(result.value)).toEqual(result.value);
    expect(result.value.records.map((r) => r.elements.XingMing)).toEqual(['王志强', '赵丽']);
    expect(result.value.records[1]!.photo?.mime).toBe('image/jpeg');
    expect(result.value.errors.map((e) => e.fileName)).toEqual(['bad-truncated.lrmx']);
  });

  it.each([
    ['no argument', []],
    ['an empty list', [[]]],
    ['a path as the name', [[{ name: '../../etc/passwd', data: new Uint8Array([1]) }]]],
    ['data that is not bytes', [[{ name: 'a.lrmx', data: 'PFBlcnNvbj4=' }]]],
    ['an extra field', [[{ name: 'a.lrmx', data: new Uint8Array([1]), path: '/tmp/a.lrmx' }]]],
    ['a bare object instead of a list', [{ name: 'a.lrmx', data: new Uint8Array([1]) }]],
    ['too many files', [Array.from({ length: MAX_LRMX_FILES_PER_CALL + 1 }, (_, i) => ({ name: `${i}.lrmx`, data: new Uint8Array([60]) }))]],
  ])('refuses %s without calling the service', async (_label, args) => {
    const spy = vi.fn(service);
    const result = await dispatch('lrmx:read', args, spy);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid-request');
    expect(result.error.message).toMatch(/请求内容不符合要求/);
    expect(spy).not.toHaveBeenCalled();
  });

  it('refuses more than 128 MB in one call, asking for batches', async () => {
    const big = new Uint8Array(65 * 1024 * 1024);
    const spy = vi.fn(service);
    const result = await dispatch('lrmx:read', [[{ name: 'a.lrmx', data: big }, { name: 'b.lrmx', data: big }]], spy);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request', message: expect.stringContaining('请分批读取') } });
    expect(spy).not.toHaveBeenCalled();
  });
});
