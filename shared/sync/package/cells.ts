import { isHlc } from '../hlc';
import type { Hlc, SeenVector } from '../record';
import type { CellCodec } from './columns';

/*
 * Values in cells, and back, exactly (the package checksum is over the cells as written, and the
 * property test writes and reads real .xlsx files). A column's codec decides the ordinary case:
 * text as text, numbers as number cells, true/false as 是/否, lists and objects as JSON text. Every
 * other value — one that does not fit its column, an empty string, text that an .xlsx cannot carry
 * unchanged (control characters, a lone surrogate, `\r`, which XML turns into `\n`, or `_x0041_`,
 * which readers decode as an escape) — is written as MARK followed by JSON with those characters
 * escaped, so any JSON value survives in any column.
 */

/** A cell as written and read: text, a number, or empty. */
export type CellValue = string | number | null;

/** Starts a cell holding escaped JSON (a private-use character no clerk types). */
export const MARK = '\uE000';
/** Starts a cell standing for a long text kept on the `_long` sheet: LONG_MARK + its number. */
export const LONG_MARK = '\uE001';
/** Longest text a cell holds (Excel allows 32,767 characters); longer ones go to the `_long` sheet. */
export const MAX_CELL_TEXT = 32_000;

// eslint-disable-next-line no-control-regex
const UNSAFE_TEXT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\r\ufffe\uffff]|_x[0-9a-fA-F]{4}_|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
// eslint-disable-next-line no-control-regex
const MAYBE_UNSAFE = /[\u0000-\u001f\ud800-\udfff\ufffe\uffff]|_x/;
const ESCAPE_IN_JSON = /[\ufffe\uffff]|_x/g;

/** A value thrown when a cell or a record cannot be decoded; `message` is Chinese. */
export class CellError extends Error {
  override readonly name = 'CellError';
}

/** JSON text an .xlsx carries unchanged (see the comment above). */
export function safeJson(value: unknown): string {
  return JSON.stringify(value).replace(ESCAPE_IN_JSON, (m) => (m === '_x' ? '_\\u0078' : `\\u${m.charCodeAt(0).toString(16)}`));
}

/** Whether a string can go into a text cell as it is. */
export function isPlainText(s: string): boolean {
  if (s === '' || s.startsWith(MARK) || s.startsWith(LONG_MARK)) return false;
  // A cheap look for any character UNSAFE_TEXT could be about; only texts that have one get the full test.
  return !MAYBE_UNSAFE.test(s) || !UNSAFE_TEXT.test(s);
}

/** `text` cut into parts of at most MAX_CELL_TEXT characters, never between the halves of a surrogate pair. */
export function splitLongText(text: string): string[] {
  const parts: string[] = [];
  for (let at = 0; at < text.length; ) {
    let end = Math.min(at + MAX_CELL_TEXT, text.length);
    const code = text.charCodeAt(end - 1);
    if (end < text.length && code >= 0xd800 && code <= 0xdbff) end--;
    parts.push(text.slice(at, end));
    at = end;
  }
  return parts;
}

/** The cell for `value` in a column of `codec` (null and undefined: an empty cell). */
export function encodeCell(value: unknown, codec: CellCodec): CellValue {
  if (value === null || value === undefined) return null;
  switch (codec) {
    case 'text':
      if (typeof value === 'string' && isPlainText(value)) return value;
      break;
    case 'number':
      if (typeof value === 'number' && Number.isFinite(value)) return value;
      break;
    case 'bool':
      if (typeof value === 'boolean') return value ? '是' : '否';
      break;
    case 'json':
      return safeJson(value);
  }
  return MARK + safeJson(value);
}

function parseJson(text: string, where: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new CellError(`${where}的内容不是有效的数据（可能被修改过）`);
  }
}

/** The value of a cell of a column of `codec`; `where` names the cell in messages. Empty → undefined. */
export function decodeCell(cell: CellValue | boolean, codec: CellCodec, where: string): unknown {
  if (cell === null || cell === '') return undefined;
  if (typeof cell === 'string' && cell.startsWith(MARK)) return parseJson(cell.slice(MARK.length), where);
  switch (codec) {
    case 'text':
      if (typeof cell === 'string') return cell;
      break;
    case 'number':
      if (typeof cell === 'number') return cell;
      break;
    case 'bool':
      if (cell === '是') return true;
      if (cell === '否') return false;
      break;
    case 'json':
      if (typeof cell === 'string') return parseJson(cell, where);
      break;
  }
  throw new CellError(`${where}的内容类型不对（可能被修改过）`);
}

