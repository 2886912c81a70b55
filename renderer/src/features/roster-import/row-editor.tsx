import { Alert, Form, Input, Modal, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { cellText } from '@shared/import/roster-cells';
import { enterToNext } from '../../components/enter-to-next';
import type { ColumnMapping, RosterPreviewRow } from '@shared/import/roster-import';
import type { SheetCell } from './use-roster-import';
import { T } from './texts';

/** How a cell is shown for editing: text as typed (line breaks kept), numbers and dates as text. */
function editable(v: SheetCell | undefined): string {
  return typeof v === 'string' ? v : cellText(v);
}

/**
 * 修改: the raw cells of one roster row in a small form (only the columns the import reads). Only
 * cells the clerk changed are written back; the row is then validated again.
 */
export function RowEditor(props: {
  row: RosterPreviewRow;
  cells: readonly SheetCell[];
  mapping: ColumnMapping;
  onSave: (changed: Record<number, string>) => void;
  onCancel: () => void;
}) {
  const columns = useMemo(() => [...new Set(Object.values(props.mapping.columns))].filter((c): c is number => c !== undefined).sort((a, b) => a - b), [props.mapping]);
  const initial = useMemo(() => Object.fromEntries(columns.map((c) => [c, editable(props.cells[c])])), [columns, props.cells]);
  const [values, setValues] = useState<Record<number, string>>(initial);
  const save = () => {
    const changed: Record<number, string> = {};
    for (const c of columns) if (values[c] !== initial[c]) changed[c] = values[c] ?? '';
    props.onSave(changed);
  };
  const issues = [...props.row.errors, ...props.row.warnings];
  return (
    <Modal
      open
      title={T.editTitle(props.row.rowNumber)}
      okText={T.ok}
      cancelText={T.cancel}
      onOk={save}
      onCancel={props.onCancel}
      width={680}
      styles={{ body: { maxHeight: '65vh', overflowY: 'auto' } }}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{T.editHint}</Typography.Paragraph>
      {issues.length > 0 && (
        <Alert
          type={props.row.errors.length ? 'error' : 'warning'}
          showIcon
          style={{ marginBottom: 12 }}
          title={
            <div>
              {issues.map((i) => (
                <div key={i.message}>{i.message}</div>
              ))}
            </div>
          }
        />
      )}
      <div
        onKeyDown={(e) => {
          // Enter moves to the next cell as in every form of the app; Enter in the last cell saves.
          enterToNext(e);
          if (!e.defaultPrevented && e.key === 'Enter' && !e.nativeEvent.isComposing && e.target instanceof HTMLInputElement) save();
        }}
      >
        <Form layout="horizontal" labelCol={{ span: 8 }} wrapperCol={{ span: 15 }}>
          {columns.map((c) => {
            const label = T.cellLabel(c, props.mapping.headers[c]);
            const bad = props.row.errors.some((e) => e.column === c);
            const value = values[c] ?? '';
            const set = (v: string) => setValues((s) => ({ ...s, [c]: v }));
            return (
              <Form.Item key={c} label={label} validateStatus={bad ? 'error' : undefined} style={{ marginBottom: 8 }}>
                {value.includes('\n') ? (
                  <Input.TextArea aria-label={label} autoSize value={value} onChange={(e) => set(e.target.value)} />
                ) : (
                  <Input aria-label={label} value={value} onChange={(e) => set(e.target.value)} />
                )}
              </Form.Item>
            );
          })}
        </Form>
      </div>
    </Modal>
  );
}
