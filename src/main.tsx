import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './components/App';
import './styles.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

// Offline support and "Reload to update": registered once the page has loaded, its code fetched only then.
// Not in development (files change under a worker) nor where browsers offer no service workers.
if (!import.meta.env.DEV && 'serviceWorker' in navigator)
  window.addEventListener(
    'load',
    () => void import('./components/layout/updates').then((m) => m.startUpdates()),
  );
