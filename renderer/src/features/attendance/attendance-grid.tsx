import { useVirtualizer } from '@tanstack/react-virtual';
import { Empty, Spin } from 'antd';
import { useEffect, useRef, type KeyboardEvent, type MouseEvent } from 'react';
import type { CalendarDay } from '@shared/domain/calendar';
import { labelOf } from '@shared/domain/codes/lookup';
import { LEAVE_TYPE } from '@shared/domain/enums';
import { symbolFor, type AttendanceSymbol } from '@shared/domain/rules/attendance-symbols';
import type { GridRow } from '../../db/queries/attendance-grid';
import { blockOf, inBlock, type CellPos } from './grid-model';
import { T } from './texts';
import './attendance-grid.css';

const ROW_HEIGHT = 28;
const HEAD_HEIGHT = 44;
const W = { seq: 40, name: 72, host: 128, day: 30, sum: 46 };
const FIXED = W.seq + W.name + W.host;
const SUMMARY = ['required', 'present', 'outing', 'personal', 'sick', 'other', 'absent', 'rate', 'meets'] as const;

/** A day count as printed: 3, 2.5. */
const days = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));

function summaryCell(row: GridRow, key: (typeof SUMMARY)[number]): { text: string; bad?: boolean } {
  const s = row.summary;
  switch (key) {
    case 'required':
      return { text: days(s.requiredDays) };
    case 'present':
      return { text: days(s.presentDays) };
    case 'outing':
      return { text: days(s.officialOutingDays) };
    case 'personal':
      return { text: days(s.leaveDays.personal) };
    case 'sick':
      return { text: days(s.leaveDays.sick) };
    case 'other':
      return { text: days(s.leaveDays.other) };
    case 'absent':
      return { text: days(s.absentDays), bad: s.absentDays > 0 };
    case 'rate':
      return { text: T.grid.rate(s.attendanceRate) };
    case 'meets':
      return { text: T.grid.meets(s.meetsMinimum), bad: s.meetsMinimum === false };
  }
}

/** The keys the grid handles itself (a letter or digit is looked up in the symbols). */
export type GridKeyAction = { kind: 'set'; key: string } | { kind: 'repeat' } | { kind: 'clear' };

/**
 * The month grid: rows = postings, one column a day with its weekday and holiday mark, the §4.3
 * figures on the right. Keyboard first: arrows move, Shift+arrows select a block, a letter or digit
 * sets it (`onKey`), Space repeats, Delete clears. Only the rows on screen are rendered.
 */
