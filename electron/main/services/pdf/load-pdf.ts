import { PDFDocument } from 'pdf-lib';
import { BridgeException } from '@shared/ipc/errors';
import { PDF_TEXTS } from './texts';

/** Code of the BridgeException the PDF services throw for input they cannot use. */
export const INVALID_PDF = 'invalid-pdf';

/**
 * pdf-lib pauses for a timer tick every 100 objects it parses and every 50 it writes, by default.
 * A batch of 40 books has some 36,000 objects (Chromium embeds the Noto CJK fonts of Linux as Type 3
 * fonts, one object per glyph), so those pauses (a timer of at least 1 ms each) add more than a
 * second. Pausing every few thousand objects (a few milliseconds of work) still lets main answer
 * the windows in between.
 */
const OBJECTS_PER_TICK = 2000;

/**
 * Loads PDF bytes for imposing or joining. Damaged, encrypted or empty documents are refused with
 * a BridgeException (`invalid-pdf`) whose Chinese message names `what` (e.g. “第 3 本手册”).
 */
export async function loadPdf(bytes: Uint8Array, what: string): Promise<PDFDocument> {
  let doc: PDFDocument;
  try {
    doc = await PDFDocument.load(bytes, { updateMetadata: false, parseSpeed: OBJECTS_PER_TICK });
  } catch (err) {
    const encrypted = err instanceof Error && /encrypt/i.test(err.message);
    throw new BridgeException({ code: INVALID_PDF, message: encrypted ? PDF_TEXTS.encrypted(what) : PDF_TEXTS.notPdf(what) });
  }
  if (doc.getPageCount() === 0) throw new BridgeException({ code: INVALID_PDF, message: PDF_TEXTS.empty(what) });
  return doc;
}

/** A new output document stamped as made by the app. */
export async function createOutputPdf(): Promise<PDFDocument> {
  const doc = await PDFDocument.create();
  doc.setCreator('挂职通');
  doc.setProducer('挂职通');
  return doc;
}

/** The bytes of a composed document. */
export function savePdf(doc: PDFDocument): Promise<Uint8Array> {
  return doc.save({ objectsPerTick: OBJECTS_PER_TICK });
}
