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

  /** Adds one data row. */
  add(cells: readonly CellValue[]): void {
    this.hash.update(utf8ToBytes(`${canonicalJson(cells)}\n`));
  }

  /** The digest as 64 hex digits (ends the digest). */
  hex(): string {
    return bytesToHex(this.hash.digest());
  }
}

/** SHA-256 (hex) of the canonical JSON of `value`: the manifest's `contentSha256`. */
export function jsonDigest(value: unknown): string {
  return bytesToHex(sha256(utf8ToBytes(canonicalJson(value))));
}
