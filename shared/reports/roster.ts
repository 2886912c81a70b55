// 挂职干部花名册 (DOMAIN §4.1): one row per posting, optionally grouped by batch or by receiving
// township, ordered by unit, post level and age (DOMAIN §4.0), with the structure totals below.
import { DEGREE, ETHNICITY, POLITICAL_STATUS, SEX, isMinorityEthnicity, isNonCpc, labelOf, printedEducationLabel, shortLabelOf } from '../domain/codes';
import { birthWithAge } from '../domain/age';
import { compareIso } from '../domain/dates';
import { POSTING_TYPE, TEAM_ROLE, VILLAGE_POSTING_TYPES } from '../domain/enums';
import { compareLevels, compareNames, compareOptionalUnits, levelCode, levelText, remarksText, termPeriodText, unitAndPost } from './posting-format';
import type { PostingSource, ReportBatch, ReportCadre, ReportPosting, ReportUnit } from './report-records';
import { SIGNATURE_LINE, textLines } from './document/bands';
import { countySheetHead } from './document/county-sheet';
import type { HeaderColumn } from './document/header';
import type { BodyRow, CellValue, WorkbookDocument } from './document/schema';

/** The roster's columns in print order (the UI offers the same list). */
export const ROSTER_COLUMNS = [
  { key: 'seq', header: '序号', width: 5, align: 'center' },
  { key: 'name', header: '姓名', width: 9, align: 'center' },
  { key: 'sex', header: '性别', width: 5, align: 'center' },
  { key: 'ethnicity', header: '民族', width: 7, align: 'center' },
  { key: 'birth', header: '出生年月（年龄）', width: 14, align: 'center' },
  { key: 'politicalStatus', header: '政治面貌', width: 11, align: 'center' },
  { key: 'education', header: '学历学位', width: 15, align: 'center' },
  { key: 'originalPost', header: '原工作单位及职务', width: 26 },
  { key: 'level', header: '职务层次/职级', width: 14, align: 'center' },
  { key: 'secondedPost', header: '挂职单位及职务', width: 24 },
  { key: 'type', header: '挂职类型', width: 12, align: 'center' },
  { key: 'period', header: '挂职起止时间', width: 17, align: 'center' },
  { key: 'village', header: '驻村名称/队内职务', width: 16, align: 'center' },
  { key: 'phone', header: '联系电话', width: 13, align: 'center' },
  { key: 'remarks', header: '备注', width: 14 },
] as const satisfies readonly HeaderColumn[];

/** Key of a roster column. */
export type RosterColumnKey = (typeof ROSTER_COLUMNS)[number]['key'];

/** 身份证号, printed after 姓名 when the roster 含身份证号 (RosterOptions.includeIdCardNo). */
export const ID_CARD_COLUMN = { key: 'idCardNo', header: '身份证号', width: 20, align: 'center' } as const satisfies HeaderColumn;

/** Every column a roster can print, in print order (the import recognises the app's own export by them). */
export const ALL_ROSTER_COLUMNS: readonly HeaderColumn[] = [...ROSTER_COLUMNS.slice(0, 2), ID_CARD_COLUMN, ...ROSTER_COLUMNS.slice(2)];

/** Key of a printed cell (序号 aside). */
export type RosterCellKey = Exclude<RosterColumnKey, 'seq'> | typeof ID_CARD_COLUMN.key;

/** What the roster is built from. Postings are listed as given (the caller chooses which). */
export type RosterSource = PostingSource;

export interface RosterOptions {
  /** e.g. `开江县`; the title is `${countyName}挂职干部花名册` unless `title` is given. */
  countyName: string;
  title?: string;
  /** Printed after 填报单位：. */
  reportingUnit: string;
  /** `YYYY-MM-DD`: the 填报日期, and the date ages are computed at. */
  reportDate: string;
  /** Group heading rows by batch or by receiving township; 序号 restarts in each group. Default none. */
  groupBy?: 'none' | 'batch' | 'receivingTown';
  /** Columns to include, in roster order; default all. 序号 is always first. */
  columns?: readonly RosterColumnKey[];
  /**
   * 含身份证号: adds the 身份证号 column after 姓名 (for backups and exchange; off for copies that
   * leave the office). The import wizard recognises such a roster and matches every row by it.
   */
  includeIdCardNo?: boolean;
  /** Default `花名册`. */
  sheetName?: string;
  /**
   * `official` (default): the order below. `given`: the order of `source.postings`, e.g. the list as
   * the clerk sorted it on screen (groups, when asked for, still gather their rows).
   */
  order?: 'official' | 'given';
}

