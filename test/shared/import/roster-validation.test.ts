import { describe, expect, it } from 'vitest';
import type { Cadre } from '@shared/domain/entities/cadre';
import { autoMapColumns, findHeaderRow, summarizePreview, validateRosterRows, type ExistingCadre } from '@shared/import/roster-import';
import type { RosterFieldKey } from '@shared/import/roster-columns';
import { ROSTER_EXAMPLE, ROSTER_FIELDS } from '@shared/import/roster-columns';
import { TEMPLATE_HEADER, context, templateRow } from '../../fixtures/roster/roster-rows';

const MAPPING = autoMapColumns(TEMPLATE_HEADER);

function preview(rows: unknown[][], ctx = context()) {
  return validateRosterRows([TEMPLATE_HEADER, ...rows], MAPPING, ctx);
}

function messages(over: Partial<Record<RosterFieldKey, unknown>>, ctx = context()): string[] {
  const row = preview([templateRow(over)], ctx).rows[0]!;
  return row.errors.map((e) => e.message);
}

const col = (key: RosterFieldKey) => ROSTER_FIELDS.findIndex((f) => f.key === key);

/** 张志强 as already registered on this PC. */
const EXISTING: ExistingCadre = {
  id: 'c-zzq',
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
  fullTimeEducation: '21',
  fullTimeDegree: '学士',
  fullTimeSchool: null,
  inServiceEducation: null,
  inServiceDegree: null,
  inServiceSchool: null,
  professionalTitle: null,
  expertise: null,
  staffCategory: 'civilServant',
  homeUnitId: 'u-fgj',
  currentPost: '办公室主任',
  positionLevel: '141',
  rank: null,
  currentPostSince: null,
  phone: '13900001111',
  isReserveCadre: false,
  photo: null,
  resume: null,
  remarks: null,
} satisfies Cadre & { id: string };

