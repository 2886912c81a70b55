import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import './app/global.css';

// All records live in IndexedDB. Electron's storage is durable already; in a plain browser (the
// web host) ask that this origin's data never be evicted under disk pressure.
void navigator.storage?.persist?.().catch(() => false);

createRoot(document.getElementById('root')!).render(<App />);
