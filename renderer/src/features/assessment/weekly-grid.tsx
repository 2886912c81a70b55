import { Input, Popconfirm, Tag, Typography } from 'antd';
import type { KeyboardEvent } from 'react';
import type { ScoreItemKey, WeeklyItems, WeeklyScoreRuleSet } from '@shared/domain/rules/weekly-score';
import type { WeekSheetRow } from '../../db/queries/weekly-scores';
import { T } from './texts';

/** What the clerk typed in one row: deduction text and reason per item. */
export type RowDraft = Record<ScoreItemKey, { deduction: string; reason: string }>;

/** The row's items with the typed deductions (NaN where the text is not a number). */
export function itemsOf(base: WeeklyItems, draft: RowDraft): WeeklyItems {
  const out = { ...base };
  for (const key of Object.keys(base) as ScoreItemKey[]) {
    const text = draft[key].deduction.trim();
    out[key] = { max: base[key].max, deduction: text === '' ? 0 : /^\d+(\.\d+)?$/.test(text) ? Number(text) : Number.NaN, reason: draft[key].reason.trim() || null };
  }
  return out;
}

/** The draft of a stored (or blank) row. */
export function draftOf(items: WeeklyItems): RowDraft {
  const out = {} as RowDraft;
  for (const key of Object.keys(items) as ScoreItemKey[]) out[key] = { deduction: items[key].deduction ? String(items[key].deduction) : '', reason: items[key].reason ?? '' };
  return out;
}

const cellStyle = { padding: 2, borderBottom: '1px solid #f0f0f0' } as const;

/**
 * The week's sheet: one row per cadre, per item a deduction and its reason, the total. Keyboard
 * first: arrows move between cells (left/right at the edge of the text), Enter moves down.
 */
