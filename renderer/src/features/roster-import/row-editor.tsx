import { Alert, Divider, Form, Input, Modal, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { ROSTER_COMPOSITES, ROSTER_FIELDS, type RosterField } from '@shared/import/roster-columns';
import type { ColumnMapping } from '@shared/import/roster-import';
import type { RosterRowFields, RosterRowView } from '@shared/import/roster-session';
import { enterToNext } from '../../components/enter-to-next';
import { T } from './texts';

/** The sheet column a field is read from (its own, or the combined column that holds it). */
function columnOf(mapping: ColumnMapping, f: RosterField): number | undefined {
  const own = mapping.columns[f.key];
  if (own !== undefined) return own;
  const composite = ROSTER_COMPOSITES.find((c) => c.fills.includes(f.key) && mapping.columns[c.key] !== undefined);
  return composite ? mapping.columns[composite.key] : undefined;
}

/**
 * 修改: every field of one roster row (issue 9 item 2) — those the file has, labelled with their
 * column, and those it lacks (入党时间, 参加工作时间 …), so the clerk can complete a row in the
 * preview. What the clerk types is used for this import only; the row is then checked again.
 */
export function RowEditor(props: { row: RosterRowView; fields: RosterRowFields; mapping: ColumnMapping; onSave: (values: RosterRowFields) => void; onCancel: () => void }) {
  const groups = useMemo(() => {
    const inFile: { field: RosterField; column: number }[] = [];
    const missing: RosterField[] = [];
    for (const f of ROSTER_FIELDS) {
      const column = columnOf(props.mapping, f);
      if (column === undefined) missing.push(f);
      else inFile.push({ field: f, column });
    }
    return { inFile, missing };
  }, [props.mapping]);
  const [values, setValues] = useState<RosterRowFields>(props.fields);
  const save = () => {
    const out: RosterRowFields = {};
    for (const f of ROSTER_FIELDS) out[f.key] = values[f.key] ?? '';
    props.onSave(out);
  };
  const issues = [...props.row.errors, ...props.row.warnings];
  const bad = (f: RosterField) =>
    props.row.errors.some((e) => e.field === f.key || ROSTER_COMPOSITES.some((c) => c.key === e.field && c.fills.includes(f.key)));
  const item = (f: RosterField, label: string, extra?: string) => {
    const value = values[f.key] ?? '';
    const set = (v: string) => setValues((s) => ({ ...s, [f.key]: v }));
    return (
      <Form.Item key={f.key} label={label} validateStatus={bad(f) ? 'error' : undefined} extra={extra} style={{ marginBottom: 8 }}>
        {value.includes('\n') ? (
          <Input.TextArea aria-label={label} autoSize value={value} onChange={(e) => set(e.target.value)} />
        ) : (
          <Input aria-label={label} value={value} placeholder={f.note || undefined} onChange={(e) => set(e.target.value)} />
        )}
      </Form.Item>
    );
  };
  return (
    <Modal
      open
      title={T.editTitle(props.row.rowNumber)}
      okText={T.ok}
      cancelText={T.cancel}
      onOk={save}
      onCancel={props.onCancel}
      width={720}
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
          // Enter moves to the next field as in every form of the app; Enter in the last field saves.
          enterToNext(e);
          if (!e.defaultPrevented && e.key === 'Enter' && !e.nativeEvent.isComposing && e.target instanceof HTMLInputElement) save();
        }}
      >
        <Form layout="horizontal" labelCol={{ span: 8 }} wrapperCol={{ span: 15 }}>
          <Divider titlePlacement="start" plain style={{ marginTop: 0 }}>
            {T.inFile}
          </Divider>
          {groups.inFile.map(({ field, column }) => item(field, T.cellLabel(column, field.header)))}
          {groups.missing.length > 0 && (
            <Divider titlePlacement="start" plain>
              {T.notInFile}
            </Divider>
          )}
          {groups.missing.map((f) => item(f, f.header, T.notInFileHint))}
        </Form>
      </div>
    </Modal>
  );
}
