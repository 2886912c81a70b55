// Random access to the entries of a zip held in memory (an .xlsx is a zip), through its central
// directory, with every entry's size and CRC-32 checked while it is inflated.
//
// Why not unzipper (what exceljs's WorkbookReader uses): it walks the local headers front to back,
// and on damaged input it was seen to wait forever instead of failing; it also hands out worksheets
// before the shared strings and styles they need, which exceljs then parks in temporary files.
import { Readable, Transform, pipeline } from 'node:stream';
import { createInflateRaw, crc32 } from 'node:zlib';
import { CENTRAL, EOCD, EOCD64, EOCD64_LOCATOR, LOCAL, U16_MAX, U32_MAX } from './zip-format';

/** The input is not a zip, or its structure is damaged or truncated. */
export class ZipFormatError extends Error {
  override readonly name = 'ZipFormatError';
}

/** The zip uses zip-level encryption. */
export class ZipEncryptedError extends Error {
  override readonly name = 'ZipEncryptedError';
}

/** One file inside the zip, as its central directory describes it. */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  crc32: number;
  compressedSize: number;
  size: number;
  /** Where the entry's data starts in the archive. */
  dataOffset: number;
}

/** True when `data` starts like a zip (local file header). */
export function looksLikeZip(data: Uint8Array): boolean {
  return data.length >= 4 && data[0] === 0x50 && data[1] === 0x4b && data[2] === 0x03 && data[3] === 0x04;
}

function view(data: Uint8Array): DataView {
  return new DataView(data.buffer, data.byteOffset, data.byteLength);
}

function u64(dv: DataView, at: number): number {
  const value = dv.getBigUint64(at, true);
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new ZipFormatError('64-bit value out of range');
  return Number(value);
}

function need(data: Uint8Array, at: number, length: number): void {
  if (at < 0 || at + length > data.length) throw new ZipFormatError('structure points past the end of the file');
}

/** Reads the central directory: entry name → entry. Throws ZipFormatError / ZipEncryptedError. */
export function readZipDirectory(data: Uint8Array): Map<string, ZipEntry> {
  const dv = view(data);
  let eocd = -1;
  for (let at = data.length - 22; at >= Math.max(0, data.length - 22 - U16_MAX); at--) {
    if (dv.getUint32(at, true) === EOCD) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) throw new ZipFormatError('end of central directory not found (truncated?)');
  let count = dv.getUint16(eocd + 10, true);
  let directorySize = dv.getUint32(eocd + 12, true);
  let directoryOffset = dv.getUint32(eocd + 16, true);
  if (count === U16_MAX || directorySize === U32_MAX || directoryOffset === U32_MAX) {
    const locator = eocd - 20;
    need(data, locator, 20);
    if (dv.getUint32(locator, true) !== EOCD64_LOCATOR) throw new ZipFormatError('zip64 locator missing');
    const record = u64(dv, locator + 8);
    need(data, record, 56);
    if (dv.getUint32(record, true) !== EOCD64) throw new ZipFormatError('zip64 record missing');
    count = u64(dv, record + 32);
    directorySize = u64(dv, record + 40);
    directoryOffset = u64(dv, record + 48);
  }
  need(data, directoryOffset, directorySize);

  const decoder = new TextDecoder();
  const entries = new Map<string, ZipEntry>();
  let at = directoryOffset;
  for (let i = 0; i < count; i++) {
    need(data, at, 46);
    if (dv.getUint32(at, true) !== CENTRAL) throw new ZipFormatError('bad central directory entry');
    const flags = dv.getUint16(at + 8, true);
    const method = dv.getUint16(at + 10, true);
    const crc = dv.getUint32(at + 16, true);
    let compressedSize = dv.getUint32(at + 20, true);
    let size = dv.getUint32(at + 24, true);
    const nameLength = dv.getUint16(at + 28, true);
    const extraLength = dv.getUint16(at + 30, true);
    const commentLength = dv.getUint16(at + 32, true);
    let localOffset = dv.getUint32(at + 42, true);
    need(data, at + 46, nameLength + extraLength + commentLength);
    const name = decoder.decode(data.subarray(at + 46, at + 46 + nameLength));
    // zip64 extra field: the saturated values, in this order.
    for (let x = at + 46 + nameLength; x + 4 <= at + 46 + nameLength + extraLength; ) {
      const id = dv.getUint16(x, true);
      const length = dv.getUint16(x + 2, true);
      if (id === 0x0001) {
        let p = x + 4;
        if (size === U32_MAX) {
          size = u64(dv, p);
          p += 8;
        }
        if (compressedSize === U32_MAX) {
          compressedSize = u64(dv, p);
          p += 8;
        }
        if (localOffset === U32_MAX) localOffset = u64(dv, p);
      }
      x += 4 + length;
    }
    at += 46 + nameLength + extraLength + commentLength;
    if (name.endsWith('/')) continue;
    if (flags & 0x1) throw new ZipEncryptedError(`entry ${name} is encrypted`);
    if (method !== 0 && method !== 8) throw new ZipFormatError(`entry ${name} uses compression method ${method}`);
    need(data, localOffset, 30);
    if (dv.getUint32(localOffset, true) !== LOCAL) throw new ZipFormatError(`local header of ${name} missing`);
    const dataOffset = localOffset + 30 + dv.getUint16(localOffset + 26, true) + dv.getUint16(localOffset + 28, true);
    need(data, dataOffset, compressedSize);
    if (method === 0 && compressedSize !== size) throw new ZipFormatError(`stored entry ${name} has inconsistent sizes`);
    entries.set(name, { name, method, crc32: crc, compressedSize, size, dataOffset });
  }
  return entries;
}

/** Size of the slices a stored entry is read in. */
const SLICE_BYTES = 64 * 1024;

function* slices(raw: Buffer): Generator<Buffer> {
  for (let at = 0; at < raw.length; at += SLICE_BYTES) yield raw.subarray(at, at + SLICE_BYTES);
}

/**
 * The entry's contents as a stream of UTF-8 text (multi-byte characters are never split between
 * chunks). The stream fails with ZipFormatError when the data does not inflate to exactly the
 * declared size and CRC-32. `onBytes(chunk, total)` sees every unpacked chunk's size as it comes
 * (a budget check); what it throws fails the stream.
 */
export function openTextEntry(data: Uint8Array, entry: ZipEntry, onBytes?: (chunk: number, total: number) => void): Readable {
  const raw = Buffer.from(data.buffer, data.byteOffset + entry.dataOffset, entry.compressedSize);
  let size = 0;
  let crc = 0;
  const check = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      size += chunk.length;
      if (size > entry.size) {
        callback(new ZipFormatError(`${entry.name} is longer than declared`));
        return;
      }
      try {
        onBytes?.(chunk.length, size);
      } catch (err) {
        callback(err as Error);
        return;
      }
      crc = crc32(chunk, crc);
      callback(null, chunk);
    },
    flush(callback) {
      callback(size === entry.size && crc === entry.crc32 ? null : new ZipFormatError(`${entry.name} fails its size or CRC check`));
    },
  });
  // In slices, so that a stored (uncompressed) part streams like a deflated one instead of
  // arriving as one string of its whole size.
  const source = Readable.from(slices(raw), { objectMode: false });
  const out =
    entry.method === 8
      ? pipeline(source, createInflateRaw(), check, () => undefined)
      : pipeline(source, check, () => undefined);
  out.setEncoding('utf8');
  return out;
}
