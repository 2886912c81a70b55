import { lazy, Suspense } from 'react';
import { usePrintRoute } from '../app/routes';
import PrintRoot from './print-root';

const App = lazy(() => import('../app/app').then((m) => ({ default: m.App })));

/** A window opened on a print route: the print route alone (the app only if the location leaves print routes). */
export function PrintApp() {
  const route = usePrintRoute();
  if (route) return <PrintRoot route={route} />;
  return (
    <Suspense fallback={null}>
      <App />
    </Suspense>
  );
}