describe('error messages a clerk reads in the preview', () => {
  it('a wrong check digit names the expected character', () => {
    expect(messages({ idCardNo: '511723198503150037' })).toEqual(['身份证号：身份证号码校验位错误：第18位应为 6，实际为 7，请核对号码']);
  });

  it('an ID typed into a number cell (digits lost) says to format the column as text', () => {
    expect(messages({ idCardNo: 511723198503150000 })[0]).toBe(
      '身份证号：单元格为数字格式，号码后几位已被 Excel 改为 0，请将该列设为“文本”格式后重新输入号码',
    );
  });

  it('an unknown ethnicity suggests how to write it', () => {
    expect(messages({ ethnicity: '汉民' })).toEqual(['民族：“汉民”不是有效的民族，请填写如“汉族”或“汉”']);
  });

  it('an impossible date quotes the cell and the expected format', () => {
    expect(messages({ startDate: '2024.13.1' })).toEqual(['到岗日期：无法识别的日期“2024.13.1”（月份应为1至12），请按 2024.05.06 的格式填写']);
    expect(messages({ startDate: '2023.2.29' })).toEqual(['到岗日期：2023年2月没有29日（该月只有28天），请核对']);
    expect(messages({ workStartDate: '去年' })).toEqual(['参加工作时间：无法识别的年月“去年”，请按 1985.03 的格式填写']);
  });

  it('numeric cells are bounded: 1e308 or an ID number in 期限（月） is a message, never a crash (issue 8 item 1)', () => {
    expect(messages({ termMonths: 1e308 })).toEqual(['期限（月）：“1e+308”不是有效的月数，请填写1至120的整数，如24']);
    expect(messages({ termMonths: 511723198503150000 })).toEqual(['期限（月）：“511723198503150000”不是有效的月数，请填写1至120的整数，如24']);
    expect(messages({ termMonths: 95_800 })).toEqual(['期限（月）：“95800”不是有效的月数，请填写1至120的整数，如24']);
    expect(messages({ startDate: 1e308, birthMonth: -1 })).toEqual([expect.stringMatching(/^出生年月：/), expect.stringMatching(/^到岗日期：/)]);
  });

  it('an unknown unit names it and says where to add it', () => {
    expect(messages({ receivingUnit: '讲冶镇' })).toEqual(['接收单位：找不到单位“讲冶镇”，请检查名称，或先在“单位”中添加，或勾选“自动新建找不到的单位”']);
  });

  it('sex or birth month contradicting the ID number are errors until the cell is fixed', () => {
    expect(messages({ sex: '女' })).toEqual(['性别：性别与身份证号码不符：身份证号码显示为男，请核对性别或身份证号码']);
    expect(messages({ birthMonth: '1985.04' })).toEqual(['出生年月：出生年月与身份证号码不符：身份证号码显示为1985.03，请核对出生年月或身份证号码']);
  });

  it('blank cells the records cannot do without are errors; those a cadre may lack are 待补充, not errors', () => {
    expect(messages({ ethnicity: null, workStartDate: '', secondedPost: '  ' })).toEqual(['挂任职务：此项必填，请填写']);
    const row = preview([templateRow({ ethnicity: null, workStartDate: '', partyJoinDate: null, staffCategory: ' ' })]).rows[0]!;
    expect([row.status, row.errors]).toEqual(['ok', []]);
    expect(row.pending).toEqual(['民族', '入党时间', '参加工作时间', '人员类别']);
    expect(row.cadre).toMatchObject({ action: 'create', input: { ethnicity: null, workStartDate: null, partyJoinDate: null, staffCategory: null } });
    expect(messages({ name: null, homeUnit: null, currentPost: null })).toEqual(['姓名：此项必填，请填写', '工作单位：此项必填，请填写', '现任职务：此项必填，请填写']);
  });

  it('without an ID number, a new cadre needs birth month and sex; with them the row is imported and 待补充', () => {
    expect(messages({ idCardNo: null })).toEqual(['身份证号：没有身份证号码的，须填写出生年月和性别，请补充']);
    expect(messages({ idCardNo: null, birthMonth: '1985.03' })).toEqual(['性别：没有身份证号码的，须填写性别，请补充']);
    const row = preview([templateRow({ idCardNo: null, birthMonth: '1985.03', sex: '男' })]).rows[0]!;
    expect(row.errors).toEqual([]);
    expect(row.cadre).toMatchObject({ action: 'create', input: { idCardNo: null, sex: '1', birthDate: '1985-03-01' } });
    expect(row.pending).toEqual(['身份证号']);
  });

  it('reports every bad cell of a row at once, with its column', () => {
    const row = preview([templateRow({ ethnicity: '汉民', phone: '12345', startDate: '2024.13.1' })]).rows[0]!;
    expect(row.status).toBe('error');
    expect(row.errors.map((e) => [e.field, e.column, e.raw])).toEqual([
      ['ethnicity', col('ethnicity'), '汉民'],
      ['startDate', col('startDate'), '2024.13.1'],
      ['phone', col('phone'), '12345'],
    ]);
  });

  it('the same person twice in the file: one open posting at a time, the same posting once, the same data on both rows', () => {
    const p = preview([templateRow(), templateRow({ name: '张志强', receivingUnit: '广福镇' })]);
    expect(p.rows.map((r) => r.status)).toEqual(['ok', 'error']);
    expect(p.rows[1]!.errors.map((e) => e.message)).toEqual(['身份证号：与第2行是同一名干部，同一时间只能有一条未结束的挂职，请修改或跳过其中一行']);
    const twice = preview([templateRow(), templateRow()]);
    expect(twice.rows[1]!.errors.map((e) => e.message)).toEqual(['身份证号：与第2行重复（同一干部、同一接收单位和到岗日期），请删除或跳过其中一行']);
    const differ = preview([templateRow(), templateRow({ ethnicity: '回族', receivingUnit: '广福镇', startDate: '2022.03.01', plannedEndDate: '2023.02.28' })]);
    expect(differ.rows[1]!.errors.map((e) => e.message)).toEqual(['身份证号：与第2行是同一名干部，但民族填写不一致，请核对后改为一致']);
  });

  it('a person with an ended and an open posting is created once, by the first row', () => {
    const p = preview([templateRow({ receivingUnit: '广福镇', startDate: '2022.03.01', plannedEndDate: '2023.02.28' }), templateRow()]);
    expect(p.rows.map((r) => r.status)).toEqual(['ok', 'ok']);
    expect(p.rows[0]!.cadre?.action).toBe('create');
    expect(p.rows[1]!.cadre).toEqual({ action: 'sameAsRow', rowNumber: 2 });
    expect(p.rows[0]!.posting).toMatchObject({ status: 'completed', endReason: 'termCompleted', actualEndDate: '2023-02-28' });
    expect(p.rows[0]!.notes).toEqual(['期满日期2023.02.28已过，按“期满结束”导入（结束原因：期满）']);
    expect(summarizePreview(p)).toMatchObject({ cadresToCreate: 1, postingsToCreate: 2 });
  });

  it('a T11 eligibility concern is a warning, not an error', () => {
    const row = preview([templateRow({ fullTimeEducation: '大专' })]).rows[0]!;
    expect(row.status).toBe('warning');
    expect(row.warnings.map((w) => w.message)).toEqual([expect.stringContaining('挂职干部一般应具有大学本科以上学历')]);
  });
});

