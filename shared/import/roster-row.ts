import { POSITION_LEVEL, RANK, codeOf, labelOf } from '../domain/codes';
import type { CodeList } from '../domain/codes/types';
import { formatDateDotted, formatMonthDotted, parseMonthInput } from '../domain/dates';
import type { CadreInput } from '../domain/entities/cadre';
import { UnitSchema, type UnitInput } from '../domain/entities/unit';
import { UNIT_LEVEL } from '../domain/enums';
import { validateIdCardNo } from '../domain/id-card';
import { zodIssues, type FieldIssue } from '../domain/issues';
import type { ColumnMapping } from './column-mapping';
import { normalizePersonName } from './person-name';
import {
  cellText,
  degreeCodeOf,
  educationCodeOf,
  isBlankCell,
  parseFlag,
  parsePeriod,
  parseTermMonths,
  readDateOrMonth,
  splitEducationCell,
  stripTrailingNote,
  MAX_TERM_MONTHS,
} from './roster-cells';
import { ROSTER_COMPOSITES, ROSTER_EXAMPLE, ROSTER_FIELDS, columnHeader, rosterField, type RosterColumnKey, type RosterFieldKey } from './roster-columns';
import { NEW_UNIT_PREFIX, type ExistingCadre, type RosterCell, type RosterChange, type RosterContext, type RosterIssue, type RosterReadingChoice } from './roster-preview';
import { guessNewUnit, unitNameKey, type UnitLookup, type UnitPlacement } from './unit-names';

// Reading one roster row: the cells of each field (combined columns split, the clerk's own edits
// applied), each cell parsed with the domain parsers, and the issues of the row attributed to the
// cells they concern.

/** The parsed values of one row, by field. */
export type Values = {
  name?: string;
  idCardNo?: string;
  sex?: string;
  birthMonth?: string;
  ethnicity?: string;
  nativePlace?: string;
  politicalStatus?: string;
  partyJoinDate?: string;
  workStartDate?: string;
  fullTimeEducation?: string;
  fullTimeDegree?: string;
  fullTimeSchool?: string;
  inServiceEducation?: string;
  inServiceDegree?: string;
  staffCategory?: string;
  homeUnit?: string;
  currentPost?: string;
  positionLevel?: string;
  rank?: string;
  phone?: string;
  isReserveCadre?: boolean;
  postingType?: string;
  direction?: string;
  dispatchingUnit?: string;
  originalPost?: string;
  receivingUnit?: string;
  secondedPost?: string;
  batch?: string;
  startDate?: string;
  termMonths?: number;
  plannedEndDate?: string;
  village?: string;
  teamRole?: string;
  liaisonLeader?: string;
  mentor?: string;
  remarks?: string;
};

/** The cells of a row by field. */
export type RowCells = Partial<Record<RosterFieldKey, RosterCell>>;

/** Cadre fields filled straight from a roster field of the same meaning. */
export const CADRE_FIELD_OF: Partial<Record<RosterFieldKey, keyof CadreInput>> = {
  name: 'name',
  idCardNo: 'idCardNo',
  sex: 'sex',
  ethnicity: 'ethnicity',
  nativePlace: 'nativePlace',
  politicalStatus: 'politicalStatus',
  partyJoinDate: 'partyJoinDate',
  workStartDate: 'workStartDate',
  fullTimeEducation: 'fullTimeEducation',
  fullTimeDegree: 'fullTimeDegree',
  fullTimeSchool: 'fullTimeSchool',
  inServiceEducation: 'inServiceEducation',
  inServiceDegree: 'inServiceDegree',
  staffCategory: 'staffCategory',
  homeUnit: 'homeUnitId',
  currentPost: 'currentPost',
  positionLevel: 'positionLevel',
  rank: 'rank',
  phone: 'phone',
  isReserveCadre: 'isReserveCadre',
};

