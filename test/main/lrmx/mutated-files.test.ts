import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it, vi } from 'vitest';
import { LrmxRecordSchema } from '@shared/import/lrmx-record';
import { readLrmxFiles } from '../../../electron/main/services/lrmx/read-lrmx-files';
import { fixture } from './fixtures';

const SOURCES = ['wang-zhiqiang-full.lrmx', 'li-na-minimal.lrmx', 'ayiguli-extra-elements.lrmx', 'chen-siyuan-gbk.lrmx', 'zhao-li.lrm'].map(fixture);

/** Ways a file gets damaged on a USB stick, in e-mail or by another program. */
/** A position in the file, as a fraction (integers, so positions spread evenly). */
const position = fc.integer({ min: 1, max: 9_999 }).map((n) => n / 10_000);
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: position }),
  fc.record({ kind: fc.constant('flip' as const), at: fc.array(position, { minLength: 1, maxLength: 20 }), bit: fc.integer({ min: 0, max: 7 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: position, bytes: fc.uint8Array({ minLength: 1, maxLength: 64 }) }),
  fc.record({ kind: fc.constant('reencode' as const), encoding: fc.constantFrom('utf16le', 'big5', 'shift_jis', 'latin1') }),
  fc.record({ kind: fc.constant('hugeCell' as const), length: fc.integer({ min: 20_001, max: 200_000 }) }),
  fc.record({ kind: fc.constant('random' as const), bytes: fc.uint8Array({ minLength: 1, maxLength: 2000 }) }),
);

type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function mutate(data: Uint8Array, m: Mutation): Uint8Array {
  const pos = (x: number) => Math.min(data.length - 1, Math.floor(x * data.length));
  switch (m.kind) {
    case 'truncate':
      return data.subarray(0, pos(m.at));
    case 'flip': {
      const out = new Uint8Array(data);
      for (const at of m.at) out[pos(at)]! ^= 1 << m.bit;
      return out;
    }
    case 'insert': {
      const p = pos(m.at);
      return new Uint8Array([...data.subarray(0, p), ...m.bytes, ...data.subarray(p)]);
    }
    case 'reencode':
      return new Uint8Array(iconv.encode(new TextDecoder().decode(data), m.encoding));
    case 'hugeCell': {
      const text = new TextDecoder().decode(data);
      return new TextEncoder().encode(text.replace('</XingMing>', `${'长'.repeat(m.length)}</XingMing>`).replace('","', `${'长'.repeat(m.length)}","`));
    }
    case 'random':
      return m.bytes;
  }
}

describe('readLrmxFiles on damaged files', () => {
  it('never throws: 400 damaged files each give a valid person or one Chinese message naming the file', async () => {
    const samples = fc.sample(fc.tuple(fc.integer({ min: 0, max: SOURCES.length - 1 }), mutation), { numRuns: 400, seed: 20_240_506 });
    const files = samples.map(([source, m], i) => {
      const src = SOURCES[source]!;
      const ext = src.name.slice(src.name.lastIndexOf('.'));
      return { name: `损坏${i}${ext}`, data: mutate(src.data, m) };
    });
    const log = vi.fn();
    const { records, errors } = await readLrmxFiles(files, { log });
    expect(records.length + errors.length).toBe(files.length);
    for (const record of records) expect(LrmxRecordSchema.safeParse(record).success).toBe(true);
    for (const error of errors) {
      expect(error.message).toMatch(/[\u4e00-\u9fff]/);
      expect(error.message).toContain(`“${error.fileName}”`);
      expect(error.message).not.toMatch(/意外错误/);
    }
    expect(log).not.toHaveBeenCalled();
    console.log(`损坏文件 ${files.length} 个：读出 ${records.length} 人，拒绝 ${errors.length} 个，未捕获错误 0 个`);
  }, 60_000);
});
