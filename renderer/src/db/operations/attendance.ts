import type { InputOf } from '@shared/domain/tables';
import * as repo from '../repositories/attendance';
import type { Store } from '../store';

export type { CellChange, ClockImport } from '../repositories/attendance';

/** 考勤表: sets (or clears) the status of posting-days — one cell, a block, or 本周全部在岗 — in one transaction. */
export function setAttendanceCells(store: Store, changes: readonly repo.CellChange[]): Promise<number> {
  return store.write((w) => repo.setAttendanceCells(w, changes));
}

/** 考勤表: saves the note, times or checker of one posting-day. */
export function setAttendanceDetail(store: Store, input: InputOf<'attendanceDays'>): Promise<void> {
  return store.write((w) => repo.setAttendanceDetail(w, input));
}

/** 打卡导入: writes a previewed clock-in export (statuses and raw punches) in one transaction, all or nothing. */
export function importClockIn(store: Store, plan: repo.ClockImport): Promise<{ statuses: number; days: number }> {
  return store.write((w) => repo.importClockIn(w, plan));
}
