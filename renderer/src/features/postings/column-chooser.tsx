import { Button, Checkbox, Popover, Space, Typography } from 'antd';
import { POSTING_COLUMNS } from './posting-columns';
import { T } from './texts';

/** The full column order: the clerk's saved order first, then columns added since, in default order. */
export function effectiveOrder(saved: string[]): string[] {
  const known = saved.filter((id) => POSTING_COLUMNS.some((c) => c.id === id));
  return [...known, ...POSTING_COLUMNS.map((c) => c.id).filter((id) => !known.includes(id))];
}

/** Visibility with defaults for columns the clerk never touched. */
export function effectiveVisibility(saved: Record<string, boolean>): Record<string, boolean> {
  return Object.fromEntries(POSTING_COLUMNS.map((c) => [c.id, saved[c.id] ?? c.visible]));
}

/** 列设置: show or hide columns and move them up and down (keyboard-friendly, no dragging needed). */
export function ColumnChooser(props: { order: string[]; visibility: Record<string, boolean>; onChange: (order: string[], visibility: Record<string, boolean>) => void }) {
  const move = (i: number, d: number) => {
    const next = [...props.order];
    const j = i + d;
    if (j < 0 || j >= next.length) return;
    [next[i], next[j]] = [next[j]!, next[i]!];
    props.onChange(next, props.visibility);
  };
  const content = (
    <div style={{ width: 260, maxHeight: 460, overflow: 'auto' }}>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {T.chooser.hint}
      </Typography.Text>
      {props.order.map((id, i) => {
        const col = POSTING_COLUMNS.find((c) => c.id === id)!;
        return (
          <div key={id} style={{ display: 'flex', alignItems: 'center', padding: '3px 0' }}>
            <Checkbox
              checked={props.visibility[id]}
              onChange={(e) => props.onChange(props.order, { ...props.visibility, [id]: e.target.checked })}
              style={{ flex: 1 }}
            >
              {col.header}
            </Checkbox>
            <Space size={2}>
              <Button size="small" type="text" aria-label={T.chooser.up(col.header)} disabled={i === 0} onClick={() => move(i, -1)}>
                ↑
              </Button>
              <Button size="small" type="text" aria-label={T.chooser.down(col.header)} disabled={i === props.order.length - 1} onClick={() => move(i, 1)}>
                ↓
              </Button>
            </Space>
          </div>
        );
      })}
      <Button
        size="small"
        style={{ marginTop: 8 }}
        onClick={() => props.onChange(POSTING_COLUMNS.map((c) => c.id), Object.fromEntries(POSTING_COLUMNS.map((c) => [c.id, c.visible])))}
      >
        {T.chooser.reset}
      </Button>
    </div>
  );
  return (
    <Popover content={content} trigger="click" placement="bottomRight" title={T.chooser.title}>
      <Button>{T.chooser.title}</Button>
    </Popover>
  );
}
