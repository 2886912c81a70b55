import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dispatch } from '../../../electron/main/services/dispatch';
import { createOpenManyService, type MultiOpenDialog } from '../../../electron/main/services/open-many';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'gzt-open-many-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function file(name: string, size: number): string {
  const path = join(dir, name);
  writeFileSync(path, Buffer.alloc(size, 65));
  return path;
}

function setup(paths: string[] | null) {
  const dialog: MultiOpenDialog = { chooseOpenPaths: vi.fn(async () => paths) };
  const service = createOpenManyService(dialog)['file:openMany'];
  return { dialog, call: (req: unknown) => dispatch('file:openMany', [req], service) };
}

const FILTERS = [{ name: '干部任免审批表', extensions: ['lrmx', 'lrm', 'pic'] }];

describe('file:openMany', () => {
  it('reads every chosen file and passes title and filters to the dialog', async () => {
    const { dialog, call } = setup([file('张三.lrmx', 10), file('李四.lrm', 20), file('李四.pic', 30)]);
    const result = await call({ title: '选择任免审批表', filters: FILTERS });
    expect(dialog.chooseOpenPaths).toHaveBeenCalledWith({ title: '选择任免审批表', filters: FILTERS });
    expect(result).toMatchObject({ ok: true });
    if (!result.ok) return;
    expect(result.value!.files.map((f) => [f.name, f.data.byteLength])).toEqual([
      ['张三.lrmx', 10],
      ['李四.lrm', 20],
      ['李四.pic', 30],
    ]);
    expect(result.value!.skipped).toEqual([]);
  });

  it('answers null when the dialog is cancelled', async () => {
    expect(await setup(null).call({ filters: FILTERS })).toEqual({ ok: true, value: null });
  });

  it('skips a file over the per-file limit, one past the total, and a vanished one, reading the rest', async () => {
    const { call } = setup([file('a.lrmx', 100), file('big.lrmx', 5000), file('b.lrmx', 900), file('c.lrmx', 50), join(dir, 'gone.lrmx')]);
    const result = await call({ filters: FILTERS, maxBytes: 1000, maxTotalBytes: 1000 });
    if (!result.ok) throw new Error('expected ok');
    expect(result.value!.files.map((f) => f.name)).toEqual(['a.lrmx', 'b.lrmx']);
    expect(result.value!.skipped).toEqual([
      { name: 'big.lrmx', message: expect.stringMatching(/“big\.lrmx”.*超过 1000 B 的上限/) },
      { name: 'c.lrmx', message: expect.stringMatching(/总大小超过.*“c\.lrmx”未读取。请分批选择/) },
      { name: 'gone.lrmx', message: expect.stringMatching(/找不到文件“gone\.lrmx”/) },
    ]);
  });

  it('refuses more files than allowed, reading none', async () => {
    const { call } = setup([file('a.lrmx', 1), file('b.lrmx', 1), file('c.lrmx', 1)]);
    expect(await call({ filters: FILTERS, maxFiles: 2 })).toEqual({
      ok: false,
      error: { code: 'too-many-files', message: '一次最多选择 2 个文件，本次选择了 3 个，未读取。请分批选择。' },
    });
  });

  it.each([
    ['a bad extension', { filters: [{ name: 'x', extensions: ['.lrmx'] }] }],
    ['a path', { filters: FILTERS, path: '/etc' }],
    ['zero files allowed', { filters: FILTERS, maxFiles: 0 }],
    ['too many files allowed', { filters: FILTERS, maxFiles: 100_000 }],
  ])('refuses %s without opening the dialog', async (_label, req) => {
    const { dialog, call } = setup([]);
    expect(await call(req)).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(dialog.chooseOpenPaths).not.toHaveBeenCalled();
  });
});
