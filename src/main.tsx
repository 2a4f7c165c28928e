import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './components/App';
import { afterFirstScreen } from './components/layout/lazy';
import './styles.css';
import { session } from './store';
import { startAutosave } from './store/autosave';

// Reading the saved session starts before the first render; the link and the saved session meet in useUrlSync.
const autosave = startAutosave(session);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App autosave={autosave} />
  </StrictMode>,
);

void afterFirstScreen();

// Offline support and "Reload to update": registered once the page has loaded, its code fetched only then.
// Not in development (files change under a worker) nor where browsers offer no service workers.
if (!import.meta.env.DEV && 'serviceWorker' in navigator)
  window.addEventListener(
    'load',
    () => void import('./components/layout/updates').then((m) => m.startUpdates()),
  );
