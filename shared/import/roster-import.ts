import { labelOf } from '../domain/codes';
import { formatDateDotted, formatMonthDotted, plannedEndDate } from '../domain/dates';
import type { CadreInput } from '../domain/entities/cadre';
import { PostingSchema, type PostingInput } from '../domain/entities/posting';
import type { UnitInput } from '../domain/entities/unit';
import { END_REASON, OPEN_POSTING_STATUSES, POSTING_STATUS, POSTING_TYPE } from '../domain/enums';
import { zodIssues } from '../domain/issues';
import { checkCadre, validateCadre } from '../domain/rules/cadre-rules';
import { pendingCadreFields } from '../domain/rules/data-quality';
import { DEFAULT_TERM_MONTHS, postingDefaults } from '../domain/rules/posting-defaults';
import { statusForStart } from '../domain/rules/posting-dates';
import { checkPosting, normalizePostingInput } from '../domain/rules/posting-rules';
import { termEndDate } from '../reports/posting-format';
import type { ReportPosting } from '../reports/report-records';
import { coveredFields, pendingColumns, type ColumnMapping } from './column-mapping';
import { normalizePersonName } from './person-name';
import { cellText, monthsBetween } from './roster-cells';
import { rosterField, type RosterFieldKey } from './roster-columns';
import { compareWithPrinted, printedColumns } from './roster-export';
import {
  NEW_CADRE,
  NEW_UNIT_PREFIX,
  SKIP_REASON,
  type CadrePlan,
  type EndedStatus,
  type ExistingCadre,
  type ExistingPosting,
  type PostingUpdate,
  type RosterChange,
  type RosterContext,
  type RosterPreview,
  type RosterPreviewRow,
  type RosterRowStatus,
  type UnitToCreate,
} from './roster-preview';
import { CADRE_FIELD_OF, POSTING_FIELD_OF, POSTING_REQUIRED, RowIssues, cadreChanges, domainOf, isExampleRow, isIgnorable, parseValues, readCells, shownValue, type RowContext, type Values } from './roster-row';
import { createUnitLookup, unitNameKey } from './unit-names';

// The roster import (pure): map the columns, validate every row with the domain rules, check the
// rows against each other, summarise. Each row is evaluated on its own (evaluateRosterRow), so an
// edit re-evaluates one row; the cross-row checks (the same person twice, one open posting per
// cadre) are one linear pass over the outcomes (finishRosterRows).
export { autoMapColumns, coveredFields, findHeaderRow, idCardNosIn, missingRequiredFields, namesIn, pendingColumns, type ColumnMapping } from './column-mapping';
export * from './roster-preview';

/** The default type of a posting when the file does not say (DOMAIN §2.6: the most common kind). */
export const DEFAULT_POSTING_TYPE = 'secondmentDown';

/** The end reason that goes with each end status (DOMAIN §2.6). */
const END_REASON_OF: Record<EndedStatus, string> = { completed: 'termCompleted', terminated: 'earlyTermination', recalled: 'recalled' };

/** One row evaluated on its own, before the cross-row checks. */
export interface RowOutcome {
  row: RosterPreviewRow;
  /** The person: `c:<id>` (on file), `id:<ID number>` or `nb:<name>|<birth month>` (new); null when unknown. */
  person: string | null;
  /** The cadre values the row gives (a new person written on two rows must agree). */
  given: Partial<CadreInput>;
  /** The posting the row creates is open (在岗, 已批准 …). */
  open: boolean;
  /** `receivingUnitId|startDate` of the posting the row creates. */
  postingKey: string | null;
  newUnits: Map<string, UnitInput>;
}

/** What evaluating a sheet row gives: a data row, or a row that is not data. */
export type RowEvaluation = { kind: 'data'; outcome: RowOutcome } | { kind: 'ignored' } | { kind: 'example' };

