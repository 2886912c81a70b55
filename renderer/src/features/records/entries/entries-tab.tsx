import { Button, Empty, Segmented, Space, Spin, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { monthOf, todayIso } from '@shared/domain/dates';
import { attendancePeriod } from '@shared/domain/rules/attendance';
import { recordBookRulesOf } from '@shared/domain/rules/record-book-settings';
import { navigate, type Route } from '../../../app/routes';
import { useStore } from '../../../app/store-context';
import type { Row } from '../../../db/database';
import { loadRecordPosting } from '../../../db/queries/log-entries';
import { loadRecordBookSettings } from '../../../db/queries/record-book-settings';
import { PostingPicker } from '../posting-picker';
import { T } from '../texts';
import { ListEntries } from './list-entries';
import { MonthSheet } from './month-sheet';
import { shiftMonth } from './month-days';
import { PeriodicEntries } from './periodic-entries';

type View = 'daily' | 'periodic' | 'lists';
const VIEWS: View[] = ['daily', 'periodic', 'lists'];

/** The month to open for a posting: this month while on post, else its last month. */
function defaultMonth(posting: Row<'postings'>, today: string): string {
  const { startDate, endDate } = attendancePeriod(posting);
  if (today < startDate) return monthOf(startDate);
  if (endDate !== null && endDate < today) return monthOf(endDate);
  return monthOf(today);
}

/** 纪实手册 → 工作纪实: pick a cadre, then transcribe month by month (or the other kinds of 纪实). */
export function EntriesTab({ route }: { route: Route }) {
  const store = useStore();
  const today = todayIso();
  const postingId = route.params.posting;
  const record = useLiveQuery(() => loadRecordPosting(store.db, postingId), [store, postingId]);
  const settings = useLiveQuery(() => loadRecordBookSettings(store.db), [store]);
  const view: View = VIEWS.includes(route.params.view as View) ? (route.params.view as View) : 'daily';
  const go = (params: Record<string, string | undefined>) =>
    navigate({ section: 'records', tab: 'entries', params: Object.fromEntries(Object.entries({ ...route.params, ...params }).filter(([, v]) => v !== undefined)) as Record<string, string> });
  const month = route.params.month && /^\d{4}-\d{2}$/.test(route.params.month) ? route.params.month : record ? defaultMonth(record.posting, today) : monthOf(today);
  const rules = recordBookRulesOf(settings);

  return (
    <div>
      <div className="gzt-toolbar">
        <PostingPicker value={postingId} onChange={(id) => go({ posting: id, month: undefined })} />
        {record && (
          <Segmented<View> value={view} onChange={(v) => go({ view: v })} options={VIEWS.map((v) => ({ value: v, label: T.entries.kinds[v] }))} />
        )}
        {record && view === 'daily' && (
          <Space.Compact>
            <Button onClick={() => go({ month: shiftMonth(month, -1) })}>{T.entries.previousMonth}</Button>
            <Button disabled style={{ color: 'inherit', minWidth: 110 }} data-testid="records-month">
              {T.entries.monthLabel(month)}
            </Button>
            <Button onClick={() => go({ month: shiftMonth(month, 1) })}>{T.entries.nextMonth}</Button>
          </Space.Compact>
        )}
      </div>
      {!postingId ? (
        <Empty description={T.entries.chooseFirst} />
      ) : record === undefined && settings === undefined ? (
        <Spin />
      ) : !record ? (
        <Empty description={T.entries.chooseFirst} />
      ) : (
        <>
          <Typography.Title level={5} style={{ marginTop: 0 }}>
            {T.entries.heading(record.cadre.name, record.unitName, record.posting.secondedPost)}
          </Typography.Title>
          {view === 'daily' && <MonthSheet key={`${record.posting.id}-${month}`} posting={record.posting} month={month} today={today} rules={rules} />}
          {view === 'periodic' && <PeriodicEntries posting={record.posting} today={today} rules={rules} />}
          {view === 'lists' && <ListEntries posting={record.posting} today={today} />}
        </>
      )}
    </div>
  );
}
