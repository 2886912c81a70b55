import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { todayIso } from '@shared/domain/dates';
import { compareUnits } from '@shared/domain/unit-tree';
import type { RosterColumnKey } from '@shared/import/roster-columns';
import {
  autoMapColumns,
  findHeaderRow,
  idCardNosIn,
  summarizePreview,
  validateRosterRows,
  type ColumnMapping,
  type RosterPreview,
} from '@shared/import/roster-import';
import { buildRosterTemplate } from '@shared/import/roster-template';
import { errorText } from '../../app/errors';
import { useSite, useStore } from '../../app/store-context';
import { exportWorkbook, readWorkbookFile, type WorkbookFile } from '../../bridge/export-workbook';
import { importRoster, type RosterImportResult } from '../../db/operations';
import { loadRosterData, type RosterData } from '../../db/queries/roster-import';
import { T } from './texts';
import { listUnits } from '../../db/queries/units';

export type { WorkbookFile };
/** One cell value of a sheet. */
export type SheetCell = string | number | boolean | null;

/** Where the import stands after the clerk pressed 导入. */
export type ImportPhase =
  | { kind: 'idle' }
  | { kind: 'importing'; done: number; total: number }
  | { kind: 'done'; result: RosterImportResult }
  | { kind: 'failed'; message: string };

/**
 * The state of the roster import wizard: the chosen file and sheet (rows copied so the clerk can
 * correct cells), the column mapping, the clerk's options and skipped rows, the preview (re-run on
 * every change) and the import itself.
 */
