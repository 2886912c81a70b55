import { describe, expect, it } from 'vitest';
import { SIGNATURE_LINE } from '@shared/reports/document/bands';
import { bandTexts, headerLabels, sheetTitle } from '@shared/reports/document/inspect';
import { isGroupRow, type BodyRow as ReportRow } from '@shared/reports/document/schema';
import { buildRoster as buildRosterDocument, ROSTER_COLUMNS, type RosterOptions, type RosterSource } from '@shared/reports/roster';
import { BATCHES, UNITS, cadre, mapOf, posting } from './report-fixture';

/** The roster's one sheet: its head, rows and footer lines. */
function buildRoster(source: RosterSource, opts: RosterOptions) {
  const { sheets } = buildRosterDocument(source, opts);
  expect(sheets).toHaveLength(1);
  const { head, rows, footer } = sheets[0]!;
  return { head, rows, tail: { footerLines: bandTexts(footer) } };
}

const CADRES = [
  cadre('c-p1', {
    name: '张三',
    sex: '1',
    birthDate: '1985-03-15',
    ethnicity: '01',
    politicalStatus: '01',
    fullTimeEducation: '21',
    fullTimeDegree: '学士',
    inServiceEducation: '14',
    inServiceDegree: '硕士',
    positionLevel: '142',
    rank: 'R09',
    phone: '13800000001',
    isReserveCadre: true,
  }),
  cadre('c-p2', { name: '李梅', sex: '2', birthDate: '1990-07-01', ethnicity: '07', politicalStatus: '13', fullTimeEducation: '31', fullTimeDegree: '无', positionLevel: '150' }),
  cadre('c-p3', { name: '王强', sex: '1', birthDate: '1980-01-01', ethnicity: '01', politicalStatus: '03', positionLevel: '141' }),
  cadre('c-p4', { name: '赵丽', sex: '2', birthDate: '1983-05-01', ethnicity: '03', politicalStatus: '05' }),
  cadre('c-p5', { name: '陈明', sex: '1', birthDate: '1978-02-01', ethnicity: '01', politicalStatus: '02', positionLevel: '141' }),
];

const POSTINGS = [
  posting('p1', {
    batchId: 'b-2024',
    type: 'pairedExchange',
    dispatchingUnitId: 'u-fin',
    originalPost: '办公室主任',
    receivingUnitId: 'u-cg',
    secondedPost: '党委委员、副镇长',
  }),
  posting('p2', {
    batchId: 'b-2023',
    type: 'firstSecretary',
    receivingUnitId: 'u-sl',
    secondedPost: '第一书记',
    village: '石岭村',
    teamRole: 'firstSecretary',
    startDate: '2023-03-01',
    plannedEndDate: '2025-02-28',
    status: 'extended',
    extensions: [{ decidedOn: '2025-01-10', previousEndDate: '2025-02-28', newEndDate: '2026-02-28', approvedBy: '县委组织部', reason: '工作需要' }],
  }),
  posting('p3', { receivingUnitId: 'u-cg' }),
  posting('p4', { batchId: 'b-2024', receivingUnitId: 'u-jz', status: 'terminated', actualEndDate: '2024-10-15', remarks: '因病' }),
  posting('p5', { batchId: 'b-2024', receivingUnitId: 'u-cg' }),
];

const SOURCE: RosterSource = { postings: POSTINGS, cadres: mapOf(CADRES), units: mapOf(UNITS), batches: mapOf(BATCHES) };
const OPTS = { countyName: '开江县', reportingUnit: '中共开江县委组织部', reportDate: '2024-05-06' };

const dataRows = (rows: ReportRow[]) => rows.filter((r): r is Extract<ReportRow, { cells: unknown }> => !isGroupRow(r));
const names = (rows: ReportRow[]) => rows.map((r) => (isGroupRow(r) ? `【${r.group}】` : `${r.cells[0]}.${r.cells[1]}`));

