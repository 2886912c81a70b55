// How reports print a posting: unit and post, term, status remarks, and the common sort keys.
import { POSITION_LEVEL, RANK, labelOf, shortLabelOf } from '../domain/codes';
import { formatMonthDotted } from '../domain/dates';
import { POSTING_STATUS } from '../domain/enums';
import { compareUnits } from '../domain/unit-tree';
import type { ReportCadre, ReportPosting, ReportUnit } from './report-records';

/** Statuses whose term is over: the period ends on the actual end date. */
const ENDED_STATUSES: readonly string[] = ['completed', 'terminated', 'recalled'];

/** The unit as rosters print it: its short name, else its full name. */
export function unitLabel(unit: ReportUnit | undefined): string {
  return unit ? (unit.shortName || unit.name) : '';
}

/** `县财政局办公室主任`: unit label followed by the post, as in 原工作单位及职务. */
export function unitAndPost(unit: ReportUnit | undefined, post: string | null | undefined): string {
  return `${unitLabel(unit)}${post ?? ''}`;
}

/** The last day of the term: the planned end, or a later end granted by an extension. */
export function termEndDate(posting: ReportPosting): string {
  let end = posting.plannedEndDate;
  for (const extension of posting.extensions ?? []) if (extension.newEndDate > end) end = extension.newEndDate;
  return end;
}

/** True when the term was extended at least once (or the posting is marked 已延期). */
export function isExtended(posting: ReportPosting): boolean {
  return posting.status === 'extended' || (posting.extensions?.length ?? 0) > 0;
}

/** `2024.03—2026.02`: start and end month; an ended posting ends on its actual end date. */
export function termPeriodText(posting: ReportPosting): string {
  const end = ENDED_STATUSES.includes(posting.status) && posting.actualEndDate ? posting.actualEndDate : termEndDate(posting);
  return `${formatMonthDotted(posting.startDate)}—${formatMonthDotted(end)}`;
}

/** 职务层次/职级 in short form: `正科级/一级主任科员`. The cadre's current level, else the one at dispatch. */
export function levelText(cadre: ReportCadre | undefined, posting: ReportPosting): string {
  const level = cadre?.positionLevel || posting.originalPositionLevel;
  return [shortLabelOf(POSITION_LEVEL, level), labelOf(RANK, cadre?.rank)].filter(Boolean).join('/');
}

/** The GB/T 12407 code used for ordering (lower code = higher post); undefined when none. */
export function levelCode(cadre: ReportCadre | undefined, posting: ReportPosting): string | undefined {
  return cadre?.positionLevel || posting.originalPositionLevel || undefined;
}

/** 备注 entries a roster derives from the record: 后备干部, 已延期, 提前结束, 召回 … then the posting's remarks. */
export function remarksText(cadre: ReportCadre | undefined, posting: ReportPosting): string {
  const parts: string[] = [];
  if (cadre?.isReserveCadre) parts.push('后备干部');
  if (isExtended(posting)) parts.push('已延期');
  if (posting.status !== 'active' && posting.status !== 'extended') parts.push(labelOf(POSTING_STATUS, posting.status));
  if (posting.remarks) parts.push(posting.remarks);
  return parts.join('；');
}

/** Orders units by 排序号 then name; a missing unit sorts last. */
export function compareOptionalUnits(a: ReportUnit | undefined, b: ReportUnit | undefined): number {
  if (a && b) return compareUnits(a, b);
  return a ? -1 : b ? 1 : 0;
}

/** Orders post levels: higher post (lower GB/T 12407 code) first, no level last. */
export function compareLevels(a: string | undefined, b: string | undefined): number {
  if (a && b) return a === b ? 0 : a < b ? -1 : 1;
  return a ? -1 : b ? 1 : 0;
}

/** Chinese collation for names. */
export function compareNames(a: string, b: string): number {
  return a.localeCompare(b, 'zh-Hans-CN');
}
