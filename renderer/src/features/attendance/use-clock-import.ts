import { useMemo, useState } from 'react';
import { autoMapClockColumns, clockAppOf, exportKind, findClockHeaderRow, missingClockColumns, type ClockFieldKey, type ClockMapping } from '@shared/import/clock-in-columns';
import { matchPeople, type MatchCandidate, type PersonMatch } from '@shared/import/clock-in-match';
import { planClockImport, type PlanPosting } from '@shared/import/clock-in-plan';
import { readClockRows, type ClockFile } from '@shared/import/clock-in-rows';
import { MAX_READ_MAX_ROWS } from '@shared/ipc/workbook-schemas';
import type { ReadSheet } from '@shared/ipc/contract';
import type { TableFile } from '../../bridge/read-table-file';
import type { ReadDb } from '../../db/database';
import { loadClockCandidates, loadPlanPostings } from '../../db/queries/attendance-import';
import { T } from './texts';

/** A person's posting: an id, null (the clerk left them out), undefined (not decided yet). */
export type Assignment = string | null | undefined;

/** Where the wizard stands. */
export interface ClockImportState {
  file?: TableFile;
  rows?: readonly (readonly unknown[])[];
  /** False when no header row was found in the first 10 rows (the clerk maps the columns by hand). */
  headerFound?: boolean;
  mapping?: ClockMapping;
  read?: ClockFile;
  candidates?: MatchCandidate[];
  matches?: PersonMatch[];
  /** person key → posting id, null (not imported) or undefined (undecided). */
  assignment: Map<string, Assignment>;
  postings?: Map<string, PlanPosting>;
  overwriteHand: boolean;
  overwriteDays: Set<string>;
}

const EMPTY: ClockImportState = { assignment: new Map(), overwriteHand: false, overwriteDays: new Set() };

/**
 * Rows the clock-in import reads of a file: every row main's reader allows. A month of 钉钉 原始记录
 * for a county is 100,000 punch rows and more, twice the wizards' default; the reader's cell and
 * size budgets still refuse a file too big to hold.
 */
export const CLOCK_READ_MAX_ROWS = MAX_READ_MAX_ROWS;

/** The sheet that holds the punches: the first visible one whose header is found, else the first. */
function punchSheet(file: TableFile): ReadSheet | undefined {
  const sheets = file.sheets.filter((s) => !s.hidden);
  return sheets.find((s) => findClockHeaderRow(s.rows) !== undefined) ?? sheets[0] ?? file.sheets[0];
}

/** The first assignment of a match: the matched posting; unknown names are left out until picked; namesakes wait for the clerk. */
function initialAssignment(m: PersonMatch): Assignment {
  if (m.status === 'matched') return m.postingId;
  return m.status === 'unknown' ? null : undefined;
}

/** The clock-in import's state and steps (file → columns → people → preview), all held by this hook instance. */
export function useClockImport(db: ReadDb) {
  const [s, setS] = useState<ClockImportState>(EMPTY);

  /**
   * Step 1: a file was read; its header is looked for and the columns mapped. Throws (Chinese) for
   * a sheet the reader cut short: importing part of an export would silently lose punches.
   */
  const setFile = (file: TableFile) => {
    const sheet = punchSheet(file);
    if (sheet?.truncated) throw new Error(T.import.truncated(sheet.totalRows, sheet.rows.length));
    const rows = sheet?.rows ?? [];
    const header = findClockHeaderRow(rows);
    setS({ ...EMPTY, assignment: new Map(), overwriteDays: new Set(), file, rows, headerFound: header !== undefined, mapping: autoMapClockColumns(rows[header ?? 0] ?? [], header ?? 0) });
  };
  /** Step 2: the clerk changes which column holds a field. */
  const setColumn = (field: ClockFieldKey, index: number | undefined) =>
    setS((x) => {
      if (!x.mapping) return x;
      const columns = { ...x.mapping.columns };
      if (index === undefined) delete columns[field];
      else columns[field] = index;
      return { ...x, mapping: { ...x.mapping, columns } };
    });
  /** Step 2 → 3: reads the rows and matches the people against the postings of the file's dates. */
  const readAndMatch = async (unitId: string | null) => {
    if (!s.rows || !s.mapping) return;
    const read = readClockRows(s.rows, s.mapping);
    const { candidates, fromUnit } = read.from ? await loadClockCandidates(db, read.from, read.to, { unitId }) : { candidates: [], fromUnit: new Set<string>() };
    const matches = matchPeople(read.people, candidates, { fromUnitCandidates: fromUnit });
    setS((x) => ({ ...x, read, candidates, matches, postings: undefined, assignment: new Map(matches.map((m) => [m.personKey, initialAssignment(m)])) }));
  };
  /** Step 3: the clerk assigns a person to a posting, or leaves them out (null). */
  const assign = (personKey: string, postingId: string | null) => setS((x) => ({ ...x, assignment: new Map(x.assignment).set(personKey, postingId) }));
  /** Step 3 → 4: reads what is stored on the days the import would write. */
  const loadPreview = async () => {
    if (!s.read) return;
    const dates = new Map<string, string[]>();
    for (const p of s.read.people) {
      const id = s.assignment.get(p.key);
      if (id) dates.set(id, [...(dates.get(id) ?? []), ...p.days.keys()]);
    }
    const postings = await loadPlanPostings(db, dates);
    setS((x) => ({ ...x, postings }));
  };
  /** Back from the preview to the people. */
  const backToPeople = () => setS((x) => ({ ...x, postings: undefined }));
  /** Back from the people to the columns. */
  const backToColumns = () => setS((x) => ({ ...x, read: undefined, matches: undefined, postings: undefined }));
  const setOverwriteHand = (overwriteHand: boolean) => setS((x) => ({ ...x, overwriteHand }));
  const toggleDay = (key: string, on: boolean) =>
    setS((x) => {
      const overwriteDays = new Set(x.overwriteDays);
      if (on) overwriteDays.add(key);
      else overwriteDays.delete(key);
      return { ...x, overwriteDays };
    });
  const reset = () => setS(EMPTY);

  const plan = useMemo(() => {
    if (!s.read || !s.postings) return undefined;
    const assignment = new Map([...s.assignment].map(([k, v]) => [k, v ?? null]));
    return planClockImport({ people: s.read.people, assignment, postings: s.postings, overwriteHand: s.overwriteHand, overwriteDays: s.overwriteDays });
  }, [s.read, s.postings, s.assignment, s.overwriteHand, s.overwriteDays]);
  const info = useMemo(
    () => (s.rows && s.mapping ? { app: clockAppOf(s.rows, s.mapping), kind: exportKind(s.mapping), missing: missingClockColumns(s.mapping) } : undefined),
    [s.rows, s.mapping],
  );
  /** People neither assigned nor left out yet. */
  const undecided = [...s.assignment.values()].filter((v) => v === undefined).length;
  return { state: s, info, plan, undecided, setFile, setColumn, readAndMatch, assign, loadPreview, backToPeople, backToColumns, setOverwriteHand, toggleDay, reset };
}
