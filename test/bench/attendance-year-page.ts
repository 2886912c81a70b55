// Runs INSIDE the app's page during the attendance bench (bundled by attendance.bench-run.ts): loads
// a year of attendance for every posting through the app's own operation, setAttendanceCells (the
// 考勤表's write path: validation, per-field stamps, one posting-month record per posting and month),
// one transaction per month.
import { monthCalendar } from '@shared/domain/calendar';
import { attendancePeriod } from '@shared/domain/rules/attendance';
import { setAttendanceCells, type CellChange } from '../../renderer/src/db/operations/attendance';
import { STARTED_POSTING_STATUSES } from '../../renderer/src/db/queries/attendance-import';
import { live } from '../../renderer/src/db/queries/live';
import { Store } from '../../renderer/src/db/store';

/** A stable status for a posting-day: mostly 在岗, some 公出, 迟到 and 缺勤 (no Math.random: runs compare). */
function statusOf(n: number, day: number): CellChange['status'] {
  const h = (n * 2654435761 + day * 40503) % 100;
  return h < 90 ? 'present' : h < 95 ? 'officialOuting' : h < 98 ? 'late' : 'absent';
}

/** Writes every day of `months` within each started posting's period; resolves with what was written and how long it took. */
async function loadYear(months: readonly string[]): Promise<{ postings: number; cells: number; records: number; ms: number }> {
  const store = await Store.open();
  try {
    const postings = await live(store.db.postings)
      .filter((p) => STARTED_POSTING_STATUSES.has(p.status))
      .toArray();
    let cells = 0;
    let records = 0;
    const t0 = performance.now();
    for (const month of months) {
      const changes: CellChange[] = [];
      postings.forEach((p, n) => {
        const period = attendancePeriod(p);
        for (const c of monthCalendar(month)) {
          if (c.date < period.startDate || (period.endDate !== null && c.date > period.endDate)) continue;
          changes.push({ postingId: p.id, date: c.date, status: c.workday ? statusOf(n, c.day) : 'rest' });
        }
      });
      records += new Set(changes.map((c) => c.postingId)).size;
      cells += await setAttendanceCells(store, changes);
    }
    return { postings: postings.length, cells, records, ms: performance.now() - t0 };
  } finally {
    store.close();
  }
}

(window as unknown as { gztBenchYear: unknown }).gztBenchYear = { loadYear };
