import { Input, Select, Tag, Typography } from 'antd';
import { useCallback, useMemo } from 'react';
import { LOG_CATEGORY } from '@shared/domain/enums';
import { formatDateChinese } from '@shared/domain/dates';
import { useStore } from '../../../app/store-context';
import type { Row } from '../../../db/database';
import { saveLogEntry } from '../../../db/operations';
import { T } from '../texts';
import { draftKey, draftOf, type EntryDraft } from './drafts';
import { EntryStatus } from './entry-status';
import { LockedEntry } from './locked-entry';
import type { SheetDay } from './month-days';
import { useAutosave } from './use-autosave';

const CATEGORY_OPTIONS = LOG_CATEGORY.items.map((i) => ({ value: i.code, label: i.label }));

/** What the row shows beside the date: the day's attendance status (label and colour). */
export interface DayStatus {
  label: string;
  color: string;
}

interface DayRowProps {
  day: SheetDay;
  postingId: string;
  entry: Row<'logEntries'> | undefined;
  amendments: readonly Row<'logAmendments'>[];
  status: DayStatus | null;
  /** Why the day takes no entry (before or after the post, in the future), or null. */
  blocked: string | null;
  minWords: number;
  today: string;
  onAmend: (entry: Row<'logEntries'>) => void;
}

function DayHead({ day, status }: { day: SheetDay; status: DayStatus | null }) {
  return (
    <div className="gzt-day-head">
      <div>
        <b className="gzt-day-number">{T.entries.dayOfMonth(day.day)}</b> <span>{T.entries.weekday(day.weekdayLabel)}</span>
      </div>
      <div className="gzt-day-tags">
        {day.holiday && <Tag color="red">{day.holidayName ?? T.entries.rest}</Tag>}
        {day.makeUpWorkday && <Tag color="orange">{T.entries.work}</Tag>}
        {status && <Tag color={status.color}>{status.label}</Tag>}
      </div>
    </div>
  );
}

/** The editable 日纪实 of one day, autosaved. */
function DayFields({ day, postingId, entry, minWords, today }: Pick<DayRowProps, 'day' | 'postingId' | 'entry' | 'minWords' | 'today'>) {
  const store = useStore();
  const stored = useMemo(() => draftOf(entry), [entry]);
  const save = useCallback(
    (v: EntryDraft) => saveLogEntry(store, { postingId, kind: 'daily', date: day.date, content: v.content, location: v.location, outcome: v.outcome, category: v.category }, today),
    [store, postingId, day.date, today],
  );
  const ready = useCallback((v: EntryDraft) => v.content.trim() !== '' || (!v.location.trim() && !v.outcome.trim() && v.category.length === 0), []);
  const { value, change, flush, state, error } = useAutosave({ draftKey: draftKey(postingId, 'daily', day.date), stored, save, ready });
  return (
    <div
      className="gzt-day-fields"
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) void flush();
      }}
    >
      <div className="gzt-day-content">
        <Input.TextArea
          data-field="content"
          aria-label={`${formatDateChinese(day.date)} ${T.entries.content}`}
          placeholder={T.entries.contentPlaceholder}
          autoSize={{ minRows: 1, maxRows: 8 }}
          value={value.content}
          onChange={(e) => change({ content: e.target.value })}
        />
        <EntryStatus content={value.content} minWords={minWords} state={state} error={error} />
      </div>
      <Input data-field="location" aria-label={`${formatDateChinese(day.date)} ${T.entries.location}`} placeholder={T.entries.location} value={value.location} onChange={(e) => change({ location: e.target.value })} />
      <Input data-field="outcome" aria-label={`${formatDateChinese(day.date)} ${T.entries.outcome}`} placeholder={T.entries.outcome} value={value.outcome} onChange={(e) => change({ outcome: e.target.value })} />
      <Select
        mode="multiple"
        aria-label={`${formatDateChinese(day.date)} ${T.entries.category}`}
        placeholder={T.entries.category}
        options={CATEGORY_OPTIONS}
        value={value.category}
        onChange={(category) => change({ category })}
        maxTagCount="responsive"
      />
    </div>
  );
}

/** One day of the month: date, weekday, holiday mark, attendance, and its entry (editable, locked or closed). */
export function DayRow(props: DayRowProps) {
  const { day, entry, blocked } = props;
  const rest = day.workday === false;
  return (
    <div className={`gzt-day${rest ? ' gzt-day-rest' : ''}${blocked ? ' gzt-day-blocked' : ''}`} data-day={day.date} data-editable={blocked || entry?.locked ? undefined : '1'}>
      <DayHead day={day} status={props.status} />
      {blocked && !entry ? (
        <Typography.Text type="secondary" className="gzt-day-closed">
          {blocked}
        </Typography.Text>
      ) : entry?.locked ? (
        <LockedEntry entry={entry} amendments={props.amendments} onAmend={() => props.onAmend(entry)} />
      ) : (
        <DayFields {...props} />
      )}
    </div>
  );
}