/** The lookups every row uses, built once per validation. */
export function rowContext(ctx: RosterContext): RowContext {
  return {
    ctx,
    units: createUnitLookup(ctx.units),
    placement: ctx.countyName ? { countyName: ctx.countyName } : {},
    batchByName: new Map(ctx.batches.map((b) => [unitNameKey(b.name), b])),
    unitNames: new Map(ctx.units.map((u) => [u.id, u.shortName || u.name])),
  };
}

/** Notes about the whole file: each column a cadre may lack that is missing, said once (not per row). */
export function fileNotices(mapping: ColumnMapping, ctx: RosterContext): string[] {
  const notices: string[] = [];
  if (mapping.source === 'export')
    notices.push(
      mapping.columns.idCardNo === undefined
        ? '这是本系统导出的花名册，但不含身份证号：将按姓名和出生年月与系统中的干部对应。'
        : '这是本系统导出的花名册：按身份证号与系统中的干部对应，只有与系统中不同的单元格才会更新。',
    );
  // A re-imported export has none of these columns by design; a row that creates a cadre says it is 待补充.
  const pending = mapping.source === 'export' ? [] : pendingColumns(mapping);
  if (pending.length) notices.push(`文件中没有以下各列：${pending.map((f) => rosterField(f).header).join('、')}。导入后待补充，可在“干部库”中补充。`);
  if (!coveredFields(mapping).has('postingType')) notices.push(`文件中没有“挂职类型”列：均按“${labelOf(POSTING_TYPE, ctx.options.defaultPostingType ?? DEFAULT_POSTING_TYPE)}”导入，可在下方改选。`);
  return notices;
}

/** Reads the cadre's identity out of the cells (ID number, else name and birth month) to find them on file. */
function identify(values: Values, rc: RowContext): { cadre?: ExistingCadre; ambiguous?: ExistingCadre[] } {
  const { ctx } = rc;
  if (values.idCardNo) {
    const byId = ctx.existingCadres.get(values.idCardNo);
    if (byId) return { cadre: byId };
  }
  // values.idCardNo is set only when valid: its birth month is in it.
  const month = values.idCardNo ? `${values.idCardNo.slice(6, 10)}-${values.idCardNo.slice(10, 12)}` : values.birthMonth;
  if (!values.name || !month) return {};
  // Same name and birth month: a cadre on file without an ID number, or a row without one.
  const same = (ctx.cadresByName?.get(values.name) ?? []).filter((c) => c.birthDate.slice(0, 7) === month && (!values.idCardNo || !c.idCardNo));
  if (same.length === 1) return { cadre: same[0]! };
  if (same.length > 1) return { ambiguous: same };
  return {};
}

/** The posting fields a row corrects on a posting already on file (only cells present in the row). */
function postingChanges(same: ExistingPosting, values: Values, cells: RosterPreviewRow['cells'], unitName: (id: string) => string): PostingUpdate | null {
  const patch: Record<string, unknown> = {};
  const changes: RosterChange[] = [];
  for (const [rosterKey, postingKey] of Object.entries(POSTING_FIELD_OF) as [RosterFieldKey, string][]) {
    if (!cells[rosterKey] || rosterKey === 'receivingUnit' || !(postingKey in same)) continue;
    const v = values[rosterKey as keyof Values];
    if (v === undefined) continue;
    const before = (same as Record<string, unknown>)[postingKey] ?? null;
    if (before === v) continue;
    patch[postingKey] = v;
    changes.push({ field: postingKey, label: rosterField(rosterKey).header, before: shownValue(rosterKey, before, unitName), after: shownValue(rosterKey, v, unitName) });
  }
  return changes.length ? { id: same.id, patch: patch as Partial<PostingInput>, changes } : null;
}

/**
 * Evaluates one sheet row (rows[i] is Excel row i + 1) on its own: reads and parses its cells, finds
 * the cadre on file (ID number, else name and birth month), plans the cadre (create, update, reuse)
 * and the posting (create, correct, or nothing when the same posting is on file unchanged), and
 * attributes every problem to its cell. Never throws: an unexpected failure makes the row an error.
 */
