import { describe, expect, it } from 'vitest';
import { planClockImport, type PlanPosting } from '@shared/import/clock-in-plan';
import type { ClockPerson, ReadPunch } from '@shared/import/clock-in-rows';

const punch = (date: string, time: string | null, result: string, kind = ''): ReadPunch => ({ row: 1, date, time, kind, result, place: null });
const person = (key: string, days: [string, ReadPunch[]][]): ClockPerson => ({ key, name: key, staffNo: '', dept: '', days: new Map(days), punchCount: 0 });

describe('planning a clock-in import', () => {
  const stored: Record<string, string> = { '2026-11-03': 'present', '2026-11-04': 'officialOuting', '2026-11-05': 'present' };
  const imported: Record<string, string> = { '2026-11-05': 'present' };
  const posting: PlanPosting = { period: { startDate: '2026-11-02', endDate: null }, stored: (d) => stored[d] ?? null, imported: (d) => imported[d] ?? null };
  const zhang = person('zhang', [
    ['2026-11-01', [punch('2026-11-01', '08:50', '正常')]], // before the posting started
    ['2026-11-02', [punch('2026-11-02', '09:12', '迟到', '上班'), punch('2026-11-02', '17:40', '正常', '下班')]], // blank → set
    ['2026-11-03', [punch('2026-11-03', '08:40', '正常'), punch('2026-11-03', '17:35', '正常')]], // same
    ['2026-11-04', [punch('2026-11-04', '08:41', '正常'), punch('2026-11-04', '17:36', '正常')]], // hand-set 公出 differs → keep
    ['2026-11-05', [punch('2026-11-05', null, '缺卡'), punch('2026-11-05', null, '缺卡')]], // imported before → replaced
  ]);

  it('sets blank days, replaces what an import set, and keeps what a clerk set by hand unless told', () => {
    const { days, counts } = planClockImport({ people: [zhang], assignment: new Map([['zhang', 'p']]), postings: new Map([['p', posting]]) });
    expect(days.map((d) => [d.date, d.action, d.suggestion.status])).toEqual([
      ['2026-11-01', 'outside', 'present'],
      ['2026-11-02', 'set', 'late'],
      ['2026-11-03', 'same', 'present'],
      ['2026-11-04', 'keep', 'present'],
      ['2026-11-05', 'set', 'absent'],
    ]);
    expect(days[1]).toMatchObject({ signIn: '09:12', signOut: '17:40', handSet: false });
    expect(days[3]).toMatchObject({ current: 'officialOuting', handSet: true });
    expect(counts).toMatchObject({ days: 5, set: 2, same: 1, keep: 1, overwrite: 0, outside: 1, review: 1, punches: 9 });

    const all = planClockImport({ people: [zhang], assignment: new Map([['zhang', 'p']]), postings: new Map([['p', posting]]), overwriteHand: true });
    expect(all.days[3]!.action).toBe('overwrite');
    const one = planClockImport({ people: [zhang], assignment: new Map([['zhang', 'p']]), postings: new Map([['p', posting]]), overwriteDays: new Set(['p|2026-11-04']) });
    expect(one.counts).toMatchObject({ keep: 0, overwrite: 1 });
  });

  it('leaves out people assigned to nobody, and merges two entries of one person', () => {
    const other = person('zhang-2', [['2026-11-02', [punch('2026-11-02', '12:00', '外勤')]]]);
    const { days } = planClockImport({
      people: [zhang, other, person('nobody', [['2026-11-02', [punch('2026-11-02', '08:00', '正常')]]])],
      assignment: new Map([
        ['zhang', 'p'],
        ['zhang-2', 'p'],
        ['nobody', null],
      ]),
      postings: new Map([['p', posting]]),
    });
    expect(days.find((d) => d.date === '2026-11-02')!.punches).toHaveLength(3);
    expect(days).toHaveLength(5);
  });
});
