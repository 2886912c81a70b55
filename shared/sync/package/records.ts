import type { Hlc, Stored } from '../record';
import { recordHlc } from '../stamp';
import { CellError, decodeCell, decodeClock, decodeKnown, encodeCell, encodeClock, encodeKnown, type CellValue } from './cells';
import type { CellCodec } from './columns';

/** A record of any table as it travels: domain fields and sync metadata, no local fields. */
export type WireRecord = Stored<Record<string, unknown>>;

/** A column as the codec needs it. */
export interface CodecColumn {
  key: string;
  codec: CellCodec;
}

const ID_PATTERN = /^[\w-]{1,64}$/;

/**
 * The cells of `record` under `columns` (domain fields, then id, _deleted, _clock, _known). Local
 * `_` fields are not written. A field without a clock entry whose value is empty is left out, as
 * the merge drops it too.
 */
export function recordRow(record: Stored<object>, columns: readonly CodecColumn[]): CellValue[] {
  const r = record as unknown as Record<string, unknown>;
  return columns.map((c) => {
    switch (c.key) {
      case '_clock':
        return encodeClock(record._clock);
      case '_known':
        return encodeKnown(record._known);
      default:
        return encodeCell(r[c.key], c.codec);
    }
  });
}

/**
 * The record of a row of cells read back (`where` names the row in messages). Checks what every
 * record must have: an id, a delete flag, a clock naming only fields of the sheet, knowledge no
 * later than the clock. Empty cells of stamped fields are cleared values (null); of unstamped
 * fields, absent. Throws a CellError with a Chinese message.
 */
export function rowRecord(cells: readonly (CellValue | boolean)[], columns: readonly CodecColumn[], where: string): WireRecord {
  if (cells.length > columns.length && cells.slice(columns.length).some((c) => c !== null && c !== '')) {
    throw new CellError(`${where}在最后一列之后还有内容（可能被修改过）`);
  }
  const values: Record<string, unknown> = {};
  let clock: Record<string, Hlc> | undefined;
  let known: Record<string, Hlc> | undefined;
  columns.forEach((c, i) => {
    const cell = cells[i] ?? null;
    const at = `${where}“${c.key}”列`;
    if (c.key === '_clock') clock = decodeClock(cell, at);
    else if (c.key === '_known') known = decodeKnown(cell, at);
    else values[c.key] = decodeCell(cell, c.codec, at);
  });
  const id = values.id;
  if (typeof id !== 'string' || !ID_PATTERN.test(id)) throw new CellError(`${where}的编号缺失或格式不对`);
  if (typeof values._deleted !== 'boolean') throw new CellError(`${where}的删除标记缺失或不是“是/否”`);
  if (!clock) throw new CellError(`${where}缺少时间戳列`);
  const fields = new Set(columns.map((c) => c.key));
  for (const f of Object.keys(clock)) {
    if (f === 'id' || f === '_clock' || f === '_known' || !fields.has(f)) throw new CellError(`${where}的时间戳中有表中没有的字段“${f.slice(0, 40)}”`);
  }
  const record: Record<string, unknown> = { id };
  for (const c of columns) {
    if (c.key === 'id' || c.key === '_deleted' || c.key === '_clock' || c.key === '_known') continue;
    const v = values[c.key];
    if (v !== undefined) record[c.key] = v;
    else if (c.key in clock) record[c.key] = null;
  }
  record._deleted = values._deleted;
  record._clock = clock;
  const hlc = recordHlc({ _clock: clock });
  record._hlc = hlc;
  if (known) {
    for (const stamp of Object.values(known)) if (stamp > hlc) throw new CellError(`${where}的“已知”列晚于其时间戳（可能被修改过）`);
    record._known = known;
  }
  return record as WireRecord;
}
