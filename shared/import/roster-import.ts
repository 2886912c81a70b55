import { formatMonthDotted, plannedEndDate } from '../domain/dates';
import { PostingSchema, type PostingInput } from '../domain/entities/posting';
import type { Cadre, CadreInput } from '../domain/entities/cadre';
import { zodIssues } from '../domain/issues';
import { checkCadre, validateCadre } from '../domain/rules/cadre-rules';
import { DEFAULT_TERM_MONTHS, postingDefaults } from '../domain/rules/posting-defaults';
import { statusForStart } from '../domain/rules/posting-dates';
import { checkPosting, normalizePostingInput } from '../domain/rules/posting-rules';
import { coveredFields, type ColumnMapping } from './column-mapping';
import { cellText, isBlankCell, monthsBetween } from './roster-cells';
import { ROSTER_FIELDS, type RosterFieldKey } from './roster-columns';
import { NEW_CADRE, NEW_UNIT_PREFIX, SKIP_REASON, type CadrePlan, type RosterContext, type RosterPreview, type RosterPreviewRow, type RosterRowStatus, type UnitToCreate } from './roster-preview';
import { CADRE_FIELD_OF, POSTING_REQUIRED, RowIssues, cadreChanges, domainOf, isExampleRow, isIgnorable, parseValues, readCells, type RowContext, type Values } from './roster-row';
import { createUnitLookup, unitNameKey } from './unit-names';

// The roster import (pure): map the columns, validate every row with the domain rules, summarise.
export { autoMapColumns, coveredFields, findHeaderRow, idCardNosIn, missingRequiredFields, type ColumnMapping } from './column-mapping';
export * from './roster-preview';

/**
 * Validates every data row of a roster sheet with the domain rules (validateCadre, checkPosting) and
 * plans what importing would do: create or update the cadre (matched by ID number), create one
 * posting, create missing units when asked. Reports every bad cell of every row at once; nothing is
 * written. `rows` are the sheet's rows from row 1 (rows[i] is Excel row i + 1).
 */