/** Posting fields filled straight from a roster field (a re-imported posting may correct them). */
export const POSTING_FIELD_OF: Partial<Record<RosterFieldKey, string>> = {
  postingType: 'type',
  direction: 'direction',
  dispatchingUnit: 'dispatchingUnitId',
  originalPost: 'originalPost',
  receivingUnit: 'receivingUnitId',
  secondedPost: 'secondedPost',
  batch: 'batchId',
  village: 'village',
  teamRole: 'teamRole',
  liaisonLeader: 'liaisonLeader',
  mentor: 'mentor',
  remarks: 'remarks',
};

/** Roster field of an entity field, for attributing schema and rule messages to a cell. */
const ROSTER_FIELD_OF: Record<string, RosterFieldKey> = {
  ...Object.fromEntries(Object.entries(CADRE_FIELD_OF).map(([k, v]) => [v, k as RosterFieldKey])),
  ...Object.fromEntries(Object.entries(POSTING_FIELD_OF).map(([k, v]) => [v, k as RosterFieldKey])),
  birthDate: 'birthMonth',
  originalPositionLevel: 'positionLevel',
  startDate: 'startDate',
  termMonths: 'termMonths',
  plannedEndDate: 'plannedEndDate',
  actualEndDate: 'plannedEndDate',
};

/** Cells every new posting needs: the receiving unit, the post and the start date (the type has a default). */
export const POSTING_REQUIRED: readonly RosterFieldKey[] = ['receivingUnit', 'secondedPost', 'startDate'];
const FOOTER_LINE = /^(合计|总计|小计|填表人|制表人|填报人|审核人|审核|负责人|注[:：]|说明[:：]|备注[:：])/;
/** Longest cell read as a date, code, number or flag; longer text is refused before any parsing (keeps every parser linear). */
const MAX_SHORT_CELL = 64;

/** Collects the issues of one row, at most one error per field. */
export class RowIssues {
  readonly errors: RosterIssue[] = [];
  readonly warnings: RosterIssue[] = [];
  readonly notes: string[] = [];

  constructor(
    private readonly cells: RowCells,
    private readonly mapping: ColumnMapping,
  ) {}

  private make(field: RosterFieldKey | null, message: string): RosterIssue {
    if (field === null) return { field: null, column: null, raw: null, message };
    const cell = this.cells[field];
    const column = cell?.column ?? this.mapping.columns[field] ?? null;
    return { field, column, raw: cell?.raw ?? null, message: `${rosterField(field).header}：${message}` };
  }

  hasError(field: RosterFieldKey): boolean {
    return this.errors.some((e) => e.field === field);
  }

  error(field: RosterFieldKey | null, message: string): void {
    if (field !== null && this.hasError(field)) return;
    this.errors.push(this.make(field, message));
  }

  warn(field: RosterFieldKey | null, message: string): void {
    const issue = this.make(field, message);
    if (!this.warnings.some((w) => w.message === issue.message)) this.warnings.push(issue);
  }

  note(message: string): void {
    if (!this.notes.includes(message)) this.notes.push(message);
  }

  /** Forgets the issues of cells in these sheet columns (a re-imported export's cells left as printed). */
  dropColumns(columns: ReadonlySet<number>): void {
    for (const list of [this.errors, this.warnings]) {
      const keep = list.filter((i) => i.column === null || !columns.has(i.column));
      list.splice(0, list.length, ...keep);
    }
  }

  /** An issue of a combined cell (挂职起止时间 …): named by the file's own header. */
  composite(kind: 'error' | 'warning', key: RosterColumnKey, column: number, raw: unknown, message: string): void {
    const issue = { field: key, column, raw, message: `${this.mapping.headers[column] || columnHeader(key)}：${message}` };
    (kind === 'error' ? this.errors : this.warnings).push(issue);
  }

  /**
   * Schema or rule messages of an entity, attributed to the roster cell they concern. With
   * `derived`, a message about a cell the clerk left blank is dropped when the row already has an
   * error: it follows from that error (no 期满日期 because the 到岗日期 was unreadable).
   */
  entity(issues: readonly FieldIssue[], kind: 'error' | 'warning', derived = false): void {
    for (const i of issues) {
      const field = ROSTER_FIELD_OF[i.field] ?? null;
      if (derived && field && !this.cells[field] && this.errors.length > 0) continue;
      const message = /请/.test(i.message) ? i.message : `${i.message}，请核对`;
      if (kind === 'error') this.error(field, message);
      else this.warn(field, message);
    }
  }
}

