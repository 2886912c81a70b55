// The grid's own arithmetic: the selected block, and a row recomputed at once after an edit (the
// same shared rules the database query applies), so a key press answers before the write is done.
import { dayField } from '@shared/domain/entities/attendance-month';
import { effectiveAttendanceMonth, summarizeAttendance, type AttendanceMonthRecord, type AttendanceRuleSet, type MonthLeaveDay, type SpotCheckLike } from '@shared/domain/rules/attendance';
import type { GridRow } from '../../db/queries/attendance-grid';

/** A cell position: row index and day index (0 = the 1st). */
export interface CellPos {
  row: number;
  day: number;
}

/** The block between the anchor and the cursor, inclusive. */
export interface Block {
  rows: [number, number];
  days: [number, number];
}

/** The block spanned by two corners. */
export function blockOf(anchor: CellPos, cursor: CellPos): Block {
  return { rows: [Math.min(anchor.row, cursor.row), Math.max(anchor.row, cursor.row)], days: [Math.min(anchor.day, cursor.day), Math.max(anchor.day, cursor.day)] };
}

/** Whether a cell lies in a block. */
export function inBlock(b: Block, row: number, day: number): boolean {
  return row >= b.rows[0] && row <= b.rows[1] && day >= b.days[0] && day <= b.days[1];
}

/**
 * `row` with some days' stored statuses replaced (null clears), recomputed by the shared rules
 * from what the row already knows (its approved leave and spot checks).
 */
export function withStored(row: GridRow, changes: ReadonlyMap<string, string | null>, rules: AttendanceRuleSet): GridRow {
  const stored: AttendanceMonthRecord = { ...(row.stored as AttendanceMonthRecord | undefined), postingId: row.posting.id, month: row.month.month };
  for (const [date, status] of changes) stored[dayField(Number(date.slice(8, 10)))] = status;
  const leaveDays: MonthLeaveDay[] = [];
  const spotChecks: SpotCheckLike[] = [];
  for (const d of row.month.days) {
    if (d.leave) leaveDays.push({ date: d.date, fraction: d.leave.fraction, leaveRequestId: d.leave.leaveRequestId, type: d.leave.type });
    for (let i = 0; i < d.spotChecks; i++) spotChecks.push({ date: d.date, result: i === 0 && d.spotCheckAbsent ? 'absentUnexcused' : 'onDuty' });
  }
  const month = effectiveAttendanceMonth({ month: row.month.month, period: row.period, stored, leaveDays, spotChecks });
  const summary = summarizeAttendance(month, { period: row.period, postingType: row.posting.type, rules });
  return { ...row, stored: { ...(row.stored ?? ({} as NonNullable<GridRow['stored']>)), ...stored } as GridRow['stored'], month, summary };
}
