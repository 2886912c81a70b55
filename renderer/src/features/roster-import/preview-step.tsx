import { Alert, Button, Checkbox, Pagination, Progress, Segmented, Select, Space, Spin, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { labelOf } from '@shared/domain/codes';
import { POSTING_STATUS, POSTING_TYPE, UNIT_LEVEL } from '@shared/domain/enums';
import type { EndedStatus } from '@shared/import/roster-import';
import type { RosterRowFields, RosterRowFilter } from '@shared/import/roster-session';
import { PreviewList, type PreviewActions } from './preview-list';
import { RowEditor } from './row-editor';
import { PAGE_SIZES, type RosterImportState } from './use-roster-import';
import { T } from './texts';
import './roster-import.css';

const ENDED_STATUSES: EndedStatus[] = ['completed', 'terminated', 'recalled'];
const POSTING_TYPE_OPTIONS = POSTING_TYPE.items.map((i) => ({ value: i.code, label: i.label }));
const ENDED_STATUS_OPTIONS = ENDED_STATUSES.map((s) => ({ value: s, label: labelOf(POSTING_STATUS, s) }));

/**
 * Step 3: every row with its status, problems and what the import changes; skip, restore, correct
 * rows (every field, also those the file lacks), choose a reading of a unit-and-post cell; the
 * options every row depends on. Validation runs in a Web Worker with a progress bar; the rows are
 * shown a page at a time, each page asked of the worker.
 */
export function PreviewStep({ state }: { state: RosterImportState }) {
  const { page, view, meta, summary, validation, options } = state;
  const [editing, setEditing] = useState<{ rowNumber: number; fields: RosterRowFields } | null>(null);
  const { rowFields, skip, restore, chooseReading, previewStale } = state;
  const actions: PreviewActions = useMemo(
    () => ({
      disabled: previewStale,
      onEdit: (rowNumber) => void rowFields(rowNumber).then((fields) => setEditing({ rowNumber, fields })),
      onSkip: skip,
      onRestore: restore,
      onReading: chooseReading,
    }),
    [rowFields, skip, restore, chooseReading, previewStale],
  );

  if (validation.kind === 'failed') return <Alert type="error" showIcon title={T.validationFailed(validation.message)} />;
  const progress =
    validation.kind === 'validating' ? (
      <div role="status">
        <Typography.Text>{T.validating(validation.done, validation.total)}</Typography.Text>
        <Progress percent={Math.floor((validation.done * 100) / Math.max(validation.total, 1))} />
      </div>
    ) : validation.kind === 'loading' ? (
      <Spin description={T.loadingData}>
        <div style={{ height: 120 }} />
      </Spin>
    ) : null;
  if (!meta || !summary) return progress ?? <Spin description={T.loading}><div style={{ height: 200 }} /></Spin>;
  const editingRow = editing ? page.rows.find((r) => r.rowNumber === editing.rowNumber) : undefined;
  const counts = meta.filterCounts;
  const newUnits = meta.unitsToCreate.map((u) => T.unitLevel(u.name, labelOf(UNIT_LEVEL, u.level), u.inCounty)).join('、');
  return (
    <Space orientation="vertical" size="small" style={{ width: '100%' }}>
      <div>
        <Typography.Text strong role="status">
          {T.summary(summary)}
        </Typography.Text>
        <br />
        <Typography.Text type="secondary">{T.counts(summary)}</Typography.Text>
      </div>
      <Space wrap>
        <Checkbox checked={options.createMissingUnits} onChange={(e) => state.setOption('createMissingUnits', e.target.checked)}>
          {T.createMissingUnits}
        </Checkbox>
        <span>{T.defaultPostingType}</span>
        <Select<string>
          size="small"
          aria-label={T.defaultPostingType}
          style={{ width: 150 }}
          value={options.defaultPostingType}
          onChange={(v) => state.setOption('defaultPostingType', v)}
          options={POSTING_TYPE_OPTIONS}
        />
        <span>{T.endedStatus}</span>
        <Select<EndedStatus>
          size="small"
          aria-label={T.endedStatus}
          style={{ width: 120 }}
          value={options.endedStatus}
          onChange={(v) => state.setOption('endedStatus', v)}
          options={ENDED_STATUS_OPTIONS}
        />
      </Space>
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Segmented<RosterRowFilter>
          value={view.filter}
          onChange={(filter) => state.setView({ filter })}
          options={[
            { value: 'all', label: T.filterAll(counts.all) },
            { value: 'errors', label: T.filterErrors(counts.errors) },
            { value: 'pending', label: T.filterPending(counts.pending) },
          ]}
        />
        <Button danger disabled={summary.error === 0 || state.previewStale} onClick={state.skipAllErrors}>
          {T.skipAllErrors}
        </Button>
      </Space>
      {progress}
      {meta.notices.map((n) => (
        <Alert key={n} type="info" showIcon title={n} />
      ))}
      {meta.ignoredRows.length > 0 && <Typography.Text type="secondary">{T.ignored(meta.ignoredRows.length)}</Typography.Text>}
      {options.createMissingUnits && newUnits && <Alert type="warning" showIcon title={T.unitsToCreate(newUnits)} />}
      <PreviewList rows={page.rows} actions={actions} label={T.previewTable} pageKey={`${view.filter}:${view.page}:${view.pageSize}`} />
      {page.total > PAGE_SIZES[0] && (
        <Pagination
          size="small"
          align="end"
          current={view.page + 1}
          pageSize={view.pageSize}
          total={page.total}
          pageSizeOptions={PAGE_SIZES.map(String)}
          showSizeChanger
          showQuickJumper
          showTotal={(total, [from, to]) => T.pageRange(from, to, total)}
          onChange={(p, size) => state.setView(size !== view.pageSize ? { pageSize: size } : { page: p - 1 })}
        />
      )}
      {editing && editingRow && state.mapping && (
        <RowEditor
          row={editingRow}
          fields={editing.fields}
          mapping={state.mapping}
          onCancel={() => setEditing(null)}
          onSave={(values) => {
            void state.editRow(editing.rowNumber, values);
            setEditing(null);
          }}
        />
      )}
    </Space>
  );
}
