import { Alert, InputNumber, Select, Space, Table, Typography } from 'antd';
import { MUST_MAP_FIELDS, ROSTER_COMPOSITES, ROSTER_FIELDS, rosterField, type RosterColumnKey } from '@shared/import/roster-columns';
import { coveredFields, missingRequiredFields, type ColumnMapping } from '@shared/import/roster-import';
import { T } from './texts';

interface MappingRow {
  key: RosterColumnKey;
  label: string;
  required: boolean;
  /** A cadre may lack it for a while (待补充). */
  pending: boolean;
  note: string;
  composite: boolean;
}

const ROWS: MappingRow[] = [
  ...ROSTER_FIELDS.map((f) => ({
    key: f.key,
    label: f.header,
    required: MUST_MAP_FIELDS.includes(f.key),
    pending: !!f.pending,
    note: [f.note, f.fallback].filter(Boolean).join('；'),
    composite: false,
  })),
  ...ROSTER_COMPOSITES.map((c) => ({
    key: c.key,
    label: c.header,
    required: false,
    pending: false,
    note: `${T.compositeFills(c.fills.map((f) => rosterField(f).header).join('、'))}。${c.note}`,
    composite: true,
  })),
];

/** The message that blocks the next step while required fields have no column; null when complete. */
export function mappingProblem(mapping: ColumnMapping | null): string | null {
  if (!mapping) return T.emptySheet;
  const missing = missingRequiredFields(mapping);
  return missing.length ? T.missingRequired(missing.map((f) => rosterField(f).header).join('、')) : null;
}

/** Step 2: the automatic column mapping, one Select per import field; required fields marked. */
export function MappingStep(props: {
  mapping: ColumnMapping;
  rowCount: number;
  onHeaderRow: (index: number) => void;
  onColumn: (key: RosterColumnKey, column: number | undefined) => void;
}) {
  const { mapping } = props;
  const options = mapping.headers.map((h, i) => ({ value: i, label: T.columnOption(i, h) })).filter((o, i) => mapping.headers[i] || Object.values(mapping.columns).includes(i));
  const problem = mappingProblem(mapping);
  const covered = coveredFields(mapping);
  return (
    <Space orientation="vertical" size="small" style={{ width: '100%' }}>
      <Space>
        <span>{T.headerRow}</span>
        <InputNumber
          aria-label={T.headerRow}
          min={1}
          max={Math.max(1, Math.min(props.rowCount, 20))}
          value={mapping.headerRowIndex + 1}
          onChange={(v) => typeof v === 'number' && props.onHeaderRow(v - 1)}
          style={{ width: 80 }}
        />
        <span>{T.headerRowSuffix}</span>
      </Space>
      {mapping.source === 'export' && <Alert type="info" showIcon title={T.exportRecognized} />}
      {problem && <Alert type="error" showIcon title={problem} />}
      {mapping.unmapped.length > 0 && <Alert type="info" showIcon title={T.unusedColumns(mapping.unmapped.map((u) => u.header).join('、'))} />}
      <div role="region" aria-label={T.steps[1]}>
        <Table<MappingRow>
          size="small"
          rowKey="key"
          pagination={false}
          scroll={{ y: 380 }}
          dataSource={ROWS}
          columns={[
            {
              title: T.mappingField,
              dataIndex: 'label',
              width: 220,
              render: (label: string, r) => (
                <span>
                  {r.composite && <Typography.Text type="secondary">{T.composites}：</Typography.Text>}
                  {label}
                  {r.required && <Typography.Text type="danger"> *</Typography.Text>}
                </span>
              ),
            },
            {
              title: T.mappingColumn,
              width: 280,
              render: (_, r) => {
                const value = mapping.columns[r.key];
                return (
                  <Select<number>
                    aria-label={`${r.label}${T.mappingColumn}`}
                    allowClear
                    showSearch={{ optionFilterProp: 'label' }}
                    placeholder={T.notMapped}
                    style={{ width: '100%' }}
                    status={r.required && value === undefined && problem ? 'error' : undefined}
                    value={value}
                    onChange={(v) => props.onColumn(r.key, v ?? undefined)}
                    options={options}
                  />
                );
              },
            },
            {
              title: T.mappingNote,
              dataIndex: 'note',
              render: (note: string, r) =>
                r.pending && !covered.has(r.key as never) ? (
                  <Typography.Text type="warning">{T.pendingColumn}</Typography.Text>
                ) : (
                  <Typography.Text type="secondary">{note}</Typography.Text>
                ),
            },
          ]}
        />
      </div>
    </Space>
  );
}
