import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { canonicalJson } from '../canonical-json';
import type { CellValue } from './cells';

/** An incremental SHA-256 over UTF-8 text (main passes node:crypto's; the default is @noble/hashes). */
export interface Sha256Stream {
  update(text: string): void;
  /** The digest as 64 hex digits (ends the stream). */
  hex(): string;
}

/** Makes a fresh SHA-256 stream. */
export type Sha256Factory = () => Sha256Stream;

/** SHA-256 in plain JavaScript (@noble/hashes): the same digest anywhere, slower than a native one. */
export const portableSha256: Sha256Factory = () => {
  const hash = sha256.create();
  return { update: (text) => hash.update(utf8ToBytes(text)), hex: () => bytesToHex(hash.digest()) };
};

/**
 * The canonical JSON of a row of cells, written straight (cells are text, finite numbers or empty,
 * and for rows read back also booleans): the same text canonicalJson gives, which refuses the rest.
 */
export function cellsJson(cells: readonly (CellValue | boolean | undefined)[]): string {
  // JSON.stringify writes text, finite numbers (-0 as 0), booleans and null (undefined in an array
  // too) exactly as the loop below; one native call is several times faster for a whole row.
  let plain = true;
  for (let i = 0; i < cells.length && plain; i++) {
    const cell = cells[i];
    const type = typeof cell;
    plain = cell === null || type === 'string' || type === 'undefined' || type === 'boolean' || (type === 'number' && Number.isFinite(cell));
  }
  if (plain) return JSON.stringify(cells);
  let out = '[';
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    if (i > 0) out += ',';
    if (cell === null || cell === undefined) out += 'null';
    else if (typeof cell === 'string') out += JSON.stringify(cell);
    else if (typeof cell === 'number' && Number.isFinite(cell)) out += cell === 0 ? '0' : String(cell);
    else if (typeof cell === 'boolean') out += cell ? 'true' : 'false';
    else return canonicalJson(cells); // throws, naming the cell
  }
  return `${out}]`;
}

/**
 * SHA-256 over a table's data rows as they are in the cells: the canonical JSON of each row (one
 * cell per column, empty = null) followed by a line break, row after row, across continuation
 * sheets. Fed while writing and again while reading, so it never needs all rows at once.
 */
export class RowDigest {
  private readonly hash: Sha256Stream;
  /** Rows not hashed yet: hashed in blocks, as one call per short row costs more than the hashing. */
  private pending = '';

  constructor(sha = portableSha256) {
    this.hash = sha();
  }

  /** Adds one data row. */
  add(cells: readonly CellValue[]): void {
    this.pending += `${cellsJson(cells)}\n`;
    if (this.pending.length >= 65_536) this.flush();
  }

  /** The digest as 64 hex digits (ends the digest). */
  hex(): string {
    this.flush();
    return this.hash.hex();
  }

  private flush(): void {
    if (this.pending) this.hash.update(this.pending);
    this.pending = '';
  }
}

/** SHA-256 (hex) of the canonical JSON of `value`: the manifest's `contentSha256`. */
export function jsonDigest(value: unknown): string {
  return bytesToHex(sha256(utf8ToBytes(canonicalJson(value))));
}
