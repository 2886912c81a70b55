// PDF services for printing record books (issue 12, items 4–5). The `print:pdf` flow in Electron
// main renders a print route with printToPDF, then calls these on the bytes: imposeBooklet for the
// A5 booklet variant, joinBooks for a batch printed as one document. Both are pure JavaScript
// (pdf-lib, no Node API), so the web host or a browser page can run the very same functions.
export { composeBooks, type ComposeBooksOptions } from './compose-books';
export { imposeBooklet } from './impose-booklet';
export { joinBooks, type JoinBooksOptions } from './join-books';
export { INVALID_PDF } from './load-pdf';
