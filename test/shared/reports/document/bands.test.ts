import { describe, expect, it } from 'vitest';
import { infoBand, signatureBand, spreadBand, textBand, titleBand, totalBand } from '@shared/reports/document/bands';
import { bandTexts } from '@shared/reports/document/inspect';

describe('bands', () => {
  it('title: merged across every column, 36pt', () => {
    expect(titleBand('开江县挂职干部花名册', 15)).toEqual({ role: 'title', rows: [['开江县挂职干部花名册']], merges: [{ row: 0, col: 0, rows: 1, cols: 15 }], heights: [36] });
    expect(titleBand('名册', 1).merges).toEqual([]);
  });

  it('info line: 填报单位 over the left half, 填报日期 and unit note right-aligned over the right half', () => {
    const band = infoBand({ reportingUnit: '中共开江县委组织部', reportDate: '2024-05-06', unitNote: '单位：人' }, 5);
    expect(band.rows[0]).toEqual(['填报单位：中共开江县委组织部', null, { value: '填报日期：2024年5月6日　　单位：人', align: 'right' }, null, null]);
    expect(band.merges).toEqual([
      { row: 0, col: 0, rows: 1, cols: 2 },
      { row: 0, col: 2, rows: 1, cols: 3 },
    ]);
    expect(band.heights).toEqual([22]);
  });

  it('info line on a one-column sheet: both parts in one cell', () => {
    expect(infoBand({ reportingUnit: '县委组织部', reportDate: '2024-05-06' }, 1).rows).toEqual([['填报单位：县委组织部　　填报日期：2024年5月6日']]);
  });

  it('signature block: the roles spread evenly across the width', () => {
    const band = signatureBand(['制表人', '审核人', '单位负责人'], 13);
    expect(bandTexts([band])).toEqual(['制表人：', '审核人：', '单位负责人：']);
    expect(band.merges).toEqual([
      { row: 0, col: 0, rows: 1, cols: 4 },
      { row: 0, col: 4, rows: 1, cols: 4 },
      { row: 0, col: 8, rows: 1, cols: 5 },
    ]);
  });

  it('spread parts one per column when there are exactly as many', () => {
    expect(spreadBand(['甲', '乙'], 2)).toEqual({ role: 'text', rows: [['甲', '乙']], merges: [] });
  });

  it('text line merged across, optionally aligned; 合计 row with its label merged over the first columns', () => {
    expect(textBand('合计：共3人', 4, 'center')).toEqual({ role: 'text', rows: [[{ value: '合计：共3人', align: 'center' }]], merges: [{ row: 0, col: 0, rows: 1, cols: 4 }] });
    expect(totalBand(['合计', null, 1200.5], 2)).toEqual({ role: 'total', rows: [['合计', null, 1200.5]], merges: [{ row: 0, col: 0, rows: 1, cols: 2 }] });
  });
});
