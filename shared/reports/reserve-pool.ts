// 后备干部名册 (DOMAIN §2.16): the entries of the 后备干部库 with the person, the posting they came
// from, the date, the basis and the status.
import { POLITICAL_STATUS, SEX, labelOf, printedEducationLabel, shortLabelOf } from '../domain/codes';
import { ageAt } from '../domain/age';
import { formatDateDotted, formatMonthDotted } from '../domain/dates';
import { RESERVE_BASIS, RESERVE_STATUS } from '../domain/enums';
import { SIGNATURE_LINE, textLines } from './document/bands';
import { countySheetHead } from './document/county-sheet';
import type { HeaderColumn } from './document/header';
import type { BodyRow, WorkbookDocument } from './document/schema';

/** An entry as the register prints it. */
export interface ReservePrintRow {
  name: string;
  sex: string | null;
  birthDate: string | null;
  politicalStatus: string | null;
  fullTimeEducation?: string | null;
  homePost: string;
  sourcePost: string;
  addedOn: string;
  basis: string;
  status: string;
  note?: string | null;
}

export const RESERVE_COLUMNS = [
  { key: 'seq', header: '序号', width: 5, align: 'center' },
  { key: 'name', header: '姓名', width: 9, align: 'center' },
  { key: 'sex', header: '性别', width: 5, align: 'center' },
  { key: 'birth', header: '出生年月（年龄）', width: 14, align: 'center' },
  { key: 'political', header: '政治面貌', width: 10, align: 'center' },
  { key: 'education', header: '全日制学历', width: 10, align: 'center' },
  { key: 'homePost', header: '工作单位及职务', width: 24 },
  { key: 'source', header: '挂职单位及职务', width: 22 },
  { key: 'addedOn', header: '入库日期', width: 11, align: 'center' },
  { key: 'basis', header: '入库依据', width: 12, align: 'center' },
  { key: 'status', header: '状态', width: 7, align: 'center' },
  { key: 'note', header: '备注', width: 20 },
] as const satisfies readonly HeaderColumn[];

export interface ReserveRegisterOptions {
  countyName: string;
  reportingUnit: string;
  reportDate: string;
}

/** Builds the 后备干部名册 (ages at the report date). */
export function buildReserveRegister(rows: readonly ReservePrintRow[], opts: ReserveRegisterOptions): WorkbookDocument {
  const body: BodyRow[] = rows.map((r, i) => ({
    cells: [
      i + 1,
      r.name,
      labelOf(SEX, r.sex),
      r.birthDate ? `${formatMonthDotted(r.birthDate)}（${ageAt(r.birthDate, opts.reportDate)}岁）` : '',
      shortLabelOf(POLITICAL_STATUS, r.politicalStatus),
      printedEducationLabel(r.fullTimeEducation),
      r.homePost,
      r.sourcePost,
      formatDateDotted(r.addedOn),
      labelOf(RESERVE_BASIS, r.basis),
      labelOf(RESERVE_STATUS, r.status),
      r.note ?? '',
    ],
  }));
  const n = (s: string) => rows.filter((r) => r.status === s).length;
  const totals = `合计：共${rows.length}人，其中在库${n('in')}人、已使用${n('used')}人、已出库${n('removed')}人。`;
  const head = countySheetHead({
    name: '后备干部名册',
    title: `${opts.countyName}后备干部库名册`,
    reportingUnit: opts.reportingUnit,
    reportDate: opts.reportDate,
    columns: RESERVE_COLUMNS,
    orientation: 'landscape',
  });
  return { sheets: [{ head, rows: body, footer: textLines([totals, SIGNATURE_LINE], RESERVE_COLUMNS.length) }] };
}