/** Group of postings with no batch. */
export const NO_BATCH_GROUP = '未分批次';
/** Group of postings whose receiving unit is not known on this computer. */
export const UNKNOWN_UNIT_GROUP = '接收单位不详';
/** Name shown when a posting's cadre record is missing (e.g. not yet received from another PC). */
export const MISSING_CADRE_NAME = '（缺干部信息）';

interface Group {
  /** '' for the catch-all group (未分批次 / 接收单位不详), which sorts last. */
  key: string;
  heading: string;
  batch?: ReportBatch;
  town?: ReportUnit;
}

/** The township a unit belongs to (itself when it is one); the unit itself when it has none. */
export function townOf(units: ReadonlyMap<string, ReportUnit>, unit: ReportUnit): ReportUnit {
  const seen = new Set<string>();
  for (let u: ReportUnit | undefined = unit; u && !seen.has(u.id); u = u.parentId ? units.get(u.parentId) : undefined) {
    if (u.level === 'township') return u;
    seen.add(u.id);
  }
  return unit;
}

function groupOf(source: RosterSource, posting: ReportPosting, groupBy: RosterOptions['groupBy']): Group {
  if (groupBy === 'batch') {
    const batch = posting.batchId ? source.batches.get(posting.batchId) : undefined;
    return batch ? { key: batch.id, heading: batch.name, batch } : { key: '', heading: NO_BATCH_GROUP };
  }
  if (groupBy === 'receivingTown') {
    const unit = source.units.get(posting.receivingUnitId);
    if (!unit) return { key: '', heading: UNKNOWN_UNIT_GROUP };
    const town = townOf(source.units, unit);
    return { key: town.id, heading: town.name, town };
  }
  return { key: '', heading: '' };
}

/** Batches in the order they started; towns in unit order; the catch-all group last. */
function compareGroups(a: Group, b: Group): number {
  if (a.key === b.key) return 0;
  if (a.key === '' || b.key === '') return a.key === '' ? 1 : -1;
  let order = 0;
  if (a.batch && b.batch) {
    order =
      compareIso(a.batch.startDate ?? '', b.batch.startDate ?? '') ||
      (a.batch.year ?? 0) - (b.batch.year ?? 0) ||
      compareNames(a.batch.name, b.batch.name);
  } else if (a.town && b.town) {
    order = compareOptionalUnits(a.town, b.town);
  }
  return order || (a.key < b.key ? -1 : 1);
}

function educationText(cadre: ReportCadre): string {
  const line = (education: string | null | undefined, degree: string | null | undefined): string => {
    const degreeLabel = degree && degree !== '无' ? labelOf(DEGREE, degree) : '';
    return `${printedEducationLabel(education)}${degreeLabel}`;
  };
  const fullTime = line(cadre.fullTimeEducation, cadre.fullTimeDegree);
  const inService = line(cadre.inServiceEducation, cadre.inServiceDegree);
  return [fullTime, inService ? `在职：${inService}` : ''].filter(Boolean).join('\n');
}

function villageText(posting: ReportPosting): string {
  if (!VILLAGE_POSTING_TYPES.includes(posting.type)) return '';
  return [posting.village ?? '', labelOf(TEAM_ROLE, posting.teamRole)].filter(Boolean).join('/');
}

/** The cells of one posting, keyed by column, 序号 left out (the import compares a re-imported roster with them). */
export function rosterRowCells(source: RosterSource, posting: ReportPosting, reportDate: string): Record<RosterCellKey, CellValue> {
  const cadre = source.cadres.get(posting.cadreId);
  return {
    name: cadre?.name ?? MISSING_CADRE_NAME,
    idCardNo: cadre?.idCardNo ?? '',
    sex: cadre ? labelOf(SEX, cadre.sex) : '',
    ethnicity: cadre ? labelOf(ETHNICITY, cadre.ethnicity) : '',
    birth: cadre ? birthWithAge(cadre.birthDate, reportDate) : '',
    politicalStatus: cadre ? shortLabelOf(POLITICAL_STATUS, cadre.politicalStatus) : '',
    education: cadre ? educationText(cadre) : '',
    originalPost: unitAndPost(source.units.get(posting.dispatchingUnitId), posting.originalPost),
    level: levelText(cadre, posting),
    secondedPost: unitAndPost(source.units.get(posting.receivingUnitId), posting.secondedPost),
    type: labelOf(POSTING_TYPE, posting.type),
    period: termPeriodText(posting),
    village: villageText(posting),
    phone: cadre?.phone ?? '',
    remarks: remarksText(cadre, posting),
  };
}