describe('buildRoster', () => {
  it('has the 15 roster columns in the order of DOMAIN §4.1, landscape, with the default title', () => {
    const { head } = buildRoster(SOURCE, OPTS);
    expect(headerLabels(head)).toEqual([
      '序号',
      '姓名',
      '性别',
      '民族',
      '出生年月（年龄）',
      '政治面貌',
      '学历学位',
      '原工作单位及职务',
      '职务层次/职级',
      '挂职单位及职务',
      '挂职类型',
      '挂职起止时间',
      '驻村名称/队内职务',
      '联系电话',
      '备注',
    ]);
    expect(ROSTER_COLUMNS.map((c) => c.key)).toEqual(head.columns.map((c) => c.key));
    expect(head).toMatchObject({ name: '花名册', print: { orientation: 'landscape' } });
    expect(sheetTitle(head)).toBe('开江县挂职干部花名册');
    expect(bandTexts(head.bands!)).toEqual(expect.arrayContaining(['填报单位：中共开江县委组织部', '填报日期：2024年5月6日']));
    expect(sheetTitle(buildRoster(SOURCE, { ...OPTS, title: '开江县第一批双向挂职干部名册' }).head)).toBe('开江县第一批双向挂职干部名册');
  });

  it('prints a person as a clerk expects: 1985.03（39岁）, education on two lines, short unit names, 起止 with an em dash', () => {
    const row = dataRows(buildRoster(SOURCE, OPTS).rows).find((r) => r.cells[1] === '张三')!;
    expect(row.cells.slice(1)).toEqual([
      '张三',
      '男',
      '汉族',
      '1985.03（39岁）',
      '中共党员',
      '大学学士\n在职：研究生硕士',
      '县财政局办公室主任',
      '副科级/三级主任科员',
      '城关镇党委委员、副镇长',
      '双向互派',
      '2024.03—2026.02',
      '',
      '13800000001',
      '后备干部',
    ]);
  });

  it('computes the age at the report date (birthday not yet reached → one year less)', () => {
    const on = (reportDate: string) => dataRows(buildRoster(SOURCE, { ...OPTS, reportDate }).rows).find((r) => r.cells[1] === '张三')!.cells[4];
    expect(on('2025-03-14')).toBe('1985.03（39岁）');
    expect(on('2025-03-15')).toBe('1985.03（40岁）');
  });

  it('shows the extended end, the actual end of an early termination, the village and status remarks', () => {
    const rows = dataRows(buildRoster(SOURCE, OPTS).rows);
    const li = rows.find((r) => r.cells[1] === '李梅')!;
    expect(li.cells[6]).toBe('大专');
    expect(li.cells[8]).toBe('科员级');
    expect(li.cells[9]).toBe('石岭村第一书记');
    expect(li.cells[10]).toBe('驻村第一书记');
    expect(li.cells[11]).toBe('2023.03—2026.02');
    expect(li.cells[12]).toBe('石岭村/第一书记');
    expect(li.cells[14]).toBe('已延期');
    const zhao = rows.find((r) => r.cells[1] === '赵丽')!;
    expect(zhao.cells[11]).toBe('2024.03—2024.10');
    expect(zhao.cells[14]).toBe('提前结束；因病');
    expect(zhao.cells[7]).toBe('开江县教育局科员');
    expect(zhao.cells[12]).toBe('');
  });

  it('sorts by receiving unit order, then higher post first (none last), then older first', () => {
    expect(names(buildRoster(SOURCE, OPTS).rows)).toEqual(['1.陈明', '2.王强', '3.张三', '4.赵丽', '5.李梅']);
  });

  it('keeps the order the clerk sees on screen when asked to (the list as given), 序号 following it', () => {
    const onScreen = [...POSTINGS].reverse();
    const expected = onScreen.map((p, i) => `${i + 1}.${CADRES.find((c) => c.id === p.cadreId)!.name}`);
    const rows = names(buildRoster({ ...SOURCE, postings: onScreen }, { ...OPTS, order: 'given' }).rows);
    expect(rows).toEqual(expected);
    expect(rows).not.toEqual(names(buildRoster({ ...SOURCE, postings: onScreen }, OPTS).rows));
  });

  it('groups by batch (in the order batches started, 未分批次 last) and restarts 序号 in each group', () => {
    expect(names(buildRoster(SOURCE, { ...OPTS, groupBy: 'batch' }).rows)).toEqual([
      '【2023年驻村工作队】',
      '1.李梅',
      '【第一批（2024年）双向挂职】',
      '1.陈明',
      '2.张三',
      '3.赵丽',
      '【未分批次】',
      '1.王强',
    ]);
  });

  it('groups by receiving township, a village under its town', () => {
    expect(names(buildRoster(SOURCE, { ...OPTS, groupBy: 'receivingTown' }).rows)).toEqual([
      '【城关镇】',
      '1.陈明',
      '2.王强',
      '3.张三',
      '【讲治镇】',
      '1.赵丽',
      '2.李梅',
    ]);
  });

  it('totals each person once: women, 党外 (共青团员, 群众 and democratic parties count) and minorities', () => {
    const { tail } = buildRoster({ ...SOURCE, postings: [...POSTINGS, posting('p6', { cadreId: 'c-p2', status: 'completed' })] }, OPTS);
    expect(tail.footerLines).toEqual(['合计：共5人，其中女性2人、党外3人、少数民族2人', SIGNATURE_LINE]);
  });

  it('keeps only the chosen columns (序号 always first) and skips deleted postings', () => {
    const { head, rows } = buildRoster({ ...SOURCE, postings: [...POSTINGS, posting('p9', { _deleted: true })] }, { ...OPTS, columns: ['phone', 'name'] });
    expect(headerLabels(head)).toEqual(['序号', '姓名', '联系电话']);
    expect(dataRows(rows).map((r) => r.cells)).toContainEqual([3, '张三', '13800000001']);
    expect(dataRows(rows)).toHaveLength(5);
  });

  it('still lists a posting whose cadre record is missing, so the gap is seen', () => {
    const { rows, tail } = buildRoster({ ...SOURCE, postings: [posting('p7', { cadreId: 'nobody' })] }, OPTS);
    expect(dataRows(rows)[0]!.cells.slice(0, 3)).toEqual([1, '（缺干部信息）', '']);
    expect(tail.footerLines[0]).toBe('合计：共1人，其中女性0人、党外0人、少数民族0人');
  });

  it('an empty roster has no rows and a zero total', () => {
    const { rows, tail } = buildRoster({ ...SOURCE, postings: [] }, { ...OPTS, groupBy: 'batch' });
    expect(rows).toEqual([]);
    expect(tail.footerLines[0]).toBe('合计：共0人，其中女性0人、党外0人、少数民族0人');
  });
});
