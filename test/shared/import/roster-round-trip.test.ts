import { describe, expect, it } from 'vitest';
import type { CellValue } from '@shared/reports/document/schema';
import { bandTexts, headerLabels } from '@shared/reports/document/inspect';
import { buildRoster } from '@shared/reports/roster';
import { autoMapColumns, findHeaderRow, summarizePreview, validateRosterRows, type ExistingCadre, type ExistingPosting } from '@shared/import/roster-import';
import { UNITS, context } from '../../fixtures/roster/roster-rows';

// Issue 9 item 6: the app's own 花名册 export with 身份证号, imported again.

const CADRE: ExistingCadre = {
  id: 'c-1',
  name: '张志强',
  idCardNo: '511723198503150036',
  sex: '1',
  birthDate: '1985-03-15',
  ethnicity: '01',
  nativePlace: null,
  birthPlace: null,
  politicalStatus: '01',
  partyJoinDate: '2008-06',
  workStartDate: '2007-07',
  health: null,
  fullTimeEducation: '22',
  fullTimeDegree: '学士',
  fullTimeSchool: null,
  inServiceEducation: null,
  inServiceDegree: null,
  inServiceSchool: null,
  professionalTitle: null,
  expertise: null,
  staffCategory: 'civilServant',
  homeUnitId: 'u-czj',
  currentPost: '预算股股长',
  positionLevel: null,
  rank: 'R08',
  currentPostSince: null,
  phone: '13900001111',
  isReserveCadre: true,
  photo: null,
  resume: null,
  remarks: null,
};

const POSTING: ExistingPosting = {
  id: 'p-1',
  cadreId: 'c-1',
  batchId: null,
  type: 'secondmentDown',
  direction: 'down',
  dispatchingUnitId: 'u-fgj',
  originalPost: '办公室主任',
  originalPositionLevel: '141',
  receivingUnitId: 'u-jz',
  secondedPost: '党委委员、副镇长',
  village: null,
  teamRole: null,
  startDate: '2024-03-15',
  termMonths: 24,
  plannedEndDate: '2026-03-14',
  actualEndDate: null,
  status: 'extended',
  remarks: '联系人：王五',
  extensions: [{ newEndDate: '2026-09-14' }],
};

/** The export as the reader hands it back: title, 填报单位 line, header, data, totals. */
function exported(includeIdCardNo: boolean): CellValue[][] {
  const units = new Map(UNITS.map((u) => [u.id, { ...u, level: 'county' }]));
  const doc = buildRoster(
    { postings: [POSTING as never], cadres: new Map([[CADRE.id, CADRE]]), units, batches: new Map() },
    { countyName: '开江县', reportingUnit: '中共开江县委组织部', reportDate: '2025-06-30', includeIdCardNo },
  );
  const { head, rows, footer } = doc.sheets[0]!;
  const cells = (v: unknown) => (v && typeof v === 'object' && 'value' in v ? (v as { value: CellValue }).value : (v as CellValue));
  return [
    [bandTexts(head.bands!.filter((b) => b.role === 'title'))[0]!],
    bandTexts(head.bands!.filter((b) => b.role === 'text')),
    headerLabels(head),
    ...rows.map((r) => ('cells' in r ? r.cells.map(cells) : [r.group])),
    ...bandTexts(footer).map((t) => [t]),
  ];
}

function reimport(sheet: CellValue[][]) {
  const header = findHeaderRow(sheet)!;
  const mapping = autoMapColumns(sheet[header]!, header);
  const ctx = context({ existingCadres: new Map([[CADRE.idCardNo!, CADRE]]), cadresByName: new Map([[CADRE.name, [CADRE]]]), existingPostings: new Map([['c-1', [POSTING]]]) });
  return { mapping, preview: validateRosterRows(sheet, mapping, ctx) };
}

describe('the roster export imported back', () => {
  it('is recognised; an unchanged export is 0 new, 0 changed', () => {
    const sheet = exported(true);
    expect(sheet[2]).toContain('身份证号');
    const { mapping, preview } = reimport(sheet);
    expect(mapping.source).toBe('export');
    expect(preview.notices[0]).toBe('这是本系统导出的花名册：按身份证号与系统中的干部对应，只有与系统中不同的单元格才会更新。');
    expect(preview.rows.map((r) => [r.status, r.skipReason, r.errors])).toEqual([['skipped', '已存在相同的挂职记录，无变化', []]]);
    expect(summarizePreview(preview)).toMatchObject({ cadresToCreate: 0, cadresToUpdate: 0, postingsToCreate: 0, postingsToUpdate: 0, skipped: 1 });
  });

  it('two cells edited in the file: exactly those two fields are shown and changed', () => {
    const sheet = exported(true);
    const header = sheet[2]!.map(String);
    const row = [...sheet[3]!];
    row[header.indexOf('民族')] = '回族';
    row[header.indexOf('联系电话')] = '13811112222';
    sheet[3] = row;
    const r = reimport(sheet).preview.rows[0]!;
    expect(r.errors).toEqual([]);
    expect(r.status).toBe('ok');
    expect(r.cadre).toMatchObject({
      action: 'update',
      patch: { ethnicity: '03', phone: '13811112222' },
      changes: [
        { label: '民族', before: '汉族', after: '回族' },
        { label: '联系电话', before: '13900001111', after: '13811112222' },
      ],
    });
    expect(r.posting).toBeNull();
    expect(r.postingUpdate).toBeNull();
  });

  it('an edited 挂职单位及职务 corrects the post of the posting on file', () => {
    const sheet = exported(true);
    const header = sheet[2]!.map(String);
    const row = [...sheet[3]!];
    row[header.indexOf('挂职单位及职务')] = '讲治镇副镇长';
    sheet[3] = row;
    const r = reimport(sheet).preview.rows[0]!;
    expect(r.errors).toEqual([]);
    expect(r.cadre).toMatchObject({ action: 'reuse' });
    expect(r.postingUpdate).toEqual({ id: 'p-1', patch: { secondedPost: '副镇长' }, changes: [{ field: 'secondedPost', label: '挂任职务', before: '党委委员、副镇长', after: '副镇长' }] });
  });

  it('an export without 身份证号 is matched by name and birth month', () => {
    const { preview } = reimport(exported(false));
    expect(preview.notices[0]).toBe('这是本系统导出的花名册，但不含身份证号：将按姓名和出生年月与系统中的干部对应。');
    expect(preview.rows[0]!.errors).toEqual([]);
    expect(preview.rows.map((r) => [r.status, r.matchedCadre?.id])).toEqual([['skipped', 'c-1']]);
  });

  it('a name that differs from the record only by spaces is the same name', () => {
    const sheet = exported(false);
    sheet[3] = sheet[3]!.map((v, i) => (i === 1 ? '张　志 强' : v));
    expect(reimport(sheet).preview.rows.map((r) => [r.status, r.matchedCadre?.id])).toEqual([['skipped', 'c-1']]);
  });
});
