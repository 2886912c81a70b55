import { App } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useRef, useState } from 'react';
import { CalendarDataMissingError } from '@shared/domain/calendar';
import { errorText } from '../../app/errors';
import { useStore } from '../../app/store-context';
import type { StoreTableName } from '../../db/database';
import { setAttendanceCells, type CellChange } from '../../db/operations';
import { gridPostings, loadGridRows, loadGridRowsOf, type GridFilter, type GridRow } from '../../db/queries/attendance-grid';
import { loadAttendanceSettings } from '../../db/queries/attendance-rules';
import { withStored } from './grid-model';
import { useCalendarVersion } from './use-calendar-version';

/** Tables whose changes can change what the grid shows. */
const GRID_TABLES: readonly StoreTableName[] = ['attendanceMonths', 'leaveRequests', 'leaveApprovals', 'spotChecks', 'postings', 'cadres', 'units', 'attendanceRules', 'leaveRuleSets', 'batches'];
/** A burst of changes (a package import) reloads once. */
const RELOAD_DELAY_MS = 150;
/** Rows loaded first, so the first screen shows while the rest of a county's grid loads. */
const FIRST_SCREEN_ROWS = 60;

/** What the grid shows and how it changes it. */
export interface GridData {
  rows: GridRow[] | undefined;
  /** false while only the first screen of rows is there and the rest is loading. */
  complete: boolean;
  /** The month's year has no holiday arrangement. */
  calendarMissing: CalendarDataMissingError | undefined;
  settings: Awaited<ReturnType<typeof loadAttendanceSettings>> | undefined;
  /** Stores `changes`: the rows answer at once, the write follows; a refusal is shown and undone. */
  apply: (changes: readonly CellChange[]) => Promise<boolean>;
}

/**
 * The rows of the grid for `filter`, loaded through indexes and kept current: other screens' and
 * other PCs' changes reload them; the grid's own edits change the rows at once (recomputed by the
 * shared rules) and then reload only the rows they touched.
 */
export function useGridData(filter: GridFilter): GridData {
  const store = useStore();
  const { message } = App.useApp();
  const calendar = useCalendarVersion();
  const settings = useLiveQuery(() => loadAttendanceSettings(store.db), [store]);
  const [rows, setRows] = useState<GridRow[] | undefined>(undefined);
  const [complete, setComplete] = useState(false);
  /** Counts the grid's own writes, so a load that overlapped one is done again. */
  const writes = useRef(0);
  const [calendarMissing, setCalendarMissing] = useState<CalendarDataMissingError | undefined>(undefined);
  const [tick, setTick] = useState(0);
  const ownWrites = useRef(0);
  const { month } = filter;
  const key = JSON.stringify(filter);

  useEffect(() => {
    let live = true;
    setRows(undefined);
    setComplete(false);
    (async () => {
      performance.mark('attendance:load-start');
      const writesBefore = writes.current;
      try {
        const postings = await gridPostings(store.db, filter);
        if (postings.length > FIRST_SCREEN_ROWS) {
          const first = await loadGridRowsOf(store.db, postings.slice(0, FIRST_SCREEN_ROWS), month);
          if (!live) return;
          setCalendarMissing(undefined);
          setRows(first);
          performance.measure('attendance:first-screen', 'attendance:load-start');
        }
        const loaded = await loadGridRowsOf(store.db, postings, month);
        if (!live) return;
        setCalendarMissing(undefined);
        setRows(loaded);
        setComplete(true);
        performance.measure('attendance:load', 'attendance:load-start');
        // a cell set while the rows were loading may be missing from what was read: read again
        if (writes.current !== writesBefore) setTick((n) => n + 1);
      } catch (e) {
        if (!live) return;
        if (e instanceof CalendarDataMissingError) setCalendarMissing(e);
        else message.error(errorText(e));
        setRows([]);
        setComplete(true);
      }
    })();
    return () => {
      live = false;
    };
  }, [store, key, calendar, tick]); // eslint-disable-line react-hooks/exhaustive-deps

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = store.onChanged((tables) => {
      if (ownWrites.current > 0 || !GRID_TABLES.some((t) => tables.has(t))) return;
      clearTimeout(timer);
      timer = setTimeout(() => setTick((n) => n + 1), RELOAD_DELAY_MS);
    });
    return () => {
      clearTimeout(timer);
      stop();
    };
  }, [store]);

  const apply = useCallback(
    async (changes: readonly CellChange[]) => {
      if (!changes.length || !rows || !settings) return false;
      const byPosting = new Map<string, Map<string, string | null>>();
      for (const c of changes) byPosting.set(c.postingId, (byPosting.get(c.postingId) ?? new Map()).set(c.date, c.status));
      setRows((current) => current?.map((r) => (byPosting.has(r.posting.id) ? withStored(r, byPosting.get(r.posting.id)!, settings.rules) : r)));
      performance.mark('attendance:shown');
      ownWrites.current++;
      writes.current++;
      let ok = true;
      try {
        await setAttendanceCells(store, changes);
      } catch (e) {
        ok = false;
        message.error(errorText(e));
      } finally {
        ownWrites.current--;
      }
      const fresh = await loadGridRows(store.db, [...byPosting.keys()], month).catch(() => []);
      const byId = new Map(fresh.map((r) => [r.posting.id, r]));
      setRows((current) => current?.map((r) => byId.get(r.posting.id) ?? r));
      performance.mark('attendance:saved');
      return ok;
    },
    [rows, settings, store, month, message],
  );

  return { rows, complete, calendarMissing, settings, apply };
}
