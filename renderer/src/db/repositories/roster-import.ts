import type { Cadre, CadreInput } from '@shared/domain/entities/cadre';
import { CadreSchema } from '@shared/domain/entities/cadre';
import { PostingSchema, type Posting, type PostingInput } from '@shared/domain/entities/posting';
import type { FieldIssue } from '@shared/domain/issues';
import { duplicateIdCardIssue, validateCadre } from '@shared/domain/rules/cadre-rules';
import { checkPosting, normalizePostingInput } from '@shared/domain/rules/posting-rules';
import { referenceIssues } from '@shared/domain/rules/references';
import { unitPlacementIssues } from '@shared/domain/rules/unit-rules';
import { NEW_CADRE, NEW_UNIT_PREFIX, type RosterImportPlan, type RosterPlanRow } from '@shared/import/roster-import';
import type { Row } from '../database';
import { domainFields } from '../domain-fields';
import { ValidationError } from '../errors';
import { live, liveWhere } from '../queries/live';
import { parseEntity, type Writer } from '../writer';
import { updatePosting } from './postings';

/** What a roster import wrote. */
export interface RosterImportResult {
  unitsCreated: number;
  cadresCreated: number;
  cadresUpdated: number;
  postingsCreated: number;
  postingsUpdated: number;
}

/** A row failed while being written; nothing of the import was kept. */
export class RosterImportError extends Error {
  constructor(
    readonly rowNumber: number,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'RosterImportError';
  }
}

/** What the one-open-posting rule reads of a cadre's other postings. */
type OtherPosting = Pick<Posting, 'status' | 'startDate' | 'receivingUnitId'> & { id: string };

/** Records written per createMany call (progress is reported between them). */
const WRITE_CHUNK = 500;

function rowLabel(row: Pick<RosterPlanRow, 'rowNumber' | 'name'>): string {
  return row.name ? `第${row.rowNumber}行（${row.name}）` : `第${row.rowNumber}行`;
}

function refuse(row: RosterPlanRow, issues: readonly FieldIssue[]): never {
  throw new ValidationError(issues.map((i) => ({ ...i, message: `${rowLabel(row)}：${i.message}` })));
}

/**
 * Writes a checked roster import plan: units to create, then the cadres (created in bulk, updated
 * one by one), then the postings (created in bulk, corrected one by one).
 *
 * Speed (issue 9): what the checks need is loaded once — the live units and batches, the cadres
 * with the ID numbers being registered, the cadres being updated and every posting of the cadres
 * concerned — the rules run in memory (the same pure rules the repositories call: validateCadre,
 * checkPosting, referenceIssues, duplicateIdCardIssue), and new records go to the Writer's
 * `createMany` in chunks (one bulkPut per chunk).
 *
 * Atomicity: this must run inside ONE `store.write` opened by the caller, and it never catches an
 * error to carry on. Any failure – a rule refusing a row (say a cadre with the same ID number
 * registered on this PC since the preview), a quota error, a bug – propagates out of the
 * transaction callback, Dexie aborts the transaction, and every unit, cadre and posting written
 * before is rolled back together with the advanced clock. For the same reason `onProgress` must
 * not await anything: awaiting a non-IndexedDB promise would let the transaction commit half-way.
 */
