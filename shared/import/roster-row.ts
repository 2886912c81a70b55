import { POSITION_LEVEL, RANK, codeOf, labelOf } from '../domain/codes';
import type { CodeList } from '../domain/codes/types';
import { formatDateDotted, formatMonthDotted, parseMonthInput } from '../domain/dates';
import type { CadreInput } from '../domain/entities/cadre';
import { UnitSchema, type UnitInput } from '../domain/entities/unit';
import { validateIdCardNo } from '../domain/id-card';
import { zodIssues, type FieldIssue } from '../domain/issues';
import type { ColumnMapping } from './column-mapping';
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
} from './roster-cells';
import { ROSTER_COMPOSITES, ROSTER_EXAMPLE, ROSTER_FIELDS, columnHeader, rosterField, type RosterColumnKey, type RosterFieldKey } from './roster-columns';
import { NEW_UNIT_PREFIX, type ExistingCadre, type RosterCell, type RosterChange, type RosterContext, type RosterIssue } from './roster-preview';
import { guessNewUnit, unitNameKey, type UnitLookup } from './unit-names';

// Reading one roster row: the cells of each field (combined columns split), each cell parsed with
// the domain parsers, and the issues of the row attributed to the cells they concern.

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

/** Cadre fields filled straight from a roster field of the same meaning. */
export const CADRE_FIELD_OF: Partial<Record<RosterFieldKey, keyof CadreInput>> = {
  name: 'name',
  idCardNo: 'idCardNo',
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

/** Roster field of an entity field, for attributing schema and rule messages to a cell. */
const ROSTER_FIELD_OF: Record<string, RosterFieldKey> = {
  ...Object.fromEntries(Object.entries(CADRE_FIELD_OF).map(([k, v]) => [v, k as RosterFieldKey])),
  sex: 'sex',
  birthDate: 'birthMonth',
  batchId: 'batch',
  type: 'postingType',
  direction: 'direction',
  dispatchingUnitId: 'dispatchingUnit',
  originalPost: 'originalPost',
  originalPositionLevel: 'positionLevel',
  receivingUnitId: 'receivingUnit',
  secondedPost: 'secondedPost',
  village: 'village',
  teamRole: 'teamRole',
  startDate: 'startDate',
  termMonths: 'termMonths',
  plannedEndDate: 'plannedEndDate',
  liaisonLeader: 'liaisonLeader',
  mentor: 'mentor',
  remarks: 'remarks',
};

/** Cells every row needs, new cadre or not: the posting. */
export const POSTING_REQUIRED: readonly RosterFieldKey[] = ['postingType', 'receivingUnit', 'secondedPost', 'startDate'];
const FOOTER_LINE = /^(合计|总计|小计|填表人|制表人|填报人|审核人|审核|负责人|注[:：]|说明[:：]|备注[:：])/;

/** Collects the issues of one row, at most one error per field. */
export class RowIssues {
  readonly errors: RosterIssue[] = [];
  readonly warnings: RosterIssue[] = [];

  constructor(
    private readonly cells: Partial<Record<RosterFieldKey, RosterCell>>,
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

  /** An issue of a combined cell (挂职起止时间 …): named by the file's own header. */
  compositeError(key: RosterColumnKey, column: number, raw: unknown, message: string): void {
    this.errors.push({ field: key, column, raw, message: `${this.mapping.headers[column] || columnHeader(key)}：${message}` });
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

/** Reads the cells of every field, expanding combined columns into the fields they hold. */
export function readCells(row: readonly unknown[], mapping: ColumnMapping, units: UnitLookup, issues: (cells: Partial<Record<RosterFieldKey, RosterCell>>) => RowIssues) {
  const cells: Partial<Record<RosterFieldKey, RosterCell>> = {};
  for (const f of ROSTER_FIELDS) {
    const col = mapping.columns[f.key];
    if (col === undefined) continue;
    const raw = row[col];
    if (!isBlankCell(raw)) cells[f.key] = { raw, column: col, text: raw };
  }
  const put = (field: RosterFieldKey, raw: unknown, column: number, text: unknown) => {
    if (!cells[field] && !isBlankCell(text)) cells[field] = { raw, column, text };
  };
  const pending: (() => void)[] = [];
  const rowIssues = issues(cells);
  for (const c of ROSTER_COMPOSITES) {
    const col = mapping.columns[c.key];
    if (col === undefined) continue;
    const raw = row[col];
    if (isBlankCell(raw)) continue;
    switch (c.key) {
      case 'postingPeriod': {
        const p = parsePeriod(raw);
        if (p?.ok) {
          put('startDate', raw, col, p.start);
          if (p.end) put('plannedEndDate', raw, col, p.end);
        } else if (!cells.startDate) {
          pending.push(() => rowIssues.compositeError(c.key, col, raw, p?.error ?? `无法识别的起止时间“${cellText(raw)}”，请按 2024.03—2026.02 的格式填写`));
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
      case 'homeUnitAndPost': {
        const [unitField, postField] = c.fills as [RosterFieldKey, RosterFieldKey];
        if (cells[unitField] && cells[postField]) break;
        const text = cellText(raw);
        if (units.find(text).kind === 'found') {
          put(unitField, raw, col, text);
          break;
        }
        const known = units.leading(text);
        const sep = /^(\S+)\s+(\S.*)$/.exec(text);
        const split = known ?? (sep ? { unitText: sep[1]!, rest: sep[2]! } : undefined);
        if (split) {
          put(unitField, raw, col, split.unitText);
          put(postField, raw, col, split.rest);
        } else if (!cells[unitField]) {
          pending.push(() =>
            rowIssues.compositeError(
              c.key,
              col,
              raw,
              `无法从“${text}”中识别单位名称，请检查单位名称或先在“单位”中添加，也可在单位和职务之间加空格`,
            ),
          );
        }
        break;
      }
      case 'levelAndRank': {
        for (const part of cellText(raw).split(/[/、,，;；\s]+/).filter(Boolean)) {
          if (codeOf(POSITION_LEVEL, part)) put('positionLevel', raw, col, part);
          else if (codeOf(RANK, part)) put('rank', raw, col, part);
          else pending.push(() => rowIssues.compositeError(c.key, col, raw, `“${part}”既不是职务层次也不是职级，请填写如“副科级”或“四级主任科员”`));
        }
        break;
      }
      case 'villageAndRole': {
        const [village, role] = cellText(raw).split(/\s*[/、]\s*/);
        if (village) put('village', raw, col, village);
        if (role) put('teamRole', raw, col, role);
        break;
      }
    }
  }
  for (const p of pending) p();
  return { cells, rowIssues };
}

function codeMessage(header: string, list: CodeList, text: string, examples?: readonly [string, string]): string {
  const hint = examples ? `请填写如“${examples[0]}”或“${examples[1]}”` : `请按《${list.name}》填写`;
  return `“${text}”不是有效的${header === list.name ? list.name : header}，${hint}`;
}

/** What parsing a row needs besides its cells. */
export interface RowContext {
  ctx: RosterContext;
  units: UnitLookup;
  batchByName: Map<string, { id: string; name: string; defaultTermMonths: number }>;
}

/** Parses each present cell into a field value; unreadable cells become errors. */
export function parseValues(cells: Partial<Record<RosterFieldKey, RosterCell>>, issues: RowIssues, rc: RowContext) {
  const values: Values = {};
  const newUnits = new Map<string, UnitInput>();
  const set = <K extends keyof Values>(k: K, v: Values[K]) => {
    values[k] = v;
  };
  let idWarnings: string[] = [];
  let idDerived: { sex: string; birthDate: string } | undefined;
  let periodEnd: string | null | undefined;
  for (const f of ROSTER_FIELDS) {
    const cell = cells[f.key];
    if (!cell) continue;
    const text = cellText(cell.text);
    switch (f.kind) {
      case 'text':
        set(f.key as 'name', text);
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
          if (r.monthOnly) issues.warn(f.key, `只填了年月“${text}”，按${formatDateDotted(r.value)}导入，请核对`);
          break;
        }
        const period = f.key === 'startDate' ? parsePeriod(cell.text) : undefined;
        if (period?.ok) {
          set('startDate', period.start);
          periodEnd = period.end;
        } else issues.error(f.key, period && !period.ok ? period.error : r.error);
        break;
      }
      case 'months': {
        const n = parseTermMonths(cell.text);
        if (n === undefined) issues.error(f.key, `“${text}”不是有效的月数，请填写1至120的整数，如24`);
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
          const input = guessNewUnit(text);
          const key = NEW_UNIT_PREFIX + unitNameKey(text);
          const checked = UnitSchema.safeParse(input);
          if (!checked.success) {
            issues.error(f.key, `找不到单位“${text}”，也无法新建：${zodIssues(checked.error)[0]!.message}`);
            break;
          }
          set(f.key as 'homeUnit', key);
          newUnits.set(key, input);
          issues.warn(f.key, `系统中没有单位“${text}”，导入时将新建（${guessedLevel(input)}），请确认名称无误`);
        } else {
          issues.error(f.key, `找不到单位“${text}”，请检查名称或先在“单位”中添加`);
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
  return { values, idWarnings, idDerived, periodEnd, newUnits };
}

function guessedLevel(input: UnitInput): string {
  if (input.level === 'township') return '乡镇（街道）';
  if (input.level === 'village') return '村（社区）';
  return '县级部门';
}

/** How a cadre field prints in the “changed” list. */
function shownCadreValue(field: keyof CadreInput, value: unknown, unitName: (id: string) => string): string {
  if (value === null || value === undefined || value === '') return '（空）';
  if (field === 'homeUnitId') return unitName(String(value));
  if (field === 'isReserveCadre') return value ? '是' : '否';
  const f = ROSTER_FIELDS.find((x) => CADRE_FIELD_OF[x.key] === field);
  if (f?.list) return labelOf(f.list, String(value));
  if (f?.kind === 'month') return formatMonthDotted(String(value));
  if (f?.kind === 'date') return formatDateDotted(String(value));
  return String(value);
}

/** The fields of an existing cadre that the row's filled cells change (blank cells change nothing). */
export function cadreChanges(
  existing: ExistingCadre,
  values: Values,
  unitName: (id: string) => string,
): { patch: Partial<CadreInput>; changes: RosterChange[] } {
  const patch: Record<string, unknown> = {};
  const changes: RosterChange[] = [];
  for (const [rosterKey, cadreKey] of Object.entries(CADRE_FIELD_OF) as [RosterFieldKey, keyof CadreInput][]) {
    if (cadreKey === 'idCardNo') continue;
    const v = values[rosterKey as keyof Values];
    if (v === undefined) continue;
    const before = (existing as Record<string, unknown>)[cadreKey] ?? null;
    if (before === v) continue;
    patch[cadreKey] = v;
    changes.push({
      field: cadreKey,
      label: rosterField(rosterKey).header,
      before: shownCadreValue(cadreKey, before, unitName),
      after: shownCadreValue(cadreKey, v, unitName),
    });
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
  const filled = row.map((v, i) => [i, v] as const).filter(([, v]) => !isBlankCell(v));
  if (filled.length === 0) return true;
  if (FOOTER_LINE.test(cellText(filled[0]![1]).replace(/\s+/g, ''))) return true;
  if (filled.length === 1) {
    const col = filled[0]![0];
    return col !== mapping.columns.name && col !== mapping.columns.idCardNo;
  }
  // A merged group title read with its text repeated in every cell.
  const texts = new Set(filled.map(([, v]) => cellText(v)));
  return texts.size === 1 && !/\d{15}/.test([...texts][0]!);
}

/** The template's example row, left in by the clerk. */
export function isExampleRow(row: readonly unknown[], mapping: ColumnMapping): boolean {
  const { name, idCardNo } = mapping.columns;
  if (name === undefined || idCardNo === undefined) return false;
  const id = validateIdCardNo(cellText(row[idCardNo]));
  return cellText(row[name]) === ROSTER_EXAMPLE.name && id.ok && id.value === ROSTER_EXAMPLE.idCardNo;
}

