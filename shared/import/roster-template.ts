import { ETHNICITY, POLITICAL_STATUS, SEX, selectableItems } from '../domain/codes';
import type { CodeList } from '../domain/codes/types';
import { POSTING_DIRECTION, POSTING_TYPE, STAFF_CATEGORY, TEAM_ROLE } from '../domain/enums';
import { countySheetHead } from '../reports/document/county-sheet';
import type { HeaderColumn } from '../reports/document/header';
import { notesSheet } from '../reports/document/notes-sheet';
import type { WorkbookDocument } from '../reports/document/schema';
import { ROSTER_COMPOSITES, ROSTER_EXAMPLE, ROSTER_FIELDS, type RosterField, type RosterFieldKey } from './roster-columns';

/** File name offered when the template is saved. */
export const ROSTER_TEMPLATE_NAME = '挂职干部花名册导入模板.xlsx';

/** 学历 as rosters print it (the import also accepts the standard labels). */
const PRINTED_EDUCATION = ['研究生', '大学', '大专', '中专', '高中', '初中', '小学'];

const labels = (list: CodeList, short = false) => selectableItems(list).map((i) => (short ? (i.short ?? i.label) : i.label));

/** Dropdown values of the template columns that have a closed list. */
const DROPDOWNS: Partial<Record<RosterFieldKey, readonly string[]>> = {
  sex: selectableItems(SEX)
    .filter((i) => i.code === '1' || i.code === '2')
    .map((i) => i.label),
  ethnicity: labels(ETHNICITY),
  politicalStatus: labels(POLITICAL_STATUS, true),
  fullTimeEducation: PRINTED_EDUCATION,
  inServiceEducation: PRINTED_EDUCATION,
  fullTimeDegree: ['博士', '硕士', '学士', '无'],
  inServiceDegree: ['博士', '硕士', '学士', '无'],
  staffCategory: labels(STAFF_CATEGORY),
  isReserveCadre: ['是', '否'],
  postingType: labels(POSTING_TYPE),
  direction: labels(POSTING_DIRECTION),
  teamRole: labels(TEAM_ROLE),
};

/** The header text of a field in the template: required fields end with `*`. */
export function templateHeader(f: RosterField): string {
  return f.required ? `${f.header}*` : f.header;
}

function headerNote(f: RosterField): string {
  return [f.required ? (f.pending ? '应填。' : '必填。') : '', f.note, f.fallback ? `；${f.fallback}` : '', f.pending ? `；${PENDING_NOTE}` : ''].join('');
}

/** What happens to a blank cell of a field the cadre may lack for a while. */
const PENDING_NOTE = '不填的也可导入，导入后列为“待补充”';

function column(f: RosterField): HeaderColumn {
  const list = DROPDOWNS[f.key];
  return {
    key: f.key,
    header: templateHeader(f),
    width: f.width,
    align: f.kind === 'text' || f.kind === 'unit' ? 'left' : 'center',
    ...(list ? { list } : {}),
    note: headerNote(f),
  };
}

function instructionLines(unitNames: readonly string[]): string[] {
  const lines = [
    '挂职干部花名册导入模板填写说明',
    '',
    '一、填写方法',
    '1. 在“花名册”工作表第3行表头下，从第4行起每行填写一名干部的一次挂职（干部本人信息和本次挂职信息）。',
    `2. 第4行（${ROSTER_EXAMPLE.name}）为填写示例，导入时自动忽略，也可直接删除。`,
    '3. 表头带“*”的为必填项。其中身份证号、民族、政治面貌、参加工作时间、人员类别不填的也可导入，导入后在“干部库”中列为“待补充”；没有身份证号的，须填写出生年月和性别。其余可不填，不填的按下列说明处理。完全空白的行不导入。',
    '4. 可以不用本模板：县里已有的花名册也可直接导入，导入时按表头自动对应各列（如“身份证号码”“原工作单位及职务”“挂职单位及职务”“挂职起止时间”），对应不上的可手工选择。',
    '',
    '二、日期和年月',
    '1. 出生年月、入党时间、参加工作时间填写年月，可写作 1985.03、1985.3、1985年3月、1985-03，也可使用 Excel 日期格式。',
    '2. 到岗日期、期满日期填写日期，可写作 2024.03.01、2024-3-1、2024年3月1日，也可使用 Excel 日期格式。',
    '3. 也可在“挂职起止时间”一列填写 2024.03—2026.02：到岗日期取起始月第一天，期满日期取截止月最后一天。',
    '',
    '三、身份证号码',
    '1. 请先把“身份证号”一列设为“文本”格式再填写或粘贴，否则 Excel 会把18位号码的后几位改为0。',
    '2. 导入时按身份证号码与系统中已有的干部对应：已有的干部，用表中填写了的信息更新（空白单元格不会清除原有信息）；没有的干部，新建干部信息。',
    '3. 性别、出生年月可不填，由身份证号码确定；填写了的，须与身份证号码一致。',
    '4. 同一名干部有几次挂职的，每次挂职填写一行，但同一时间只能有一条未结束的挂职。系统中已有同一接收单位、同一到岗日期挂职记录的行，只更新有变化的信息；干部已有未结束的挂职的，须先在系统中结束原挂职。期满日期已过的挂职，按导入时选择的状态（默认“期满结束”）导入。',
    '',
    '四、各列填写要求',
    ...ROSTER_FIELDS.map((f) => `${templateHeader(f)}：${[f.note || '按实际填写', f.fallback, f.pending ? PENDING_NOTE : ''].filter(Boolean).join('；')}。`),
    '',
    '五、县里已有花名册中可以识别的合并列',
    ...ROSTER_COMPOSITES.map((c) => `${c.header}：${c.note}。`),
    '',
    '六、单位',
    '工作单位、派出单位、接收单位请填写系统中已有单位的全称或简称。系统中没有的单位，可在导入时选择“自动新建找不到的单位”。',
  ];
  if (unitNames.length > 0) {
    lines.push('系统中现有单位：');
    for (let i = 0; i < unitNames.length; i += 8) lines.push(unitNames.slice(i, i + 8).join('、'));
  }
  lines.push('', '七、导入', '导入前逐行检查，有问题的单元格标红并说明原因，可修改或跳过后再导入。导入一次完成：中途出错的，数据库不做任何修改。');
  return lines;
}

/**
 * The downloadable roster template: one column per import field (required ones marked `*`),
 * dropdowns for closed lists, a note on every header saying what to type, one example row, and a
 * 填写说明 sheet.
 */
export function buildRosterTemplate(ctx: { countyName: string; reportingUnit: string; today: string; unitNames: string[] }): WorkbookDocument & {
  suggestedName: typeof ROSTER_TEMPLATE_NAME;
} {
  const head = countySheetHead({
    name: '花名册',
    title: `${ctx.countyName}挂职干部花名册`,
    reportingUnit: ctx.reportingUnit,
    reportDate: ctx.today,
    columns: ROSTER_FIELDS.map(column),
    orientation: 'landscape',
  });
  const example = { cells: ROSTER_FIELDS.map((f) => ROSTER_EXAMPLE[f.key]), highlight: 'yellow' as const };
  return { suggestedName: ROSTER_TEMPLATE_NAME, sheets: [{ head, rows: [example], footer: [] }, notesSheet('填写说明', instructionLines(ctx.unitNames))] };
}
