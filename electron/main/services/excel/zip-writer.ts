// Writes a zip (an .xlsx is a zip) to a stream, entry after entry: small parts whole (stored or
// deflated, sizes in the local header), big parts streamed through node:zlib's deflate (which runs
// off the JavaScript thread) with their CRC-32 and sizes in a data descriptor after the data. The
// reader beside it is zip-archive.ts. No zip64: an archive or entry past 4 GiB is refused.
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { crc32, createDeflateRaw, deflateRawSync } from 'node:zlib';
import { CENTRAL, DESCRIPTOR, EOCD, LOCAL, U32_MAX } from './zip-format';

/** Bit 3: CRC and sizes follow the data; bit 11: the name is UTF-8. */
const FLAG_DESCRIPTOR = 0x0008;
const FLAG_UTF8 = 0x0800;
const VERSION = 20;

/** Output chunk of a streamed deflate: 256 KiB (zlib's 16 KiB default calls back into JavaScript 16 times as often). */
const DEFLATE_CHUNK = 256 * 1024;

/** The archive grew past what a zip without zip64 can describe. */
export class ZipTooLargeError extends Error {
  override readonly name = 'ZipTooLargeError';
}

interface Written {
  name: Buffer;
  flags: number;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  offset: number;
}

/** An entry being streamed: text or bytes in, deflated into the archive. */
export interface ZipEntryStream {
  /** Adds data to the entry; resolves when it may take more (back-pressure). */
  write(data: string | Uint8Array): Promise<void>;
  /** Completes the entry (its data descriptor). */
  end(): Promise<void>;
}

/** MS-DOS time and date of `d` (the zip's timestamps, local time). */
function dosTime(d: Date): { time: number; date: number } {
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1),
    date: (Math.max(0, d.getFullYear() - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

/** A zip written front to back to `out`; one entry at a time, then `finish`. */
export class ZipWriter {
  private readonly entries: Written[] = [];
  private offset = 0;
  private readonly stamp: { time: number; date: number };
  private open = false;
  private deflating: ReturnType<typeof createDeflateRaw> | undefined;

  /** `level`: the deflate level of streamed and deflated entries (zlib's 0–9). */
  constructor(
    private readonly out: Writable,
    private readonly level = 6,
    now = new Date(),
  ) {
    this.stamp = dosTime(now);
  }

  private async put(chunk: Uint8Array): Promise<void> {
    this.offset += chunk.length;
    if (this.offset > U32_MAX) throw new ZipTooLargeError('the archive is larger than 4 GiB');
    if (!this.out.write(chunk)) await once(this.out, 'drain');
  }

  /** Flags, method, time, date, CRC-32, sizes and name length: the same run in the local and the central header. */
  private entryFields(header: Buffer, at: number, entry: Written): void {
    header.writeUInt16LE(entry.flags, at);
    header.writeUInt16LE(entry.method, at + 2);
    header.writeUInt16LE(this.stamp.time, at + 4);
    header.writeUInt16LE(this.stamp.date, at + 6);
    header.writeUInt32LE(entry.crc, at + 8);
    header.writeUInt32LE(entry.compressedSize, at + 12);
    header.writeUInt32LE(entry.size, at + 16);
    header.writeUInt16LE(entry.name.length, at + 20);
  }

  private localHeader(entry: Written): Buffer {
    const header = Buffer.alloc(30);
    header.writeUInt32LE(LOCAL, 0);
    header.writeUInt16LE(VERSION, 4);
    this.entryFields(header, 6, entry);
    return Buffer.concat([header, entry.name]);
  }

  private begin(name: string, flags: number, method: number): Written {
    if (this.open) throw new Error('ZipWriter: an entry is still being written');
    const encoded = Buffer.from(name, 'utf8');
    const utf8 = encoded.length !== name.length ? FLAG_UTF8 : 0;
    return { name: encoded, flags: flags | utf8, method, crc: 0, compressedSize: 0, size: 0, offset: this.offset };
  }

  /** Adds a whole entry, deflated (default) or stored. */
  async add(name: string, data: string | Uint8Array, options: { store?: boolean } = {}): Promise<void> {
    const raw = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    const body = options.store ? raw : deflateRawSync(raw, { level: this.level });
    const entry = this.begin(name, 0, options.store ? 0 : 8);
    entry.crc = crc32(raw);
    entry.size = raw.length;
    entry.compressedSize = body.length;
    await this.put(this.localHeader(entry));
    await this.put(body);
    this.entries.push(entry);
  }

  /** Starts a streamed, deflated entry; nothing else may be added until it has ended. */
  async stream(name: string): Promise<ZipEntryStream> {
    const entry = this.begin(name, FLAG_DESCRIPTOR, 8);
    await this.put(this.localHeader(entry));
    this.open = true;
    const deflate = createDeflateRaw({ level: this.level, chunkSize: DEFLATE_CHUNK });
    this.deflating = deflate;
    let failure: unknown;
    // Compressed bytes go on to the output as they come; a full output pauses the deflater.
    deflate.on('data', (chunk: Buffer) => {
      entry.compressedSize += chunk.length;
      this.offset += chunk.length;
      if (!this.out.write(chunk)) {
        deflate.pause();
        this.out.once('drain', () => deflate.resume());
      }
    });
    deflate.on('error', (err) => (failure ??= err));
    const ended = once(deflate, 'end');
    ended.catch(() => undefined);
    return {
      write: async (data) => {
        if (failure) throw failure;
        const raw = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
        entry.crc = crc32(raw, entry.crc);
        entry.size += raw.length;
        if (entry.size > U32_MAX) throw new ZipTooLargeError(`${name} is larger than 4 GiB`);
        if (!deflate.write(raw)) await once(deflate, 'drain');
      },
      end: async () => {
        deflate.end();
        await ended;
        if (failure) throw failure;
        if (this.offset > U32_MAX) throw new ZipTooLargeError('the archive is larger than 4 GiB');
        this.open = false;
        this.deflating = undefined;
        const descriptor = Buffer.alloc(16);
        descriptor.writeUInt32LE(DESCRIPTOR, 0);
        descriptor.writeUInt32LE(entry.crc, 4);
        descriptor.writeUInt32LE(entry.compressedSize, 8);
        descriptor.writeUInt32LE(entry.size, 12);
        await this.put(descriptor);
        this.entries.push(entry);
      },
    };
  }

  /** Stops the entry being streamed, if any (the caller discards the output). */
  abort(): void {
    this.deflating?.destroy();
    this.deflating = undefined;
  }

  /** Writes the central directory and ends the output stream; resolves once it has taken everything. */
  async finish(): Promise<void> {
    if (this.open) throw new Error('ZipWriter: an entry is still being written');
    const start = this.offset;
    for (const e of this.entries) {
      const header = Buffer.alloc(46);
      header.writeUInt32LE(CENTRAL, 0);
      header.writeUInt16LE(VERSION, 4);
      header.writeUInt16LE(VERSION, 6);
      this.entryFields(header, 8, e);
      header.writeUInt32LE(e.offset, 42);
      await this.put(Buffer.concat([header, e.name]));
    }
    const end = Buffer.alloc(22);
    end.writeUInt32LE(EOCD, 0);
    end.writeUInt16LE(this.entries.length, 8);
    end.writeUInt16LE(this.entries.length, 10);
    end.writeUInt32LE(this.offset - start, 12);
    end.writeUInt32LE(start, 16);
    await this.put(end);
    const finished = once(this.out, 'finish');
    this.out.end();
    await finished;
  }
}
