// A delimited text table (CSV, or Excel's tab-separated “Unicode 文本”) → one sheet of the same
// shape the workbook reader returns, so the import wizards need no special case.
//
// Parsed with papaparse: quoted fields with line breaks and doubled quotes, the delimiter guessed
// among `,` `;` tab and `|`. Every value stays text, exactly as in the file (a CSV has no types,
// and an ID or phone number must not turn into a rounded number), with two conventions undone
// that Chinese systems use to keep Excel from doing that: a leading tab (`\t13800138000`) and the
// formula form `="0012"`.
import Papa from 'papaparse';
import type { ReadCell, ReadSheet } from '@shared/ipc/workbook-schemas';
import type { ReadBudget } from './read-limits';
import { cellTooLong, unclosedQuote } from './read-messages';

/** How often (in rows) the clock is checked. */
const TICK_ROWS = 1000;

/** A CSV value as the clerk means it: `\tX` → `X`, `="X"` → `X`; empty → null. */
export function csvCellValue(raw: string): ReadCell {
  let text = raw.startsWith('\t') ? raw.slice(1) : raw;
  const formula = /^="(.*)"$/s.exec(text);
  if (formula) text = formula[1]!.replace(/""/g, '"');
  return text === '' ? null : text;
}

/** The sheet name Excel gives a CSV it opens: the file name without its extension (31 characters at most). */
export function csvSheetName(fileName: string): string {
  const base = fileName.replace(/\.[^.]*$/, '').trim();
  return (base || 'Sheet1').slice(0, 31);
}

/**
 * Reads `text` as one sheet named `sheetName`: record i is row i + 1, trailing empty rows dropped,
 * at most `budget.limits.maxRows` rows kept. Refuses (Chinese BridgeException) a quote that is never
 * closed (the rest of the file would vanish into one cell), a value over the character limit and
 * any budget passed.
 */
export function readCsv(text: string, sheetName: string, budget: ReadBudget): ReadSheet {
  const { maxRows, maxCellChars } = budget.limits;
  const rows: ReadCell[][] = [];
  let rowNumber = 0;
  let lastFilled = 0;
  let failure: unknown;

  Papa.parse<string[]>(text, {
    delimitersToGuess: [',', '\t', ';', '|'],
    skipEmptyLines: false,
    step(result, parser) {
      try {
        rowNumber++;
        budget.rowElement();
        if (rowNumber % TICK_ROWS === 0) budget.tick();
        if (result.errors.some((error) => error.code === 'MissingQuotes')) throw unclosedQuote(rowNumber);
        const cells: ReadCell[] = [];
        result.data.forEach((raw, index) => {
          if (raw.length > maxCellChars) throw cellTooLong(`第 ${rowNumber} 行第 ${index + 1} 列`, maxCellChars);
          const value = csvCellValue(raw);
          if (value === null) return;
          budget.cell();
          cells[index] = value;
        });
        if (cells.length === 0) return;
        lastFilled = rowNumber;
        if (rowNumber > maxRows) return;
        budget.keptSlots(cells.length);
        rows[rowNumber - 1] = Array.from(cells, (cell) => cell ?? null);
      } catch (err) {
        failure = err;
        parser.abort();
      }
    },
  });
  if (failure !== undefined) throw failure;
  const length = Math.min(lastFilled, maxRows);
  return { name: sheetName, hidden: false, rows: Array.from({ length }, (_, i) => rows[i] ?? []), totalRows: lastFilled, truncated: lastFilled > maxRows };
}
