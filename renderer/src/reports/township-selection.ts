// The selection the reports centre builds for a report that reads a month and a township
// (ReportDefinition.selection): the postings the 考勤表 shows for that township and month.
import { gridPostingIds } from '../db/queries/attendance-grid';
import { listUnits } from '../db/queries/units';
import type { ReadDb } from '../db/database';
import { reportMonth } from './attendance-source';
import type { ReportSelection, SelectionPicker } from './report-definition';

/** The month the picker starts on: last month (the month just ended, due by the 5th) or this one. */
export function pickerMonth(picker: SelectionPicker, today: string): string {
  return picker.defaultMonth === 'last' ? reportMonth({}, today) : today.slice(0, 7);
}

/**
 * `month` of the whole county (`townId` '') or of the township `townId`: its postings on post that
 * month in the 考勤表's order (gridPostingIds, as the grid and 补助发放 pick them), named for the title.
 */
export async function townshipSelection(db: ReadDb, month: string, townId: string): Promise<ReportSelection> {
  if (!townId) return { month };
  const [postingIds, units] = await Promise.all([gridPostingIds(db, { month, unitIds: [townId], batchIds: [], types: [] }), listUnits(db)]);
  const town = units.find((u) => u.id === townId);
  return { month, postingIds, scopeName: town ? town.shortName || town.name : '' };
}
