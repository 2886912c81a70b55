import { Alert, App, Button, DatePicker, Select, Space, TreeSelect, Typography } from 'antd';
import dayjs from 'dayjs';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { calendarCoverage, monthCalendar } from '@shared/domain/calendar';
import { selectableItems } from '@shared/domain/codes/lookup';
import { addMonths, todayIso } from '@shared/domain/dates';
import { POSTING_TYPE } from '@shared/domain/enums';
import { datesToMarkPresent, weekAround } from '@shared/domain/rules/attendance-fill';
import { statusForKey } from '@shared/domain/rules/attendance-symbols';
import { buildUnitTree, type UnitNode } from '@shared/domain/unit-tree';
import { navigate } from '../../app/routes';
import { useStore } from '../../app/store-context';
import type { Row } from '../../db/database';
import { setWeekdaysOnly, type CellChange } from '../../db/operations';
import { listBatches } from '../../db/queries/batches';
import { listUnits } from '../../db/queries/units';
import { AttendanceGrid, type GridKeyAction } from './attendance-grid';
import { DayDetail } from './day-detail';
import { AttendanceReportMenu } from './report-menu';
import { blockOf, type CellPos } from './grid-model';
import { T } from './texts';
import { useGridData } from './use-grid-data';

function unitTreeData(nodes: UnitNode<Row<'units'>>[]): object[] {
  return nodes.filter((n) => n.unit.level !== 'village').map((n) => ({ value: n.unit.id, title: n.unit.shortName || n.unit.name, children: unitTreeData(n.children) }));
}

const ORIGIN: CellPos = { row: 0, day: 0 };

