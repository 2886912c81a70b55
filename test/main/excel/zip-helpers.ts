// Test helpers: build a small zip by hand (stored or deflated, sizes true or false), and read one
// part of a zip as text.
import { crc32, deflateRawSync } from 'node:zlib';
import { openTextEntry, readZipDirectory } from '../../../electron/main/services/excel/zip-archive';

/** How zipFiles writes each entry. */
export interface ZipOptions {
  /** Deflate the data (method 8) instead of storing it. */
  deflate?: boolean;
  /** Declared (central directory and local header) unpacked size per entry name, to lie about it. */
  declaredSize?: Record<string, number>;
}

/** An entry deflated beforehand (e.g. a zip bomb built in chunks), with its real CRC-32 and size. */
export interface DeflatedEntry {
  deflated: Uint8Array;
  crc32: number;
  size: number;
}

/** A zip with the given files, in the given order, with correct CRCs (unless sizes are overridden). */
export function zipFiles(files: Record<string, string | Uint8Array | DeflatedEntry>, options: ZipOptions = {}): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(files)) {
    const ready = typeof content === 'object' && 'deflated' in content ? content : null;
    const data = ready ? null : typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content as Uint8Array);
    const stored = ready ? Buffer.from(ready.deflated) : options.deflate ? deflateRawSync(data!) : data!;
    const method = ready || options.deflate ? 8 : 0;
    const size = options.declaredSize?.[name] ?? (ready ? ready.size : data!.length);
    const nameBytes = Buffer.from(name, 'utf8');
    const crc = ready ? ready.crc32 : crc32(data!);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(stored.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(stored.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, stored);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + stored.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

/** A zip with the given files, stored without compression, in the given order. */
export function storedZip(files: Record<string, string | Uint8Array>): Uint8Array {
  return zipFiles(files);
}

/** The text of one part of a zip (e.g. `xl/styles.xml`). */
export async function zipText(data: Uint8Array, name: string): Promise<string> {
  const entry = readZipDirectory(data).get(name);
  if (!entry) throw new Error(`${name} not in the zip`);
  let text = '';
  for await (const chunk of openTextEntry(data, entry)) text += chunk as string;
  return text;
}

/** The cellXfs <xf> elements of a styles.xml, in index order. */
export function cellFormats(stylesXml: string): string[] {
  const section = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(stylesXml)?.[1] ?? '';
  return section.match(/<xf [^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g) ?? [];
}

/** The style index (`s`) of a cell in a worksheet XML, 0 when it has none. */
export function styleIndexOf(sheetXml: string, address: string): number {
  const cell = new RegExp(`<c r="${address}"([^>]*)>`).exec(sheetXml)?.[1] ?? '';
  return Number(/ s="(\d+)"/.exec(cell)?.[1] ?? 0);
}

/** The bytes on an ArrayBuffer of their own (exceljs's `load` wants an ArrayBuffer-like Buffer). */
export function arrayBufferOf(data: Uint8Array): ArrayBuffer {
  return data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer;
}
