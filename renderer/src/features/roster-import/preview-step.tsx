import { Alert, Button, Checkbox, Segmented, Space, Spin, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useState } from 'react';
import { cellText } from '@shared/import/roster-cells';
import type { RosterColumnKey, RosterFieldKey } from '@shared/import/roster-columns';
import { SKIP_REASON, type RosterIssue, type RosterPreviewRow, type RosterRowStatus } from '@shared/import/roster-import';
import { RowEditor } from './row-editor';
import type { RosterImportState } from './use-roster-import';
import { T } from './texts';
import './roster-import.css';

const STATUS_COLOR: Record<RosterRowStatus, string> = { ok: 'success', warning: 'warning', error: 'error', skipped: 'default' };
/** Above this many rows the table renders only what is on screen. */
const VIRTUAL_FROM = 200;

/** The key columns shown in the preview; `also` are combined columns whose problems show in this cell. */
const KEY_COLUMNS: { field: RosterFieldKey; title: string; width: number; also?: RosterColumnKey[] }[] = [
  { field: 'name', title: T.previewColumn.name, width: 90 },
  { field: 'idCardNo', title: T.previewColumn.idCardNo, width: 170 },
  { field: 'homeUnit', title: T.previewColumn.homeUnit, width: 130, also: ['homeUnitAndPost'] },
  { field: 'receivingUnit', title: T.previewColumn.receivingUnit, width: 130, also: ['receivingUnitAndPost'] },
  { field: 'secondedPost', title: T.previewColumn.secondedPost, width: 130 },
  { field: 'startDate', title: T.previewColumn.startDate, width: 110, also: ['postingPeriod'] },
];

function issuesAt(list: readonly RosterIssue[], fields: readonly (RosterColumnKey | null)[]): RosterIssue[] {
  return list.filter((i) => fields.includes(i.field));
}

/** A key cell: what the clerk typed; red with the reason in a tooltip when the cell is bad. */
function KeyCell(props: { row: RosterPreviewRow; field: RosterFieldKey; also?: RosterColumnKey[] }) {
  const fields = [props.field, ...(props.also ?? [])];
  const errors = issuesAt(props.row.errors, fields);
  const warnings = issuesAt(props.row.warnings, fields);
  const text = cellText(props.row.cells[props.field]?.text);
  if (errors.length === 0 && warnings.length === 0) return <span>{text}</span>;
  const type = errors.length ? 'danger' : 'warning';
  return (
    <Tooltip title={[...errors, ...warnings].map((i) => i.message).join('\n')}>
      <Typography.Text type={type} underline style={{ cursor: 'help' }}>
        {text || T.blank}
      </Typography.Text>
    </Tooltip>
  );
}

function CadreTag({ row }: { row: RosterPreviewRow }) {
  const plan = row.cadre;
  if (plan?.action === 'update')
    return (
      <Tooltip title={T.changes(plan.changes.map((c) => `${c.label}（${c.before} → ${c.after}）`).join('；'))}>
        <Tag color="orange">{T.cadreUpdate}</Tag>
      </Tooltip>
    );
  if (plan?.action === 'reuse' || (!plan && row.matchedCadre)) return <Tag>{T.cadreReuse}</Tag>;
  return <Tag color="blue">{T.cadreCreate}</Tag>;
}

function keyColumn(c: (typeof KEY_COLUMNS)[number], fixed: boolean): ColumnsType<RosterPreviewRow>[number] {
  return {
    title: c.title,
    width: c.width,
    ...(fixed ? { fixed: 'left' as const } : {}),
    render: (_: unknown, r: RosterPreviewRow) => <KeyCell row={r} field={c.field} {...(c.also ? { also: c.also } : {})} />,
  };
}