/** 考勤表: the month grid of the postings in scope, keyboard first, with its legend and the day's details. */
export function GridTab(props: { month?: string | undefined; unitId?: string | undefined }) {
  const store = useStore();
  const { message } = App.useApp();
  const [month, setMonth] = useState(props.month && /^\d{4}-\d{2}$/.test(props.month) ? props.month : todayIso().slice(0, 7));
  const [unitIds, setUnitIds] = useState<string[]>(props.unitId ? [props.unitId] : []);
  const [batchIds, setBatchIds] = useState<string[]>([]);
  const [types, setTypes] = useState<string[]>([]);
  const [cursor, setCursor] = useState<CellPos>(ORIGIN);
  const [anchor, setAnchor] = useState<CellPos>(ORIGIN);
  const [last, setLast] = useState<string | null>(null);
  const units = useLiveQuery(() => listUnits(store.db), [store]);
  const batches = useLiveQuery(() => listBatches(store.db), [store]);
  const filter = useMemo(() => ({ month, unitIds, batchIds, types }), [month, unitIds, batchIds, types]);
  const { rows, complete, calendarMissing, settings, apply } = useGridData(filter);
  const calendar = useMemo(() => (calendarMissing ? [] : safeCalendar(month)), [month, calendarMissing, rows]); // eslint-disable-line react-hooks/exhaustive-deps
  const tree = useMemo(() => unitTreeData(buildUnitTree(units ?? [])), [units]);
  const symbols = settings?.symbols ?? [];
  const year = Number(month.slice(0, 4));
  const onlyUnit = unitIds.length === 1 ? units?.find((u) => u.id === unitIds[0]) : undefined;
  const scopeName = onlyUnit ? onlyUnit.shortName || onlyUnit.name : undefined;
  const weekdaysOnly = calendar.length > 0 && settings !== undefined && isWeekdaysOnly(year);

  const changeMonth = (m: string) => {
    setMonth(m);
    setCursor(ORIGIN);
    setAnchor(ORIGIN);
  };
  /** Sets `status` on the selected block (days outside a posting are left out). */
  const setBlock = async (status: string | null) => {
    if (!rows?.length) return;
    const b = blockOf(anchor, cursor);
    const changes: CellChange[] = [];
    let outside = 0;
    for (let r = b.rows[0]; r <= b.rows[1]; r++) {
      const row = rows[r]!;
      for (let d = b.days[0]; d <= b.days[1]; d++) {
        const day = row.month.days[d]!;
        if (!day.inPeriod) outside++;
        else changes.push({ postingId: row.posting.id, date: day.date, status: status as CellChange['status'] });
      }
    }
    if (!changes.length) {
      message.warning(T.grid.nothingToSet);
      return;
    }
    const single = b.rows[0] === b.rows[1] && b.days[0] === b.days[1];
    if (single && status !== null && cursor.day < calendar.length - 1) {
      const next = { row: cursor.row, day: cursor.day + 1 };
      setCursor(next);
      setAnchor(next);
    }
    const ok = await apply(changes);
    if (ok && !single) message.success(`${T.grid.saved(changes.length)}${outside ? `，${T.grid.skippedOutside(outside)}` : ''}`);
  };
  const onKey = (action: GridKeyAction) => {
    if (action.kind === 'clear') return void setBlock(null);
    const status = action.kind === 'repeat' ? last : (statusForKey(symbols, action.key) ?? null);
    if (!status) return;
    if (status === 'leave') {
      message.info(T.grid.leaveByRequest);
      return;
    }
    setLast(status);
    void setBlock(status);
  };
  const weekPresent = async () => {
    if (!rows?.length || !calendar.length) return;
    const b = blockOf(anchor, cursor);
    const dates = new Set<string>();
    for (let d = b.days[0]; d <= b.days[1]; d++) for (const w of weekAround(calendar[d]!.date)) dates.add(w);
    const changes: CellChange[] = [];
    for (let r = b.rows[0]; r <= b.rows[1]; r++) {
      const row = rows[r]!;
      for (const date of datesToMarkPresent(row.month, [...dates])) changes.push({ postingId: row.posting.id, date, status: 'present' });
    }
    if (changes.length && !(await apply(changes))) return;
    message.success(T.grid.weekPresentDone(changes.length));
  };

  return (
    <div>
      <div className="gzt-toolbar">
        <Space.Compact>
          <Button onClick={() => changeMonth(addMonths(`${month}-01`, -1).slice(0, 7))}>{T.grid.prevMonth}</Button>
          <DatePicker
            picker="month"
            allowClear={false}
            aria-label={T.grid.monthPicker}
            value={dayjs(`${month}-01`)}
            format={T.grid.monthFormat}
            onChange={(v) => v && changeMonth(v.format('YYYY-MM'))}
            style={{ width: 130 }}
          />
          <Button onClick={() => changeMonth(addMonths(`${month}-01`, 1).slice(0, 7))}>{T.grid.nextMonth}</Button>
        </Space.Compact>
        <Button type="link" onClick={() => changeMonth(todayIso().slice(0, 7))}>
          {T.grid.thisMonth}
        </Button>
        <TreeSelect
          multiple
          allowClear
          showSearch
          treeNodeFilterProp="title"
          placeholder={T.grid.unit}
          aria-label={T.grid.byUnit}
          style={{ minWidth: 180 }}
          value={unitIds}
          onChange={setUnitIds}
          treeData={tree}
          maxTagCount={1}
        />
        <Select mode="multiple" allowClear placeholder={T.grid.batch} aria-label={T.grid.byBatch} style={{ minWidth: 150 }} value={batchIds} onChange={setBatchIds} options={(batches ?? []).map((b) => ({ value: b.id, label: b.name }))} maxTagCount={1} />
        <Select
          mode="multiple"
          allowClear
          placeholder={T.grid.type}
          aria-label={T.grid.byType}
          style={{ minWidth: 150 }}
          value={types}
          onChange={setTypes}
          options={selectableItems(POSTING_TYPE).map((i) => ({ value: i.code, label: i.label }))}
          maxTagCount={1}
        />
        <Typography.Text type="secondary" data-testid="attendance-count">
          {rows && complete ? T.grid.count(rows.length) : T.grid.loading}
        </Typography.Text>
        <span className="gzt-spacer" />
        <Button title={T.grid.weekPresentHint} onClick={weekPresent} disabled={!rows?.length || !complete}>
          {T.grid.weekPresent}
        </Button>
        <AttendanceReportMenu
          disabled={!rows?.length || !complete}
          items={[
            { id: 'attendance-summary', label: T.grid.exportSummary },
            { id: 'attendance-bulletin', label: T.grid.exportBulletin },
            { id: 'leave-register', label: T.grid.exportLeave },
            { id: 'spot-check-register', label: T.grid.exportSpotChecks },
          ]}
          selection={{ postingIds: rows?.map((r) => r.posting.id) ?? [], month, ...(scopeName ? { scopeName } : {}) }}
        />
      </div>
      {calendarMissing && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 8 }}
          title={T.grid.calendarMissing(calendarMissing.year)}
          description={calendarMissing.message}
          action={
            <Space direction="vertical">
              <Button size="small" type="primary" onClick={() => navigate({ section: 'settings', tab: 'holidays' })}>
                {T.grid.goHolidays}
              </Button>
              <Button size="small" onClick={() => void setWeekdaysOnly(store, calendarMissing.year, true)}>
                {T.grid.acceptWeekdays(calendarMissing.year)}
              </Button>
            </Space>
          }
        />
      )}
      {weekdaysOnly && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 8 }}
          title={T.grid.weekdaysOnly(year)}
          action={
            <Button size="small" onClick={() => void setWeekdaysOnly(store, year, false)}>
              {T.grid.withdrawWeekdays}
            </Button>
          }
        />
      )}
      <div className="gzt-agrid-legend" aria-label={T.grid.legend}>
        {symbols.map((s) => (
          <span key={s.status}>
            <b>{s.symbol}</b> {s.label} <kbd>{T.grid.keyHint(s.key, s.digit)}</kbd>
          </span>
        ))}
        <span>{T.grid.keys}</span>
      </div>
      <AttendanceGrid
        rows={rows}
        calendar={calendar}
        symbols={symbols}
        cursor={cursor}
        anchor={anchor}
        onMove={(c, a) => {
          setCursor(c);
          setAnchor(a);
        }}
        onKey={onKey}
      />
      <DayDetail row={rows?.[cursor.row]} day={cursor.day} />
    </div>
  );
}

/** The month's calendar, or [] while its year is not covered (the warning says so). */
function safeCalendar(month: string) {
  try {
    return monthCalendar(month);
  } catch {
    return [];
  }
}

function isWeekdaysOnly(year: number): boolean {
  return calendarCoverage(year).source === 'weekdaysOnly';
}
