import { Button, Select, Space, Tag, Tooltip } from 'antd';
import { memo, useEffect, useRef } from 'react';
import type { RosterCompositeKey } from '@shared/import/roster-columns';
import { SKIP_REASON, type RosterRowStatus } from '@shared/import/roster-import';
import type { RosterIssueView, RosterRowView } from '@shared/import/roster-session';
import { T } from './texts';

const STATUS_COLOR: Record<RosterRowStatus, string> = { ok: 'success', warning: 'warning', error: 'error', skipped: 'default' };

type KeyCell = keyof RosterRowView['cells'];

/** The key columns: what the clerk typed; red (errors) or orange (warnings) when the cell has a problem. */
const KEY_COLUMNS: { key: 'idCardNo' | KeyCell; title: string; width: number; fields: string[] }[] = [
  { key: 'idCardNo', title: T.previewColumn.idCardNo, width: 170, fields: ['idCardNo'] },
  { key: 'homeUnit', title: T.previewColumn.homeUnit, width: 130, fields: ['homeUnit', 'homeUnitAndPost'] },
  { key: 'receivingUnit', title: T.previewColumn.receivingUnit, width: 130, fields: ['receivingUnit', 'receivingUnitAndPost'] },
  { key: 'secondedPost', title: T.previewColumn.secondedPost, width: 130, fields: ['secondedPost'] },
  { key: 'startDate', title: T.previewColumn.startDate, width: 100, fields: ['startDate', 'postingPeriod'] },
];

/** What the list can do with a row. */
export interface PreviewActions {
  /** While the rows are checked again, nothing can be changed. */
  disabled: boolean;
  onEdit: (rowNumber: number) => void;
  onSkip: (rowNumber: number) => void;
  onRestore: (rowNumber: number) => void;
  onReading: (rowNumber: number, key: RosterCompositeKey, index: number) => void;
}

function Flagged(props: { text: string; errors: RosterIssueView[]; warnings: RosterIssueView[] }) {
  if (!props.errors.length && !props.warnings.length) return <span>{props.text}</span>;
  return (
    <Tooltip title={[...props.errors, ...props.warnings].map((i) => i.message).join('\n')}>
      <span className={`gzt-rimport-flagged ${props.errors.length ? 'gzt-rimport-error' : 'gzt-rimport-warning'}`}>{props.text || T.blank}</span>
    </Tooltip>
  );
}

function CadreTag({ row }: { row: RosterRowView }) {
  switch (row.cadreAction) {
    case 'create':
      return <Tag color="blue">{T.cadreCreate}</Tag>;
    case 'update':
      return <Tag color="orange">{T.cadreUpdate}</Tag>;
    case 'sameAsRow':
      return <Tag color="blue">{T.cadreSameAsRow(row.sameAsRow ?? 0)}</Tag>;
    case 'reuse':
      return <Tag>{T.cadreReuse}</Tag>;
    default:
      return null;
  }
}

/** Problems, changes to records on file, what the import will do, and the choices of a row. */
function Details({ row, actions }: { row: RosterRowView; actions: PreviewActions }) {
  return (
    <div className="gzt-rimport-details">
      {row.errors.map((i) => (
        <div key={`e${i.message}`} className="gzt-rimport-error">
          {i.message}
        </div>
      ))}
      {row.warnings.map((i) => (
        <div key={`w${i.message}`} className="gzt-rimport-warning">
          {i.message}
        </div>
      ))}
      {row.choices.map((c) => (
        <div key={c.key}>
          <Space size={4} wrap>
            <span>{T.readingLabel}</span>
            <Select<number>
              size="small"
              aria-label={T.readingOf(row.rowNumber)}
              disabled={actions.disabled}
              value={c.chosen}
              popupMatchSelectWidth={false}
              style={{ minWidth: 260 }}
              onChange={(index) => actions.onReading(row.rowNumber, c.key, index)}
              options={c.options.map((label, value) => ({ value, label }))}
            />
          </Space>
        </div>
      ))}
      {row.changes.length > 0 && (
        <div className="gzt-rimport-changes">
          {T.changesTitle}
          {row.changes.map((c) => (
            <div key={c.field}>{T.change(c.label, c.before, c.after)}</div>
          ))}
        </div>
      )}
      {row.pending.length > 0 && <Tag color="gold">{T.pending(row.pending.join('、'))}</Tag>}
      {row.notes.map((n) => (
        <div key={n} className="gzt-rimport-note">
          {n}
        </div>
      ))}
      {row.skipReason && row.skipReason !== SKIP_REASON.byClerk && <div className="gzt-rimport-note">{row.skipReason}</div>}
    </div>
  );
}

