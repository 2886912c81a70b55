import { describe, expect, it } from 'vitest';
import { autoMapClockColumns, clockAppOf, exportKind, findClockHeaderRow } from '@shared/import/clock-in-columns';
import { readClockRows } from '@shared/import/clock-in-rows';
import { statusFromPunches } from '@shared/domain/rules/attendance-punches';
import { monthCalendar, workdaysInMonth } from '@shared/domain/calendar';
import { readTableFile } from '../../../electron/main/services/tables/read-table-file';
import { dingtalkDailyCsvGbk, dingtalkRawXlsx, wecomRawCsvGbk, type ExportPerson } from '../../fixtures/clock-in/clock-exports';

/*
 * The clock-in exports a township clerk brings, read by the one table reader (xlsx, or a GBK CSV
 * told apart by content) and then by the clock-in import's pure readers.
 */
const MONTH = '2026-11';
const people: ExportPerson[] = [
  { name: '张伟', dept: '开江县/讲治镇/挂职干部', mobile: '13900000011', pattern: (_d, i) => (i === 2 ? 'late' : i === 5 ? 'outing' : i === 7 ? 'missingOut' : i === 9 ? 'absent' : 'normal') },
  { name: '赵敏', dept: '开江县/讲治镇/党政办', pattern: () => 'normal' },
];

async function read(bytes: Buffer, name: string) {
  const { sheets } = await readTableFile(new Uint8Array(bytes), name);
  const rows = sheets[0]!.rows;
  const header = findClockHeaderRow(rows);
  expect(header, name).toBeDefined();
  const mapping = autoMapClockColumns(rows[header!]!, header);
  return { rows, mapping, file: readClockRows(rows, mapping) };
}

describe('clock-in exports of 钉钉 and 企业微信', () => {
  const workdays = workdaysInMonth(MONTH);

  it('钉钉 原始记录 (.xlsx): header below the title rows, one punch a row, 26-11-02 星期一 dates', async () => {
    const { rows, mapping, file } = await read(await dingtalkRawXlsx({ month: MONTH, workdays, people }), '钉钉-原始记录-2026年11月.xlsx');
    expect(mapping.headerRowIndex).toBe(2);
    expect(exportKind(mapping)).toBe('raw');
    expect(clockAppOf(rows, mapping)).toBe('dingtalk');
    expect(file.issues).toEqual([]);
    const zhang = file.people.find((p) => p.name === '张伟')!;
    expect(zhang.dept).toBe('开江县/讲治镇/挂职干部');
    expect(zhang.days.size).toBe(workdays.length - 1); // absent on the 10th working day: no row at all
    expect([file.from, file.to]).toEqual([workdays[0], workdays[workdays.length - 1]]);
    const third = zhang.days.get(workdays[2]!)!;
    expect(third.map((p) => p.result)).toEqual(['迟到', '正常']);
    expect(third[0]!.time).toMatch(/^09:\d{2}$/);
    expect(statusFromPunches(third).status).toBe('late');
    expect(statusFromPunches(zhang.days.get(workdays[5]!)!).status).toBe('officialOuting');
    // a raw export has no row for a missing punch: one 正常 punch reads as in post
    expect(zhang.days.get(workdays[7]!)!).toHaveLength(1);
    expect(statusFromPunches(zhang.days.get(workdays[7]!)!).status).toBe('present');
  });

  it('钉钉 每日统计 (GBK .csv): 上班1/下班1 slots, rest days without punches, a day of 缺卡 only', async () => {
    const days = monthCalendar(MONTH).map((d) => ({ date: d.date, workday: d.workday }));
    const { rows, mapping, file } = await read(dingtalkDailyCsvGbk({ month: MONTH, days, people }), '钉钉-每日统计-2026年11月.csv');
    expect(exportKind(mapping)).toBe('daily');
    expect(mapping.slots.map((s) => s.label)).toEqual(['上班1', '下班1']);
    expect(clockAppOf(rows, mapping)).toBe('dingtalk');
    const zhang = file.people.find((p) => p.name === '张伟')!;
    expect(zhang.staffNo).toBe('KJ01');
    expect(zhang.days.size).toBe(workdays.length); // rest days have no punch and no result
    expect(statusFromPunches(zhang.days.get(workdays[9]!)!)).toMatchObject({ status: 'absent', needsReview: true, reason: '全天缺卡，请核实是否在岗' });
    expect(zhang.days.get(workdays[7]!)!.map((p) => [p.kind, p.time, p.result])).toEqual([
      ['上班1', expect.stringMatching(/^08:/), '正常'],
      ['下班1', null, '缺卡'],
    ]);
  });

  it('企业微信 打卡记录 (GBK .csv): 名字/账号 columns, 上班打卡/下班打卡, 未打卡 with --', async () => {
    const { rows, mapping, file } = await read(wecomRawCsvGbk({ month: MONTH, workdays, people }), '企业微信-打卡记录-2026年11月.csv');
    expect(clockAppOf(rows, mapping)).toBe('wecom');
    expect(mapping.columns.kind).toBeDefined();
    const zhang = file.people.find((p) => p.name === '张伟')!;
    expect(zhang.staffNo).toBe('13900000011');
    expect(zhang.days.get(workdays[0]!)!.map((p) => p.kind)).toEqual(['上班', '下班']);
    expect(statusFromPunches(zhang.days.get(workdays[9]!)!).status).toBe('absent');
    expect(file.punches).toBe(2 * workdays.length * people.length);
  });
});
