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

/** What the grid shows and how it changes it. */
export interface GridData {
  rows: GridRow[] | undefined;
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
  const [calendarMissing, setCalendarMissing] = useState<CalendarDataMissingError | undefined>(undefined);
  const [tick, setTick] = useState(0);
  const ownWrites = useRef(0);
  const { month } = filter;
  const key = JSON.stringify(filter);

  useEffect(() => {
    let live = true;
    setRows(undefined);
    (async () => {
      performance.mark('attendance:load-start');
      try {
        const loaded = await loadGridRowsOf(store.db, await gridPostings(store.db, filter), month);
        if (!live) return;
        setCalendarMissing(undefined);
        setRows(loaded);
        performance.measure('attendance:load', 'attendance:load-start');
      } catch (e) {
        if (!live) return;
        if (e instanceof CalendarDataMissingError) {
          setCalendarMissing(e);
          setRows([]);
        } else {
          message.error(errorText(e));
          setRows([]);
        }
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

  return { rows, calendarMissing, settings, apply };
}
