import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { workdaysInMonth } from '@shared/domain/calendar';
import { dayField } from '@shared/domain/entities/attendance-month';
import { keyedId } from '@shared/domain/tables';
import { autoMapClockColumns, findClockHeaderRow } from '@shared/import/clock-in-columns';
import { matchPeople } from '@shared/import/clock-in-match';
import { planClockImport } from '@shared/import/clock-in-plan';
import { readClockRows, type ClockFile } from '@shared/import/clock-in-rows';
import { importClockIn, removePosting, setAttendanceCells } from '../../../../renderer/src/db/operations';
import { loadEffectiveMonths } from '../../../../renderer/src/db/queries/attendance-effective';
import { loadClockCandidates, loadPlanPostings } from '../../../../renderer/src/db/queries/attendance-import';
import type { Store } from '../../../../renderer/src/db/store';
import { wecomRawCsvGbk } from '../../../fixtures/clock-in/clock-exports';
import { attendanceCounty } from '../attendance-fixture';
import { newStore } from '../test-store';

const MONTH = '2026-11';
const FILE = '企业微信-打卡记录-2026年11月.csv';

/** The rows the table reader hands over for a GBK CSV (a plain split: the fixture has no quoted commas). */
function rowsOf(bytes: Buffer): string[][] {
  return iconv
    .decode(bytes, 'gbk')
    .split('\r\n')
    .filter(Boolean)
    .map((line) => line.split(','));
}

/** Reads, matches (王小芳 is 王芳 by the clerk's hand, 赵敏 is township staff: left out) and previews. */
async function preview(store: Store, file: ClockFile, overwriteHand = false) {
  const { candidates, fromUnit } = await loadClockCandidates(store.db, file.from, file.to);
  const matches = matchPeople(file.people, candidates, { fromUnitCandidates: fromUnit });
  const assignment = new Map(matches.map((m) => [m.personKey, m.postingId]));
  const byName = (name: string) => file.people.find((p) => p.name === name)!.key;
  const wang = candidates.find((c) => c.name === '王芳')!.postingId;
  assignment.set(byName('王小芳'), wang);
  const dates = new Map<string, string[]>();
  for (const p of file.people) {
    const id = assignment.get(p.key);
    if (id) dates.set(id, [...(dates.get(id) ?? []), ...p.days.keys()]);
  }
  const postings = await loadPlanPostings(store.db, dates);
  return { matches, ...planClockImport({ people: file.people, assignment, postings, overwriteHand }) };
}

describe('打卡导入: a 企业微信 export into the grid', () => {
  it('sets blank days, keeps a hand-set day, keeps the punches as evidence, and skips days before a posting began', async () => {
    const store = await newStore();
    const { postings } = await attendanceCounty(store);
    const workdays = workdaysInMonth(MONTH);
    await setAttendanceCells(store, [{ postingId: postings.down.id, date: workdays[3]!, status: 'officialOuting' }]);
    const bytes = wecomRawCsvGbk({
      month: MONTH,
      workdays,
      people: [
        { name: '张伟', dept: '开江县/讲治镇/挂职干部', pattern: (_d, i) => (i === 1 ? 'late' : i === 6 ? 'absent' : 'normal') },
        { name: '王小芳', dept: '开江县/讲治镇/石岭村驻村工作队' },
        { name: '赵敏', dept: '开江县/讲治镇/党政办' },
      ],
    });
    const rows = rowsOf(bytes);
    const mapping = autoMapClockColumns(rows[findClockHeaderRow(rows)!]!, findClockHeaderRow(rows));
    const file = readClockRows(rows, mapping);

    const plan = await preview(store, file);
    expect(plan.matches.map((m) => m.status)).toEqual(['matched', 'unknown', 'unknown']);
    const wangDays = plan.days.filter((d) => d.postingId === postings.village.id);
    // 王芳 arrived on Mon 16 November: the working days before it are outside her posting
    expect(wangDays.filter((d) => d.action === 'outside').map((d) => d.date)).toEqual(workdays.filter((d) => d < '2026-11-16'));
    expect(plan.counts).toMatchObject({ keep: 1, overwrite: 0 });

    const result = await importClockIn(store, { days: plan.days, sourceFile: FILE });
    expect(result).toEqual({ statuses: plan.counts.set, days: plan.counts.days - plan.counts.outside });

    const months = await loadEffectiveMonths(store.db, [postings.down.id, postings.village.id], MONTH);
    const zhang = months.get(postings.down.id)!;
    const statusOn = (date: string) => zhang.month.days.find((d) => d.date === date)!.status;
    expect([statusOn(workdays[0]!), statusOn(workdays[1]!), statusOn(workdays[3]!), statusOn(workdays[6]!)]).toEqual(['present', 'late', 'officialOuting', 'absent']);
    expect(zhang.summary.presentDays).toBe(workdays.length - 1);
    expect(months.get(postings.village.id)!.summary).toMatchObject({ presentDays: 11, requiredDays: 11 });

    const dayOf = async (date: string) => (await store.db.attendanceDetails.get(keyedId('attendanceDetails', postings.down.id, MONTH)))?.[dayField(Number(date.slice(8)))];
    // one details record per posting-month, a field per day
    expect(await store.db.attendanceDetails.count()).toBe(2);
    const detail = await dayOf(workdays[1]!);
    expect(detail).toMatchObject({ method: 'appImport', importedStatus: 'late', sourceFile: FILE, signInTime: expect.stringMatching(/^09:/) });
    expect(detail!.punches.map((p) => [p.kind, p.result])).toEqual([
      ['上班', '迟到'],
      ['下班', '正常'],
    ]);
    const kept = await dayOf(workdays[3]!);
    expect(kept).toMatchObject({ importedStatus: 'present', punches: [expect.objectContaining({ result: '正常' }), expect.anything()] });

    // the same file again changes no status; the hand-set day is still reported as kept
    const again = await preview(store, file);
    expect(again.counts).toMatchObject({ set: 0, keep: 1 });
    // the clerk chooses the export over the hand-set day
    const overwrite = await preview(store, file, true);
    await importClockIn(store, { days: overwrite.days, sourceFile: FILE });
    const after = (await loadEffectiveMonths(store.db, [postings.down.id], MONTH)).get(postings.down.id)!;
    expect(after.month.days.find((d) => d.date === workdays[3])!.status).toBe('present');
  });

  it('an import that cannot be written leaves the database exactly as it was', async () => {
    const store = await newStore();
    const { postings } = await attendanceCounty(store);
    const workdays = workdaysInMonth(MONTH);
    const rows = rowsOf(wecomRawCsvGbk({ month: MONTH, workdays, people: [{ name: '张伟', dept: '讲治镇' }, { name: '刘洋', dept: '任市镇' }] }));
    const file = readClockRows(rows, autoMapClockColumns(rows[1]!, 1));
    const plan = await preview(store, { ...file, people: [...file.people, { key: '王小芳', name: '王小芳', staffNo: '', dept: '', days: new Map(), punchCount: 0 }] });
    await removePosting(store, postings.elsewhere.id); // deleted on another screen meanwhile
    const before = await store.db.attendanceDetails.count();
    await expect(importClockIn(store, { days: plan.days, sourceFile: FILE })).rejects.toThrow('挂职记录已被删除，不能登记考勤');
    expect(await store.db.attendanceDetails.count()).toBe(before);
    expect(await store.db.attendanceMonths.count()).toBe(0);
  });
});