/** What reading a row needs besides its cells. */
export interface RowContext {
  ctx: RosterContext;
  units: UnitLookup;
  placement: UnitPlacement;
  batchByName: Map<string, { id: string; name: string; defaultTermMonths: number }>;
  /** The name the preview shows of each registered unit (short name, else name), by id. */
  unitNames: Map<string, string>;
}

/** The cells of a row with their issues so far, and the readings of its unit-and-post cells. */
export interface ReadRow {
  cells: RowCells;
  issues: RowIssues;
  choices: RosterReadingChoice[];
}

/**
 * Reads the cells of every field: plain columns, combined columns split into the fields they hold
 * (a unit-and-post cell by the reading the clerk chose, the longest by default), then the clerk's
 * own edits of the row editor on top.
 */
export function readCells(row: readonly unknown[], rowNumber: number, mapping: ColumnMapping, rc: RowContext): ReadRow {
  const cells: RowCells = {};
  for (const f of ROSTER_FIELDS) {
    const col = mapping.columns[f.key];
    if (col === undefined) continue;
    const raw = row[col];
    if (!isBlankCell(raw)) cells[f.key] = { raw, column: col, text: raw };
  }
  const put = (field: RosterFieldKey, raw: unknown, column: number, text: unknown) => {
    if (!cells[field] && !isBlankCell(text)) cells[field] = { raw, column, text };
  };
  const pending: { fills: readonly RosterFieldKey[]; report: () => void }[] = [];
  const issues = new RowIssues(cells, mapping);
  const choices: RosterReadingChoice[] = [];
  const chosen = rc.ctx.options.readings?.get(rowNumber);
  for (const c of ROSTER_COMPOSITES) {
    const col = mapping.columns[c.key];
    if (col === undefined) continue;
    const raw = row[col];
    if (isBlankCell(raw)) continue;
    const text = cellText(raw);
    if (text.length > 200) {
      pending.push({ fills: c.fills, report: () => issues.composite('error', c.key, col, raw, `内容过长（${text.length}字），请只填写${c.fills.map((f) => rosterField(f).header).join('和')}`) });
      continue;
    }
    switch (c.key) {
      case 'postingPeriod': {
        const p = parsePeriod(raw);
        if (p?.ok) {
          put('startDate', raw, col, p.startMonth ?? p.start);
          if (p.end) put('plannedEndDate', raw, col, p.end);
        } else {
          pending.push({ fills: ['startDate'], report: () => issues.composite('error', c.key, col, raw, p?.error ?? `无法识别的起止时间“${text}”，请按 2024.03—2026.02 的格式填写`) });
        }
        break;
      }
      case 'education': {
        const parts = splitEducationCell(raw);
        if (parts.fullTime) {
          put('fullTimeEducation', raw, col, parts.fullTime.education);
          if (parts.fullTime.degree) put('fullTimeDegree', raw, col, parts.fullTime.degree);
        }
        if (parts.inService) {
          put('inServiceEducation', raw, col, parts.inService.education);
          if (parts.inService.degree) put('inServiceDegree', raw, col, parts.inService.degree);
        }
        break;
      }
      case 'receivingUnitAndPost':
      case 'homeUnitAndPost':
      case 'dispatchingUnitAndPost': {
        const [unitField, postField] = c.fills as [RosterFieldKey, RosterFieldKey];
        if (cells[unitField] && cells[postField]) break;
        const readings = rc.units.readings(text);
        if (readings.length === 0) {
          pending.push({
            fills: [unitField],
            report: () => issues.composite('error', c.key, col, raw, `无法从“${text}”中识别单位名称，请检查单位名称或先在“单位”中添加，也可在单位和职务之间加空格`),
          });
          break;
        }
        const index = Math.min(chosen?.[c.key] ?? 0, readings.length - 1);
        const r = readings[index]!;
        put(unitField, raw, col, r.unitText);
        if (r.post) put(postField, raw, col, r.post);
        if (readings.length > 1) {
          const options = readings.map((x) => `单位“${x.unitText}”，职务“${x.post || '（空）'}”`);
          choices.push({ key: c.key, column: col, options, chosen: index });
          if (chosen?.[c.key] === undefined)
            pending.push({ fills: [unitField, postField], report: () => issues.composite('warning', c.key, col, raw, `“${text}”可理解为${options.join('，或')}；已按前者读取，可在预览中改选`) });
        }
        break;
      }
      case 'levelAndRank': {
        for (const part of text.split(/[/、,，;；\s]+/).filter(Boolean)) {
          if (codeOf(POSITION_LEVEL, part)) put('positionLevel', raw, col, part);
          else if (codeOf(RANK, part)) put('rank', raw, col, part);
          else pending.push({ fills: ['positionLevel', 'rank'], report: () => issues.composite('error', c.key, col, raw, `“${part}”既不是职务层次也不是职级，请填写如“副科级”或“四级主任科员”`) });
        }
        break;
      }
      case 'villageAndRole': {
        const [village, role] = text.split(/\s*[/、]\s*/);
        if (village) put('village', raw, col, village);
        if (role) put('teamRole', raw, col, role);
        break;
      }
    }
  }
  // The clerk's edits win over what the file says; a cleared field is blank.
  const edits = rc.ctx.options.overrides?.get(rowNumber);
  const edited = new Set<RosterFieldKey>();
  for (const [field, typed] of Object.entries(edits ?? {}) as [RosterFieldKey, string][]) {
    edited.add(field);
    if (isBlankCell(typed)) delete cells[field];
    else cells[field] = { raw: typed, column: cells[field]?.column ?? mapping.columns[field] ?? null, text: typed, edited: true };
  }
  for (const p of pending) if (!p.fills.some((f) => edited.has(f))) p.report();
  return { cells, issues, choices };
}