export function evaluateRosterRow(row: readonly unknown[], rowNumber: number, mapping: ColumnMapping, rc: RowContext): RowEvaluation {
  try {
    if (isIgnorable(row, mapping)) return { kind: 'ignored' };
    if (isExampleRow(row, mapping)) return { kind: 'example' };
    return { kind: 'data', outcome: evaluate(row, rowNumber, mapping, rc) };
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    const message = `第${rowNumber}行无法读取（${reason.slice(0, 80)}），请检查该行的内容，或跳过该行`;
    return {
      kind: 'data',
      outcome: {
        row: emptyRow(rowNumber, { status: 'error', errors: [{ field: null, column: null, raw: null, message }] }),
        person: null,
        given: {},
        open: false,
        postingKey: null,
        newUnits: new Map(),
      },
    };
  }
}

function emptyRow(rowNumber: number, over: Partial<RosterPreviewRow>): RosterPreviewRow {
  return {
    rowNumber,
    status: 'ok',
    skipReason: null,
    name: '',
    idCardNo: '',
    cells: {},
    errors: [],
    warnings: [],
    notes: [],
    pending: [],
    choices: [],
    matchedCadre: null,
    cadre: null,
    posting: null,
    postingUpdate: null,
    ...over,
  };
}

function evaluate(row: readonly unknown[], rowNumber: number, mapping: ColumnMapping, rc: RowContext): RowOutcome {
  const { ctx, unitNames } = rc;
  const unitName = (id: string) => unitNames.get(id) ?? (id.startsWith(NEW_UNIT_PREFIX) ? id.slice(NEW_UNIT_PREFIX.length) : id);
  const { cells, issues, choices } = readCells(row, rowNumber, mapping, rc);
  // What the preview shows of the row: every cell, also those a re-imported export leaves unread.
  const shownCells = { ...cells };

  // A re-imported export: cells left as printed are not read (they change nothing).
  let printedPosting: ExistingPosting | undefined;
  let exportMatched: ExistingCadre | undefined;
  if (mapping.source === 'export') {
    const probe = parseValues(pick(cells, ['name', 'idCardNo', 'birthMonth']), new RowIssues({}, mapping), rc).values;
    const found = identify(probe, rc).cadre;
    if (found) {
      const match = compareWithPrinted(row, printedColumns(mapping), found, ctx.existingPostings.get(found.id) ?? [], ctx);
      for (const [field, cell] of Object.entries(cells) as [RosterFieldKey, (typeof cells)[RosterFieldKey]][])
        if (cell && !cell.edited && cell.column !== null && match.unchanged.has(cell.column) && field !== 'idCardNo' && field !== 'name') delete cells[field];
      issues.dropColumns(match.unchanged);
      printedPosting = match.posting;
      exportMatched = found;
    }
  }

  const parsed = parseValues(cells, issues, rc);
  const { values, idWarnings, idDerived, periodEnd } = parsed;
  const covered = coveredFields(mapping);
  // 工作单位 and 现任职务 from 派出单位 and 原单位职务 when the file has no column of their own.
  if (values.homeUnit === undefined && !covered.has('homeUnit') && !cells.homeUnit) values.homeUnit = values.dispatchingUnit;
  if (values.currentPost === undefined && !covered.has('currentPost') && !cells.currentPost) values.currentPost = values.originalPost;

  // ID number: warnings, and sex / birth month checked against it (DOMAIN §2.2: contradictions are errors).
  for (const w of idWarnings) issues.warn('idCardNo', w);
  if (values.idCardNo && idDerived) {
    if (values.sex) {
      for (const e of checkCadre({ idCardNo: values.idCardNo, sex: values.sex as '1' | '2' }, { today: ctx.today }).errors)
        if (e.field === 'sex') issues.error('sex', `${e.message}，请核对性别或身份证号码`);
    }
    if (values.birthMonth && values.birthMonth !== idDerived.birthDate.slice(0, 7))
      issues.error('birthMonth', `出生年月与身份证号码不符：身份证号码显示为${formatMonthDotted(idDerived.birthDate)}，请核对出生年月或身份证号码`);
  }

  const who = exportMatched ? { cadre: exportMatched } : issues.hasError('idCardNo') ? {} : identify(values, rc);
  if (who.ambiguous) issues.error(cells.idCardNo ? 'idCardNo' : 'name', `系统中有${who.ambiguous.length}名姓名和出生年月都相同的干部，请填写身份证号码以区分`);
  const existing = who.cadre;
  if (!existing && !values.idCardNo && !issues.hasError('idCardNo')) {
    // Without an ID number a new cadre needs birth month and sex (the ID number decides them otherwise).
    if (!values.birthMonth && !issues.hasError('birthMonth')) issues.error(cells.idCardNo || mapping.columns.idCardNo !== undefined ? 'idCardNo' : 'birthMonth', '没有身份证号码的，须填写出生年月和性别，请补充');
    else if (!values.sex && !issues.hasError('sex')) issues.error('sex', '没有身份证号码的，须填写性别，请补充');
  }

  // The cadre: new, or the one on file with the changed fields.
  let cadre: CadrePlan | null = null;
  let cadreValue: (ExistingCadre & { id: string }) | undefined;
  let given: Partial<CadreInput> = {};
  let pending: string[] = [];
  if (existing) {
    const { patch, changes } = cadreChanges(existing, values, unitName);
    if (patch.name) issues.warn('name', `系统中该干部登记的姓名为“${existing.name}”，导入后将改为“${patch.name}”，请核对${existing.idCardNo ? '身份证号码' : '姓名'}`);
    const v = validateCadre({ ...domainOf(existing), ...patch }, { today: ctx.today });
    issues.entity(v.warnings.filter((w) => w.field !== 'idCardNo'), 'warning');
    if (!v.ok) issues.entity(v.errors, 'error');
    else {
      cadreValue = { ...v.value, id: existing.id };
      given = patch;
      pending = pendingCadreFields(v.value).map((f) => f.label);
      cadre = changes.length ? { action: 'update', id: existing.id, name: existing.name, patch, changes } : { action: 'reuse', id: existing.id, name: existing.name };
    }
  } else {
    for (const f of ['name', 'homeUnit', 'currentPost'] as const) if (values[f] === undefined && !issues.hasError(f)) issues.error(f, '此项必填，请填写');
    const input: Partial<CadreInput> = {};
    for (const [rosterKey, cadreKey] of Object.entries(CADRE_FIELD_OF) as [RosterFieldKey, keyof CadreInput][]) {
      const v = values[rosterKey as keyof Values];
      if (v !== undefined) (input as Record<string, unknown>)[cadreKey] = v;
    }
    if (!values.idCardNo && values.birthMonth) input.birthDate = `${values.birthMonth}-01`;
    // An unreadable ID number is passed on as typed, so the domain check reports it (once).
    if (input.idCardNo === undefined && cells.idCardNo && issues.hasError('idCardNo')) input.idCardNo = cellText(cells.idCardNo.text);
    const v = validateCadre(input, { today: ctx.today });
    issues.entity(v.warnings.filter((w) => w.field !== 'idCardNo'), 'warning');
    // Sex and birth date come from the ID number or the 性别 and 出生年月 cells: their errors are reported above.
    if (!v.ok) issues.entity(v.errors.filter((e) => !['sex', 'birthDate'].includes(e.field)), 'error');
    else {
      cadreValue = { ...v.value, id: NEW_CADRE };
      given = input;
      pending = pendingCadreFields(v.value).map((f) => f.label);
      cadre = { action: 'create', input: v.value };
    }
  }

  // The posting: the same one already on file (corrected if the row says otherwise), or a new one.
  const others = existing ? (ctx.existingPostings.get(existing.id) ?? []) : [];
  const sameMonth = (p: ExistingPosting) => p.startDate === values.startDate || (parsed.monthOnlyStart && !!values.startDate && p.startDate.slice(0, 7) === values.startDate.slice(0, 7));
  const same = exportMatched ? printedPosting : others.find((p) => p.receivingUnitId === values.receivingUnit && sameMonth(p));
  let posting: PostingInput | null = null;
  let postingUpdate: PostingUpdate | null = null;
  let open = false;
  if (same) {
    postingUpdate = postingChanges(same, values, cells, unitName);
    if (values.startDate && !sameMonth(same) && cells.startDate)
      issues.error('startDate', `与系统中这条挂职的到岗日期（${formatDateDotted(same.startDate)}）不同，到岗日期请在“干部与挂职”中修改`);
    const end = values.plannedEndDate ?? periodEnd;
    if (end && (same as Partial<ReportPosting>).plannedEndDate && end.slice(0, 7) !== termEndDate(same as ReportPosting).slice(0, 7) && !(same.status !== 'active' && same.actualEndDate?.slice(0, 7) === end.slice(0, 7)))
      issues.warn('plannedEndDate', `与系统中的期满日期（${formatDateDotted(termEndDate(same as ReportPosting))}）不同，导入不修改期满日期；延期或结束请在“干部与挂职”中办理`);
    if (postingUpdate && 'cadreId' in same) {
      const merged = normalizePostingInput({ ...(same as Partial<PostingInput>), ...postingUpdate.patch });
      const checked = PostingSchema.safeParse(stripIds(merged));
      if (!checked.success) issues.entity(zodIssues(checked.error), 'error', true);
      else if (checked.data.receivingUnitId === checked.data.dispatchingUnitId) issues.error('dispatchingUnit', '接收单位不能与派出单位相同');
    }
  } else {
    for (const f of POSTING_REQUIRED) if (values[f] === undefined && !issues.hasError(f)) issues.error(f, '此项必填，请填写');
    const type = values.postingType ?? ctx.options.defaultPostingType ?? DEFAULT_POSTING_TYPE;
    if (values.postingType === undefined && covered.has('postingType') && !issues.hasError('postingType')) issues.note(`挂职类型未填写，按“${labelOf(POSTING_TYPE, type)}”导入`);
    const batch = values.batch ? ctx.batches.find((b) => b.id === values.batch) : undefined;
    const defaults = postingDefaults({
      type,
      cadre: {
        homeUnitId: values.homeUnit ?? existing?.homeUnitId,
        currentPost: values.currentPost ?? existing?.currentPost,
        positionLevel: values.positionLevel ?? existing?.positionLevel ?? null,
      },
    });
    const endGiven = values.plannedEndDate ?? periodEnd ?? undefined;
    const termFromEnd = values.termMonths === undefined && values.startDate && endGiven ? monthsBetween(values.startDate, endGiven) : undefined;
    const termMonths = values.termMonths ?? termFromEnd ?? batch?.defaultTermMonths ?? defaults.termMonths ?? DEFAULT_TERM_MONTHS;
    const start = values.startDate;
    const end = endGiven ?? (start ? plannedEndDate(start, termMonths) : undefined);
    // A term already over is imported as ended (issue 9 item 5), not as an overdue active posting.
    const ended = !!end && end < ctx.today;
    const endedStatus = ctx.options.endedStatus ?? 'completed';
    const status = ended ? endedStatus : start ? statusForStart('active', start, ctx.today) : 'active';
    if (ended) issues.note(`期满日期${formatDateDotted(end)}已过，按“${labelOf(POSTING_STATUS, endedStatus)}”导入（结束原因：${labelOf(END_REASON, END_REASON_OF[endedStatus])}）`);
    const postingInput: Partial<PostingInput> = {
      ...defaults,
      cadreId: existing?.id ?? NEW_CADRE,
      batchId: values.batch ?? null,
      type,
      direction: values.direction ?? defaults.direction,
      dispatchingUnitId: values.dispatchingUnit ?? defaults.dispatchingUnitId,
      originalPost: values.originalPost ?? defaults.originalPost,
      receivingUnitId: values.receivingUnit,
      secondedPost: values.secondedPost,
      village: values.village ?? null,
      teamRole: values.teamRole ?? null,
      startDate: start,
      termMonths,
      plannedEndDate: end,
      status,
      actualEndDate: ended ? end : null,
      endReason: ended ? END_REASON_OF[endedStatus] : null,
      liaisonLeader: values.liaisonLeader ?? null,
      mentor: values.mentor ?? null,
      remarks: values.remarks ?? null,
    };
    const normalized = normalizePostingInput(postingInput);
    const checked = PostingSchema.safeParse(normalized);
    if (!checked.success) {
      const schemaIssues = zodIssues(checked.error).map((e) =>
        e.field === 'termMonths' && termFromEnd !== undefined ? { field: 'plannedEndDate', message: `按到岗日期和期满日期计算，${e.message}` } : e,
      );
      issues.entity(schemaIssues, 'error', true);
    } else {
      const r = checkPosting(checked.data, {
        today: ctx.today,
        cadre: cadreValue,
        otherPostings: others,
        unitName: (id) => unitNames.get(id) ?? '',
      });
      issues.entity(r.errors, 'error', true);
      issues.entity(r.warnings, 'warning');
      posting = normalized as PostingInput;
      open = OPEN_POSTING_STATUSES.includes(checked.data.status);
    }
  }

  const userSkipped = ctx.options.skipRows?.has(rowNumber) ?? false;
  const unchanged = !!same && !postingUpdate && (cadre?.action === 'reuse' || (!cadre && !existing));
  const skipReason = userSkipped ? SKIP_REASON.byClerk : unchanged && issues.errors.length === 0 ? SKIP_REASON.alreadyImported : null;
  const hasErrors = issues.errors.length > 0;
  const status: RosterRowStatus = skipReason ? 'skipped' : hasErrors ? 'error' : issues.warnings.length ? 'warning' : 'ok';
  const name = values.name ?? normalizePersonName(cellText(cells.name?.text));
  const birthMonth = idDerived?.birthDate.slice(0, 7) ?? values.birthMonth;
  const person = existing ? `c:${existing.id}` : values.idCardNo ? `id:${values.idCardNo}` : name && birthMonth ? `nb:${name}|${birthMonth}` : null;
  return {
    row: {
      rowNumber,
      status,
      skipReason,
      name,
      idCardNo: values.idCardNo ?? cellText(cells.idCardNo?.text),
      cells: shownCells,
      errors: issues.errors,
      warnings: issues.warnings,
      notes: issues.notes,
      pending: hasErrors ? [] : pending,
      choices,
      matchedCadre: existing ? { id: existing.id, name: existing.name } : null,
      cadre: hasErrors ? null : cadre,
      posting: hasErrors || skipReason === SKIP_REASON.alreadyImported ? null : posting,
      postingUpdate: hasErrors ? null : postingUpdate,
    },
    person,
    given,
    open,
    postingKey: posting ? `${posting.receivingUnitId}|${posting.startDate}` : same ? `${same.receivingUnitId}|${same.startDate}` : null,
    newUnits: parsed.newUnits,
  };
}

