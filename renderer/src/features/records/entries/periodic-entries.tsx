import { Col, Row as GridRow, Spin, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { attendancePeriod } from '@shared/domain/rules/attendance';
import type { RecordBookRuleSet } from '@shared/domain/rules/record-book';
import { entryPeriod } from '@shared/domain/rules/record-book-entries';
import { useStore } from '../../../app/store-context';
import type { Row } from '../../../db/database';
import { loadPostingEntries } from '../../../db/queries/log-entries';
import { T } from '../texts';
import { AmendDialog } from './amend-dialog';
import { shiftMonth } from './month-days';
import { PeriodEntry } from './period-entry';

/** The quarters (first days) and years a posting covers up to `until`. */
function periodsOf(posting: Row<'postings'>, until: string): { quarters: string[]; years: string[] } {
  const end = attendancePeriod(posting).endDate ?? posting.plannedEndDate;
  const last = end < until ? end : until;
  const quarters: string[] = [];
  for (let q = entryPeriod('quarterlySummary', posting.startDate).periodStart; q <= last; q = `${shiftMonth(q.slice(0, 7), 3)}-01`) quarters.push(q);
  const years: string[] = [];
  for (let y = Number(posting.startDate.slice(0, 4)); y <= Number(end.slice(0, 4)); y++) years.push(`${y}-01-01`);
  return { quarters, years };
}

/** 季度个人小结, 年度工作目标 and 年度总结 by period, and the 挂职锻炼总结: one autosaved text each. */
export function PeriodicEntries({ posting, today, rules }: { posting: Row<'postings'>; today: string; rules: RecordBookRuleSet }) {
  const store = useStore();
  const data = useLiveQuery(() => loadPostingEntries(store.db, posting.id), [store, posting.id]);
  const [amending, setAmending] = useState<Row<'logEntries'>>();
  const { quarters, years } = useMemo(() => periodsOf(posting, today), [posting, today]);
  if (!data) return <Spin />;
  const find = (kind: string, periodStart: string) => data.entries.find((e) => e.kind === kind && e.periodStart === periodStart);
  const common = { postingId: posting.id, minWords: rules.minDailyWords, today, onAmend: setAmending };
  const card = (kind: string, periodStart: string, title: string) => {
    const entry = find(kind, periodStart);
    return <PeriodEntry key={`${kind}-${periodStart}`} {...common} kind={kind} periodStart={periodStart} title={title} placeholder={title} entry={entry} amendments={entry ? (data.amendments.get(entry.id) ?? []) : []} />;
  };
  const P = T.entries.periodic;
  const term = entryPeriod('finalSummary', posting.startDate, posting).periodStart;
  return (
    <GridRow gutter={[16, 12]}>
      <Col xs={24} xl={12}>
        <Typography.Title level={5}>{P.annualGoal}</Typography.Title>
        {years.map((y) => card('annualGoal', y, `${P.year(y.slice(0, 4))}${P.annualGoal}`))}
        <Typography.Title level={5}>{P.annualSummary}</Typography.Title>
        {years.filter((y) => y <= today).map((y) => card('annualSummary', y, `${P.year(y.slice(0, 4))}${P.annualSummary}`))}
        <Typography.Title level={5}>{P.finalSummary}</Typography.Title>
        {card('finalSummary', term, P.finalSummary)}
      </Col>
      <Col xs={24} xl={12}>
        <Typography.Title level={5}>{P.quarterlySummary}</Typography.Title>
        {[...quarters].reverse().map((q) => card('quarterlySummary', q, `${P.quarter(q.slice(0, 4), (Number(q.slice(5, 7)) + 2) / 3)}${P.quarterlySummary}`))}
      </Col>
      {amending && <AmendDialog entry={amending} amendments={data.amendments.get(amending.id) ?? []} today={today} onClose={() => setAmending(undefined)} />}
    </GridRow>
  );
}
