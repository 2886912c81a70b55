import { describe, expect, it } from 'vitest';
import { SIGNATURE_LINE } from '@shared/reports/document/bands';
import { bandTexts, headerLabels, sheetTitle } from '@shared/reports/document/inspect';
import { isGroupRow, type BodyRow as ReportRow } from '@shared/reports/document/schema';
import { buildExpiryList as buildExpiryDocument, expiryHighlight, type ExpiryListOptions, type ExpirySource } from '@shared/reports/expiry-list';
import type { ReportAssessment } from '@shared/reports/report-records';
import { BATCHES, UNITS, cadre, mapOf, posting } from './report-fixture';

/** The list's one sheet: its head, rows and footer lines. */
function buildExpiryList(source: ExpirySource, opts: ExpiryListOptions) {
  const { sheets } = buildExpiryDocument(source, opts);
  expect(sheets).toHaveLength(1);
  const { head, rows, footer } = sheets[0]!;
  return { head, rows, tail: { footerLines: bandTexts(footer) } };
}

const TODAY = '2024-05-06';

const POSTINGS = [
  posting('e1', { plannedEndDate: '2024-05-20', batchId: 'b-2024', dispatchingUnitId: 'u-fin', originalPost: '办公室主任', secondedPost: '副镇长' }),
  posting('e2', { plannedEndDate: '2024-06-20' }),
  posting('e3', { plannedEndDate: '2024-07-25', status: 'extended', remarks: '待考察' }),
  posting('e4', { plannedEndDate: '2024-04-30', startDate: '2022-05-01' }),
  posting('e5', { plannedEndDate: '2024-09-30' }),
  posting('e6', { plannedEndDate: '2024-05-10', status: 'completed' }),
  posting('e7', { plannedEndDate: '2024-06-05' }),
  posting('e8', { plannedEndDate: '2024-07-05' }),
  posting('e9', { plannedEndDate: '2024-08-04' }),
  posting('e10', { plannedEndDate: '2024-05-08', status: 'proposed' }),
];

const CADRES = POSTINGS.map((p, i) => cadre(p.cadreId, { name: `干部${String.fromCharCode(0x7532 + i)}` }));

const review = (id: string, postingId: string, over: Partial<ReportAssessment>): ReportAssessment => ({ id, postingId, kind: 'endOfTerm', ...over });
const ASSESSMENTS: ReportAssessment[] = [
  review('a1', 'e1', { grade: '1', selfSummary: '总结', hostOpinion: '鉴定', homeOpinion: '意见' }),
  review('a2', 'e2', { selfSummary: '总结', hostOpinion: '  ' }),
  review('a3', 'e3', { grade: '2', selfSummary: '总结', _deleted: true }),
  review('a4', 'e4', { kind: 'annual', grade: '1' }),
];

const SOURCE: ExpirySource = { postings: POSTINGS, cadres: mapOf(CADRES), units: mapOf(UNITS), batches: mapOf(BATCHES), assessments: ASSESSMENTS };
const OPTS = { today: TODAY, withinDays: 90, includeOverdue: true, countyName: '开江县', reportingUnit: '中共开江县委组织部' };

const rowsOf = (rows: ReportRow[]) => rows.filter((r): r is Extract<ReportRow, { cells: unknown }> => !isGroupRow(r));
const byPosting = (rows: ReportRow[], id: string) => rowsOf(rows).find((r) => r.cells[1] === CADRES[POSTINGS.findIndex((p) => p.id === id)]!.name)!;

describe('buildExpiryList', () => {
  it('has the columns of DOMAIN §4.6 and the title 截至 today', () => {
    const { head } = buildExpiryList(SOURCE, OPTS);
    expect(headerLabels(head)).toEqual([
      '序号',
      '姓名',
      '派出单位及职务',
      '挂职单位及职务',
      '挂职类型/批次',
      '挂职开始时间',
      '期满时间',
      '剩余天数',
      '期满考察状态',
      '总结鉴定材料',
      '拟处理',
      '备注',
    ]);
    expect(sheetTitle(head)).toBe('开江县挂职干部期满名单（截至2024年5月6日）');
    expect(bandTexts(head.bands!)).toContain('填报日期：2024年5月6日');
  });

  it('lists on-post terms ending within the window, soonest first, overdue ones as 逾期N天', () => {
    const { rows } = buildExpiryList(SOURCE, OPTS);
    expect(rowsOf(rows).map((r) => [r.cells[0], r.cells[6], r.cells[7]])).toEqual([
      [1, '2024.04.30', '逾期6天'],
      [2, '2024.05.20', 14],
      [3, '2024.06.05', 30],
      [4, '2024.06.20', 45],
      [5, '2024.07.05', 60],
      [6, '2024.07.25', 80],
      [7, '2024.08.04', 90],
    ]);
  });

  it('leaves out overdue terms unless asked, and terms beyond the window', () => {
    const { rows } = buildExpiryList(SOURCE, { ...OPTS, includeOverdue: false, withinDays: 30 });
    expect(rowsOf(rows).map((r) => r.cells[7])).toEqual([14, 30]);
  });

  it('colours rows: ≤30 days or overdue red, ≤60 amber, ≤90 yellow', () => {
    const { rows } = buildExpiryList(SOURCE, { ...OPTS, withinDays: 200 });
    expect(rowsOf(rows).map((r) => [r.cells[7], r.highlight])).toEqual([
      ['逾期6天', 'red'],
      [14, 'red'],
      [30, 'red'],
      [45, 'amber'],
      [60, 'amber'],
      [80, 'yellow'],
      [90, 'yellow'],
      [147, undefined],
    ]);
    expect([expiryHighlight(31), expiryHighlight(61), expiryHighlight(91)]).toEqual(['amber', 'yellow', undefined]);
  });

  it('reports the end-of-term review and which materials are still missing', () => {
    const { rows } = buildExpiryList(SOURCE, OPTS);
    expect(byPosting(rows, 'e1').cells.slice(8, 10)).toEqual(['已完成', '齐全']);
    expect(byPosting(rows, 'e2').cells.slice(8, 10)).toEqual(['进行中', '缺：接收单位鉴定、派出单位意见']);
    expect(byPosting(rows, 'e3').cells.slice(8, 10)).toEqual(['未开始', '缺：个人总结、接收单位鉴定、派出单位意见']);
    expect(byPosting(rows, 'e4').cells.slice(8, 10)).toEqual(['未开始', '缺：个人总结、接收单位鉴定、派出单位意见']);
  });

  it('prints units with posts, type/batch, full dates, an empty 拟处理 and remarks', () => {
    const { rows } = buildExpiryList(SOURCE, OPTS);
    expect(byPosting(rows, 'e1').cells.slice(2, 12)).toEqual([
      '县财政局办公室主任',
      '城关镇副镇长',
      '下派挂职/第一批（2024年）双向挂职',
      '2024.03.01',
      '2024.05.20',
      14,
      '已完成',
      '齐全',
      '',
      '',
    ]);
    expect(byPosting(rows, 'e3').cells[11]).toBe('已延期；待考察');
    expect(byPosting(rows, 'e4').cells[5]).toBe('2022.05.01');
  });

  it('totals by band under the table, then the signature line', () => {
    const { tail } = buildExpiryList(SOURCE, OPTS);
    expect(tail.footerLines).toEqual(['合计：共7人，其中已逾期1人、30天内期满2人、31至60天期满2人、61至90天期满2人', SIGNATURE_LINE]);
  });
});