/** `合计：共12人，其中女性3人、党外2人、少数民族1人`, counting each person once. */
export function rosterTotalsLine(source: RosterSource, postings: readonly ReportPosting[]): string {
  const people = new Set(postings.map((p) => p.cadreId));
  let women = 0;
  let nonCpc = 0;
  let minority = 0;
  for (const id of people) {
    const cadre = source.cadres.get(id);
    if (!cadre) continue;
    if (cadre.sex === '2') women++;
    if (isNonCpc(cadre.politicalStatus)) nonCpc++;
    if (isMinorityEthnicity(cadre.ethnicity)) minority++;
  }
  return `合计：共${people.size}人，其中女性${women}人、党外${nonCpc}人、少数民族${minority}人`;
}

interface RosterEntry {
  cadre: ReportCadre | undefined;
  unit: ReportUnit | undefined;
  level: ReturnType<typeof levelCode>;
}

/** The official roster order within a group (DOMAIN §4.0). */
function compareOfficial(a: RosterEntry, b: RosterEntry): number {
  return (
    compareOptionalUnits(a.unit, b.unit) ||
    compareLevels(a.level, b.level) ||
    compareIso(a.cadre?.birthDate ?? '9999', b.cadre?.birthDate ?? '9999') ||
    compareNames(a.cadre?.name ?? '', b.cadre?.name ?? '')
  );
}

/**
 * Builds the 挂职干部花名册, one sheet: title, columns, rows (group headings when grouped, 序号
 * restarting in each group) and the totals and signature lines. Rows are ordered by group, then
 * (unless `order` is `given`) by receiving unit (排序号, then name), post level (higher first, none
 * last), birth date (older first) and name.
 */
export function buildRoster(source: RosterSource, opts: RosterOptions): WorkbookDocument {
  const groupBy = opts.groupBy ?? 'none';
  const wanted = new Set<string>(opts.columns ?? ROSTER_COLUMNS.map((c) => c.key));
  if (opts.includeIdCardNo) wanted.add(ID_CARD_COLUMN.key);
  const columns = ALL_ROSTER_COLUMNS.filter((c) => c.key === 'seq' || wanted.has(c.key));

  const postings = source.postings.filter((p) => !p._deleted);
  const entries = postings.map((posting) => {
    const cadre = source.cadres.get(posting.cadreId);
    return {
      posting,
      cadre,
      group: groupOf(source, posting, groupBy),
      unit: source.units.get(posting.receivingUnitId),
      level: levelCode(cadre, posting),
    };
  });
  entries.sort((a, b) => compareGroups(a.group, b.group) || (opts.order === 'given' ? 0 : compareOfficial(a, b)));

  const rows: BodyRow[] = [];
  let currentGroup: string | undefined;
  let seq = 0;
  for (const entry of entries) {
    if (groupBy !== 'none' && entry.group.key !== currentGroup) {
      currentGroup = entry.group.key;
      rows.push({ group: entry.group.heading });
      seq = 0;
    }
    const cells: Record<string, CellValue> = { seq: ++seq, ...rosterRowCells(source, entry.posting, opts.reportDate) };
    rows.push({ cells: columns.map((c) => cells[c.key] ?? null) });
  }

  const head = countySheetHead({
    name: opts.sheetName ?? '花名册',
    title: opts.title ?? `${opts.countyName}挂职干部花名册`,
    reportingUnit: opts.reportingUnit,
    reportDate: opts.reportDate,
    columns,
    orientation: 'landscape',
  });
  return { sheets: [{ head, rows, footer: textLines([rosterTotalsLine(source, postings), SIGNATURE_LINE], columns.length) }] };
}
