import { describe, expect, it } from 'vitest';
import { attendanceAnomalies, buildAttendanceBulletin, buildAttendanceSummary, bulletinParagraph } from '@shared/reports/attendance-summary';
import { bandTexts, headerPaths, sheetTitle } from '@shared/reports/document/inspect';
import { WorkbookDocumentSchema, isGroupRow } from '@shared/reports/document/schema';
import { ATTENDANCE_ROWS, summary } from './attendance-report-fixture';

const OPTS = { month: '2026-11', scopeName: '讲治镇', reportingUnit: '讲治镇党委组织办', reportDate: '2026-12-03' };

describe('月度考勤汇总表', () => {
  const doc = buildAttendanceSummary(ATTENDANCE_ROWS, OPTS);
  const sheet = doc.sheets[0]!;

  it('is a valid document titled for the unit and month, with the two-level header of §4.3', () => {
    expect(() => WorkbookDocumentSchema.parse(doc)).not.toThrow();
    expect(sheetTitle(sheet.head)).toBe('讲治镇2026年11月挂职干部考勤汇总表');
    const paths = headerPaths(sheet.head);
    expect(paths.slice(7, 10)).toEqual([
      ['请假天数', '事假'],
      ['请假天数', '病假'],
      ['请假天数', '其他'],
    ]);
    expect(paths.slice(11, 13)).toEqual([
      ['抽查情况', '抽查次数'],
      ['抽查情况', '不在岗次数'],
    ]);
    expect(paths[0]).toEqual(['序号']);
  });

  it('prints each cadre’s figures, 是否达标 in words, and marks the rows that need attention', () => {
    const rows = sheet.rows.filter((r) => !isGroupRow(r));
    expect(rows.map((r) => (isGroupRow(r) ? [] : r.cells.slice(0, 2)))).toEqual([
      [1, '张伟'],
      [2, '王芳'],
      [3, '刘洋'],
    ]);
    const liu = rows[2]!;
    if (isGroupRow(liu)) throw new Error('group row');
    expect(liu.cells.slice(4, 16)).toEqual([21, 19.5, 0, 0, 0.5, 0, 1, 2, 1, 92.9, '未达标', '11月3日到岗']);
    expect(liu.highlight).toBe('amber');
    const zhang = rows[0]!;
    if (isGroupRow(zhang)) throw new Error('group row');
    expect(zhang.cells.at(-1)).toBe('全勤');
    expect(zhang.highlight).toBeUndefined();
  });

  it('ends with the 合计 row (sums, the overall rate) and the count line', () => {
    const total = sheet.footer[0]!;
    expect(total.role).toBe('total');
    expect(total.rows[0]!.slice(4, 15)).toEqual([63, 57.5, 2, 4, 0.5, 0, 1, 2, 1, 91.3, '达标1人']);
    expect(bandTexts(sheet.footer.slice(1))[0]).toBe('合计：共3人，全勤1人；达到每月最少在岗天数1人，未达到2人。');
  });
});

describe('考勤通报', () => {
  it('names the anomalies with their reasons and the measures', () => {
    expect(attendanceAnomalies(ATTENDANCE_ROWS)).toEqual(['讲治镇石岭村王芳（在岗17天，未达到每月最少20天）', '讲治镇刘洋（在岗19.5天，未达到每月最少20天，无故缺勤1天，抽查1次不在岗）']);
    const text = bulletinParagraph(ATTENDANCE_ROWS, OPTS);
    expect(text).toContain('本月应参加考勤3人，全勤1人，总体出勤率91.3%');
    expect(text).toContain('请假4.5天（事假4天、病假0.5天、其他0天）');
    expect(text).toContain('开展抽查2人次，发现不在岗1人次');
    expect(text).toContain('考勤异常2人');
    expect(text).toContain('提醒谈话');
  });

  it('says so when nobody is out of line, and prints the 红黑榜 table the assessment feature hands in', () => {
    expect(bulletinParagraph([{ ...ATTENDANCE_ROWS[0]!, summary: summary() }], OPTS)).toContain('本月未发现考勤异常。');
    const doc = buildAttendanceBulletin(ATTENDANCE_ROWS, {
      ...OPTS,
      ranking: { red: [{ rank: 1, name: '张伟', unit: '讲治镇', score: 98.5 }], black: [{ rank: 3, name: '刘洋', unit: '讲治镇', score: 71 }] },
    });
    expect(() => WorkbookDocumentSchema.parse(doc)).not.toThrow();
    const sheet = doc.sheets[0]!;
    expect(sheetTitle(sheet.head)).toBe('关于讲治镇挂职干部2026年11月考勤情况的通报');
    const texts = bandTexts(sheet.footer);
    expect(texts).toEqual(expect.arrayContaining(['本月红黑榜（按周考评得分）', '红榜', '张伟', '98.5', '黑榜', '刘洋', '71']));
    expect(texts.at(-1)).toBe('讲治镇党委组织办\u3000\u30002026年12月3日');
  });
});
