import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readZipDirectory } from '../../../electron/main/services/excel/zip-archive';
import { ZipWriter } from '../../../electron/main/services/excel/zip-writer';
import { zipText } from './zip-helpers';

/** A writable keeping what it gets; `highWaterMark` small so back-pressure happens. */
function sink(): { out: Writable; bytes: () => Uint8Array } {
  const chunks: Buffer[] = [];
  const out = new Writable({
    highWaterMark: 1024,
    write(chunk: Buffer, _encoding, callback) {
      chunks.push(chunk);
      setImmediate(callback);
    },
  });
  return { out, bytes: () => new Uint8Array(Buffer.concat(chunks)) };
}

/** Text of `n` lines that compresses well but is not trivial. */
function lines(n: number): string {
  return Array.from({ length: n }, (_, i) => `<row r="${i + 1}"><c><v>${(i * 7919) % 10007}</v></c><c t="inlineStr"><is><t>挂职干部${i}</t></is></c></row>\n`).join('');
}

async function written(build: (zip: ZipWriter) => Promise<void>): Promise<Uint8Array> {
  const { out, bytes } = sink();
  const zip = new ZipWriter(out);
  await build(zip);
  await zip.finish();
  return bytes();
}

describe('zip writer', () => {
  it('writes stored, deflated and streamed entries that our reader gives back exactly, CRC and sizes checked', async () => {
    const big = lines(40_000);
    const bytes = await written(async (zip) => {
      await zip.add('stored.txt', 'plain text, stored', { store: true });
      await zip.add('deflated.xml', '<a>中文内容</a>'.repeat(100));
      const entry = await zip.stream('streamed/sheet1.xml');
      for (let at = 0; at < big.length; at += 50_000) await entry.write(big.slice(at, at + 50_000));
      await entry.end();
      await zip.add('after.txt', new Uint8Array([0, 1, 2, 255]), { store: true });
    });
    const dir = readZipDirectory(bytes);
    expect([...dir.keys()]).toEqual(['stored.txt', 'deflated.xml', 'streamed/sheet1.xml', 'after.txt']);
    expect(dir.get('stored.txt')!.method).toBe(0);
    expect(dir.get('deflated.xml')!.method).toBe(8);
    const streamed = dir.get('streamed/sheet1.xml')!;
    expect(streamed.method).toBe(8);
    expect(streamed.size).toBe(Buffer.byteLength(big));
    expect(streamed.crc32).toBe(crc32(Buffer.from(big)));
    expect(streamed.compressedSize).toBeLessThan(streamed.size / 3);
    expect(await zipText(bytes, 'stored.txt')).toBe('plain text, stored');
    expect(await zipText(bytes, 'deflated.xml')).toBe('<a>中文内容</a>'.repeat(100));
    expect(await zipText(bytes, 'streamed/sheet1.xml')).toBe(big);
    const after = dir.get('after.txt')!;
    expect([...bytes.subarray(after.dataOffset, after.dataOffset + after.size)]).toEqual([0, 1, 2, 255]);
  });

  it('a damaged streamed entry fails its CRC check when read', async () => {
    const text = lines(2_000);
    const bytes = await written(async (zip) => {
      const entry = await zip.stream('sheet.xml');
      await entry.write(text);
      await entry.end();
    });
    const entry = readZipDirectory(bytes).get('sheet.xml')!;
    const damaged = bytes.slice();
    // The descriptor's and the directory's CRC both claim another value.
    const view = new DataView(damaged.buffer);
    const central = damaged.length - 22 - (46 + 'sheet.xml'.length);
    view.setUint32(central + 16, entry.crc32 ^ 1, true);
    await expect(zipText(damaged, 'sheet.xml')).rejects.toThrow(/CRC/);
  });

  it('refuses a second entry while one is streamed', async () => {
    const { out } = sink();
    const zip = new ZipWriter(out);
    await zip.stream('a.xml');
    await expect(zip.add('b.xml', 'x')).rejects.toThrow(/still being written/);
  });

  it('is a zip that Python zipfile accepts (names, data descriptors, central directory)', async () => {
    const bytes = await written(async (zip) => {
      await zip.add('[Content_Types].xml', '<Types/>');
      const entry = await zip.stream('xl/worksheets/sheet1.xml');
      await entry.write(lines(500));
      await entry.end();
    });
    const dir = mkdtempSync(join(tmpdir(), 'gzt-zip-'));
    try {
      const file = join(dir, 'a.zip');
      writeFileSync(file, bytes);
      const listing = execFileSync('python3', ['-c', 'import sys,zipfile; z=zipfile.ZipFile(sys.argv[1]); print(z.testzip()); print(len(z.read("xl/worksheets/sheet1.xml")))', file], { encoding: 'utf8' });
      expect(listing.split('\n').slice(0, 2)).toEqual(['None', String(Buffer.byteLength(lines(500)))]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
