// 抽查情况登记表 (DOMAIN §2.8, §4.7): the spot checks (明查暗访) of a period, one row each, in the
// order they took place, with what was found, whether an absence was excused, and what follows
// from an unexcused one (the day counts as 缺勤 and the annual grade is capped, §7.1 A7).
import { formatDateChinese, formatDateDotted } from '../domain/dates';
import { labelOf } from '../domain/codes';
import { SPOT_CHECK_KIND } from '../domain/enums';
import { SIGNATURE_LINE, textLines } from './document/bands';
import { countySheetHead } from './document/county-sheet';
import type { HeaderColumn } from './document/header';
import type { BodyRow, WorkbookDocument } from './document/schema';

/** The register's columns in print order. */
export const SPOT_CHECK_REGISTER_COLUMNS = [
  { key: 'seq', header: '序号', width: 5, align: 'center' },
  { key: 'date', header: '日期', width: 11, align: 'center' },
  { key: 'time', header: '时间', width: 7, align: 'center' },
  { key: 'kind', header: '方式', width: 9, align: 'center' },
  { key: 'inspector', header: '检查人', width: 18 },
  { key: 'name', header: '姓名', width: 9, align: 'center' },
  { key: 'host', header: '挂职（驻村）单位', width: 18 },
  { key: 'result', header: '结果', width: 8, align: 'center' },
  { key: 'excuse', header: '是否有正当理由/说明', width: 16, align: 'center' },
  { key: 'handling', header: '处理情况', width: 28 },
  { key: 'remarks', header: '备注', width: 20 },
] as const satisfies readonly HeaderColumn[];

/** One spot check as the register prints it. */
export interface SpotCheckRegisterRow {
  check: { date: string; time?: string | null | undefined; kind: string; inspector: string; inspectorUnit: string; result: string; note?: string | null | undefined };
  name: string;
  /** 讲治镇石岭村 */
  host: string;
  /** For an unexcused absence: the how-many-th of the posting's year, and the grade cap it reached ('' for none). */
  absence: { no: number; capText: string } | null;
}

export interface SpotCheckRegisterOptions {
  /** `2026年11月` or `2026年全年`. */
  periodText: string;
  /** `讲治镇` or `开江县`. */
  scopeName: string;
  reportingUnit: string;
  /** `YYYY-MM-DD`. */
  reportDate: string;
}

/** 是否有正当理由: excused absences say why; an unexcused one says 否; in post needs no reason. */
const EXCUSE: Record<string, string> = { onDuty: '—', onLeaveApproved: '是（已请假）', officialOuting: '是（公出）', absentUnexcused: '否' };

/** 处理情况 of an unexcused absence: the day counts as 缺勤, and what the year's count does to the grade. */
function handlingOf(absence: SpotCheckRegisterRow['absence']): string {
  if (!absence) return '';
  return `当日按缺勤计；本年度第${absence.no}次无故不在岗${absence.capText ? `，年度考核${absence.capText}` : ''}`;
}

/** Builds the 抽查情况登记表 of `rows` (in the order given) with the total line and the signature line. */
export function buildSpotCheckRegister(rows: readonly SpotCheckRegisterRow[], opts: SpotCheckRegisterOptions): WorkbookDocument {
  const body: BodyRow[] = rows.map((row, i) => {
    const unexcused = row.check.result === 'absentUnexcused';
    return {
      cells: [
        i + 1,
        formatDateDotted(row.check.date),
        row.check.time ?? '',
        labelOf(SPOT_CHECK_KIND, row.check.kind),
        `${row.check.inspector}（${row.check.inspectorUnit}）`,
        row.name,
        row.host,
        row.check.result === 'onDuty' ? '在岗' : '不在岗',
        EXCUSE[row.check.result] ?? '',
        handlingOf(row.absence),
        row.check.note ?? '',
      ],
      ...(unexcused ? { highlight: 'red' as const } : {}),
    };
  });
  const away = rows.filter((r) => r.check.result !== 'onDuty').length;
  const unexcused = rows.filter((r) => r.check.result === 'absentUnexcused').length;
  const head = countySheetHead({
    name: '抽查情况登记',
    title: `${opts.scopeName}挂职干部抽查情况登记表（${opts.periodText}）`,
    reportingUnit: opts.reportingUnit,
    reportDate: opts.reportDate,
    columns: SPOT_CHECK_REGISTER_COLUMNS,
    orientation: 'landscape',
  });
  const totals = `合计：抽查${rows.length}人次，在岗${rows.length - away}人次，不在岗${away}人次（其中无故不在岗${unexcused}人次）。截至${formatDateChinese(opts.reportDate)}。`;
  return { sheets: [{ head, rows: body, footer: textLines([totals, SIGNATURE_LINE], SPOT_CHECK_REGISTER_COLUMNS.length) }] };
}
