import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './components/App';
import './styles.css';
import { registerServiceWorker } from './sw-register';
import { session } from './store';
import { startAutosave } from './store/autosave';

// Reading the saved session starts before the first render; the link and the saved session meet in useUrlSync.
const autosave = startAutosave(session);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App autosave={autosave} />
  </StrictMode>,
);

registerServiceWorker();
