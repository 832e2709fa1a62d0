import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Router } from './components/router';
import { setupI18n } from './i18n/i18n';
import { HeardClientProvider } from './urql';
import { App } from './App';
import './styles.css';

// The catalog for the remembered language loads before the first paint, so nobody sees a flash
// of English before their own language.
await setupI18n();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <HeardClientProvider>
      <Router>
        <App />
      </Router>
    </HeardClientProvider>
  </StrictMode>,
);
