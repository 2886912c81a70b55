// The page boxes of a printed 纪实手册, written per book: the size and margins of the layout (A4
// double-sided with the binding margin on the inner side, or A5 pages for the saddle-stitched
// booklet), the page header with the cadre's name and unit (on the outer side of each page), and
// "第 X 页 共 Y 页" at the foot. Chromium lays these out itself (:first/:left/:right, margin boxes).

/** A4 double-sided, or A5 pages for the booklet. */
export type BookLayout = 'a4' | 'a5';

const SIZES: Record<BookLayout, { size: string; top: string; bottom: string; inner: string; outer: string; header: string; footer: string }> = {
  a4: { size: 'A4 portrait', top: '25mm', bottom: '20mm', inner: '28mm', outer: '20mm', header: '9pt', footer: '10.5pt' },
  a5: { size: 'A5 portrait', top: '16mm', bottom: '14mm', inner: '16mm', outer: '12mm', header: '7.5pt', footer: '8.5pt' },
};

const FONT = "SimSun, '宋体', 'Noto Serif CJK SC', 'Source Han Serif SC', serif";

/** A CSS string literal of `text` (quotes, backslashes and line breaks escaped). */
function cssString(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/[\r\n]+/g, ' ')}"`;
}

/**
 * The @page rules of one book. They are the document's own page rules, not named pages: a print
 * route holds one book in one layout, and Chromium lays a document with named pages out once more
 * when it prints (about a tenth of the renderer's time for a year's book, seen in Chromium traces).
 * The cover is the first page and carries no header; the book's sections start after it.
 */
export function bookPageCss(layout: BookLayout, header: { name: string; unit: string }): string {
  const s = SIZES[layout];
  const footer = `@bottom-center { content: '第 ' counter(page) ' 页 共 ' counter(pages) ' 页'; font-family: ${FONT}; font-size: ${s.footer}; }`;
  const box = `font-family: ${FONT}; font-size: ${s.header}; border-bottom: 0.5pt solid #000; vertical-align: bottom; padding-bottom: 1mm; margin-bottom: 3mm;`;
  const name = cssString(header.name);
  const unit = cssString(header.unit);
  // Recto (right-hand) pages bind on the left; versos on the right. The header's name sits outside.
  // :first comes last: it weighs as much as :right and must win over it on the cover.
  return `
@page { size: ${s.size}; margin: ${s.top} ${s.outer} ${s.bottom} ${s.inner}; ${footer} }
@page :right { margin-left: ${s.inner}; margin-right: ${s.outer};
  @top-left { content: ${unit}; ${box} text-align: left; }
  @top-center { content: ''; ${box} }
  @top-right { content: ${name}; ${box} text-align: right; } }
@page :left { margin-left: ${s.outer}; margin-right: ${s.inner};
  @top-left { content: ${name}; ${box} text-align: left; }
  @top-center { content: ''; ${box} }
  @top-right { content: ${unit}; ${box} text-align: right; } }
@page :first { @top-left { content: none; } @top-center { content: none; } @top-right { content: none; } }
`;
}
