import { normalizeText } from '../domain/text';

/**
 * The columns of clock-in exports (钉钉 原始记录 / 每日统计, 企业微信 打卡记录 / 打卡日报) and how their
 * headers are recognised. A raw export has one punch per row (打卡时间, 打卡结果); a daily export has
 * one person-day per row with numbered punch slots (上班1打卡时间 / 上班1打卡结果 …).
 */
export const CLOCK_FIELDS = [
  { key: 'name', label: '姓名', headers: ['姓名', '名字', '员工姓名', '人员姓名'], required: true },
  { key: 'staffNo', label: '工号/手机', headers: ['工号', '账号', '手机', '手机号', '手机号码', 'userid', '员工userid', '员工编号'], required: false },
  { key: 'dept', label: '部门', headers: ['部门', '所属部门', '部门名称'], required: false },
  { key: 'date', label: '考勤日期', headers: ['考勤日期', '日期', '打卡日期', '时间', '工作日'], required: true },
  { key: 'time', label: '打卡时间', headers: ['打卡时间', '实际打卡时间', '签到时间'], required: false },
  { key: 'result', label: '打卡结果', headers: ['打卡结果', '打卡状态', '考勤结果'], required: false },
  { key: 'place', label: '打卡地址', headers: ['打卡地址', '打卡地点', '打卡位置', '地点'], required: false },
  { key: 'kind', label: '打卡类型', headers: ['打卡类型', '考勤类型'], required: false },
] as const;

export type ClockFieldKey = (typeof CLOCK_FIELDS)[number]['key'];

/** One numbered punch of a daily export: 上班1 with its time and result columns. */
export interface PunchSlot {
  /** 上班1, 下班1, 上班2 … (上班 / 下班 when the export does not number them). */
  label: string;
  time: number;
  result: number | undefined;
}

/** Which column holds what (0-based), found from the header row or chosen by the clerk. */
export interface ClockMapping {
  headerRowIndex: number;
  headers: string[];
  columns: Partial<Record<ClockFieldKey, number>>;
  /** Punch slots of a daily export (empty for a raw export). */
  slots: PunchSlot[];
}

/** The kind of export a mapping describes. */
export type ClockExportKind = 'raw' | 'daily';

const key = (h: string) => normalizeText(h).replace(/[\s*（(].*$/, '').toLowerCase();
const SLOT_TIME = /^(上班|下班)(\d*)(?:打卡)?时间$/;
const SLOT_RESULT = /^(上班|下班)(\d*)(?:打卡)?(?:结果|状态)$/;

/** The field a header names, or undefined. The first matching column of a field wins. */
export function clockFieldOf(header: string): ClockFieldKey | undefined {
  const k = key(header);
  if (!k) return undefined;
  return CLOCK_FIELDS.find((f) => (f.headers as readonly string[]).includes(k))?.key;
}

/** Maps a header row onto the fields and the punch slots of a daily export. */
export function autoMapClockColumns(headerRow: readonly unknown[], headerRowIndex = 0): ClockMapping {
  const headers = Array.from(headerRow, (h) => (h === null || h === undefined ? '' : normalizeText(String(h))));
  const columns: Partial<Record<ClockFieldKey, number>> = {};
  const slotTimes = new Map<string, number>();
  const slotResults = new Map<string, number>();
  headers.forEach((h, i) => {
    const k = key(h);
    const time = SLOT_TIME.exec(k);
    const result = SLOT_RESULT.exec(k);
    if (time && !slotTimes.has(time[1]! + time[2]!)) slotTimes.set(time[1]! + time[2]!, i);
    else if (result && !slotResults.has(result[1]! + result[2]!)) slotResults.set(result[1]! + result[2]!, i);
    else {
      const field = clockFieldOf(h);
      if (field && columns[field] === undefined) columns[field] = i;
    }
  });
  const slots = [...slotTimes].map(([label, time]) => ({ label, time, result: slotResults.get(label) }));
  return { headerRowIndex, headers, columns, slots };
}

/** 'daily' when the mapping has punch slots, else 'raw'. */
export function exportKind(mapping: Pick<ClockMapping, 'slots'>): ClockExportKind {
  return mapping.slots.length ? 'daily' : 'raw';
}

/** What the mapping still lacks before the rows can be read, in Chinese (empty when complete). */
export function missingClockColumns(mapping: ClockMapping): string[] {
  const out: string[] = [];
  for (const f of CLOCK_FIELDS) if (f.required && mapping.columns[f.key] === undefined) out.push(`请指定“${f.label}”所在的列`);
  if (!mapping.slots.length && mapping.columns.time === undefined && mapping.columns.result === undefined) out.push('请指定“打卡时间”或“打卡结果”所在的列');
  return out;
}

/** Rows searched for the header: exports put a title and a 统计日期 line above it. */
const HEADER_SEARCH_ROWS = 10;

/** The header row: the first of the first 10 rows that names 姓名, the date, and a punch time or result. */
export function findClockHeaderRow(rows: readonly (readonly unknown[] | undefined)[]): number | undefined {
  for (let i = 0; i < Math.min(rows.length, HEADER_SEARCH_ROWS); i++) {
    const m = autoMapClockColumns(rows[i] ?? [], i);
    if (missingClockColumns(m).length === 0) return i;
  }
  return undefined;
}

/** Which app wrote the export, from its headers and title rows (for the preview and the records). */
export function clockAppOf(rows: readonly (readonly unknown[] | undefined)[], mapping: ClockMapping): 'dingtalk' | 'wecom' | 'other' {
  const above = rows
    .slice(0, mapping.headerRowIndex)
    .flatMap((r) => r ?? [])
    .map((c) => String(c ?? ''))
    .join(' ');
  const heads = mapping.headers.map(key);
  if (/企业微信/.test(above) || heads.includes('名字') || heads.includes('打卡类型')) return 'wecom';
  if (/钉钉/.test(above) || heads.includes('考勤组') || heads.includes('userid')) return 'dingtalk';
  return 'other';
}