const PreviewRow = memo(function PreviewRow(props: { row: RosterRowView; actions: PreviewActions }) {
  const { row, actions } = props;
  const at = (fields: string[]) => ({
    errors: row.errors.filter((i) => i.field !== null && fields.includes(i.field)),
    warnings: row.warnings.filter((i) => i.field !== null && fields.includes(i.field)),
  });
  return (
    <>
      <div className="gzt-rimport-cell" style={{ width: 56 }}>
        {row.rowNumber}
      </div>
      <div className="gzt-rimport-cell" style={{ width: 76 }}>
        <Tag color={STATUS_COLOR[row.status]} title={row.skipReason ?? undefined}>
          {T.status[row.status]}
        </Tag>
      </div>
      <div className="gzt-rimport-cell" style={{ width: 90 }}>
        <Flagged text={row.name} {...at(['name'])} />
      </div>
      <div className="gzt-rimport-cell gzt-rimport-grow">
        <Details row={row} actions={actions} />
      </div>
      {KEY_COLUMNS.map((c) => (
        <div key={c.key} className="gzt-rimport-cell" style={{ width: c.width }}>
          <Flagged text={c.key === 'idCardNo' ? row.idCardNo : (row.cells[c.key] ?? '')} {...at(c.fields)} />
        </div>
      ))}
      <div className="gzt-rimport-cell" style={{ width: 76 }}>
        <CadreTag row={row} />
      </div>
      <div className="gzt-rimport-cell" style={{ width: 112 }}>
        <Space size={0}>
          <Button type="link" size="small" aria-label={T.editRow(row.rowNumber)} disabled={actions.disabled} onClick={() => actions.onEdit(row.rowNumber)}>
            {T.edit}
          </Button>
          {row.skipReason === SKIP_REASON.byClerk ? (
            <Button type="link" size="small" aria-label={T.restoreRow(row.rowNumber)} disabled={actions.disabled} onClick={() => actions.onRestore(row.rowNumber)}>
              {T.restore}
            </Button>
          ) : row.status !== 'skipped' ? (
            <Button type="link" size="small" aria-label={T.skipRow(row.rowNumber)} disabled={actions.disabled} onClick={() => actions.onSkip(row.rowNumber)}>
              {T.skip}
            </Button>
          ) : null}
        </Space>
      </div>
    </>
  );
});

function Header() {
  return (
    <div className="gzt-rimport-head" role="row">
      {[
        [T.colRow, 56],
        [T.colStatus, 76],
        [T.previewColumn.name, 90],
        [T.colProblems, 0],
        ...KEY_COLUMNS.map((c) => [c.title, c.width] as const),
        [T.colCadre, 76],
        [T.colActions, 112],
      ].map(([title, width]) => (
        <div key={String(title)} role="columnheader" className={`gzt-rimport-cell${width ? '' : ' gzt-rimport-grow'}`} style={width ? { width: Number(width) } : undefined}>
          {title}
        </div>
      ))}
    </div>
  );
}

/**
 * The rows of one page of the preview (at most 100: the worker holds the rest, so 50,000 rows
 * cost the page what 50 do).
 */
export function PreviewList(props: { rows: readonly RosterRowView[]; actions: PreviewActions; label: string; pageKey: string }) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const shownKey = useRef(props.pageKey);
  // Another page or filter starts at its top (an edit keeps the place).
  useEffect(() => {
    if (shownKey.current === props.pageKey) return;
    shownKey.current = props.pageKey;
    scrollRef.current?.scrollTo?.({ top: 0 });
  }, [props.pageKey]);
  return (
    <div ref={scrollRef} className="gzt-rimport-list" role="region" aria-label={props.label}>
      <div className="gzt-rimport-inner" role="table">
        <Header />
        {props.rows.length === 0 && <div className="gzt-rimport-empty">{T.noRows}</div>}
        {props.rows.map((r) => (
          <div key={r.rowNumber} className={`gzt-rimport-row${r.status === 'skipped' ? ' gzt-row-skipped' : ''}`} role="row" style={{ position: 'relative' }}>
            <PreviewRow row={r} actions={props.actions} />
          </div>
        ))}
      </div>
    </div>
  );
}
