import { Suspense, useCallback, useEffect, useState } from 'react';
import { AUTOPRINT_PARAM, printRouteHash, type PrintRoute } from '@shared/ipc/print-route';
import { StoreProvider } from '../app/store-context';
import { ErrorBoundary } from '../components/error-boundary';
import { TestFault } from '../components/test-fault';
import { printRouteOf } from './print-routes';
import { PRINT_TEXTS } from './texts';
import './print.css';
import PREVIEW_CSS from './print-preview.css?inline';

/** The class on <html> that gives a print route its paper look on screen (print.css). */
const PREVIEW_CLASS = 'gzt-print-preview';

/** Shows `message` instead of the page, and tells whoever waits to print (data-print-error). */
function PrintFailure({ message }: { message: string }) {
  useEffect(() => {
    document.body.dataset.printError = message;
  }, [message]);
  return <p className="print-failure">{message}</p>;
}

/**
 * A print route without the shell: the page of its kind, inside the database provider (as a
 * reader: it never writes nor waits for the writing window's lock) and an error boundary, laid out
 * by print.css. Once the page says it is ready and the fonts are loaded, `data-print-ready="1"` is
 * set on <body> (main waits for it before printToPDF; the e2e tier before page.pdf), and with
 * `autoprint=1` (the web host) the page looks like paper on screen and the browser's print dialog opens.
 */
export default function PrintRoot({ route }: { route: PrintRoute }) {
  const definition = printRouteOf(route.kind);
  // Readiness belongs to one route: when the print window moves on to the next book of a batch
  // (a hash change, no reload), the marker goes until the new page says it is ready.
  const routeKey = printRouteHash(route);
  const [readyKey, setReadyKey] = useState<string>();
  const ready = readyKey === routeKey;
  const [error, setError] = useState<string | undefined>(definition ? undefined : PRINT_TEXTS.unknownKind(route.kind));
  const onReady = useCallback(() => setReadyKey(routeKey), [routeKey]);
  const autoprint = route.params[AUTOPRINT_PARAM] === '1';

  useEffect(() => {
    document.documentElement.classList.add('gzt-print');
    document.title = definition?.title ?? document.title;
    return () => {
      document.documentElement.classList.remove('gzt-print');
      delete document.body.dataset.printReady;
      delete document.body.dataset.printError;
    };
  }, [definition]);

  // The paper look on screen is for a person (the web host's tab), and so is its style sheet
  // (print-preview.css). A hidden print window keeps the page laid out as it prints, with no
  // rule that depends on the medium: otherwise Chromium restyles and lays out the whole book
  // again when printing starts (about a fifth of the renderer's time for a year's book, seen in
  // Chromium traces).
  useEffect(() => {
    document.documentElement.classList.toggle(PREVIEW_CLASS, autoprint);
    return () => document.documentElement.classList.remove(PREVIEW_CLASS);
  }, [autoprint]);

  useEffect(() => {
    if (!ready) delete document.body.dataset.printReady;
    if (!ready || error) return;
    let live = true;
    void (document.fonts?.ready ?? Promise.resolve()).then(() => {
      if (!live) return;
      document.body.dataset.printReady = '1';
      if (autoprint) window.print();
    });
    return () => {
      live = false;
    };
  }, [ready, error, autoprint]);

  if (error || !definition) return <PrintFailure message={error ?? PRINT_TEXTS.unknownKind(route.kind)} />;
  const Page = definition.page;
  return (
    <>
      {autoprint && <style>{PREVIEW_CSS}</style>}
      <StoreProvider role="reader" loading={null} failed={(e) => <PrintFailure message={PRINT_TEXTS.databaseFailed(e.message)} />}>
        <ErrorBoundary fallback={(e) => <PrintFailure message={PRINT_TEXTS.pageFailed(e instanceof Error ? e.message : String(e))} />}>
          <TestFault params={route.params} />
          <Suspense fallback={null}>
            <Page key={routeKey} params={route.params} onReady={onReady} onError={setError} />
          </Suspense>
        </ErrorBoundary>
      </StoreProvider>
    </>
  );
}
