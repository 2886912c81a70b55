import { Alert, Spin, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { labelOf } from '@shared/domain/codes/lookup';
import { ATTENDANCE_STATUS } from '@shared/domain/enums';
import { attendancePeriod } from '@shared/domain/rules/attendance';
import type { RecordBookRuleSet } from '@shared/domain/rules/record-book';
import { useStore } from '../../../app/store-context';
import type { Row } from '../../../db/database';
import { loadPostingEntries } from '../../../db/queries/log-entries';
import { loadEffectiveAttendance } from '../../../db/queries/record-book-attendance';
import { T } from '../texts';
import { AmendDialog } from './amend-dialog';
import { DayRow, type DayStatus } from './day-row';
import { monthDays } from './month-days';
import { PeriodEntry } from './period-entry';

const STATUS_COLOR: Record<string, string> = { present: 'green', officialOuting: 'cyan', leave: 'orange', rotatingRest: 'default', absent: 'red', late: 'gold', earlyLeave: 'gold', unknown: 'default' };

/** Moves the focus from the day `from` to the next (dir 1) or previous (−1) day that takes an entry. */
function focusDay(container: HTMLElement, from: string, dir: 1 | -1): void {
  const rows = [...container.querySelectorAll<HTMLElement>('[data-day][data-editable]')];
  const target = dir === 1 ? rows.find((r) => r.dataset.day! > from) : rows.reverse().find((r) => r.dataset.day! < from);
  const field = target?.querySelector<HTMLElement>('[data-field="content"]') ?? (dir === 1 ? container.querySelector<HTMLElement>('[data-kind="monthlyAnalysis"]') : null);
  field?.focus();
}

/**
 * One month of a cadre's 纪实 for transcribing: 月度工作任务 at the top, a row per day with weekday,
 * holiday mark and attendance beside the entry, 月工作记实分析 at the bottom. Keyboard only:
 * Tab through a day, Enter in 完成情况 or PageDown to the next day, PageUp back; every pause saves.
 */
export function MonthSheet({ posting, month, today, rules }: { posting: Row<'postings'>; month: string; today: string; rules: RecordBookRuleSet }) {
  const store = useStore();
  const container = useRef<HTMLDivElement>(null);
  const [amending, setAmending] = useState<Row<'logEntries'>>();
  const data = useLiveQuery(() => loadPostingEntries(store.db, posting.id), [store, posting.id]);
  const attendance = useLiveQuery(() => loadEffectiveAttendance(store.db, posting, [month]), [store, posting, month]);
  const { days, missingYear } = useMemo(() => monthDays(month), [month]);
  const period = attendancePeriod(posting);

  const of = useMemo(() => {
    const daily = new Map<string, Row<'logEntries'>>();
    let goal: Row<'logEntries'> | undefined;
    let analysis: Row<'logEntries'> | undefined;
    for (const e of data?.entries ?? []) {
      if (e.kind === 'daily' && e.date?.startsWith(month)) daily.set(e.date, e);
      if (e.periodStart === `${month}-01` && e.kind === 'monthlyGoal') goal = e;
      if (e.periodStart === `${month}-01` && e.kind === 'monthlyAnalysis') analysis = e;
    }
    return { daily, goal, analysis };
  }, [data, month]);

  // Opening a cadre's month puts the cursor on the first day still to be written, unless the clerk is already typing somewhere.
  const loaded = !!data;
  useEffect(() => {
    if (!loaded || !container.current) return;
    const active = document.activeElement;
    if (active && active !== document.body && !active.closest('.gzt-toolbar')) return;
    const row = [...container.current.querySelectorAll<HTMLElement>('[data-day][data-editable]')].find((r) => !r.querySelector<HTMLTextAreaElement>('[data-field="content"]')?.value);
    row?.querySelector<HTMLElement>('[data-field="content"]')?.focus();
  }, [loaded]);

  if (!data) return <Spin />;
  const amendmentsOf = (e: Row<'logEntries'> | undefined) => (e ? (data.amendments.get(e.id) ?? []) : []);
  const statusOf = (date: string): DayStatus | null => {
    const day = attendance?.get(month)?.days.find((d) => d.date === date);
    if (!day?.status || day.status === 'rest') return null;
    return { label: labelOf(ATTENDANCE_STATUS, day.status), color: STATUS_COLOR[day.status] ?? 'default' };
  };
  const blockedOf = (date: string): string | null =>
    date < period.startDate ? T.entries.beforePost : period.endDate !== null && date > period.endDate ? T.entries.afterPost : date > today ? T.entries.future : null;
  const due = days.filter((d) => d.workday && !blockedOf(d.date)).length;

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const target = e.target as HTMLElement;
    const row = target.closest<HTMLElement>('[data-day]');
    if (!row || !container.current) return;
    const enterInOutcome = e.key === 'Enter' && !e.nativeEvent.isComposing && target.dataset.field === 'outcome';
    const dir = e.key === 'PageDown' || enterInOutcome ? 1 : e.key === 'PageUp' ? -1 : 0;
    if (!dir) return;
    e.preventDefault();
    focusDay(container.current, row.dataset.day!, dir);
  };
  const common = { postingId: posting.id, minWords: rules.minDailyWords, today, onAmend: setAmending };

  return (
    <div ref={container} onKeyDown={onKeyDown} className="gzt-month-sheet">
      {missingYear !== null && <Alert type="warning" showIcon title={T.entries.noCalendar(missingYear)} style={{ marginBottom: 8 }} />}
      <PeriodEntry {...common} kind="monthlyGoal" periodStart={`${month}-01`} title={T.entries.monthlyGoal} placeholder={T.entries.monthlyGoalHint} entry={of.goal} amendments={amendmentsOf(of.goal)} />
      <div className="gzt-toolbar" style={{ margin: '12px 0 4px' }}>
        <Typography.Text type="secondary">{T.entries.keys}</Typography.Text>
        <span className="gzt-spacer" />
        {missingYear === null && <Typography.Text data-testid="month-filled">{T.entries.filled(of.daily.size, due)}</Typography.Text>}
      </div>
      <div className="gzt-days">
        {days.map((day) => {
          const entry = of.daily.get(day.date);
          return <DayRow key={day.date} {...common} day={day} entry={entry} amendments={amendmentsOf(entry)} status={statusOf(day.date)} blocked={blockedOf(day.date)} />;
        })}
      </div>
      <PeriodEntry
        {...common}
        kind="monthlyAnalysis"
        periodStart={`${month}-01`}
        title={T.entries.monthlyAnalysis}
        placeholder={T.entries.monthlyAnalysisHint(rules.monthlyAnalysisDueDay)}
        entry={of.analysis}
        amendments={amendmentsOf(of.analysis)}
      />
      {amending && <AmendDialog entry={amending} amendments={amendmentsOf(amending)} today={today} onClose={() => setAmending(undefined)} />}
    </div>
  );
}
