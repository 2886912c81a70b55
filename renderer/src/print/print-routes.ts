// The print-route registry: every printed form the app can render (`#/print/<kind>?<params>`),
// laid out with CSS paged media (./print.css) and shown without the menu.
//
// HOW TO ADD A PRINTED FORM (e.g. the 请假审批表)
//   1. renderer/src/print/<kind>-page.tsx (or in the feature's folder): a component taking
//      PrintPageProps that reads its data with useStore() from its `params` (ids and options as
//      text), renders plain HTML with the classes of ./print.css, and calls `onReady()` once its
//      data (and images) are in — or `onError(message)` with a Chinese message. Export it as the
//      file's default export.
//   2. Add `{ kind: 'leave-form', title: '请假审批表', page: lazy(() => import('./leave-form-page')) }`
//      to PRINT_ROUTES below.
//   3. To print it: `getBridge().printPdf({ route: { kind: 'leave-form', params: { leaveId } },
//      action: 'save' | 'print', suggestedName: '请假审批表.pdf' })` from a click handler. The
//      desktop app renders the route in a hidden window and saves the PDF (or opens the system
//      print dialog); the web host opens it in a new tab with the browser's print dialog.
//   4. Test it in the e2e tier: open `#/print/<kind>?…`, wait for body[data-print-ready="1"],
//      page.pdf({ preferCSSPageSize: true }), then pdftotext / pdftoppm (test/e2e/print.e2e.ts).
import { lazy, type ComponentType } from 'react';
import { RECORD_BOOK_TEXTS } from './record-book-texts';
import { LEAVE_FORM_TEXTS } from './leave-form-texts';
import { PRINT_TEXTS } from './texts';

/** What a print page gets. */
export interface PrintPageProps {
  /** The route's parameters, as text. */
  params: Readonly<Record<string, string>>;
  /** Call once the page shows everything it will print. */
  onReady: () => void;
  /** Call with a Chinese message when the page cannot be printed (e.g. a record that is gone). */
  onError: (message: string) => void;
}

/** One printed form. */
export interface PrintRouteDefinition {
  /** The `<kind>` of `#/print/<kind>`. */
  kind: string;
  /** The document title (the browser tab, the default PDF name). */
  title: string;
  page: ComponentType<PrintPageProps>;
}

export const PRINT_ROUTES: readonly PrintRouteDefinition[] = [
  { kind: 'test', title: PRINT_TEXTS.testTitle, page: lazy(() => import('./test-page')) },
  { kind: 'record-book', title: RECORD_BOOK_TEXTS.title, page: lazy(() => import('./record-book-page')) },
  { kind: 'leave-form', title: LEAVE_FORM_TEXTS.title, page: lazy(() => import('./leave-form-page')) },
];

/** The printed form of `kind`, or undefined. */
export function printRouteOf(kind: string): PrintRouteDefinition | undefined {
  return PRINT_ROUTES.find((route) => route.kind === kind);
}