/** Schema fields only (a stored posting carries its id and sync fields). */
function stripIds(p: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(PostingSchema.shape)) if (key in p) out[key] = p[key];
  return out;
}

function pick<T extends object, K extends keyof T>(o: T, keys: readonly K[]): Pick<T, K> {
  const out = {} as Pick<T, K>;
  for (const k of keys) if (o[k] !== undefined) out[k] = o[k];
  return out;
}

const LABEL_OF_CADRE_FIELD = new Map(Object.entries(CADRE_FIELD_OF).map(([roster, cadre]) => [cadre as string, rosterField(roster as RosterFieldKey).header]));

/**
 * The checks between rows (the only part that is not per row), one linear pass: the same person on
 * several rows (a new cadre is created once, by the first importable row, and the rows must agree on
 * the cadre's data), one open posting per cadre, the same posting twice, and the units to create.
 * Rows without any cross-row finding are returned as they are (the same objects).
 */
export function finishRosterRows(outcomes: readonly RowOutcome[]): { rows: RosterPreviewRow[]; unitsToCreate: UnitToCreate[] } {
  const first = new Map<string, RowOutcome>();
  const openRow = new Map<string, number>();
  const postingRow = new Map<string, number>();
  const rows: RosterPreviewRow[] = [];
  const units = new Map<string, UnitToCreate>();
  for (const o of outcomes) {
    let row = o.row;
    const importable = row.status === 'ok' || row.status === 'warning';
    if (o.person && importable) {
      const extra: string[] = [];
      const creator = first.get(o.person);
      if (creator) {
        const conflicts = Object.entries(o.given).filter(([k, v]) => {
          const other = (creator.given as Record<string, unknown>)[k];
          return v !== undefined && v !== null && other !== undefined && other !== null && other !== v;
        });
        if (conflicts.length) extra.push(`与第${creator.row.rowNumber}行是同一名干部，但${conflicts.map(([k]) => LABEL_OF_CADRE_FIELD.get(k) ?? k).join('、')}填写不一致，请核对后改为一致`);
      }
      const key = o.postingKey ? `${o.person}|${o.postingKey}` : null;
      if (key && postingRow.has(key)) extra.push(`与第${postingRow.get(key)}行重复（同一干部、同一接收单位和到岗日期），请删除或跳过其中一行`);
      else if (o.open && openRow.has(o.person))
        extra.push(`与第${openRow.get(o.person)}行是同一名干部，同一时间只能有一条未结束的挂职，请修改或跳过其中一行`);
      if (extra.length) {
        const field: RosterFieldKey = row.cells.idCardNo ? 'idCardNo' : 'name';
        row = {
          ...row,
          status: 'error',
          errors: [...row.errors, ...extra.map((message) => ({ field, column: row.cells[field]?.column ?? null, raw: row.cells[field]?.raw ?? null, message: `${rosterField(field).header}：${message}` }))],
          cadre: null,
          posting: null,
          postingUpdate: null,
          pending: [],
        };
      } else {
        if (!creator) first.set(o.person, o);
        else if (row.cadre?.action === 'create') row = { ...row, cadre: { action: 'sameAsRow', rowNumber: creator.row.rowNumber } };
        if (key) postingRow.set(key, row.rowNumber);
        if (o.open) openRow.set(o.person, row.rowNumber);
      }
    }
    if (row.status === 'ok' || row.status === 'warning') {
      for (const [key, input] of o.newUnits) {
        const planned = units.get(key) ?? { key, input, rowNumbers: [] };
        planned.rowNumbers.push(row.rowNumber);
        units.set(key, planned);
      }
    }
    rows.push(row);
  }
  return { rows, unitsToCreate: [...units.values()] };
}