/**
 * A clock as one cell: stamps with the fields each one wrote (`{"2026-…": ["name","phone"]}`),
 * stamps in order; a record written in one go has one entry however many fields it has.
 */
export function encodeClock(clock: Readonly<Record<string, Hlc>>): string {
  // Most records were written in one go: one stamp, fields often already in order.
  const fields = Object.keys(clock);
  if (fields.length === 0) return '{}';
  const only = clock[fields[0]!]!;
  let sorted = true;
  for (let i = 1; i < fields.length; i++) {
    if (clock[fields[i]!] !== only) return encodeMixedClock(clock);
    if (sorted && fields[i - 1]! > fields[i]!) sorted = false;
  }
  if (!sorted) fields.sort();
  // Stamps and field names are plain words: written straight, the text safeJson would give.
  if (PLAIN_STAMP.test(only) && fields.every(isPlainField)) return `{"${only}":["${fields.join('","')}"]}`;
  return safeJson({ [only]: fields });
}

const PLAIN_STAMP = /^[\dA-Za-z.:-]+$/;
const PLAIN_FIELD = /^\w+$/;
const isPlainField = (field: string): boolean => PLAIN_FIELD.test(field) && !field.includes('_x');

/** encodeClock of a clock with more than one stamp. */
function encodeMixedClock(clock: Readonly<Record<string, Hlc>>): string {
  const byStamp = new Map<string, string[]>();
  for (const field of Object.keys(clock)) {
    const stamp = clock[field]!;
    const fields = byStamp.get(stamp);
    if (fields) fields.push(field);
    else byStamp.set(stamp, [field]);
  }
  const out: Record<string, string[]> = {};
  for (const stamp of [...byStamp.keys()].sort()) out[stamp] = byStamp.get(stamp)!.sort();
  return safeJson(out);
}

/** The clock of a clock cell; throws a CellError naming `where` when it is not one. */
export function decodeClock(cell: CellValue | boolean, where: string): Record<string, Hlc> {
  if (typeof cell !== 'string' || cell === '') throw new CellError(`${where}缺少时间戳`);
  const parsed = parseJson(cell, where);
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new CellError(`${where}的时间戳格式不对`);
  const clock: Record<string, Hlc> = {};
  for (const [stamp, fields] of Object.entries(parsed as Record<string, unknown>)) {
    if (!isHlc(stamp)) throw new CellError(`${where}有无效的时间戳“${String(stamp).slice(0, 60)}”`);
    if (!Array.isArray(fields) || fields.some((f) => typeof f !== 'string')) throw new CellError(`${where}的时间戳格式不对`);
    for (const f of fields as string[]) {
      if (f in clock) throw new CellError(`${where}的字段“${f.slice(0, 40)}”有两个时间戳`);
      clock[f] = stamp;
    }
  }
  return clock;
}

/** A record's `_known` as a cell (empty when there is none). */
export function encodeKnown(known: SeenVector | undefined): CellValue {
  if (!known || Object.keys(known).length === 0) return null;
  return safeJson(Object.fromEntries(Object.keys(known).sort().map((site) => [site, known[site]])));
}

/** The `_known` of a cell; undefined for an empty one. */
export function decodeKnown(cell: CellValue | boolean, where: string): SeenVector | undefined {
  if (cell === null || cell === '') return undefined;
  if (typeof cell !== 'string') throw new CellError(`${where}的内容类型不对（可能被修改过）`);
  const parsed = parseJson(cell, where);
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new CellError(`${where}的格式不对`);
  const out: SeenVector = {};
  for (const [site, stamp] of Object.entries(parsed as Record<string, unknown>)) {
    if (typeof stamp !== 'string' || !isHlc(stamp) || !stamp.endsWith(site)) throw new CellError(`${where}的格式不对`);
    out[site] = stamp;
  }
  return out;
}