export function useRosterImport(opts: { previewActive: boolean; onImported?: (result: RosterImportResult) => void }) {
  const store = useStore();
  const { site } = useSite();
  const today = useMemo(() => todayIso(), []);
  const [file, setFile] = useState<WorkbookFile | null>(null);
  const [sheetIndex, setSheetIndex] = useState(0);
  const [rows, setRows] = useState<SheetCell[][]>([]);
  const [mapping, setMapping] = useState<ColumnMapping | null>(null);
  const [headerFound, setHeaderFound] = useState(false);
  const [createMissingUnits, setCreateMissingUnits] = useState(false);
  const [skipRows, setSkipRows] = useState<ReadonlySet<number>>(new Set());
  const [data, setData] = useState<{ key: string; data: RosterData } | null>(null);
  const [busy, setBusy] = useState<'template' | 'file' | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [phase, setPhase] = useState<ImportPhase>({ kind: 'idle' });
  const lastPercent = useRef(-1);

  const selectSheet = useCallback((wb: WorkbookFile, index: number) => {
    const sheetRows = (wb.sheets[index]?.rows ?? []).map((r) => [...r]);
    const header = findHeaderRow(sheetRows);
    setSheetIndex(index);
    setRows(sheetRows);
    setHeaderFound(header !== undefined);
    setMapping(sheetRows.length ? autoMapColumns(sheetRows[header ?? 0] ?? [], header ?? 0) : null);
    setSkipRows(new Set());
    setPhase({ kind: 'idle' });
  }, []);

  const chooseFile = useCallback(async () => {
    setBusy('file');
    setFileError(null);
    try {
      const read = await readWorkbookFile({ title: T.chooseFile });
      if (!read) return;
      // Hidden sheets (e.g. the template's dropdown lists) are never a roster.
      const visible = read.sheets.filter((s) => !s.hidden);
      const wb = { ...read, sheets: visible.length ? visible : read.sheets };
      setFile(wb);
      const withHeader = wb.sheets.findIndex((s) => findHeaderRow(s.rows) !== undefined);
      selectSheet(wb, Math.max(0, withHeader));
    } catch (e) {
      setFileError(errorText(e));
    } finally {
      setBusy(null);
    }
  }, [selectSheet]);

  const downloadTemplate = useCallback(async (): Promise<string | undefined> => {
    setBusy('template');
    try {
      const units = (await listUnits(store.db)).sort(compareUnits);
      const home = units.find((u) => u.id === site?.homeUnitId);
      const model = buildRosterTemplate({
        countyName: site?.countyName ?? '',
        reportingUnit: home?.name ?? site?.label ?? '',
        today,
        unitNames: units.map((u) => u.name),
      });
      const saved = await exportWorkbook(model);
      return saved.saved ? (saved.fileName ?? model.suggestedName) : undefined;
    } finally {
      setBusy(null);
    }
  }, [store, site, today]);

  const setHeaderRow = useCallback((index: number) => setMapping(autoMapColumns(rows[index] ?? [], index)), [rows]);

  const setColumn = useCallback((key: RosterColumnKey, column: number | undefined) => {
    setMapping((m) => {
      if (!m) return m;
      const columns = { ...m.columns };
      if (column === undefined) delete columns[key];
      else columns[key] = column;
      const used = new Set(Object.values(columns));
      const unmapped = m.headers.map((header, index) => ({ index, header })).filter((h) => h.header && !used.has(h.index));
      return { ...m, columns, unmapped };
    });
  }, []);

  // Cadres and postings are looked up by the ID numbers in the file; reloaded when a cell edit changes them.
  const idsKey = useMemo(() => (mapping && opts.previewActive ? idCardNosIn(rows, mapping).join(',') : null), [rows, mapping, opts.previewActive]);
  useEffect(() => {
    if (idsKey === null) return;
    let cancelled = false;
    loadRosterData(store.db, idsKey ? idsKey.split(',') : [], today).then(
      (d) => !cancelled && setData({ key: idsKey, data: d }),
      (e: unknown) => !cancelled && setFileError(errorText(e)),
    );
    return () => {
      cancelled = true;
    };
  }, [idsKey, store, today]);

  const preview: RosterPreview | null = useMemo(() => {
    if (!data || !mapping) return null;
    return validateRosterRows(rows, mapping, { ...data.data, options: { createMissingUnits, skipRows } });
  }, [data, rows, mapping, createMissingUnits, skipRows]);
  const previewStale = !!data && data.key !== idsKey;
  const summary = useMemo(() => (preview ? summarizePreview(preview) : null), [preview]);

  const skip = useCallback((rowNumber: number) => setSkipRows((s) => new Set(s).add(rowNumber)), []);
  const restore = useCallback(
    (rowNumber: number) =>
      setSkipRows((s) => {
        const next = new Set(s);
        next.delete(rowNumber);
        return next;
      }),
    [],
  );
  const skipAllErrors = useCallback(() => {
    if (!preview) return;
    setSkipRows((s) => new Set([...s, ...preview.rows.filter((r) => r.status === 'error').map((r) => r.rowNumber)]));
  }, [preview]);

  /** Replaces cells of one sheet row (column index → typed text); the row is validated again. */
  const editRow = useCallback((rowNumber: number, cells: Record<number, string>) => {
    setRows((all) => {
      const next = [...all];
      const row = [...(next[rowNumber - 1] ?? [])];
      for (const [col, text] of Object.entries(cells)) row[Number(col)] = text.trim() === '' ? null : text;
      next[rowNumber - 1] = row;
      return next;
    });
  }, []);

  const runImport = useCallback(async () => {
    if (!preview || !summary || summary.error > 0 || summary.importable === 0 || phase.kind === 'importing' || phase.kind === 'done') return;
    lastPercent.current = -1;
    setPhase({ kind: 'importing', done: 0, total: summary.importable });
    try {
      // Progress updates are plain state changes: nothing is awaited inside the transaction.
      const result = await importRoster(store, preview, today, (done, total) => {
        const percent = Math.floor((done * 100) / Math.max(total, 1));
        if (percent === lastPercent.current) return;
        lastPercent.current = percent;
        setPhase({ kind: 'importing', done, total });
      });
      setPhase({ kind: 'done', result });
      opts.onImported?.(result);
    } catch (e) {
      setPhase({ kind: 'failed', message: errorText(e) });
    }
  }, [preview, summary, phase.kind, store, today, opts]);

  return {
    file,
    sheetIndex,
    rows,
    mapping,
    headerFound,
    createMissingUnits,
    preview,
    previewStale,
    summary,
    busy,
    fileError,
    phase,
    chooseFile,
    downloadTemplate,
    selectSheet: (index: number) => file && selectSheet(file, index),
    setHeaderRow,
    setColumn,
    setCreateMissingUnits,
    skip,
    restore,
    skipAllErrors,
    editRow,
    runImport,
    resetPhase: () => setPhase({ kind: 'idle' }),
  };
}

/** The wizard state, as handed to the step components. */
export type RosterImportState = ReturnType<typeof useRosterImport>;