export function validateRosterRows(rows: readonly (readonly unknown[] | undefined)[], mapping: ColumnMapping, ctx: RosterContext): RosterPreview {
  const units = createUnitLookup(ctx.units);
  const unitNames = new Map(ctx.units.map((u) => [u.id, u.name]));
  const unitLabels = new Map(ctx.units.map((u) => [u.id, u.shortName || u.name]));
  const rc: RowContext = {
    ctx,
    units,
    batchByName: new Map(ctx.batches.map((b) => [unitNameKey(b.name), b])),
  };
  const newUnits = new Map<string, UnitToCreate>();
  const unitName = (id: string) => unitNames.get(id) ?? (id.startsWith(NEW_UNIT_PREFIX) ? id.slice(NEW_UNIT_PREFIX.length) : id);
  const skipRows = ctx.options.skipRows ?? new Set<number>();
  const out: RosterPreviewRow[] = [];
  const ignoredRows: number[] = [];
  const firstRowOfId = new Map<string, number>();
  const notices: string[] = [];
  if (mapping.columns.staffCategory === undefined) notices.push('文件中没有“人员类别”列：新登记的干部均按“公务员”登记，已有干部的人员类别不变。');
  if (!coveredFields(mapping).has('partyJoinDate')) notices.push('文件中没有“入党时间”列：新登记的中共党员（含预备党员）须填写入党时间，可在预览中逐行修改。');

  for (let i = mapping.headerRowIndex + 1; i < rows.length; i++) {
    const row = rows[i] ?? [];
    const rowNumber = i + 1;
    if (isIgnorable(row, mapping)) {
      if (row.some((v) => !isBlankCell(v))) ignoredRows.push(rowNumber);
      continue;
    }
    if (isExampleRow(row, mapping)) {
      ignoredRows.push(rowNumber);
      notices.push(`第${rowNumber}行是模板中的填写示例，已忽略。`);
      continue;
    }
    const userSkipped = skipRows.has(rowNumber);
    const { cells, rowIssues: issues } = readCells(row, mapping, units, (c) => new RowIssues(c, mapping));
    const { values, idWarnings, idDerived, periodEnd, newUnits: rowUnits } = parseValues(cells, issues, rc);
    const existing = values.idCardNo ? ctx.existingCadres.get(values.idCardNo) : undefined;

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

    // Required cells: every row needs the posting; a new cadre needs the cadre's required fields too.
    for (const f of POSTING_REQUIRED) if (values[f] === undefined && !issues.hasError(f)) issues.error(f, '此项必填，请填写');
    if (!existing) {
      for (const f of ROSTER_FIELDS) {
        if (!f.required || !CADRE_FIELD_OF[f.key] || values[f.key as keyof Values] !== undefined || issues.hasError(f.key)) continue;
        if (f.key === 'staffCategory') {
          values.staffCategory = 'civilServant';
          if (mapping.columns.staffCategory !== undefined) issues.warn('staffCategory', '未填写，按“公务员”登记');
        } else issues.error(f.key, '此项必填，请填写');
      }
    }

    // The cadre: new, or the existing one with the changed fields.
    let cadre: CadrePlan | null = null;
    let cadreValue: (Cadre & { id: string }) | undefined;
    if (existing) {
      const { patch, changes } = cadreChanges(existing, values, unitName);
      if (patch.name) issues.warn('name', `系统中该身份证号码登记的姓名为“${existing.name}”，导入后将改为“${patch.name}”，请核对身份证号码`);
      const v = validateCadre({ ...domainOf(existing), ...patch }, { today: ctx.today });
      issues.entity(v.warnings.filter((w) => w.field !== 'idCardNo'), 'warning');
      if (!v.ok) issues.entity(v.errors, 'error');
      else {
        cadreValue = { ...v.value, id: existing.id };
        cadre = changes.length
          ? { action: 'update', id: existing.id, name: existing.name, patch, changes }
          : { action: 'reuse', id: existing.id, name: existing.name };
      }
    } else {
      const input: Partial<CadreInput> = {};
      for (const [rosterKey, cadreKey] of Object.entries(CADRE_FIELD_OF) as [RosterFieldKey, keyof CadreInput][]) {
        const v = values[rosterKey as keyof Values];
        if (v !== undefined) (input as Record<string, unknown>)[cadreKey] = v;
      }
      // An unreadable ID number is passed on as typed, so the domain check reports it (once).
      if (input.idCardNo === undefined && cells.idCardNo) input.idCardNo = cellText(cells.idCardNo.text);
      const v = validateCadre(input, { today: ctx.today });
      issues.entity(v.warnings.filter((w) => w.field !== 'idCardNo'), 'warning');
      // Sex and birth date come from the ID number: without a valid one, the ID cell carries the error.
      if (!v.ok) issues.entity(v.errors.filter((e) => !['sex', 'birthDate'].includes(e.field)), 'error');
      else {
        cadreValue = { ...v.value, id: NEW_CADRE };
        cadre = { action: 'create', input: v.value };
      }
    }

    // The posting, with the documented defaults (postingDefaults: the same as the forms).
    const batch = values.batch ? ctx.batches.find((b) => b.id === values.batch) : undefined;
    const defaults = postingDefaults({
      type: values.postingType,
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
    const postingInput: Partial<PostingInput> = {
      ...defaults,
      cadreId: existing?.id ?? NEW_CADRE,
      batchId: values.batch ?? null,
      type: values.postingType,
      direction: values.direction ?? defaults.direction,
      dispatchingUnitId: values.dispatchingUnit ?? defaults.dispatchingUnitId,
      originalPost: values.originalPost ?? defaults.originalPost,
      receivingUnitId: values.receivingUnit,
      secondedPost: values.secondedPost,
      village: values.village ?? null,
      teamRole: values.teamRole ?? null,
      startDate: start,
      termMonths,
      plannedEndDate: endGiven ?? (start ? plannedEndDate(start, termMonths) : undefined),
      status: start ? statusForStart('active', start, ctx.today) : 'active',
      liaisonLeader: values.liaisonLeader ?? null,
      mentor: values.mentor ?? null,
      remarks: values.remarks ?? null,
    };
    // Postings already in the database: the same one again is skipped; another open one blocks (checkPosting).
    const others = existing ? (ctx.existingPostings.get(existing.id) ?? []) : [];
    const same = others.find((p) => p.receivingUnitId === values.receivingUnit && p.startDate === values.startDate);
    let posting: PostingInput | null = null;
    const normalized = normalizePostingInput(postingInput);
    const parsed = PostingSchema.safeParse(normalized);
    if (!parsed.success) {
      const schemaIssues = zodIssues(parsed.error).map((e) =>
        e.field === 'termMonths' && termFromEnd !== undefined ? { field: 'plannedEndDate', message: `按到岗日期和期满日期计算，${e.message}` } : e,
      );
      issues.entity(schemaIssues, 'error', true);
    } else {
      const r = checkPosting(parsed.data, {
        today: ctx.today,
        cadre: cadreValue,
        otherPostings: others.filter((p) => p !== same),
        unitName: (id) => unitLabels.get(id) ?? '',
      });
      issues.entity(r.errors, 'error', true);
      issues.entity(r.warnings, 'warning');
      posting = normalized as PostingInput;
    }

    let skipReason: string | null = userSkipped ? SKIP_REASON.byClerk : null;
    if (same) skipReason ??= SKIP_REASON.alreadyImported;

    // The same person twice in the file: the later row is the error.
    if (values.idCardNo && !skipReason) {
      const first = firstRowOfId.get(values.idCardNo);
      if (first !== undefined) issues.error('idCardNo', `与第${first}行的身份证号码相同，同一名干部只能填写一行，请删除或跳过其中一行`);
      else firstRowOfId.set(values.idCardNo, rowNumber);
    }

    const hasErrors = issues.errors.length > 0;
    const status: RosterRowStatus = skipReason ? 'skipped' : hasErrors ? 'error' : issues.warnings.length ? 'warning' : 'ok';
    if (status !== 'skipped') {
      for (const [key, input] of rowUnits) {
        const planned = newUnits.get(key) ?? { key, input, rowNumbers: [] };
        planned.rowNumbers.push(rowNumber);
        newUnits.set(key, planned);
      }
    }
    out.push({
      rowNumber,
      status,
      skipReason,
      name: cellText(cells.name?.text),
      idCardNo: values.idCardNo ?? cellText(cells.idCardNo?.text),
      cells,
      errors: issues.errors,
      warnings: issues.warnings,
      matchedCadre: existing ? { id: existing.id, name: existing.name } : null,
      cadre: hasErrors ? null : cadre,
      posting: hasErrors ? null : posting,
    });
  }

  return { rows: out, unitsToCreate: [...newUnits.values()], ignoredRows, notices };
}