describe('matching existing cadres by ID number', () => {
  const withExisting = (postings: { receivingUnitId: string; startDate: string; status: string }[] = []) =>
    context({
      existingCadres: new Map([[EXISTING.idCardNo!, EXISTING]]),
      existingPostings: new Map([['c-zzq', postings.map((p, i) => ({ id: `p${i}`, ...p }))]]),
    });

  it('a known cadre is updated, listing exactly the fields that change; blank cells keep the old value', () => {
    const row = preview([templateRow({ phone: '13811112222', ethnicity: '汉', fullTimeDegree: null, isReserveCadre: '是' })], withExisting()).rows[0]!;
    expect(row.errors).toEqual([]);
    expect(row.cadre).toEqual({
      action: 'update',
      id: 'c-zzq',
      name: '张志强',
      patch: { phone: '13811112222', isReserveCadre: true },
      changes: [
        { field: 'phone', label: '联系电话', before: '13900001111', after: '13811112222' },
        { field: 'isReserveCadre', label: '后备干部', before: '否', after: '是' },
      ],
    });
    expect(row.posting).toMatchObject({ cadreId: 'c-zzq', receivingUnitId: 'u-jz', dispatchingUnitId: 'u-fgj', originalPost: '办公室主任' });
  });

  it('a known cadre with nothing new is reused, and needs only the posting cells', () => {
    const row = preview([templateRow({ ethnicity: null, politicalStatus: null, workStartDate: null, staffCategory: null, homeUnit: null, currentPost: null })], withExisting()).rows[0]!;
    expect(row.errors).toEqual([]);
    expect(row.cadre).toEqual({ action: 'reuse', id: 'c-zzq', name: '张志强' });
    expect(row.posting).toMatchObject({ dispatchingUnitId: 'u-fgj', originalPost: '办公室主任', originalPositionLevel: '141' });
  });

  it('a cadre who already has an open posting cannot get a second one', () => {
    const row = preview([templateRow({ receivingUnit: '广福镇' })], withExisting([{ receivingUnitId: 'u-jz', startDate: '2024-03-01', status: 'active' }])).rows[0]!;
    expect(row.status).toBe('error');
    // the same rule and the same wording as the posting form (checkPosting)
    expect(row.errors.map((e) => e.message)).toEqual(['该干部已有一条未结束的挂职（在讲治镇在岗，2024.03.01起），同一时间只能有一条，请先结束或取消原挂职']);
  });

  it('the same posting already on file (same receiving unit and start date) is skipped when nothing changed', () => {
    const row = preview([templateRow()], withExisting([{ receivingUnitId: 'u-jz', startDate: '2024-03-01', status: 'active' }])).rows[0]!;
    expect(row.errors).toEqual([]);
    expect(row.status).toBe('skipped');
    expect(row.skipReason).toBe('已存在相同的挂职记录，无变化');
  });

  it('the same posting found again with a changed cell: the cadre and the posting are corrected, field by field', () => {
    const onFile = {
      cadreId: 'c-zzq',
      batchId: null,
      type: 'secondmentDown',
      direction: 'down',
      dispatchingUnitId: 'u-fgj',
      originalPost: '办公室主任',
      receivingUnitId: 'u-jz',
      secondedPost: '副镇长',
      village: null,
      teamRole: null,
      startDate: '2024-03-01',
      termMonths: 24,
      plannedEndDate: '2026-02-28',
      actualEndDate: null,
      status: 'active',
    };
    const row = preview([templateRow({ phone: '13811112222' })], withExisting([onFile])).rows[0]!;
    expect(row.status).toBe('ok');
    expect(row.posting).toBeNull();
    expect(row.cadre).toMatchObject({ action: 'update', changes: [{ label: '联系电话', before: '13900001111', after: '13811112222' }] });
    expect(row.postingUpdate).toMatchObject({ id: 'p0', patch: { secondedPost: '党委委员、副镇长' }, changes: [{ label: '挂任职务', before: '副镇长', after: '党委委员、副镇长' }] });
  });

  it('an ended posting does not block a new one', () => {
    const row = preview([templateRow({ startDate: '2026.12.01' })], withExisting([{ receivingUnitId: 'u-jz', startDate: '2024-03-01', status: 'completed' }])).rows[0]!;
    expect(row.errors).toEqual([]);
    expect(row.posting).toMatchObject({ status: 'approved', startDate: '2026-12-01' });
  });
});

