import { Typography } from 'antd';
import { entryWordCount, shortEntryHint } from '@shared/domain/rules/record-book';
import { T } from '../texts';
import type { SaveState } from './use-autosave';

/** Under an entry: its word count, the short-entry hint, and whether it is saved. */
export function EntryStatus({ content, minWords, state, error, hint = true }: { content: string; minWords: number; state: SaveState; error: string | null; hint?: boolean }) {
  const short = hint && content.trim() ? shortEntryHint(content, minWords) : null;
  return (
    <div className="gzt-entry-status">
      <Typography.Text type="secondary">{T.entries.words(entryWordCount(content))}</Typography.Text>
      {short && <Typography.Text type="warning">{short}</Typography.Text>}
      <span className="gzt-spacer" />
      {state === 'failed' ? (
        <Typography.Text type="danger" role="alert">
          {T.entries.state.failed}：{error}（{T.entries.draftKept}）
        </Typography.Text>
      ) : (
        <Typography.Text type={state === 'waiting' ? 'warning' : 'secondary'} data-save-state={state}>
          {state === 'saved' && !content.trim() ? '' : T.entries.state[state]}
        </Typography.Text>
      )}
    </div>
  );
}
