import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, PageSizes, StandardFonts } from 'pdf-lib';

/** A PDF whose pages carry the given labels as text (one label per page), all of `size` points. */
export async function labelledPdf(labels: readonly string[], size: [number, number] = PageSizes.A5): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (const label of labels) {
    const page = doc.addPage(size);
    page.drawText(label, { x: size[0] / 2 - 20, y: size[1] / 2, size: 24, font });
  }
  return doc.save();
}

/** The words on each page of `pdf`, left to right, as poppler's pdftotext reads them (what a printer shows). */
export function wordsPerPage(pdf: Uint8Array): string[][] {
  const dir = mkdtempSync(join(tmpdir(), 'gzt-pdf-'));
  try {
    const file = join(dir, 'doc.pdf');
    writeFileSync(file, pdf);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    // pdftotext ends every page with a form feed.
    return text
      .split('\f')
      .slice(0, -1)
      .map((page) => page.split(/\s+/).filter(Boolean));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Width and height of every page, rounded to whole points. */
export async function pageSizes(pdf: Uint8Array): Promise<[number, number][]> {
  const doc = await PDFDocument.load(pdf);
  return doc.getPages().map((p) => {
    const { width, height } = p.getSize();
    return [Math.round(width), Math.round(height)];
  });
}