export function AttendanceGrid(props: {
  rows: GridRow[] | undefined;
  calendar: readonly CalendarDay[];
  symbols: readonly AttendanceSymbol[];
  cursor: CellPos;
  anchor: CellPos;
  onMove: (cursor: CellPos, anchor: CellPos) => void;
  onKey: (action: GridKeyAction) => void;
}) {
  const { rows, calendar, symbols, cursor, anchor } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  const count = rows?.length ?? 0;
  const virtualizer = useVirtualizer({ count, getScrollElement: () => scrollRef.current, estimateSize: () => ROW_HEIGHT, overscan: 8 });
  const block = blockOf(anchor, cursor);
  const dragging = useRef(false);
  const totalWidth = FIXED + calendar.length * W.day + SUMMARY.length * W.sum;

  useEffect(() => {
    if (!rows?.length) return;
    virtualizer.scrollToIndex(cursor.row);
    const el = scrollRef.current;
    if (!el) return;
    const left = FIXED + cursor.day * W.day;
    if (left - FIXED < el.scrollLeft) el.scrollLeft = left - FIXED;
    else if (left + W.day > el.scrollLeft + el.clientWidth) el.scrollLeft = left + W.day - el.clientWidth;
  }, [cursor.row, cursor.day]); // eslint-disable-line react-hooks/exhaustive-deps

  useEffect(() => {
    const up = () => (dragging.current = false);
    window.addEventListener('mouseup', up);
    return () => window.removeEventListener('mouseup', up);
  }, []);

  const clamp = (p: CellPos): CellPos => ({ row: Math.max(0, Math.min(count - 1, p.row)), day: Math.max(0, Math.min(calendar.length - 1, p.day)) });
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (!count || e.ctrlKey || e.metaKey || e.altKey) return;
    const step: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1], PageUp: [-15, 0], PageDown: [15, 0] };
    const move = step[e.key];
    if (move || e.key === 'Home' || e.key === 'End') {
      e.preventDefault();
      const next = clamp(move ? { row: cursor.row + move[0], day: cursor.day + move[1] } : { row: cursor.row, day: e.key === 'Home' ? 0 : calendar.length - 1 });
      props.onMove(next, e.shiftKey ? anchor : next);
      return;
    }
    if (e.key === ' ') {
      e.preventDefault();
      props.onKey({ kind: 'repeat' });
    } else if (e.key === 'Delete' || e.key === 'Backspace') {
      e.preventDefault();
      props.onKey({ kind: 'clear' });
    } else if (/^[a-zA-Z0-9]$/.test(e.key)) {
      e.preventDefault();
      props.onKey({ kind: 'set', key: e.key });
    }
  };
  const cellAt = (e: MouseEvent<HTMLDivElement>): CellPos | undefined => {
    const el = (e.target as HTMLElement).closest<HTMLElement>('[data-day]');
    return el ? { row: Number(el.dataset.row), day: Number(el.dataset.day) } : undefined;
  };

  return (
    <div
      className="gzt-agrid"
      role="grid"
      aria-label={T.grid.label}
      aria-rowcount={count}
      aria-colcount={calendar.length}
      tabIndex={0}
      ref={scrollRef}
      onKeyDown={onKeyDown}
      onMouseDown={(e) => {
        const at = cellAt(e);
        if (!at) return;
        dragging.current = true;
        props.onMove(at, e.shiftKey ? anchor : at);
      }}
      onMouseOver={(e) => {
        if (!dragging.current) return;
        const at = cellAt(e);
        if (at && (at.row !== cursor.row || at.day !== cursor.day)) props.onMove(at, anchor);
      }}
    >
      <div className="gzt-agrid-inner" style={{ width: totalWidth, height: virtualizer.getTotalSize() + HEAD_HEIGHT }}>
        <div className="gzt-agrid-head" role="row" style={{ width: totalWidth, height: HEAD_HEIGHT }}>
          <div className="gzt-agrid-c gzt-agrid-fixed" style={{ width: W.seq, left: 0, lineHeight: `${HEAD_HEIGHT}px` }}>
            {T.grid.no}
          </div>
          <div className="gzt-agrid-c gzt-agrid-fixed gzt-agrid-name" style={{ width: W.name, left: W.seq, lineHeight: `${HEAD_HEIGHT}px` }}>
            {T.grid.name}
          </div>
          <div className="gzt-agrid-c gzt-agrid-fixed gzt-agrid-host" style={{ width: W.host, left: W.seq + W.name, lineHeight: `${HEAD_HEIGHT}px` }}>
            {T.grid.host}
          </div>
          {calendar.map((d) => (
            <div
              key={d.date}
              role="columnheader"
              title={d.holidayName ? T.grid.holiday(d.holidayName) : d.kind === 'makeUpWorkday' ? T.grid.makeUp : undefined}
              className={`gzt-agrid-c gzt-agrid-dayhead gzt-agrid-day${d.workday ? '' : ' is-rest'}${d.kind === 'holiday' ? ' is-holiday' : ''}${d.kind === 'makeUpWorkday' ? ' is-makeup' : ''}`}
            >
              <span>{d.day}</span>
              <span className={d.mark ? 'gzt-mark' : 'gzt-wd'}>{d.mark || d.weekdayLabel}</span>
            </div>
          ))}
          {SUMMARY.map((k, i) => (
            <div key={k} role="columnheader" title={T.grid.summaryTitle[k]} className={`gzt-agrid-c gzt-agrid-sum${i === 0 ? ' is-first' : ''}`}>
              {T.grid.summary[k]}
            </div>
          ))}
        </div>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows![item.index]!;
          return (
            <div key={row.posting.id} role="row" aria-rowindex={item.index + 1} data-posting-id={row.posting.id} className="gzt-agrid-row" style={{ top: item.start + HEAD_HEIGHT, height: ROW_HEIGHT, width: totalWidth }}>
              <div className="gzt-agrid-c gzt-agrid-fixed" style={{ width: W.seq, left: 0, color: '#999' }}>
                {item.index + 1}
              </div>
              <div className="gzt-agrid-c gzt-agrid-fixed gzt-agrid-name" style={{ width: W.name, left: W.seq }} title={row.name}>
                {row.name}
              </div>
              <div className="gzt-agrid-c gzt-agrid-fixed gzt-agrid-host" style={{ width: W.host, left: W.seq + W.name }} title={row.unitLabel}>
                {row.unitLabel}
              </div>
              {row.month.days.map((d, i) => {
                const classes = ['gzt-agrid-c', 'gzt-agrid-day'];
                if (!d.inPeriod) classes.push('is-outside');
                else {
                  if (!d.workday) classes.push(d.kind === 'holiday' ? 'is-holiday' : 'is-rest');
                  classes.push(`src-${d.source}`, `st-${d.status}`);
                }
                if (inBlock(block, item.index, i)) classes.push('is-selected');
                if (cursor.row === item.index && cursor.day === i) classes.push('is-cursor');
                const text = !d.inPeriod ? '' : d.source === 'default' && d.status === 'unknown' ? '' : symbolFor(symbols, d.status);
                const title = !d.inPeriod ? T.grid.outside : d.leave ? T.grid.leaveOf(labelOf(LEAVE_TYPE, d.leave.type), d.leave.fraction) : undefined;
                return (
                  <div key={d.date} role="gridcell" data-row={item.index} data-day={i} aria-selected={inBlock(block, item.index, i)} className={classes.join(' ')} title={title}>
                    {text}
                  </div>
                );
              })}
              {SUMMARY.map((k, i) => {
                const c = summaryCell(row, k);
                return (
                  <div key={k} role="gridcell" className={`gzt-agrid-c gzt-agrid-sum${i === 0 ? ' is-first' : ''}${c.bad ? ' is-bad' : ''}`}>
                    {c.text}
                  </div>
                );
              })}
            </div>
          );
        })}
      </div>
      {rows === undefined && (
        <div className="gzt-agrid-overlay">
          <Spin tip={T.grid.loading} />
        </div>
      )}
      {rows && rows.length === 0 && (
        <div className="gzt-agrid-overlay">
          <Empty description={T.grid.empty} />
        </div>
      )}
    </div>
  );
}
