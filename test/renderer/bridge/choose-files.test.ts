import { File as NodeFile } from 'node:buffer';
import { afterEach, describe, expect, it } from 'vitest';
import { chooseFile, chooseFiles } from '../../../renderer/src/bridge/web-bridge';

// The browser's file chooser, driven as the clerk would: the hidden input appears, files are chosen.

const FILTERS = [{ name: '干部任免审批表', extensions: ['lrmx', 'lrm', 'pic'] }];

function fileInput(): HTMLInputElement {
  const input = document.querySelector<HTMLInputElement>('input[type=file]');
  if (!input) throw new Error('no file input');
  return input;
}

function choose(files: readonly unknown[]): void {
  const input = fileInput();
  Object.defineProperty(input, 'files', { value: files, configurable: true });
  input.dispatchEvent(new Event('change'));
}

// Node's File: jsdom's has no arrayBuffer(); the chooser only uses name, size and arrayBuffer().
const file = (name: string, size: number) => new NodeFile([new Uint8Array(size).fill(65)], name);

afterEach(() => {
  document.body.innerHTML = '';
});

describe('chooseFiles (web bridge of file:openMany)', () => {
  it('opens a multiple chooser limited to the extensions and reads every file', async () => {
    const pending = chooseFiles({ filters: FILTERS });
    expect(fileInput().multiple).toBe(true);
    expect(fileInput().accept).toBe('.lrmx,.lrm,.pic');
    choose([file('张三.lrmx', 3), file('李四.lrm', 2)]);
    const result = await pending;
    expect(result!.files.map((f) => [f.name, [...f.data]])).toEqual([
      ['张三.lrmx', [65, 65, 65]],
      ['李四.lrm', [65, 65]],
    ]);
    expect(result!.skipped).toEqual([]);
    expect(document.querySelector('input[type=file]')).toBeNull();
  });

  it('answers null on cancel', async () => {
    const pending = chooseFiles({ filters: FILTERS });
    fileInput().dispatchEvent(new Event('cancel'));
    expect(await pending).toBeNull();
  });

  it('skips files over the limits with Chinese messages and refuses too many files', async () => {
    const pending = chooseFiles({ filters: FILTERS, maxBytes: 10, maxTotalBytes: 12 });
    choose([file('a.lrmx', 8), file('big.lrmx', 11), file('b.lrmx', 5), file('c.lrmx', 4)]);
    const result = await pending;
    expect(result!.files.map((f) => f.name)).toEqual(['a.lrmx', 'c.lrmx']);
    expect(result!.skipped).toEqual([
      { name: 'big.lrmx', message: expect.stringContaining('“big.lrmx”大小为 11 B，超过 10 B 的上限') },
      { name: 'b.lrmx', message: expect.stringContaining('总大小超过 12 B，文件“b.lrmx”未读取') },
    ]);
    const tooMany = chooseFiles({ filters: FILTERS, maxFiles: 1 });
    choose([file('a.lrmx', 1), file('b.lrmx', 1)]);
    await expect(tooMany).rejects.toMatchObject({ code: 'too-many-files', message: expect.stringContaining('一次最多选择 1 个文件') });
  });

  it('lists a file that cannot be read, and reads the others', async () => {
    const pending = chooseFiles({ filters: FILTERS });
    const broken = { name: '坏.lrmx', size: 3, arrayBuffer: () => Promise.reject(new Error('NotReadableError')) };
    choose([broken, file('好.lrmx', 1)]);
    const result = await pending;
    expect(result!.files.map((f) => f.name)).toEqual(['好.lrmx']);
    expect(result!.skipped).toEqual([{ name: '坏.lrmx', message: expect.stringContaining('读取文件“坏.lrmx”失败') }]);
  });

  it('refuses an invalid request before opening anything', async () => {
    await expect(chooseFiles({ filters: FILTERS, maxFiles: 0 })).rejects.toMatchObject({ code: 'invalid-request' });
    expect(document.querySelector('input[type=file]')).toBeNull();
  });
});

describe('chooseFile (single file, same chooser)', () => {
  it('still reads one file and refuses a big one', async () => {
    const pending = chooseFile({ filters: [{ name: 'Excel', extensions: ['xlsx'] }] });
    expect(fileInput().multiple).toBe(false);
    choose([file('名册.xlsx', 4)]);
    expect(await pending).toEqual({ name: '名册.xlsx', data: new Uint8Array([65, 65, 65, 65]) });
    const big = chooseFile({ filters: [], maxBytes: 2 });
    choose([file('大.xlsx', 3)]);
    await expect(big).rejects.toMatchObject({ code: 'file-too-large' });
  });
});