describe('defaults and units', () => {
  it('fills direction, dispatching unit, original post, term and end date as documented', () => {
    const row = preview([templateRow({ batch: '2025年驻村第一书记', postingType: '第一书记', village: '石岭村', teamRole: '第一书记', receivingUnit: '石岭村' })]).rows[0]!;
    expect(row.errors).toEqual([]);
    expect(row.posting).toMatchObject({
      type: 'firstSecretary',
      direction: 'down',
      dispatchingUnitId: 'u-fgj',
      originalPost: '办公室主任',
      batchId: 'b-village',
      termMonths: 36,
      startDate: '2024-03-01',
      plannedEndDate: '2027-02-28',
      status: 'active',
    });
  });

  it('without a batch the term is 24 months; 人员类别 left blank is 待补充 (never guessed)', () => {
    const row = preview([templateRow({ staffCategory: null })]).rows[0]!;
    expect(row.posting).toMatchObject({ termMonths: 24, plannedEndDate: '2026-02-28' });
    expect(row.cadre).toMatchObject({ action: 'create', input: { staffCategory: null } });
    expect(row.warnings).toEqual([]);
    expect(row.pending).toEqual(['人员类别']);
  });

  it('a term already over is imported as ended, with the status chosen in the wizard', () => {
    const over = templateRow({ startDate: '2022.03.01' });
    expect(preview([over]).rows[0]!.posting).toMatchObject({ status: 'completed', endReason: 'termCompleted', actualEndDate: '2024-02-29', plannedEndDate: '2024-02-29' });
    const ctx = context();
    const recalled = preview([over], { ...ctx, options: { ...ctx.options, endedStatus: 'recalled' } }).rows[0]!;
    expect(recalled.posting).toMatchObject({ status: 'recalled', endReason: 'recalled' });
    expect(recalled.notes).toEqual(['期满日期2024.02.29已过，按“召回”导入（结束原因：召回）']);
  });

  it('a file without 挂职类型 uses the type chosen in the wizard, 下派挂职 by default', () => {
    const rows = [TEMPLATE_HEADER.map((h, i) => (i === col('postingType') ? '' : h)), templateRow({ postingType: null })];
    const mapping = autoMapColumns(rows[0]!);
    expect(validateRosterRows(rows, mapping, context()).rows[0]!.posting).toMatchObject({ type: 'secondmentDown' });
    const ctx = context();
    const village = validateRosterRows(rows, mapping, { ...ctx, options: { ...ctx.options, defaultPostingType: 'secondmentUp' } });
    expect(village.rows[0]!.posting).toMatchObject({ type: 'secondmentUp', direction: 'up' });
    expect(village.notices).toContain('文件中没有“挂职类型”列：均按“上挂”导入，可在下方改选。');
  });

  it('creates missing units when asked, guessing the level from the name, once per name', () => {
    const p = preview(
      [templateRow({ receivingUnit: '永兴镇' }), templateRow({ name: '李梅', idCardNo: '511723198706200048', receivingUnit: '永兴镇', homeUnit: '县乡村振兴局' })],
      context({ createMissingUnits: true }),
    );
    expect(p.rows.map((r) => r.status)).toEqual(['warning', 'warning']);
    expect(p.unitsToCreate).toEqual([
      { key: 'new-unit:永兴镇', input: { name: '永兴镇', level: 'township', kind: 'township', isInCounty: true }, rowNumbers: [2, 3] },
      { key: 'new-unit:县乡村振兴局', input: { name: '县乡村振兴局', level: 'county', kind: 'govOrgan', isInCounty: true }, rowNumbers: [3] },
    ]);
    expect(p.rows[0]!.warnings[0]!.message).toBe('接收单位：系统中没有单位“永兴镇”，导入时将新建（乡镇（街道）），请确认名称无误');
    expect(summarizePreview(p)).toMatchObject({ total: 2, warning: 2, importable: 2, cadresToCreate: 2, unitsToCreate: 2 });
  });

  it('matches a unit by its full name, short name, or full name without 人民政府', () => {
    for (const typed of ['讲治镇人民政府', '讲治镇', ' 讲治镇 ']) expect(preview([templateRow({ receivingUnit: typed })]).rows[0]!.posting?.receivingUnitId).toBe('u-jz');
    expect(preview([templateRow({ receivingUnit: '广福镇' })]).rows[0]!.posting?.receivingUnitId).toBe('u-gq');
  });

  it('ignores blank rows, the example row, 合计 and 填表人 lines and group titles; row numbers are Excel rows', () => {
    const rows = [
      [],
      templateRow(),
      [null, '  ', null],
      ROSTER_FIELDS.map((f) => ROSTER_EXAMPLE[f.key]),
      templateRow({ name: '李梅', idCardNo: '511723198706200048' }),
      ['合计：共2人'],
      ['填表人：', null, '审核人：'],
      Array(6).fill('二、乡镇'),
    ];
    const p = preview(rows);
    expect(p.rows.map((r) => [r.rowNumber, r.name])).toEqual([
      [3, '张志强'],
      [6, '李梅'],
    ]);
    expect(p.ignoredRows).toEqual([5, 7, 8, 9]);
  });

  it('rows the clerk skips are not imported and do not count as duplicates', () => {
    const rows = [templateRow(), templateRow()];
    expect(preview(rows).rows.map((r) => r.status)).toEqual(['ok', 'error']);
    const p = preview(rows, context({ skipRows: new Set([2]) }));
    expect(p.rows.map((r) => [r.status, r.skipReason])).toEqual([
      ['skipped', '已手动跳过'],
      ['ok', null],
    ]);
    expect(summarizePreview(p)).toMatchObject({ total: 2, ok: 1, error: 0, skipped: 1, importable: 1 });
  });
});

