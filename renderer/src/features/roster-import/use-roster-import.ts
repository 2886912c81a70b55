import { proxy } from 'comlink';
import { startTransition, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { todayIso } from '@shared/domain/dates';
import { compareUnits } from '@shared/domain/unit-tree';
import type { RosterColumnKey, RosterCompositeKey } from '@shared/import/roster-columns';
import { autoMapColumns, findHeaderRow, DEFAULT_POSTING_TYPE, type ColumnMapping, type EndedStatus, type RosterOptions } from '@shared/import/roster-import';
import type { RosterEdit, RosterPage, RosterPreviewMeta, RosterRowFields, RosterRowFilter } from '@shared/import/roster-session';
import { buildRosterTemplate } from '@shared/import/roster-template';
import { errorText } from '../../app/errors';
import { useSite, useStore } from '../../app/store-context';
import { exportWorkbook, readWorkbookFile, type WorkbookFile } from '../../bridge/export-workbook';
import { importRoster, type RosterImportResult } from '../../db/operations';
import { loadRosterData } from '../../db/queries/roster-import';
import { listUnits } from '../../db/queries/units';
import { createRosterValidationClient, type RosterValidationClient } from '../../workers/roster-validation-client';
import type { SheetCell } from '../../workers/roster-validation-service';
import { T } from './texts';

export type { WorkbookFile, SheetCell };

/** Rows handed to the validation worker per message. */
const ROWS_PER_MESSAGE = 5000;
/** Rows per page of the preview, and the page sizes the clerk may choose. */
export const PAGE_SIZES = [20, 50, 100] as const;

/** Where the import stands after the clerk pressed 导入. */
export type ImportPhase =
  | { kind: 'idle' }
  | { kind: 'importing'; done: number; total: number }
  | { kind: 'done'; result: RosterImportResult }
  | { kind: 'failed'; message: string };

/** Where the validation stands. */
export type ValidationPhase = { kind: 'idle' } | { kind: 'loading' } | { kind: 'validating'; done: number; total: number } | { kind: 'ready' } | { kind: 'failed'; message: string };

/** The options of the preview every row depends on. */
export interface PreviewOptions {
  createMissingUnits: boolean;
  defaultPostingType: string;
  endedStatus: EndedStatus;
}

const DEFAULT_OPTIONS: PreviewOptions = { createMissingUnits: false, defaultPostingType: DEFAULT_POSTING_TYPE, endedStatus: 'completed' };

/** Which page of the preview the clerk looks at. */
export interface PreviewView {
  filter: RosterRowFilter;
  /** 0-based page. */
  page: number;
  pageSize: number;
}

const FIRST_PAGE: PreviewView = { filter: 'all', page: 0, pageSize: PAGE_SIZES[0] };
const NO_PAGE: RosterPage = { rows: [], total: 0, offset: 0 };

/**
 * The state of the roster import wizard: the chosen file and sheet (read with a 取消 button), the
 * column mapping, the preview — validated in a Web Worker with a progress bar; after an edit, a skip
 * or a choice only the rows concerned are checked again — and the import itself.
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
  const [options, setOptionsState] = useState<PreviewOptions>(DEFAULT_OPTIONS);
  const [busy, setBusy] = useState<'template' | 'file' | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [phase, setPhase] = useState<ImportPhase>({ kind: 'idle' });
  const [validation, setValidation] = useState<ValidationPhase>({ kind: 'idle' });
  const [meta, setMeta] = useState<RosterPreviewMeta | null>(null);
  const [view, setViewState] = useState<PreviewView>(FIRST_PAGE);
  const [page, setPage] = useState<RosterPage>(NO_PAGE);
  const viewRef = useRef(view);
  /** Only the answer to the latest page request is shown. */
  const pageRequest = useRef(0);
  const reading = useRef<AbortController | null>(null);
  const client = useRef<RosterValidationClient | null>(null);
  /** The mapping and rows the worker holds; a new pair starts a new validation. */
  const validated = useRef<{ mapping: ColumnMapping; rows: SheetCell[][] } | null>(null);
  const lastPercent = useRef(-1);
  /** Validations under way (the screen may still show “ready” for a moment: the state changes in a transition). */
  const running = useRef(0);

  useEffect(
    () => () => {
      reading.current?.abort();
      client.current?.dispose();
      client.current = null;
    },
    [],
  );

  const worker = useCallback(() => {
    client.current ??= createRosterValidationClient();
    return client.current.service;
  }, []);

  const selectSheet = useCallback((wb: WorkbookFile, index: number) => {
    const sheetRows = (wb.sheets[index]?.rows ?? []).map((r) => [...r]);
    const header = findHeaderRow(sheetRows);
    setSheetIndex(index);
    setRows(sheetRows);
    setHeaderFound(header !== undefined);
    setMapping(sheetRows.length ? autoMapColumns(sheetRows[header ?? 0] ?? [], header ?? 0) : null);
    setPhase({ kind: 'idle' });
  }, []);

  const chooseFile = useCallback(async () => {
    const controller = new AbortController();
    reading.current = controller;
    setBusy('file');
    setFileError(null);
    try {
      const read = await readWorkbookFile({ title: T.chooseFile, signal: controller.signal });
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
      if (reading.current === controller) reading.current = null;
      setBusy(null);
    }
  }, [selectSheet]);

  /** 取消 while a file is read: the reader in main stops (its worker is terminated). */
  const cancelRead = useCallback(() => reading.current?.abort(), []);

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

  /** Asks the worker for the page `v` shows (the screen holds that page only) and shows it with the counts. */
  const loadPage = useCallback(
    async (v: PreviewView, nextMeta?: RosterPreviewMeta) => {
      const mine = ++pageRequest.current;
      const answer = await worker().page({ filter: v.filter, offset: v.page * v.pageSize, limit: v.pageSize });
      if (mine !== pageRequest.current) return;
      const shown = { ...v, page: Math.floor(answer.offset / v.pageSize) };
      viewRef.current = shown;
      // A transition: React renders the new page in slices between other work (no long task).
      startTransition(() => {
        setViewState(shown);
        setPage(answer);
        if (nextMeta) setMeta(nextMeta);
      });
    },
    [worker],
  );

  /** Another filter, page or page size. */
  const setView = useCallback(
    (change: Partial<PreviewView>) => {
      const next = { ...viewRef.current, ...change };
      // A new filter or page size starts on the first page.
      if (change.filter !== undefined || change.pageSize !== undefined) next.page = change.page ?? 0;
      viewRef.current = next;
      setViewState(next);
      void loadPage(next).catch((e: unknown) => setValidation({ kind: 'failed', message: errorText(e) }));
    },
    [loadPage],
  );

  const showProgress = useCallback((done: number, total: number) => {
    const percent = Math.floor((done * 100) / Math.max(total, 1));
    if (percent === lastPercent.current) return;
    lastPercent.current = percent;
    startTransition(() => setValidation({ kind: 'validating', done, total }));
  }, []);

  const runValidation = useCallback(
    async (fresh: boolean, changed: Partial<PreviewOptions>) => {
      if (!mapping) return;
      const service = worker();
      lastPercent.current = -1;
      running.current++;
      try {
        let ctx = null;
        if (fresh) {
          setValidation({ kind: 'loading' });
          setPage(NO_PAGE);
          setMeta(null);
          viewRef.current = { ...viewRef.current, page: 0 };
          validated.current = { mapping, rows };
          await service.begin(mapping);
          for (let i = 0; i < rows.length; i += ROWS_PER_MESSAGE) await service.addRows(i, rows.slice(i, i + ROWS_PER_MESSAGE));
          const data = await loadRosterData(store.db, await service.keys(), today, site?.countyName);
          ctx = { ...data, options: { ...options, ...changed } satisfies RosterOptions };
        }
        const result = await service.validate(ctx, changed, proxy(showProgress));
        if (!result) return;
        await loadPage(viewRef.current, result);
        startTransition(() => setValidation({ kind: 'ready' }));
      } catch (e) {
        setValidation({ kind: 'failed', message: errorText(e) });
      } finally {
        running.current--;
      }
    },
    [mapping, rows, worker, store, today, site, options, showProgress, loadPage],
  );

  // Entering the preview with a new file, sheet or mapping starts a new validation.
  useEffect(() => {
    if (!opts.previewActive || !mapping) return;
    if (validated.current?.mapping === mapping && validated.current.rows === rows) return;
    void runValidation(true, {});
  }, [opts.previewActive, mapping, rows, runValidation]);

  /** Changes an option every row depends on: every row is checked again (in the worker, with progress). */
  const setOption = useCallback(
    <K extends keyof PreviewOptions>(key: K, value: PreviewOptions[K]) => {
      setOptionsState((o) => ({ ...o, [key]: value }));
      if (validated.current) void runValidation(false, { [key]: value });
    },
    [runValidation],
  );

  // Edits wait for a validation under way to finish (they are refused meanwhile: the buttons are off).
  const ready = useRef(false);
  ready.current = validation.kind === 'ready';
  const applyEdit = useCallback(
    async (change: RosterEdit) => {
      if (!ready.current || running.current > 0) return;
      try {
        await loadPage(viewRef.current, await worker().edit(change));
      } catch (e) {
        setValidation({ kind: 'failed', message: errorText(e) });
      }
    },
    [worker, loadPage],
  );

  const skip = useCallback((rowNumber: number) => void applyEdit({ skip: [rowNumber] }), [applyEdit]);
  const restore = useCallback((rowNumber: number) => void applyEdit({ restore: [rowNumber] }), [applyEdit]);
  const skipAllErrors = useCallback(() => void applyEdit({ skipErrors: true }), [applyEdit]);
  const chooseReading = useCallback((rowNumber: number, key: RosterCompositeKey, index: number) => void applyEdit({ reading: { rowNumber, key, index } }), [applyEdit]);
  /** The row editor saved: every field of the row as typed. */
  const editRow = useCallback((rowNumber: number, values: RosterRowFields) => applyEdit({ fields: { rowNumber, values } }), [applyEdit]);
  const rowFields = useCallback((rowNumber: number) => worker().rowFields(rowNumber), [worker]);

  const summary = meta?.summary ?? null;
  const previewStale = validation.kind !== 'ready';

  const runImport = useCallback(async () => {
    if (!summary || summary.error > 0 || summary.importable === 0 || phase.kind === 'importing' || phase.kind === 'done') return;
    lastPercent.current = -1;
    setPhase({ kind: 'importing', done: 0, total: summary.importable });
    try {
      const plan = await worker().plan();
      // Progress updates are plain state changes: nothing is awaited inside the transaction.
      const result = await importRoster(store, plan, today, (done, total) => {
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
  }, [summary, phase.kind, worker, store, today, opts]);

  return {
    file,
    sheetIndex,
    rows,
    mapping,
    headerFound,
    options,
    view,
    page,
    setView,
    meta,
    summary,
    validation,
    previewStale,
    busy,
    fileError,
    phase,
    chooseFile,
    cancelRead,
    downloadTemplate,
    selectSheet: (index: number) => file && selectSheet(file, index),
    setHeaderRow,
    setColumn,
    setOption,
    skip,
    restore,
    skipAllErrors,
    chooseReading,
    editRow,
    rowFields,
    runImport,
    resetPhase: () => setPhase({ kind: 'idle' }),
  };
}

/** The wizard state, as handed to the step components. */
export type RosterImportState = ReturnType<typeof useRosterImport>;
