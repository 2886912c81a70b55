import { createRoot } from 'react-dom/client';
import { PRINT_HASH_PREFIX } from '@shared/ipc/print-route';

// All records live in IndexedDB. Electron's storage is durable already; in a plain browser (the
// web host) ask that this origin's data never be evicted under disk pressure.
void navigator.storage?.persist?.().catch(() => false);

const root = createRoot(document.getElementById('root')!);
// A print window (desktop print:pdf) or print tab (web host) opens straight on a print route: it
// loads the print pages alone, without the menu, the forms and antd (a record book is ready about
// half a second sooner). Everything else loads the app, which shows print routes too.
if (window.location.hash.startsWith(PRINT_HASH_PREFIX)) void import('./print/print-app').then(({ PrintApp }) => root.render(<PrintApp />));
else void import('./app/app').then(({ App }) => root.render(<App />));
