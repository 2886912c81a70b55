import { describe, expect, it, vi } from 'vitest';
import type { LrmxRecord } from '@shared/import/lrmx-record';
import { createUnitLookup } from '@shared/import/unit-names';
import type { Bridge, OpenedFile } from '@shared/ipc/contract';
import { LRMX_BATCH_BYTES, LRMX_BATCH_FILES, lrmxBatches, readLrmxFiles } from '../../../renderer/src/bridge/read-lrmx';

const opened = (name: string, size = 10): OpenedFile => ({ name, data: new Uint8Array(size) });

function record(fileName: string, name: string): LrmxRecord {
  return {
    fileName,
    format: 'lrmx',
    elements: { XingMing: name, XingBie: '男', ChuShengNianYue: '198203', ShenFenZheng: '511723198203150317', XianRenZhiWu: '开江县农业农村局副局长' },
    family: [],
    photo: null,
    unknownElements: [],
    warnings: [],
  };
}

describe('lrmxBatches', () => {
  it('keeps a .lrm with its .pic in one batch, in order of first appearance', () => {
    const files = Array.from({ length: LRMX_BATCH_FILES - 1 }, (_, i) => opened(`${i}.lrmx`));
    files.push(opened('赵丽.lrm'), opened('x.lrmx'), opened('赵丽.PIC'));
    const batches = lrmxBatches(files);
    expect(batches).toHaveLength(2);
    expect(batches[1]!.map((f) => f.name)).toEqual(['赵丽.lrm', '赵丽.PIC', 'x.lrmx']);
    expect(batches.flat()).toHaveLength(files.length);
  });

  it('splits by size, and a file bigger than a batch goes alone', () => {
    const half = LRMX_BATCH_BYTES / 2;
    const batches = lrmxBatches([opened('a.lrmx', half), opened('b.lrmx', half), opened('c.lrmx', 1), opened('huge.lrmx', LRMX_BATCH_BYTES + 1), opened('d.lrmx', 1)]);
    expect(batches.map((b) => b.map((f) => f.name))).toEqual([['a.lrmx', 'b.lrmx'], ['c.lrmx'], ['huge.lrmx'], ['d.lrmx']]);
  });
});

describe('readLrmxFiles (renderer)', () => {
  it('opens, reads in batches and maps each person; skipped and refused files become errors', async () => {
    const files = [opened('王志强.lrmx'), opened('坏.lrmx')];
    const bridge = {
      openFiles: vi.fn(async () => ({ files, skipped: [{ name: '大.lrmx', message: '文件“大.lrmx”过大' }] })),
      readLrmx: vi.fn(async () => ({ records: [record('王志强.lrmx', '王志强')], errors: [{ fileName: '坏.lrmx', message: '文件“坏.lrmx”不完整' }] })),
    } as unknown as Bridge;
    const progress = vi.fn();
    const units = createUnitLookup([{ id: 'agri', name: '开江县农业农村局' }]);
    const outcome = await readLrmxFiles({ today: '2024-05-06', units, bridge, onProgress: progress });
    expect(bridge.openFiles).toHaveBeenCalledWith(expect.objectContaining({ filters: [expect.objectContaining({ extensions: ['lrmx', 'lrm', 'pic'] })] }));
    expect(bridge.readLrmx).toHaveBeenCalledWith(files);
    expect(outcome!.persons).toHaveLength(1);
    expect(outcome!.persons[0]!.cadre).toMatchObject({ name: '王志强', idCardNo: '511723198203150317', sex: '1' });
    expect(outcome!.persons[0]!.currentPost).toMatchObject({ unit: { id: 'agri' }, post: '副局长' });
    expect(outcome!.errors.map((e) => e.fileName)).toEqual(['大.lrmx', '坏.lrmx']);
    expect(progress.mock.calls).toEqual([
      [1, 3],
      [3, 3],
    ]);
  });

  it('answers null when the clerk cancels, without reading', async () => {
    const bridge = { openFiles: vi.fn(async () => null), readLrmx: vi.fn() } as unknown as Bridge;
    expect(await readLrmxFiles({ today: '2024-05-06', bridge })).toBeNull();
    expect(bridge.readLrmx).not.toHaveBeenCalled();
  });
});
