import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { canonicalJson } from '../canonical-json';
import type { CellValue } from './cells';
import { TextForms, utf8, Utf8Builder } from './utf8-builder';

/** An incremental SHA-256 over bytes (main passes node:crypto's; the default is @noble/hashes). */
export interface Sha256Stream {
  /** Hashes `bytes` at once (the caller may reuse them afterwards). */
  update(bytes: Uint8Array): void;
  /** The digest as 64 hex digits (ends the stream). */
  hex(): string;
}

/** Makes a fresh SHA-256 stream. */
export type Sha256Factory = () => Sha256Stream;

/** SHA-256 in plain JavaScript (@noble/hashes): the same digest anywhere, slower than a native one. */
export const portableSha256: Sha256Factory = () => {
  const hash = sha256.create();
  return { update: (bytes) => hash.update(bytes), hex: () => bytesToHex(hash.digest()) };
};

const OPEN = utf8('[');
const COMMA = utf8(',');
const CLOSE = utf8(']\n');
const NEWLINE = utf8('\n');
const NULL = utf8('null');
const TRUE = utf8('true');
const FALSE = utf8('false');

/**
 * SHA-256 over a table's data rows as they are in the cells: the canonical JSON of each row (one
 * cell per column, empty = null) followed by a line break, row after row, across continuation
 * sheets. Fed while writing and again while reading, so it never needs all rows at once.
 */
export class RowDigest {
  private readonly hash: Sha256Stream;
  /** Rows not hashed yet, as UTF-8: hashed in blocks, as one call per short row costs more than the hashing. */
  private readonly pending = new Utf8Builder(1 << 17);
  /** The JSON of each text (a short one's encoded once: a package's texts repeat). */
  private readonly strings = new TextForms((text) => JSON.stringify(text));

  constructor(sha = portableSha256) {
    this.hash = sha();
  }

  /**
   * Adds one data row: its canonical JSON (text, finite numbers, null for empty, and for rows read
   * back booleans) and a line break, written straight as bytes.
   */
  add(cells: readonly (CellValue | boolean | undefined)[]): void {
    const out = this.pending;
    const start = out.length;
    out.bytes(OPEN);
    for (let i = 0; i < cells.length; i++) {
      const cell = cells[i];
      if (i > 0) out.bytes(COMMA);
      if (cell === null || cell === undefined) out.bytes(NULL);
      else if (typeof cell === 'string') this.strings.write(out, cell);
      else if (typeof cell === 'number' && Number.isFinite(cell)) out.ascii(String(cell)); // as JSON writes it (-0 as 0)
      else if (typeof cell === 'boolean') out.bytes(cell ? TRUE : FALSE);
      else {
        // not a cell value: canonicalJson throws, naming it
        out.length = start;
        out.text(canonicalJson(cells));
        out.bytes(NEWLINE);
        return;
      }
    }
    out.bytes(CLOSE);
    if (out.length >= 65_536) this.flush();
  }

  /** The digest as 64 hex digits (ends the digest). */
  hex(): string {
    this.flush();
    return this.hash.hex();
  }

  private flush(): void {
    if (this.pending.length) this.hash.update(this.pending.view());
    this.pending.reset();
  }
}

/** SHA-256 (hex) of the canonical JSON of `value`: the manifest's `contentSha256`. */
export function jsonDigest(value: unknown): string {
  return bytesToHex(sha256(utf8ToBytes(canonicalJson(value))));
}
