import { Button, Tag, Typography } from 'antd';
import { formatDateChinese } from '@shared/domain/dates';
import { amendmentsInOrder } from '@shared/domain/rules/record-book-entries';
import type { Row } from '../../../db/database';
import { T } from '../texts';

/** An inspected (locked) entry: the original read-only, its amendments in order, and 更正. */
export function LockedEntry({ entry, amendments, onAmend }: { entry: Row<'logEntries'>; amendments: readonly Row<'logAmendments'>[]; onAmend: () => void }) {
  return (
    <div className="gzt-day-locked" title={T.entries.lockedHint}>
      <div>
        <Tag color="blue">{T.entries.locked}</Tag>
        {amendments.length > 0 && <Typography.Text type="secondary">{T.entries.original}：</Typography.Text>}
        <span>{entry.content}</span>
        {entry.location && <Typography.Text type="secondary">（{entry.location}）</Typography.Text>}
        {entry.outcome && <Typography.Text type="secondary"> {entry.outcome}</Typography.Text>}
        <Button size="small" type="link" onClick={onAmend}>
          {T.entries.amend}
        </Button>
      </div>
      {amendmentsInOrder(amendments).map((a) => (
        <div key={a.id} className="gzt-amendment">
          <Typography.Text strong>{T.entries.amendedOn(formatDateChinese(a.amendedOn))}：</Typography.Text>
          {a.content}
          {a.location && `（${a.location}）`} <Typography.Text type="secondary">{T.entries.amendReason(a.reason)}</Typography.Text>
        </div>
      ))}
    </div>
  );
}
