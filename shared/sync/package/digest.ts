import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { canonicalJson } from '../canonical-json';
import type { CellValue } from './cells';

/**
 * SHA-256 over a table's data rows as they are in the cells: the canonical JSON of each row (one
 * cell per column, empty = null) followed by a line break, row after row, across continuation
 * sheets. Fed while writing and again while reading, so it never needs all rows at once.
 */
export class RowDigest {
  private readonly hash = sha256.create();
  /** Rows not hashed yet: hashed in blocks, as one call per short row costs more than the hashing. */
  private pending = '';

  /** Adds one data row. */
  add(cells: readonly CellValue[]): void {
    this.pending += `${canonicalJson(cells)}\n`;
    if (this.pending.length >= 65_536) this.flush();
  }

  /** The digest as 64 hex digits (ends the digest). */
  hex(): string {
    this.flush();
    return bytesToHex(this.hash.digest());
  }

  private flush(): void {
    if (this.pending) this.hash.update(utf8ToBytes(this.pending));
    this.pending = '';
  }
}

/** SHA-256 (hex) of the canonical JSON of `value`: the manifest's `contentSha256`. */
export function jsonDigest(value: unknown): string {
  return bytesToHex(sha256(utf8ToBytes(canonicalJson(value))));
}