/**
 * Validates every data row of a roster sheet with the domain rules (validateCadre, checkPosting),
 * checks the rows against each other and plans what importing would do: create, update or reuse
 * each cadre (matched by ID number, else by name and birth month), create or correct each posting,
 * create missing units when asked. Reports every bad cell of every row at once; nothing is written.
 * `rows` are the sheet's rows from row 1 (rows[i] is Excel row i + 1).
 */
export function validateRosterRows(rows: readonly (readonly unknown[] | undefined)[], mapping: ColumnMapping, ctx: RosterContext): RosterPreview {
  const rc = rowContext(ctx);
  const outcomes: RowOutcome[] = [];
  const ignoredRows: number[] = [];
  const notices = fileNotices(mapping, ctx);
  for (let i = mapping.headerRowIndex + 1; i < rows.length; i++) {
    const e = evaluateRosterRow(rows[i] ?? [], i + 1, mapping, rc);
    if (e.kind === 'data') outcomes.push(e.outcome);
    else if (e.kind === 'example') {
      ignoredRows.push(i + 1);
      notices.push(`第${i + 1}行是模板中的填写示例，已忽略。`);
    } else if ((rows[i] ?? []).some((v) => cellText(v) !== '')) ignoredRows.push(i + 1);
  }
  return { ...finishRosterRows(outcomes), ignoredRows, notices };
}
