import { parseDateInput } from '../domain/dates';
import { normalizeText } from '../domain/text';
import type { ClockMapping } from './clock-in-columns';

/** One punch read from a row of an export. */
export interface ReadPunch {
  /** 1-based row number in the file, for messages. */
  row: number;
  date: string;
  /** 'HH:mm'; null for a missing punch (缺卡). */
  time: string | null;
  /** 上班 / 下班 / 上班1 …; '' when the export does not say. */
  kind: string;
  result: string;
  place: string | null;
}

/** One person of the export: what identifies them, and their punches by date. */
export interface ClockPerson {
  /** name|staffNo|dept: identifies the person within this file. */
  key: string;
  name: string;
  staffNo: string;
  dept: string;
  days: Map<string, ReadPunch[]>;
  punchCount: number;
}

/** A row that could not be read, in Chinese. */
export interface RowIssue {
  row: number;
  message: string;
}

/** The export read into people and punches. */
export interface ClockFile {
  people: ClockPerson[];
  issues: RowIssue[];
  punches: number;
  /** First and last date with a punch ('' when none). */
  from: string;
  to: string;
}

const text = (v: unknown): string => (v === null || v === undefined ? '' : normalizeText(String(v)));
const EMPTY = new Set(['', '-', '--', '—', '/']);

/**
 * A date cell as the apps write it: 2026-11-02, 2026/11/02 星期一, 26-11-02 星期一 (钉钉), 2026年11月2日,
 * 2026-11-02 08:52; undefined when unreadable.
 */
export function clockDate(v: unknown): string | undefined {
  let t = text(v)
    .replace(/(星期|周)[一二三四五六日天]/g, '')
    .trim();
  const short = /^(\d{2})[-/.](\d{1,2})[-/.](\d{1,2})(\s.*)?$/.exec(t);
  if (short) t = `20${short[1]}-${short[2]}-${short[3]}`;
  if (!t) return undefined;
  const r = parseDateInput(typeof v === 'number' ? v : t);
  return r.ok ? r.value : undefined;
}

/** A time cell: 08:52, 8:52:13, 2026-11-02 08:52 → '08:52'; null when empty; undefined when unreadable. */
export function clockTime(v: unknown): string | null | undefined {
  if (typeof v === 'number' && v >= 0 && v < 1) {
    const minutes = Math.round(v * 24 * 60);
    return `${String(Math.floor(minutes / 60) % 24).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  }
  const t = text(v);
  if (EMPTY.has(t)) return null;
  const m = /(?:^|\s|T)(\d{1,2}):(\d{2})(?::\d{2})?$/.exec(t) ?? /^(\d{1,2}):(\d{2})/.exec(t);
  if (!m || Number(m[1]) > 23 || Number(m[2]) > 59) return undefined;
  return `${m[1]!.padStart(2, '0')}:${m[2]}`;
}

/** The slot kind as printed: 上班1 → 上班1; a raw export's 上班打卡 → 上班. */
function kindOf(v: unknown): string {
  return text(v).replace(/打卡$/, '');
}

/**
 * Reads the data rows below the header into people and their punches. A row without a name or a
 * readable date is listed as an issue and skipped; a daily row's empty slots without a result
 * (a rest day, no shift) give no punch, a slot with a result but no time is a missing punch.
 */
export function readClockRows(rows: readonly (readonly unknown[] | undefined)[], mapping: ClockMapping): ClockFile {
  const c = mapping.columns;
  const people = new Map<string, ClockPerson>();
  const issues: RowIssue[] = [];
  let punches = 0;
  let from = '';
  let to = '';
  const cell = (r: readonly unknown[], i: number | undefined) => (i === undefined ? '' : r[i]);
  for (let i = mapping.headerRowIndex + 1; i < rows.length; i++) {
    const r = rows[i];
    if (!r || r.every((v) => text(v) === '')) continue;
    const rowNo = i + 1;
    const name = text(cell(r, c.name));
    if (!name) {
      issues.push({ row: rowNo, message: `第${rowNo}行：没有姓名，已跳过` });
      continue;
    }
    const date = clockDate(cell(r, c.date)) ?? (c.time !== undefined ? clockDate(cell(r, c.time)) : undefined);
    if (!date) {
      issues.push({ row: rowNo, message: `第${rowNo}行（${name}）：无法识别的考勤日期“${text(cell(r, c.date))}”，已跳过` });
      continue;
    }
    const found: ReadPunch[] = [];
    const place = text(cell(r, c.place)) || null;
    if (mapping.slots.length) {
      for (const slot of mapping.slots) {
        const time = clockTime(r[slot.time]);
        const result = text(cell(r, slot.result));
        if (time === undefined) issues.push({ row: rowNo, message: `第${rowNo}行（${name}）：${slot.label}打卡时间“${text(r[slot.time])}”无法识别，按缺卡处理` });
        if (!time && !result) continue;
        found.push({ row: rowNo, date, time: time ?? null, kind: slot.label, result: result || (time ? '正常' : '缺卡'), place });
      }
    } else {
      const time = clockTime(cell(r, c.time));
      if (time === undefined) issues.push({ row: rowNo, message: `第${rowNo}行（${name}）：打卡时间“${text(cell(r, c.time))}”无法识别，按缺卡处理` });
      const result = text(cell(r, c.result)) || (time ? '正常' : '缺卡');
      found.push({ row: rowNo, date, time: time ?? null, kind: kindOf(cell(r, c.kind)), result, place });
    }
    if (!found.length) continue;
    const staffNo = text(cell(r, c.staffNo));
    const dept = text(cell(r, c.dept));
    const key = `${name}|${staffNo}|${dept}`;
    let person = people.get(key);
    if (!person) people.set(key, (person = { key, name, staffNo, dept, days: new Map(), punchCount: 0 }));
    const day = person.days.get(date);
    if (day) day.push(...found);
    else person.days.set(date, found);
    person.punchCount += found.length;
    punches += found.length;
    if (!from || date < from) from = date;
    if (!to || date > to) to = date;
  }
  return { people: [...people.values()], issues, punches, from, to };
}