export async function applyRosterImport(w: Writer, plan: RosterImportPlan, today: string, onProgress?: (done: number, total: number) => void): Promise<RosterImportResult> {
  if (plan.errorRows.length > 0) {
    const rows = plan.errorRows.slice(0, 5).join('、');
    throw new ValidationError([{ field: 'rows', message: `第${rows}行${plan.errorRows.length > 5 ? `等${plan.errorRows.length}行` : ''}有错误，请先修改或跳过这些行再导入` }]);
  }
  const result: RosterImportResult = { unitsCreated: 0, cadresCreated: 0, cadresUpdated: 0, postingsCreated: 0, postingsUpdated: 0 };
  const rows = plan.rows;
  const total = rows.length;
  /** Progress as a share of the rows: checking and writing the cadres count for 40 %, the postings for the rest. */
  const report = (share: number) => onProgress?.(Math.min(total, Math.round(share * total)), total);
  report(0);
  for (const row of rows) if (!row.cadre) throw new RosterImportError(row.rowNumber, `${rowLabel(row)}没有可导入的内容，请重新预览后再导入`);

  // Everything the checks need, loaded once.
  const updatedIds = rows.flatMap((r) => (r.cadre?.action === 'update' || r.cadre?.action === 'reuse' ? [r.cadre.id] : []));
  const newIds = rows.flatMap((r) => (r.cadre?.action === 'create' && r.cadre.input.idCardNo ? [r.cadre.input.idCardNo] : []));
  const [units, batchIds, registered, onFile] = await Promise.all([
    live(w.db.units).toArray(),
    live(w.db.batches).primaryKeys(),
    newIds.length ? liveWhere(w.db.cadres, 'idCardNo', newIds).toArray() : Promise.resolve([]),
    w.db.cadres.bulkGet([...new Set(updatedIds)]),
  ]);
  const cadresOnFile = new Map(onFile.filter((c): c is Row<'cadres'> => !!c && !c._deleted).map((c) => [c.id, c]));
  const registeredById = new Map(registered.map((c) => [c.idCardNo, c]));
  const postingsByCadre = new Map<string, OtherPosting[]>();
  if (cadresOnFile.size) {
    for (const p of await liveWhere(w.db.postings, 'cadreId', [...cadresOnFile.keys()]).toArray()) postingsByCadre.set(p.cadreId, [...(postingsByCadre.get(p.cadreId) ?? []), p]);
  }
  const unitIds = new Set(units.map((u) => u.id));
  const unitName = new Map(units.map((u) => [u.id, u.shortName || u.name]));

  // Units.
  const newUnitIds = new Map<string, string>();
  const wanted = plan.unitsToCreate.filter((u) => rows.some((r) => mentions(r, u.key)));
  const placed = [...units];
  const unitInputs = wanted.map((u) => {
    const input = parseEntity('units', u.input);
    const issues = unitPlacementIssues(input, undefined, placed);
    const id = crypto.randomUUID();
    if (issues.length) throw new ValidationError(issues.map((i) => ({ ...i, message: `新建单位“${input.name}”：${i.message}` })));
    placed.push({ ...input, id } as Row<'units'>);
    newUnitIds.set(u.key, id);
    unitIds.add(id);
    unitName.set(id, input.name);
    return { id, input };
  });
  await w.createMany('units', unitInputs);
  result.unitsCreated = unitInputs.length;
  const unitOf = (row: RosterPlanRow, id: string): string => {
    if (!id.startsWith(NEW_UNIT_PREFIX)) return id;
    const known = newUnitIds.get(id);
    if (!known) throw new RosterImportError(row.rowNumber, `${rowLabel(row)}：导入预览中缺少要新建的单位“${id.slice(NEW_UNIT_PREFIX.length)}”，请重新预览后再导入`);
    return known;
  };

  // Cadres: the new ones checked in memory and created in bulk, the changed ones updated.
  const cadreIdOfRow = new Map<number, string>();
  const cadreValue = new Map<string, Cadre & { id: string }>();
  const creates: { id: string; input: CadreInput }[] = [];
  const seenIds = new Set<string>();
  for (const row of rows) {
    const cp = row.cadre!;
    if (cp.action === 'sameAsRow') {
      const id = cadreIdOfRow.get(cp.rowNumber);
      if (!id) throw new RosterImportError(row.rowNumber, `${rowLabel(row)}：同一干部的第${cp.rowNumber}行不在本次导入中，请重新预览后再导入`);
      cadreIdOfRow.set(row.rowNumber, id);
    } else if (cp.action === 'create') {
      const v = validateCadre({ ...cp.input, homeUnitId: unitOf(row, cp.input.homeUnitId) }, { today });
      if (!v.ok) refuse(row, v.errors);
      const refs = referenceIssues(CadreSchema, { homeUnitId: unitIds.has(v.value.homeUnitId) });
      if (refs.length) refuse(row, refs);
      if (v.value.idCardNo) {
        const dup = registeredById.get(v.value.idCardNo);
        if (dup) refuse(row, [duplicateIdCardIssue(dup.name)]);
        if (seenIds.has(v.value.idCardNo)) refuse(row, [{ field: 'idCardNo', message: '本次导入中该身份证号码出现了两次，请重新预览后再导入' }]);
        seenIds.add(v.value.idCardNo);
      }
      const id = crypto.randomUUID();
      creates.push({ id, input: v.value });
      cadreIdOfRow.set(row.rowNumber, id);
      cadreValue.set(id, { ...v.value, id });
    } else {
      const prev = cadresOnFile.get(cp.id);
      if (!prev) refuse(row, [{ field: 'cadreId', message: '该干部已在系统中删除，请重新预览后再导入' }]);
      cadreIdOfRow.set(row.rowNumber, prev.id);
      if (cp.action === 'update') {
        const patch = { ...cp.patch, ...(cp.patch.homeUnitId ? { homeUnitId: unitOf(row, cp.patch.homeUnitId) } : {}) };
        const v = validateCadre({ ...(domainFields(prev) as Partial<CadreInput>), ...patch }, { today });
        if (!v.ok) refuse(row, v.errors);
        if (patch.idCardNo && v.value.idCardNo) {
          const dup = (await liveWhere(w.db.cadres, 'idCardNo', v.value.idCardNo).toArray()).find((c) => c.id !== prev.id);
          if (dup) refuse(row, [duplicateIdCardIssue(dup.name)]);
        }
        const updated = await w.update('cadres', prev.id, v.value);
        cadresOnFile.set(prev.id, updated);
        cadreValue.set(prev.id, { ...v.value, id: prev.id });
        result.cadresUpdated++;
      } else {
        cadreValue.set(prev.id, { ...(domainFields(prev) as Cadre), id: prev.id });
      }
    }
  }
  for (let i = 0; i < creates.length; i += WRITE_CHUNK) {
    await w.createMany('cadres', creates.slice(i, i + WRITE_CHUNK));
    report(0.4 * Math.min(1, (i + WRITE_CHUNK) / creates.length));
  }
  result.cadresCreated = creates.length;

  // Postings: new ones checked in memory against the cadre's other postings (on file and imported before).
  const postingCreates: { id: string; input: Posting }[] = [];
  for (const row of rows) {
    const cadreId = cadreIdOfRow.get(row.rowNumber)!;
    if (row.posting) {
      const input = normalizePostingInput({
        ...row.posting,
        cadreId: row.posting.cadreId === NEW_CADRE ? cadreId : row.posting.cadreId,
        dispatchingUnitId: unitOf(row, row.posting.dispatchingUnitId),
        receivingUnitId: unitOf(row, row.posting.receivingUnitId),
      } satisfies PostingInput);
      const parsed = PostingSchema.safeParse(input);
      if (!parsed.success) refuse(row, parsed.error.issues.map((i) => ({ field: String(i.path[0] ?? ''), message: i.message })));
      const value = parsed.data;
      const refs = referenceIssues(PostingSchema, {
        cadreId: cadreValue.has(value.cadreId),
        dispatchingUnitId: unitIds.has(value.dispatchingUnitId),
        receivingUnitId: unitIds.has(value.receivingUnitId),
        ...(value.batchId ? { batchId: batchIds.includes(value.batchId) } : {}),
      });
      if (refs.length) refuse(row, refs);
      const others = postingsByCadre.get(value.cadreId) ?? [];
      const r = checkPosting(value, { today, cadre: cadreValue.get(value.cadreId), otherPostings: others, unitName: (id) => unitName.get(id) ?? '' });
      if (r.errors.length) refuse(row, r.errors);
      const id = crypto.randomUUID();
      postingCreates.push({ id, input: value });
      postingsByCadre.set(value.cadreId, [...others, { ...value, id }]);
    }
    if (row.postingUpdate) {
      const patch = { ...row.postingUpdate.patch };
      if (patch.receivingUnitId) patch.receivingUnitId = unitOf(row, patch.receivingUnitId);
      if (patch.dispatchingUnitId) patch.dispatchingUnitId = unitOf(row, patch.dispatchingUnitId);
      try {
        await updatePosting(w, row.postingUpdate.id, patch, today);
      } catch (e) {
        if (e instanceof ValidationError) refuse(row, e.issues);
        throw e;
      }
      result.postingsUpdated++;
    }
  }
  for (let i = 0; i < postingCreates.length; i += WRITE_CHUNK) {
    await w.createMany('postings', postingCreates.slice(i, i + WRITE_CHUNK));
    report(0.4 + 0.6 * Math.min(1, (i + WRITE_CHUNK) / postingCreates.length));
  }
  result.postingsCreated = postingCreates.length;
  report(1);
  return result;
}

/** True when the row refers to the unit to create `key`. */
function mentions(row: RosterPlanRow, key: string): boolean {
  const c = row.cadre;
  return (
    row.posting?.receivingUnitId === key ||
    row.posting?.dispatchingUnitId === key ||
    row.postingUpdate?.patch.receivingUnitId === key ||
    row.postingUpdate?.patch.dispatchingUnitId === key ||
    (c?.action === 'create' && c.input.homeUnitId === key) ||
    (c?.action === 'update' && c.patch.homeUnitId === key)
  );
}
