import { PDFDocument } from 'pdf-lib';
import { BridgeException } from '@shared/ipc/errors';
import { PDF_TEXTS } from './texts';

/** Code of the BridgeException the PDF services throw for input they cannot use. */
export const INVALID_PDF = 'invalid-pdf';

/**
 * Loads PDF bytes for imposing or joining. Damaged, encrypted or empty documents are refused with
 * a BridgeException (`invalid-pdf`) whose Chinese message names `what` (e.g. “第 3 本手册”).
 */
export async function loadPdf(bytes: Uint8Array, what: string): Promise<PDFDocument> {
  let doc: PDFDocument;
  try {
    doc = await PDFDocument.load(bytes, { updateMetadata: false });
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