describe('a county roster with combined columns', () => {
  const sheet: unknown[][] = [
    ['开江县2024年挂职干部花名册'],
    ['填报单位：中共开江县委组织部'],
    ['序号', '姓名', '性别', '民族', '出生年月（年龄）', '政治面貌', '身份证号码', '学历学位', '参加工作时间', '原工作单位及职务', '职务层次/职级', '挂职单位及职务', '挂职类型', '挂职起止时间', '联系电话', '入党时间'],
    ['一、县直单位'],
    [1, '张志强', '男', '汉', '1985.03（41岁）', '党员', '511723198503150036', '大学学士\n在职：研究生硕士', '2007.07', '县发改局办公室主任', '正科级/二级主任科员', '讲治镇党委委员、副镇长', '下派', '2024.03—2026.02', 13912345678, '2008.06'],
    [2, '李梅', '女', '汉族', '1987.06（39岁）', '群众', '511723198706200048', '大专', '2009.08', '县财政局 预算股股长', '副科级', '新民乡 乡长助理', '下派挂职', '2024.3-2025.2', ''],
    ['合计：共2人，其中女性1人、党外1人、少数民族0人'],
  ];

  it('reads the combined cells into cadre and posting fields', () => {
    const header = findHeaderRow(sheet)!;
    const p = validateRosterRows(sheet, autoMapColumns(sheet[header]!, header), context());
    expect(p.rows.map((r) => r.rowNumber)).toEqual([5, 6]);
    const [a, b] = p.rows;
    expect(a!.errors).toEqual([]);
    expect(a!.cadre).toMatchObject({
      action: 'create',
      input: { ethnicity: '01', politicalStatus: '01', fullTimeEducation: '21', fullTimeDegree: '学士', inServiceEducation: '14', inServiceDegree: '硕士', homeUnitId: 'u-fgj', currentPost: '办公室主任', positionLevel: '141', rank: 'R08', phone: '13912345678' },
    });
    expect(a!.posting).toMatchObject({ receivingUnitId: 'u-jz', secondedPost: '党委委员、副镇长', startDate: '2024-03-01', plannedEndDate: '2026-02-28', termMonths: 24, type: 'secondmentDown' });
    // 新民乡 is not a known unit: the combined cell is split at the space, and the unit reported.
    expect(b!.errors.map((e) => e.message)).toEqual(['接收单位：找不到单位“新民乡”，请检查名称，或先在“单位”中添加，或勾选“自动新建找不到的单位”']);
    expect(b!.cells.homeUnit).toEqual({ raw: '县财政局 预算股股长', column: 9, text: '县财政局' });
  });

  it('splits a combined cell of an unknown unit by the shape of the text, and reports one it cannot split', () => {
    const rows = sheet.slice(0, 3).concat([[1, '张志强', '男', '汉', '1985.03', '党员', '511723198503150036', '大学', '2007.07', '县发改局办公室主任', '', '新民乡乡长助理', '下派', '2024.03—2026.02', null, '2008.06']]);
    const p = validateRosterRows(rows, autoMapColumns(rows[2]!, 2), context());
    expect(p.rows[0]!.errors.map((e) => e.message)).toEqual(['接收单位：找不到单位“新民乡”，请检查名称，或先在“单位”中添加，或勾选“自动新建找不到的单位”']);
    expect(p.rows[0]!.cells.secondedPost?.text).toBe('乡长助理');
    const odd = rows.slice(0, 3).concat([[1, '张志强', '男', '汉', '1985.03', '党员', '511723198503150036', '大学', '2007.07', '县发改局办公室主任', '', '某某某', '下派', '2024.03—2026.02', null, '2008.06']]);
    expect(validateRosterRows(odd, autoMapColumns(odd[2]!, 2), context()).rows[0]!.errors).toEqual([
      { field: 'receivingUnitAndPost', column: 11, raw: '某某某', message: '挂职单位及职务：无法从“某某某”中识别单位名称，请检查单位名称或先在“单位”中添加，也可在单位和职务之间加空格' },
      expect.objectContaining({ field: 'receivingUnit', message: '接收单位：此项必填，请填写' }),
      expect.objectContaining({ field: 'secondedPost' }),
    ]);
  });
});

describe('a combined unit cell holding only the unit', () => {
  it('reads the unit and asks for the post', () => {
    const rows = [['姓名', '身份证号', '民族', '政治面貌', '入党时间', '参加工作时间', '工作单位', '现任职务', '挂职类型', '挂职单位及职务', '到岗日期'], ['张志强', '511723198503150036', '汉', '党员', '2008.06', '2007.07', '县发改局', '科长', '下派', '讲治镇', '2024.3.1']];
    const row = validateRosterRows(rows, autoMapColumns(rows[0]!), context()).rows[0]!;
    expect(row.cells.receivingUnit?.text).toBe('讲治镇');
    expect(row.errors.map((e) => e.message)).toEqual(['挂任职务：此项必填，请填写']);
  });
});
