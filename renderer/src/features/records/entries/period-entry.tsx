import { Card, Input } from 'antd';
import { useCallback, useMemo } from 'react';
import { useStore } from '../../../app/store-context';
import type { Row } from '../../../db/database';
import { saveLogEntry } from '../../../db/operations';
import { draftKey, draftOf, type EntryDraft } from './drafts';
import { EntryStatus } from './entry-status';
import { LockedEntry } from './locked-entry';
import { useAutosave } from './use-autosave';

interface PeriodEntryProps {
  postingId: string;
  /** LOG_KIND of a period entry: monthlyGoal, monthlyAnalysis, quarterlySummary … */
  kind: string;
  /** First day of the period (the entry's key). */
  periodStart: string;
  title: string;
  placeholder: string;
  entry: Row<'logEntries'> | undefined;
  amendments: readonly Row<'logAmendments'>[];
  minWords: number;
  today: string;
  onAmend: (entry: Row<'logEntries'>) => void;
}

function PeriodFields({ postingId, kind, periodStart, title, placeholder, entry, minWords, today }: PeriodEntryProps) {
  const store = useStore();
  const stored = useMemo(() => draftOf(entry), [entry]);
  const save = useCallback((v: EntryDraft) => saveLogEntry(store, { postingId, kind, periodStart, content: v.content }, today), [store, postingId, kind, periodStart, today]);
  const { value, change, flush, state, error } = useAutosave({ draftKey: draftKey(postingId, kind, periodStart), stored, save });
  return (
    <div onBlur={(e) => !e.currentTarget.contains(e.relatedTarget as Node | null) && void flush()}>
      <Input.TextArea data-field="content" data-kind={kind} aria-label={title} placeholder={placeholder} autoSize={{ minRows: 3, maxRows: 16 }} value={value.content} onChange={(e) => change({ content: e.target.value })} />
      <EntryStatus content={value.content} minWords={minWords} state={state} error={error} hint={false} />
    </div>
  );
}

/** A 纪实 of a period (月度工作任务, 月工作记实分析, 季度个人小结 …) as a card with one autosaved text. */
export function PeriodEntry(props: PeriodEntryProps) {
  return (
    <Card size="small" title={props.title} className="gzt-period-entry">
      {props.entry?.locked ? <LockedEntry entry={props.entry} amendments={props.amendments} onAmend={() => props.onAmend(props.entry!)} /> : <PeriodFields {...props} />}
    </Card>
  );
}
