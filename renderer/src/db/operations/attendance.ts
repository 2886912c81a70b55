import { generateSampleAttendance } from '@shared/sample/attendance';
import { STARTED_POSTING_STATUSES } from '../queries/attendance-import';
import { leaveRulesOfPostings } from '../queries/leave-rules';
import { live } from '../queries/live';
import * as repo from '../repositories/attendance';
import type { Store } from '../store';

export type { CellChange, ClockImport, DayDetailInput } from '../repositories/attendance';

/** 考勤表: sets (or clears) the status of posting-days — one cell, a block, or 本周全部在岗 — in one transaction. */
export function setAttendanceCells(store: Store, changes: readonly repo.CellChange[]): Promise<number> {
  return store.write((w) => repo.setAttendanceCells(w, changes));
}

/** 考勤表: saves the note, times or checker of one posting-day. */
export function setAttendanceDetail(store: Store, input: repo.DayDetailInput): Promise<void> {
  return store.write((w) => repo.setAttendanceDetail(w, input));
}

/** 打卡导入: writes a previewed clock-in export (statuses and raw punches) in one transaction, all or nothing. */
export function importClockIn(store: Store, plan: repo.ClockImport): Promise<{ statuses: number; days: number }> {
  return store.write((w) => repo.importClockIn(w, plan));
}

/** Records per transaction when the sample is loaded. */
const SAMPLE_CHUNK = 2000;

/**
 * The sample county's attendance, leave and spot checks (sample step 考勤、请假和抽查): generated for
 * every posting that carries attendance, written through the Writer in chunks. Returns the records written.
 */
export async function loadAttendanceSample(ctx: { store: Store; today: string; seed: number }): Promise<number> {
  const { store } = ctx;
  const postings = await live(store.db.postings)
    .filter((p) => STARTED_POSTING_STATUSES.has(p.status))
    .toArray();
  const ruleSets = await leaveRulesOfPostings(store.db, postings);
  const sample = generateSampleAttendance(
    postings.map((p) => ({ ...p, tiers: ruleSets.get(p.id)!.tiers, countWorkingDaysOnly: ruleSets.get(p.id)!.countWorkingDaysOnly })),
    { today: ctx.today, seed: ctx.seed },
  );
  for (let i = 0; i < sample.months.length; i += SAMPLE_CHUNK) {
    const chunk = sample.months.slice(i, i + SAMPLE_CHUNK);
    await store.write((w) => w.createMany('attendanceMonths', chunk.map((input) => ({ input }))));
  }
  await store.write(async (w) => {
    const ids = sample.leaves.map(() => crypto.randomUUID());
    await w.createMany('leaveRequests', sample.leaves.map((l, i) => ({ id: ids[i]!, input: l.request })));
    await w.createMany('leaveApprovals', sample.leaves.flatMap((l, i) => l.approvals.map((a) => ({ input: { ...a, leaveRequestId: ids[i]! } }))));
    await w.createMany('spotChecks', sample.spotChecks.map((input) => ({ input })));
  });
  return sample.months.length + sample.leaves.length + sample.spotChecks.length;
}
