import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRoster, ROSTER_COLUMNS } from '@shared/reports/roster';
import { BATCHES, UNITS, cadre, posting } from '../../shared/reports/report-fixture';
import { writeDocument } from './document-job';

/**
 * The 花名册 as a clerk receives it: built from records by the roster model, written by the same
 * streaming writer main uses, then opened again with exceljs.
 */
describe('exported roster (花名册) read back', () => {
  let dir: string;
  let sheet: ExcelJS.Worksheet;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'gzt-roster-'));
    const cadres = [
      cadre('c-a', { name: '张三', birthDate: '1985-03-12', phone: '13800000000' }),
      cadre('c-b', { name: '李芳', sex: '2', birthDate: '1990-07-01', ethnicity: '15', politicalStatus: '13' }),
    ];
    const roster = buildRoster(
      {
        postings: [
          posting('a', { secondedPost: '=1+1', remarks: '@SUM(A1)' }),
          posting('b', { receivingUnitId: 'u-jz', secondedPost: '党委委员、副镇长、分管农业农村和乡村振兴工作', type: 'firstSecretary', village: '讲治镇石岭村', teamRole: 'firstSecretary' }),
        ],
        cadres: new Map(cadres.map((c) => [c.id, c])),
        units: new Map(UNITS.map((u) => [u.id, u])),
        batches: new Map(BATCHES.map((b) => [b.id, b])),
      },
      { countyName: '开江县', reportingUnit: '中共开江县委组织部', reportDate: '2024-05-06' },
    );
    const path = join(dir, '花名册.xlsx');
    await writeDocument(roster, { kind: 'file', path });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    sheet = wb.worksheets[0]!;
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const lastCol = () => String.fromCharCode(64 + ROSTER_COLUMNS.length);

  it('has the title merged over every column and the 填报单位 / 填报日期 line', () => {
    expect(sheet.getCell('A1').value).toBe('开江县挂职干部花名册');
    expect(sheet.model.merges).toContain(`A1:${lastCol()}1`);
    const row2 = (sheet.getRow(2).values as unknown[]).filter(Boolean).map(String);
    expect(row2.join(' ')).toMatch(/填报单位：中共开江县委组织部.*填报日期：2024年5月6日/);
  });

  it('has the header labels in roster order with thin borders, and bordered data cells', () => {
    const header = (sheet.getRow(3).values as unknown[]).slice(1);
    expect(header).toEqual(ROSTER_COLUMNS.map((c) => c.header));
    expect(header.slice(0, 6)).toEqual(['序号', '姓名', '性别', '民族', '出生年月（年龄）', '政治面貌']);
    for (const cell of [sheet.getCell('A3'), sheet.getCell(`${lastCol()}3`), sheet.getCell('B4'), sheet.getCell('E5')])
      for (const side of ['top', 'left', 'bottom', 'right'] as const) expect(cell.border?.[side]?.style).toBe('thin');
    expect(sheet.getCell('E4').value).toBe('1985.03（39岁）');
  });

  it('prints A4 landscape, one page wide, with the header rows repeated on every page', () => {
    const ps = sheet.pageSetup;
    expect(ps.orientation).toBe('landscape');
    expect(ps.paperSize).toBe(9);
    expect([ps.fitToPage, ps.fitToWidth, ps.fitToHeight]).toEqual([true, 1, 0]);
    expect(ps.printTitlesRow).toBe('1:3');
  });

  it('keeps text that looks like a formula as text', () => {
    const cells: ExcelJS.Cell[] = [];
    sheet.eachRow((row) => row.eachCell((c) => cells.push(c)));
    const formulaLike = cells.filter((c) => typeof c.value === 'string' && /^[=@]/.test(c.value as string));
    expect(formulaLike.map((c) => c.value)).toEqual(expect.arrayContaining(['@SUM(A1)']));
    const post = cells.find((c) => String(c.value).includes('=1+1'))!;
    expect(post.type).toBe(ExcelJS.ValueType.String);
    expect(post.formula).toBeUndefined();
    expect(cells.every((c) => c.type !== ExcelJS.ValueType.Formula)).toBe(true);
  });

  it('gives rows with wrapped text the height they need, so no line hides behind the next row', () => {
    const rows: ExcelJS.Row[] = [];
    sheet.eachRow((row) => rows.push(row));
    const long = rows.find((r) => String(r.getCell(2).value) === '李芳')!;
    const short = rows.find((r) => String(r.getCell(2).value) === '张三')!;
    expect(long.height).toBeGreaterThanOrEqual(30);
    expect(short.height ?? 15).toBeLessThan(long.height);
  });

  it('ends with the 合计 line counting women, non-CPC and minority cadres', () => {
    const texts: string[] = [];
    sheet.eachRow((row) => texts.push(String(row.getCell(1).value ?? '')));
    expect(texts).toContain('合计：共2人，其中女性1人、党外1人、少数民族1人');
  });
});