function codeMessage(header: string, list: CodeList, text: string, examples?: readonly [string, string]): string {
  const hint = examples ? `请填写如“${examples[0]}”或“${examples[1]}”` : `请按《${list.name}》填写`;
  return `“${text}”不是有效的${header === list.name ? list.name : header}，${hint}`;
}

function levelName(input: UnitInput): string {
  if (!input.isInCounty) return `县外单位，${labelOf(UNIT_LEVEL, input.level)}`;
  return labelOf(UNIT_LEVEL, input.level);
}

/** What parsing the cells gives besides the values. */
export interface ParsedRow {
  values: Values;
  idWarnings: string[];
  idDerived: { sex: string; birthDate: string } | undefined;
  /** The end of a 挂职起止时间 read from the 到岗日期 cell; null for 至今. */
  periodEnd: string | null | undefined;
  /** True when 到岗日期 or 期满日期 was given as a month only (the posting on file is then matched by month). */
  monthOnlyStart: boolean;
  newUnits: Map<string, UnitInput>;
}

/** Parses each present cell into a field value; unreadable cells become errors. */
export function parseValues(cells: RowCells, issues: RowIssues, rc: RowContext): ParsedRow {
  const values: Values = {};
  const newUnits = new Map<string, UnitInput>();
  const set = <K extends keyof Values>(k: K, v: Values[K]) => {
    values[k] = v;
  };
  let idWarnings: string[] = [];
  let idDerived: { sex: string; birthDate: string } | undefined;
  let periodEnd: string | null | undefined;
  let monthOnlyStart = false;
  for (const f of ROSTER_FIELDS) {
    const cell = cells[f.key];
    if (!cell) continue;
    // A number is quoted as JavaScript prints it (1e+308), not with its 309 digits.
    const text = typeof cell.text === 'number' && Math.abs(cell.text) >= 1e21 ? String(cell.text) : cellText(cell.text);
    if (f.kind !== 'text' && f.kind !== 'unit' && f.kind !== 'batch' && typeof cell.text !== 'number' && text.length > MAX_SHORT_CELL) {
      issues.error(f.key, `内容过长（${text.length}字），无法识别，请只填写${f.header}`);
      continue;
    }
    switch (f.kind) {
      case 'text':
        set(f.key as 'name', f.key === 'name' ? normalizePersonName(text) : text);
        break;
      case 'idCard': {
        if (typeof cell.text === 'number' && cell.text >= 1e15) {
          issues.error(f.key, '单元格为数字格式，号码后几位已被 Excel 改为 0，请将该列设为“文本”格式后重新输入号码');
          break;
        }
        const id = validateIdCardNo(text, { today: rc.ctx.today });
        if (!id.ok) issues.error(f.key, id.error);
        else {
          set('idCardNo', id.value);
          idWarnings = id.warnings;
          idDerived = { sex: id.sex, birthDate: id.birthDate };
        }
        break;
      }
      case 'code': {
        const list = f.list!;
        const code =
          f.key === 'fullTimeEducation' || f.key === 'inServiceEducation'
            ? educationCodeOf(text)
            : f.key === 'fullTimeDegree' || f.key === 'inServiceDegree'
              ? degreeCodeOf(text)
              : codeOf(list, text);
        if (code === undefined || (f.key === 'sex' && code !== '1' && code !== '2')) issues.error(f.key, codeMessage(f.header, list, text, f.examples));
        else set(f.key as 'ethnicity', code);
        break;
      }
      case 'month': {
        const r = parseMonthInput(f.key === 'birthMonth' && typeof cell.text === 'string' ? stripTrailingNote(cell.text) : cell.text);
        if (r.ok) set(f.key as 'partyJoinDate', r.value);
        else issues.error(f.key, r.error);
        break;
      }
      case 'date': {
        const r = readDateOrMonth(cell.text, f.key === 'startDate' ? 'start' : 'end');
        if (r.ok) {
          set(f.key as 'startDate', r.value);
          if (r.monthOnly && f.key === 'startDate') monthOnlyStart = true;
          // A month in 挂职起止时间 is the usual way to write it; a month in a date column is worth a look.
          if (r.monthOnly && cell.text === cell.raw) issues.warn(f.key, `只填了年月“${text}”，按${formatDateDotted(r.value)}导入，请核对`);
          break;
        }
        const period = f.key === 'startDate' ? parsePeriod(cell.text) : undefined;
        if (period?.ok) {
          set('startDate', period.start);
          periodEnd = period.end;
          if (period.startMonth) monthOnlyStart = true;
        } else issues.error(f.key, period && !period.ok ? period.error : r.error);
        break;
      }
      case 'months': {
        const n = parseTermMonths(cell.text);
        if (n === undefined) issues.error(f.key, `“${text}”不是有效的月数，请填写1至${MAX_TERM_MONTHS}的整数，如24`);
        else set('termMonths', n);
        break;
      }
      case 'flag': {
        const b = parseFlag(cell.text);
        if (b === undefined) issues.error(f.key, `“${text}”无法识别，请填写“是”或“否”`);
        else set('isReserveCadre', b);
        break;
      }
      case 'unit': {
        const m = rc.units.find(text);
        if (m.kind === 'found') set(f.key as 'homeUnit', m.unit.id);
        else if (m.kind === 'ambiguous') {
          const names = m.units.map((u) => `“${u.name}”`).join('、');
          issues.error(f.key, `“${text}”对应多个单位（${names}），请填写单位全称`);
        } else if (rc.ctx.options.createMissingUnits) {
          const input = guessNewUnit(text, rc.placement);
          const key = NEW_UNIT_PREFIX + unitNameKey(text);
          const checked = UnitSchema.safeParse(input);
          if (!checked.success) {
            issues.error(f.key, `找不到单位“${text}”，也无法新建：${zodIssues(checked.error)[0]!.message}`);
            break;
          }
          set(f.key as 'homeUnit', key);
          newUnits.set(key, input);
          issues.warn(f.key, `系统中没有单位“${text}”，导入时将新建（${levelName(input)}），请确认名称无误`);
        } else {
          issues.error(f.key, `找不到单位“${text}”，请检查名称，或先在“单位”中添加，或勾选“自动新建找不到的单位”`);
        }
        break;
      }
      case 'batch': {
        const b = rc.batchByName.get(unitNameKey(text));
        if (b) set('batch', b.id);
        else issues.error(f.key, `找不到批次“${text}”，请检查名称或先建立该批次`);
        break;
      }
    }
  }
  return { values, idWarnings, idDerived, periodEnd, monthOnlyStart, newUnits };
}

