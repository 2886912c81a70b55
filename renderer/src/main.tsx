import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { ensurePersistentStorage } from './app/storage-persistence';
import { logCaughtError } from './components/error-boundary';
import './app/global.css';

// All records live in IndexedDB: ask that this origin's data never be evicted under disk pressure
// (Electron grants it; a browser may refuse, and 概览 and 设置 then say so).
void ensurePersistentStorage();

createRoot(document.getElementById('root')!, { onCaughtError: logCaughtError }).render(<App />);
