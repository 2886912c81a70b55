import { describe, expect, it } from 'vitest';
import { headerBand, plainColumn, type HeaderColumn } from '@shared/reports/document/header';
import { headerLabels, headerPaths } from '@shared/reports/document/inspect';
import { BandSchema } from '@shared/reports/document/schema';

const col = (key: string, header: string | string[], over: Partial<HeaderColumn> = {}): HeaderColumn => ({ key, header, width: 8, ...over });
const headOf = (columns: HeaderColumn[]) => ({ name: '表', columns: columns.map(plainColumn), bands: [headerBand(columns)] });

describe('headerBand', () => {
  it('makes one row of labels, 30pt high, when no column is grouped', () => {
    const band = headerBand([col('seq', '序号'), col('name', '姓名')]);
    expect(band).toEqual({ role: 'header', rows: [['序号', '姓名']], merges: [], heights: [30] });
  });

  it('merges a group label over its columns and single labels down to the bottom row (性别 over 男 | 女)', () => {
    const columns = [col('seq', '序号'), col('m', ['性别', '男']), col('f', ['性别', '女']), col('han', ['民族', '汉族']), col('min', ['民族', '少数民族']), col('note', '备注')];
    const band = headerBand(columns);
    expect(band.rows).toEqual([
      ['序号', '性别', null, '民族', null, '备注'],
      [null, '男', '女', '汉族', '少数民族', null],
    ]);
    expect(band.merges).toEqual(
      expect.arrayContaining([
        { row: 0, col: 0, rows: 2, cols: 1 },
        { row: 0, col: 5, rows: 2, cols: 1 },
        { row: 0, col: 1, rows: 1, cols: 2 },
        { row: 0, col: 3, rows: 1, cols: 2 },
      ]),
    );
    expect(band.merges).toHaveLength(4);
    expect(BandSchema.safeParse(band).success).toBe(true);
    expect(headerPaths(headOf(columns))).toEqual([['序号'], ['性别', '男'], ['性别', '女'], ['民族', '汉族'], ['民族', '少数民族'], ['备注']]);
    expect(headerLabels(headOf(columns))).toEqual(['序号', '男', '女', '汉族', '少数民族', '备注']);
  });

  it('merges only adjacent columns of the same group, never two leaves that happen to read alike', () => {
    const band = headerBand([col('a', ['请假', '天数']), col('b', ['缺勤', '天数']), col('c', ['请假', '次数']), col('d', '天数'), col('e', '天数')]);
    expect(band.rows[0]).toEqual(['请假', '缺勤', '请假', '天数', '天数']);
    expect(band.merges).toEqual([
      { row: 0, col: 3, rows: 2, cols: 1 },
      { row: 0, col: 4, rows: 2, cols: 1 },
    ]);
  });

  it('handles three levels: a leaf of level two is merged down one row', () => {
    const band = headerBand([col('a', ['请假天数', '事假', '半天']), col('b', ['请假天数', '事假', '全天']), col('c', ['请假天数', '病假'])]);
    expect(band.rows).toEqual([
      ['请假天数', null, null],
      ['事假', null, '病假'],
      ['半天', '全天', null],
    ]);
    expect(band.merges).toEqual(
      expect.arrayContaining([
        { row: 1, col: 2, rows: 2, cols: 1 },
        { row: 0, col: 0, rows: 1, cols: 3 },
        { row: 1, col: 0, rows: 1, cols: 2 },
      ]),
    );
    expect(band.heights).toEqual([24, 24, 24]);
  });

  it('puts a column note on its header cell and leaves header and note out of the sheet columns', () => {
    const c = col('id', '身份证号*', { note: '请先设为文本格式', numFmt: '@' });
    expect(headerBand([c]).rows[0]).toEqual([{ value: '身份证号*', note: '请先设为文本格式' }]);
    expect(plainColumn(c)).toEqual({ key: 'id', width: 8, numFmt: '@' });
  });
});