/** How a field value prints in a list of changes. */
export function shownValue(field: RosterFieldKey, value: unknown, unitName: (id: string) => string): string {
  if (value === null || value === undefined || value === '') return '（空）';
  const f = rosterField(field);
  if (f.kind === 'unit') return unitName(String(value));
  if (f.kind === 'flag') return value ? '是' : '否';
  if (f.kind === 'batch') return String(value);
  if (f.list) return labelOf(f.list, String(value));
  if (f.kind === 'month') return formatMonthDotted(String(value));
  if (f.kind === 'date') return formatDateDotted(String(value));
  return String(value);
}

/** The fields of an existing cadre the row's filled cells change (blank cells change nothing). */
export function cadreChanges(existing: ExistingCadre, values: Values, unitName: (id: string) => string): { patch: Partial<CadreInput>; changes: RosterChange[] } {
  const patch: Record<string, unknown> = {};
  const changes: RosterChange[] = [];
  for (const [rosterKey, cadreKey] of Object.entries(CADRE_FIELD_OF) as [RosterFieldKey, keyof CadreInput][]) {
    if (cadreKey === 'idCardNo' && existing.idCardNo) continue;
    if (cadreKey === 'sex' && existing.idCardNo) continue;
    const v = values[rosterKey as keyof Values];
    if (v === undefined) continue;
    const before = (existing as Record<string, unknown>)[cadreKey] ?? null;
    if (before === v) continue;
    patch[cadreKey] = v;
    changes.push({ field: cadreKey, label: rosterField(rosterKey).header, before: shownValue(rosterKey, before, unitName), after: shownValue(rosterKey, v, unitName) });
  }
  return { patch: patch as Partial<CadreInput>, changes };
}

