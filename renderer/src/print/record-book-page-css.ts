// The page boxes of a printed 纪实手册, written per book: the size and margins of the layout (A4
// double-sided with the binding margin on the inner side, or A5 pages for the saddle-stitched
// booklet), the page header with the cadre's name and unit (on the outer side of each page), and
// "第 X 页 共 Y 页" at the foot. Chromium lays these out itself (named pages, :left/:right, margin boxes).

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

/** The page name of a layout's content pages and of its cover. */
export function bookPageNames(layout: BookLayout): { page: string; cover: string } {
  return { page: `book-${layout}`, cover: `book-${layout}-cover` };
}

/** The @page rules of one book: named pages for the content and the cover. */
export function bookPageCss(layout: BookLayout, header: { name: string; unit: string }): string {
  const s = SIZES[layout];
  const { page, cover } = bookPageNames(layout);
  const footer = `@bottom-center { content: '第 ' counter(page) ' 页 共 ' counter(pages) ' 页'; font-family: ${FONT}; font-size: ${s.footer}; }`;
  const box = `font-family: ${FONT}; font-size: ${s.header}; border-bottom: 0.5pt solid #000; vertical-align: bottom; padding-bottom: 1mm; margin-bottom: 3mm;`;
  const name = cssString(header.name);
  const unit = cssString(header.unit);
  // Recto (right-hand) pages bind on the left; versos on the right. The header's name sits outside.
  return `
@page ${page} { size: ${s.size}; margin: ${s.top} ${s.outer} ${s.bottom} ${s.inner}; ${footer} }
@page ${page}:right { margin-left: ${s.inner}; margin-right: ${s.outer};
  @top-left { content: ${unit}; ${box} text-align: left; }
  @top-center { content: ''; ${box} }
  @top-right { content: ${name}; ${box} text-align: right; } }
@page ${page}:left { margin-left: ${s.outer}; margin-right: ${s.inner};
  @top-left { content: ${name}; ${box} text-align: left; }
  @top-center { content: ''; ${box} }
  @top-right { content: ${unit}; ${box} text-align: right; } }
@page ${cover} { size: ${s.size}; margin: ${s.top} ${s.outer} ${s.bottom} ${s.inner}; ${footer} }
.book-${layout} .book-sheet, .book-${layout} .book-month { page: ${page}; }
.book-${layout} .book-cover { page: ${cover}; }
`;
}