/** Step 3: every row with its status and problems; skip, restore and correct rows; the clerk's options. */
export function PreviewStep({ state }: { state: RosterImportState }) {
  const { preview, summary, mapping } = state;
  const [filter, setFilter] = useState<'all' | 'errors'>('all');
  const [editing, setEditing] = useState<number | null>(null);
  const rows = useMemo(() => (preview ? (filter === 'errors' ? preview.rows.filter((r) => r.status === 'error') : preview.rows) : []), [preview, filter]);

  const columns: ColumnsType<RosterPreviewRow> = [
    { title: T.colRow, dataIndex: 'rowNumber', width: 64, fixed: 'left' },
    {
      title: T.colStatus,
      width: 84,
      fixed: 'left',
      render: (_, r) => (
        <Tooltip title={r.skipReason ?? undefined}>
          <Tag color={STATUS_COLOR[r.status]}>{T.status[r.status]}</Tag>
        </Tooltip>
      ),
    },
    ...KEY_COLUMNS.slice(0, 1).map((c) => keyColumn(c, true)),
    {
      title: T.colProblems,
      width: 360,
      render: (_, r) => (
        <div>
          {r.errors.map((i) => (
            <div key={`e${i.message}`}>
              <Typography.Text type="danger">{i.message}</Typography.Text>
            </div>
          ))}
          {r.warnings.map((i) => (
            <div key={`w${i.message}`}>
              <Typography.Text type="warning">{i.message}</Typography.Text>
            </div>
          ))}
        </div>
      ),
    },
    ...KEY_COLUMNS.slice(1).map((c) => keyColumn(c, false)),
    { title: T.colCadre, width: 70, render: (_, r) => <CadreTag row={r} /> },
    {
      title: T.colActions,
      width: 120,
      fixed: 'right',
      render: (_, r) => (
        <Space size={0}>
          <Button type="link" size="small" aria-label={T.editRow(r.rowNumber)} onClick={() => setEditing(r.rowNumber)}>
            {T.edit}
          </Button>
          {r.skipReason === SKIP_REASON.byClerk ? (
            <Button type="link" size="small" aria-label={T.restoreRow(r.rowNumber)} onClick={() => state.restore(r.rowNumber)}>
              {T.restore}
            </Button>
          ) : r.status !== 'skipped' ? (
            <Button type="link" size="small" aria-label={T.skipRow(r.rowNumber)} onClick={() => state.skip(r.rowNumber)}>
              {T.skip}
            </Button>
          ) : null}
        </Space>
      ),
    },
  ];

  if (!preview || !summary || !mapping) return <Spin description={T.loading}><div style={{ height: 200 }} /></Spin>;
  const editingRow = editing === null ? undefined : preview.rows.find((r) => r.rowNumber === editing);
  const newUnits = preview.unitsToCreate.map((u) => u.input.name).join('、');
  return (
    <Space orientation="vertical" size="small" style={{ width: '100%' }}>
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Text strong role="status">
          {T.summary(summary)}
        </Typography.Text>
        <Space wrap>
          <Checkbox checked={state.createMissingUnits} onChange={(e) => state.setCreateMissingUnits(e.target.checked)}>
            {T.createMissingUnits}
          </Checkbox>
          <Segmented<'all' | 'errors'>
            value={filter}
            onChange={setFilter}
            options={[
              { value: 'all', label: T.filterAll },
              { value: 'errors', label: T.filterErrors },
            ]}
          />
          <Button danger disabled={summary.error === 0} onClick={state.skipAllErrors}>
            {T.skipAllErrors}
          </Button>
        </Space>
      </Space>
      {preview.notices.map((n) => (
        <Alert key={n} type="info" showIcon title={n} />
      ))}
      {preview.ignoredRows.length > 0 && <Typography.Text type="secondary">{T.ignored(preview.ignoredRows.length)}</Typography.Text>}
      {state.createMissingUnits && newUnits && <Alert type="warning" showIcon title={T.unitsToCreate(newUnits)} />}
      <div role="region" aria-label={T.previewTable}>
        <Table<RosterPreviewRow>
          size="small"
          rowKey="rowNumber"
          loading={state.previewStale}
          virtual={preview.rows.length > VIRTUAL_FROM}
          pagination={false}
          scroll={{ x: 1450, y: 400 }}
          dataSource={rows}
          columns={columns}
          rowClassName={(r) => (r.status === 'skipped' ? 'gzt-row-skipped' : '')}
        />
      </div>
      {editingRow && (
        <RowEditor
          row={editingRow}
          cells={state.rows[editingRow.rowNumber - 1] ?? []}
          mapping={mapping}
          onCancel={() => setEditing(null)}
          onSave={(changed) => {
            state.editRow(editingRow.rowNumber, changed);
            setEditing(null);
          }}
        />
      )}
    </Space>
  );
}
