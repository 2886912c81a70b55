// 年度考核结果汇总表 (DOMAIN §4.7): the annual grades of one year, one row per posting, with the
// assessing unit; a grade above its cap prints the reason in 备注.
import { SEX, labelOf } from '../domain/codes';
import { formatMonthDotted } from '../domain/dates';
import { ASSESSING_UNIT, POSTING_TYPE } from '../domain/enums';
import { gradeLabel } from '../domain/rules/assessment';
import { SIGNATURE_LINE, textLines } from './document/bands';
import { countySheetHead } from './document/county-sheet';
import type { HeaderColumn } from './document/header';
import type { BodyRow, WorkbookDocument } from './document/schema';

/** One annual assessment as the summary prints it. */
export interface AnnualRow {
  name: string;
  sex: string | null;
  birthDate: string | null;
  staffCategory: string | null;
  homePost: string;
  hostPost: string;
  postingType: string;
  grade: string | null;
  assessingUnit: string;
  capOverrideReason?: string | null;
}

export const ANNUAL_COLUMNS = [
  { key: 'seq', header: '序号', width: 5, align: 'center' },
  { key: 'name', header: '姓名', width: 9, align: 'center' },
  { key: 'sex', header: '性别', width: 5, align: 'center' },
  { key: 'birth', header: '出生年月', width: 9, align: 'center' },
  { key: 'homePost', header: '派出单位及职务', width: 24 },
  { key: 'hostPost', header: '挂职单位及职务', width: 24 },
  { key: 'type', header: '挂职类型', width: 11, align: 'center' },
  { key: 'grade', header: '考核等次', width: 9, align: 'center' },
  { key: 'unit', header: '考核单位', width: 11, align: 'center' },
  { key: 'remark', header: '备注', width: 24 },
] as const satisfies readonly HeaderColumn[];

export interface AnnualSummaryOptions {
  countyName: string;
  reportingUnit: string;
  reportDate: string;
  year: string;
  /** `讲治镇` when limited to a township. */
  scopeLabel?: string;
}

/** Builds the summary; the 合计 line counts each grade (公务员 and 事业 labels together). */
export function buildAnnualSummary(rows: readonly AnnualRow[], opts: AnnualSummaryOptions): WorkbookDocument {
  const body: BodyRow[] = rows.map((r, i) => ({
    cells: [
      i + 1,
      r.name,
      labelOf(SEX, r.sex),
      formatMonthDotted(r.birthDate),
      r.homePost,
      r.hostPost,
      labelOf(POSTING_TYPE, r.postingType),
      gradeLabel(r.grade, r.staffCategory) || '未评定',
      labelOf(ASSESSING_UNIT, r.assessingUnit),
      r.capOverrideReason ? `高于等次上限，理由：${r.capOverrideReason}` : '',
    ],
  }));
  const n = (g: string) => rows.filter((r) => r.grade === g).length;
  const totals = `合计：共${rows.length}人，其中优秀${n('1')}人、称职（合格）${n('2')}人、基本称职（基本合格）${n('3')}人、不称职（不合格）${n('4')}人、不定等次${n('9')}人。`;
  const head = countySheetHead({
    name: '年度考核汇总',
    title: `${opts.countyName}${opts.scopeLabel ?? ''}挂职干部${opts.year}年度考核结果汇总表`,
    reportingUnit: opts.reportingUnit,
    reportDate: opts.reportDate,
    columns: ANNUAL_COLUMNS,
    orientation: 'landscape',
  });
  return { sheets: [{ head, rows: body, footer: textLines([totals, SIGNATURE_LINE], ANNUAL_COLUMNS.length) }] };
}