/** The entity fields of an existing cadre (without its id). */
export function domainOf(existing: ExistingCadre): Partial<CadreInput> {
  const { id: _id, ...rest } = existing;
  return rest as Partial<CadreInput>;
}

/** Blank rows, 合计/填表人 lines and group titles (one cell outside the name and ID columns) are not data. */
export function isIgnorable(row: readonly unknown[], mapping: ColumnMapping): boolean {
  let first: [number, unknown] | undefined;
  let count = 0;
  const texts = new Set<string>();
  for (let i = 0; i < row.length; i++) {
    const v = row[i];
    if (isBlankCell(v)) continue;
    count++;
    first ??= [i, v];
    if (texts.size < 2) texts.add(cellText(v));
  }
  if (!first) return true;
  if (FOOTER_LINE.test(cellText(first[1]).slice(0, 20).replace(/\s+/g, ''))) return true;
  if (count === 1) return first[0] !== mapping.columns.name && first[0] !== mapping.columns.idCardNo;
  // A merged group title read with its text repeated in every cell.
  return texts.size === 1 && !/\d{15}/.test([...texts][0]!);
}

/** The template's example row, left in by the clerk. */
export function isExampleRow(row: readonly unknown[], mapping: ColumnMapping): boolean {
  const { name, idCardNo } = mapping.columns;
  if (name === undefined || idCardNo === undefined) return false;
  if (cellText(row[name]) !== ROSTER_EXAMPLE.name) return false;
  const id = validateIdCardNo(cellText(row[idCardNo]));
  return id.ok && id.value === ROSTER_EXAMPLE.idCardNo;
}
