// The validator's fuzz test (issue 8 items 1 and 3, issue 9 “300 bad files”): every generated bad
// file goes through the reader the wizard uses, and every sheet the reader accepts goes through the
// very validation the wizard's Web Worker runs (RosterValidation), twice — with the mapping the
// wizard finds, and with every column read as every kind of field (the template mapping over all
// rows). Then the import is tried with each plan that still has errors. Prints the counts; fails on
// any uncaught error, any issue that is not Chinese, and any change to the database.
import 'fake-indexeddb/auto';
import { afterAll, describe, expect, it } from 'vitest';
import { autoMapColumns, findHeaderRow, type ColumnMapping } from '@shared/import/roster-import';
import { ROSTER_FIELDS } from '@shared/import/roster-columns';
import { RosterValidation } from '@shared/import/roster-session';
import { createTableReader } from '../../electron/main/services/tables/table-reader';
import { ValidationError } from '../../renderer/src/db/errors';
import { loadRosterData } from '../../renderer/src/db/queries/roster-import';
import { createCadre } from '../../renderer/src/db/repositories/cadres';
import { applyRosterImport } from '../../renderer/src/db/repositories/roster-import';
import { createUnit } from '../../renderer/src/db/repositories/units';
import type { Store } from '../../renderer/src/db/store';
import { cadreInput } from '../fixtures/cadres';
import { TEST_READ_WORKER_PATH } from '../main/tables/read-worker';
import { newStore } from '../renderer/db/test-store';
import { generateBadFiles, ISSUE_9_KINDS, type BadFile } from './bad-files';

const TODAY = '2025-11-21';
const PARALLEL = 2;
const CHINESE = /[\u4e00-\u9fff]/;
/** Import attempts with plans that still have errors (each must be refused, changing nothing). */
const IMPORT_TRIES = 60;

const reader = createTableReader({ workerPath: TEST_READ_WORKER_PATH, limits: { timeMs: 10_000 }, maxWorkers: PARALLEL, log: () => undefined });
afterAll(() => reader.close());

/** Every record of every table, for “the database is exactly as it was”. */
async function snapshot(store: Store): Promise<string> {
  const tables = await Promise.all(store.db.tables.map(async (t) => [t.name, await t.toArray()] as const));
  return JSON.stringify(tables);
}

interface Tally {
  files: number;
  accepted: number;
  refused: number;
  sheets: number;
  rows: number;
  issues: number;
  uncaught: string[];
  notChinese: string[];
  importsRefused: number;
  slowestMs: number;
  slowest: string;
}

const TEMPLATE = autoMapColumns(ROSTER_FIELDS.map((f) => f.header), -1);

/** The validation the wizard's worker runs, on one sheet with one mapping. */
async function validate(store: Store, rows: unknown[][], mapping: ColumnMapping, tally: Tally, label: string, tryImport: boolean): Promise<void> {
  const session = new RosterValidation(mapping);
  session.addRows(0, rows);
  const data = await loadRosterData(store.db, session.keys(), TODAY, '开江县');
  session.setContext({ ...data, options: { createMissingUnits: true } });
  session.evaluate(session.dataRowNumbers);
  session.finish();
  const preview = session.preview();
  const meta = session.meta();
  tally.rows += preview.rows.length;
  for (const r of preview.rows)
    for (const i of [...r.errors, ...r.warnings]) {
      tally.issues++;
      if (!CHINESE.test(i.message)) tally.notChinese.push(`${label} row ${r.rowNumber}: ${i.message}`);
    }
  for (const n of meta.notices) if (!CHINESE.test(n)) tally.notChinese.push(`${label}: ${n}`);
  const plan = session.plan();
  if (tryImport && plan.errorRows.length > 0) {
    const refused = await store.write((w) => applyRosterImport(w, plan, TODAY)).catch((e: unknown) => e);
    if (!(refused instanceof ValidationError)) tally.uncaught.push(`${label}: the import of a plan with errors was not refused (${String(refused)})`);
    else tally.importsRefused++;
  }
}

async function run(store: Store, file: BadFile, tally: Tally): Promise<void> {
  const report = await reader.run({ bytes: file.bytes.slice(), name: file.name });
  tally.files++;
  if (!report.result) {
    tally.refused++;
    return;
  }
  tally.accepted++;
  for (const sheet of report.result.sheets) {
    tally.sheets++;
    const label = `${file.kind}: ${file.label} / ${sheet.name}`;
    const started = Date.now();
    try {
      const header = findHeaderRow(sheet.rows) ?? 0;
      await validate(store, sheet.rows, autoMapColumns(sheet.rows[header] ?? [], header), tally, label, tally.importsRefused < IMPORT_TRIES);
      await validate(store, sheet.rows, TEMPLATE, tally, `${label} (every field)`, false);
    } catch (e) {
      tally.uncaught.push(`${label}: ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`);
    }
    const elapsed = Date.now() - started;
    if (elapsed > tally.slowestMs) {
      tally.slowestMs = elapsed;
      tally.slowest = label;
    }
  }
}

describe('fuzz: bad table files through the wizard’s reader and validator', () => {
  it('no uncaught error, every issue in Chinese, the database unchanged', async () => {
    const seed = Number(process.env.GZT_FUZZ_SEED ?? 20241121);
    const files = await generateBadFiles({ seed });
    const store = await newStore();
    // Units and a cadre on file, so that matching, unit lookups and the cross-row checks run.
    await store.write(async (w) => {
      const unit = await createUnit(w, { name: '开江县发展和改革局', shortName: '县发改局', level: 'county', kind: 'govOrgan', isInCounty: true });
      await createUnit(w, { name: '讲治镇人民政府', shortName: '讲治镇', level: 'township', kind: 'township', isInCounty: true });
      await createCadre(w, cadreInput(unit.id, { name: '张三', idCardNo: '511723198503150036' }), TODAY);
    });
    const before = await snapshot(store);
    const tally: Tally = { files: 0, accepted: 0, refused: 0, sheets: 0, rows: 0, issues: 0, uncaught: [], notChinese: [], importsRefused: 0, slowestMs: 0, slowest: '' };
    const issue9 = files.filter((f) => ISSUE_9_KINDS.includes(f.kind));
    const started = Date.now();
    let next = 0;
    const lane = async (): Promise<void> => {
      while (next < files.length) await run(store, files[next++]!, tally);
    };
    await Promise.all(Array.from({ length: PARALLEL }, lane));
    const unchanged = (await snapshot(store)) === before;

    console.log(
      [
        `validator fuzz (seed ${seed}): ${tally.files} files in ${((Date.now() - started) / 1000).toFixed(1)} s; the reader refused ${tally.refused}, accepted ${tally.accepted}`,
        `  ${tally.sheets} sheets validated twice (the wizard's mapping, and every column as every field): ${tally.rows} rows, ${tally.issues} issues`,
        `  ${tally.uncaught.length} uncaught errors, ${tally.notChinese.length} issues not in Chinese, ${tally.importsRefused} imports of plans with errors refused, database ${unchanged ? 'unchanged' : 'CHANGED'}`,
        `  slowest sheet ${tally.slowestMs} ms (${tally.slowest})`,
        `issue 9 bad files (${ISSUE_9_KINDS.join(', ')}): ${issue9.length} through the same reader and validator`,
      ].join('\n'),
    );
    expect(issue9.length).toBeGreaterThanOrEqual(300);
    expect(tally.uncaught.slice(0, 5)).toEqual([]);
    expect(tally.notChinese.slice(0, 5)).toEqual([]);
    expect(unchanged).toBe(true);
  });
});
