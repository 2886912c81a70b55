// UTF-8 bytes built piece by piece, for the two places that turn a package's 1.7 million cells
// into text only to hash or deflate it (the row digest, main's sheet XML): building JavaScript
// strings and converting them cost ten times what copying each distinct value's bytes does
// (measured: 83 MiB of sheet XML 1.0 s as strings, 0.11 s as bytes).

const encoder = new TextEncoder();

/** A growing byte buffer: ASCII, bytes and text appended, taken out as bytes. */
export class Utf8Builder {
  private buffer: Uint8Array;
  /** bytes written so far */
  length = 0;

  constructor(capacity = 1 << 16) {
    this.buffer = new Uint8Array(capacity);
  }

  private room(bytes: number): void {
    if (this.length + bytes <= this.buffer.length) return;
    const grown = new Uint8Array(Math.max(this.buffer.length * 2, this.length + bytes));
    grown.set(this.buffer.subarray(0, this.length));
    this.buffer = grown;
  }

  /** Appends bytes (one distinct value's, encoded once by `utf8`). */
  bytes(bytes: Uint8Array): void {
    this.room(bytes.length);
    const out = this.buffer;
    let at = this.length;
    // a loop beats set() for the few bytes most pieces have
    if (bytes.length < 24) for (let i = 0; i < bytes.length; i++) out[at++] = bytes[i]!;
    else {
      out.set(bytes, at);
      at += bytes.length;
    }
    this.length = at;
  }

  /** Appends text known to be ASCII (numbers, cell references, markup). */
  ascii(text: string): void {
    this.room(text.length);
    const out = this.buffer;
    let at = this.length;
    for (let i = 0; i < text.length; i++) out[at++] = text.charCodeAt(i);
    this.length = at;
  }

  /** Appends any text as UTF-8. */
  text(text: string): void {
    this.room(text.length * 3);
    this.length += encoder.encodeInto(text, this.buffer.subarray(this.length)).written;
  }

  /** The bytes so far, valid until the next append or reset (for a hash that consumes them at once). */
  view(): Uint8Array {
    return this.buffer.subarray(0, this.length);
  }

  /** A copy of the bytes so far, and the builder emptied (for a stream that keeps them). */
  take(): Uint8Array {
    const bytes = this.buffer.slice(0, this.length);
    this.length = 0;
    return bytes;
  }

  reset(): void {
    this.length = 0;
  }
}

/** `text` as UTF-8 bytes. */
export function utf8(text: string): Uint8Array {
  return encoder.encode(text);
}

/**
 * Writes each text in some form (its JSON, its cell's XML) as UTF-8: the bytes of a short text's
 * form made once and kept (statuses, dates and ids repeat through a package), up to `limit` texts,
 * then forgotten and begun again; a longer text's form (a stamp list, a day's record: seldom seen
 * twice) written straight in, never kept.
 */
export class TextForms {
  private readonly kept = new Map<string, Uint8Array>();

  constructor(
    private readonly form: (text: string) => string,
    private readonly maxLength = 48,
    private readonly limit = 100_000,
  ) {}

  /** Appends the form of `text` to `out`. */
  write(out: Utf8Builder, text: string): void {
    if (text.length > this.maxLength) {
      out.text(this.form(text));
      return;
    }
    let bytes = this.kept.get(text);
    if (bytes === undefined) {
      bytes = utf8(this.form(text));
      if (this.kept.size >= this.limit) this.kept.clear();
      this.kept.set(text, bytes);
    }
    out.bytes(bytes);
  }
}
