import type { CSSProperties, ReactNode } from 'react';
import { cellValueOf, isGroupRow, isRichCell, type Band, type Cell, type SheetDocument } from '@shared/reports/document/schema';

/** A number as its Excel format prints it (`0.0`, `#,##0.00`, `0.0#`); text as it is. */
function show(cell: Cell | undefined, numFmt: string | undefined): ReactNode {
  const value = cellValueOf(cell);
  if (typeof value !== 'number') return value ?? '';
  const fmt = (isRichCell(cell!) ? cell.numFmt : undefined) ?? numFmt;
  if (!fmt) return value;
  const decimals = /\.(0+)/.exec(fmt)?.[1]?.length ?? 0;
  const optional = /\.0+(#+)/.exec(fmt)?.[1]?.length ?? 0;
  const text = value.toLocaleString('zh-CN', { minimumFractionDigits: decimals, maximumFractionDigits: decimals + optional, useGrouping: fmt.includes(',') });
  return text;
}

/** Screen pixels per Excel column-width unit (one digit of the default font). */
const PX_PER_WIDTH = 7.5;

const border: CSSProperties = { border: '1px solid #d9d9d9', padding: '2px 6px' };

/** A band as table rows, merges as row and column spans. */
function BandRows({ band, columns, header }: { band: Band; columns: number; header?: boolean }) {
  const merges = band.merges ?? [];
  const covered = (r: number, c: number) => merges.some((m) => r >= m.row && r < m.row + m.rows && c >= m.col && c < m.col + m.cols && !(r === m.row && c === m.col));
  const style: CSSProperties = header
    ? { ...border, background: '#fafafa', fontWeight: 600, textAlign: 'center', wordBreak: 'break-all' }
    : band.role === 'title'
      ? { textAlign: 'center', fontSize: 18, fontWeight: 700, padding: 8 }
      : { padding: '2px 6px', whiteSpace: 'nowrap' };
  return (
    <>
      {band.rows.map((row, r) => (
        <tr key={r}>
          {Array.from({ length: columns }, (_, c) => {
            if (covered(r, c)) return null;
            const m = merges.find((x) => x.row === r && x.col === c);
            const cell = row[c];
            const align = isRichCell(cell ?? null) ? (cell as { align?: CSSProperties['textAlign'] }).align : undefined;
            return (
              <td key={c} rowSpan={m?.rows} colSpan={m?.cols} style={{ ...style, ...(align ? { textAlign: align } : {}) }}>
                {cellValueOf(cell)}
              </td>
            );
          })}
        </tr>
      ))}
    </>
  );
}

/** The first rows of a report sheet under its title, 填报单位 line and header, as the workbook prints them. */
export function DocumentPreview({ sheet, rows }: { sheet: SheetDocument; rows: number }) {
  const columns = sheet.head.columns;
  const n = columns.length;
  const head = sheet.head.bands ?? [];
  const body = sheet.rows.slice(0, rows);
  return (
    <div style={{ overflow: 'auto', background: '#fff', padding: 8 }}>
      <table style={{ borderCollapse: 'collapse', fontSize: 12, tableLayout: 'fixed', width: columns.reduce((s, c) => s + c.width * PX_PER_WIDTH, 0) }} data-testid="report-preview">
        <colgroup>
          {columns.map((c) => (
            <col key={c.key} style={{ width: c.width * PX_PER_WIDTH }} />
          ))}
        </colgroup>
        <thead>
          {head.map((band, i) => (
            <BandRows key={i} band={band} columns={n} header={band.role === 'header'} />
          ))}
        </thead>
        <tbody>
          {body.map((row, i) =>
            isGroupRow(row) ? (
              <tr key={i}>
                <td colSpan={n} style={{ ...border, fontWeight: 600, background: '#f5f5f5' }}>
                  {row.group}
                </td>
              </tr>
            ) : (
              <tr key={i} style={row.style === 'total' || row.style === 'subtotal' ? { fontWeight: 600 } : row.highlight ? { background: '#fff7e6' } : undefined}>
                {columns.map((c, j) => (
                  <td key={c.key} style={{ ...border, textAlign: c.align ?? (c.numFmt ? 'right' : undefined) }}>
                    {show(row.cells[j], c.numFmt)}
                  </td>
                ))}
              </tr>
            ),
          )}
        </tbody>
      </table>
    </div>
  );
}
