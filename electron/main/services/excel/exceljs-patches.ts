// What exceljs 4.4's streaming WorkbookWriter cannot do by itself, added to ONE writer instance
// (never to exceljs's prototypes). Both reach into exceljs internals that have not changed since
// 4.0; the writer tests read the raw XML back, so an exceljs upgrade that moves them fails loudly.
//
// 1. `quotePrefix` (ISO 29500 §18.8.45): exceljs has no such style property and silently drops it.
//    The streaming style manager keeps each cell format (<xf>) as an XML string keyed by that string
//    (StylesXform._addStyle); we mark the formats of quote-prefixed styles while they are added.
// 2. `<printOptions horizontalCentered="1"/>`: the in-memory writer emits it from
//    pageSetup.horizontalCentered, the streaming WorksheetWriter has no printOptions at all. The
//    schema wants it straight before <pageMargins>, which is where it is written.
import type { stream, Worksheet } from 'exceljs';

/** A cell style object that may ask for the quote prefix. */
export type QuotableStyle = Record<string, unknown> & { quotePrefix?: boolean };

interface StyleManager {
  addStyleModel(model: QuotableStyle | undefined, cellType?: number): number;
  _addStyle(style: Record<string, unknown>): number;
  map: { style: { toXml(model: Record<string, unknown>): string } };
}

interface StreamingWorksheetInternals {
  stream: { write(text: string): void };
  _writePageMargins(): void;
}

/** Makes `style.quotePrefix = true` reach the file, so Excel keeps `=1+1` as text when edited. */
export function enableQuotePrefix(workbook: stream.xlsx.WorkbookWriter): void {
  const styles = (workbook as unknown as { styles: StyleManager }).styles;
  const xf = styles.map.style;
  const toXml = xf.toXml.bind(xf);
  const addStyle = styles._addStyle.bind(styles);
  const addStyleModel = styles.addStyleModel.bind(styles);
  let quoting = false;
  xf.toXml = (model) => {
    const xml = toXml(model);
    return model.quotePrefix ? xml.replace(/^<xf /, '<xf quotePrefix="1" ') : xml;
  };
  styles._addStyle = (style) => addStyle(quoting ? { ...style, quotePrefix: true } : style);
  styles.addStyleModel = (model, cellType) => {
    quoting = model?.quotePrefix === true;
    try {
      return addStyleModel(model, cellType);
    } finally {
      quoting = false;
    }
  };
}

/** Writes `<printOptions horizontalCentered="1"/>` into a streaming worksheet. */
export function centreOnPrintedPage(sheet: Worksheet): void {
  const internals = sheet as unknown as StreamingWorksheetInternals;
  const writePageMargins = internals._writePageMargins.bind(internals);
  internals._writePageMargins = () => {
    internals.stream.write('<printOptions horizontalCentered="1"/>');
    writePageMargins();
  };
}