export function WeeklyGrid(props: {
  rules: WeeklyScoreRuleSet;
  rows: readonly WeekSheetRow[];
  drafts: Record<string, RowDraft>;
  /** problems by `postingId|key` (deduction) or `postingId|key|reason` */
  problems: ReadonlyMap<string, { message: string; warning?: boolean }>;
  onChange: (postingId: string, key: ScoreItemKey, field: 'deduction' | 'reason', value: string) => void;
  onClear: (row: WeekSheetRow) => void;
  totals: ReadonlyMap<string, number>;
  dirty: ReadonlySet<string>;
}) {
  const keys = props.rules.items.map((i) => i.key);
  const cols = keys.length * 2;
  const focus = (table: HTMLElement, r: number, c: number) => {
    const el = table.querySelector<HTMLInputElement>(`[data-cell="${r}:${c}"]`);
    if (!el) return false;
    el.focus();
    el.select();
    return true;
  };
  const onKey = (e: KeyboardEvent<HTMLInputElement>, r: number, c: number) => {
    const table = e.currentTarget.closest('table')!;
    const input = e.currentTarget;
    const atStart = input.selectionStart === 0 && input.selectionEnd === 0;
    const atEnd = input.selectionStart === input.value.length;
    const whole = input.selectionStart === 0 && input.selectionEnd === input.value.length;
    let moved = false;
    if (e.key === 'ArrowDown' || (e.key === 'Enter' && !e.ctrlKey)) moved = focus(table, r + 1, c);
    else if (e.key === 'ArrowUp') moved = focus(table, r - 1, c);
    else if (e.key === 'ArrowRight' && (atEnd || whole)) moved = c + 1 < cols ? focus(table, r, c + 1) : focus(table, r + 1, 0);
    else if (e.key === 'ArrowLeft' && (atStart || whole)) moved = c > 0 ? focus(table, r, c - 1) : focus(table, r - 1, cols - 1);
    if (moved || e.key === 'Enter') e.preventDefault();
  };

  return (
    <table className="gzt-weekly-grid" style={{ borderCollapse: 'collapse', width: '100%', background: '#fff', fontSize: 13 }}>
      <thead>
        <tr>
          <th rowSpan={2} style={{ width: 40 }}>{T.weekly.columns.seq}</th>
          <th rowSpan={2} style={{ width: 72 }}>{T.weekly.columns.name}</th>
          <th rowSpan={2} style={{ minWidth: 120 }}>{T.weekly.columns.post}</th>
          {props.rules.items.map((i) => (
            <th key={i.key} colSpan={2}>
              {T.weekly.itemHeader(i.label, i.max)}
            </th>
          ))}
          <th rowSpan={2} style={{ width: 56 }}>{T.weekly.columns.total}</th>
          <th rowSpan={2} style={{ width: 64 }}>{T.weekly.columns.state}</th>
        </tr>
        <tr>
          {props.rules.items.flatMap((i) => [
            <th key={`${i.key}d`} style={{ width: 52 }}>{T.weekly.columns.deduction}</th>,
            <th key={`${i.key}r`}>{T.weekly.columns.reason}</th>,
          ])}
        </tr>
      </thead>
      <tbody>
        {props.rows.map((row, r) => {
          const draft = props.drafts[row.postingId]!;
          const total = props.totals.get(row.postingId);
          return (
            <tr key={row.postingId} data-row={row.name}>
              <td style={{ ...cellStyle, textAlign: 'center' }}>{r + 1}</td>
              <td style={{ ...cellStyle, textAlign: 'center' }}>{row.name}</td>
              <td style={cellStyle}>
                <Typography.Text ellipsis={{ tooltip: row.post }} style={{ maxWidth: 180 }}>
                  {row.post}
                </Typography.Text>
              </td>
              {keys.flatMap((key, k) => {
                const bad = props.problems.get(`${row.postingId}|${key}`);
                const why = props.problems.get(`${row.postingId}|${key}|reason`);
                return [
                  <td key={`${key}d`} style={cellStyle}>
                    <Input
                      size="small"
                      data-cell={`${r}:${k * 2}`}
                      aria-label={`${row.name}${props.rules.items[k]!.label}${T.weekly.columns.deduction}`}
                      inputMode="decimal"
                      placeholder="0"
                      status={bad ? 'error' : undefined}
                      title={bad?.message}
                      value={draft[key].deduction}
                      onChange={(e) => props.onChange(row.postingId, key, 'deduction', e.target.value)}
                      onKeyDown={(e) => onKey(e, r, k * 2)}
                      onFocus={(e) => e.target.select()}
                      style={{ textAlign: 'right' }}
                    />
                  </td>,
                  <td key={`${key}r`} style={cellStyle}>
                    <Input
                      size="small"
                      data-cell={`${r}:${k * 2 + 1}`}
                      aria-label={`${row.name}${props.rules.items[k]!.label}${T.weekly.columns.reason}`}
                      status={why ? 'warning' : undefined}
                      title={why?.message}
                      maxLength={200}
                      value={draft[key].reason}
                      onChange={(e) => props.onChange(row.postingId, key, 'reason', e.target.value)}
                      onKeyDown={(e) => onKey(e, r, k * 2 + 1)}
                    />
                  </td>,
                ];
              })}
              <td style={{ ...cellStyle, textAlign: 'center', fontWeight: 600 }} data-total>
                {total === undefined || Number.isNaN(total) ? '—' : total}
              </td>
              <td style={{ ...cellStyle, textAlign: 'center' }}>
                {props.dirty.has(row.postingId) ? (
                  <Tag color="blue">{T.weekly.changed}</Tag>
                ) : row.scored ? (
                  <Popconfirm title={T.weekly.clearConfirm(row.name)} onConfirm={() => props.onClear(row)}>
                    <Tag color="green" style={{ cursor: 'pointer' }}>
                      {T.weekly.scored}
                    </Tag>
                  </Popconfirm>
                ) : (
                  <Tag color="red">{T.weekly.unscored}</Tag>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
