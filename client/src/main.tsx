import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Router } from './components/router';
import { setupI18n } from './i18n/i18n';
import { HeardClientProvider } from './urql';
import { App, loadSurveyApp } from './App';
import './styles.css';

// The catalog for the remembered language loads before the first paint, so nobody sees a flash
// of English before their own language. A survey link's page loads with it: the server has already
// drawn its first screen (server/src/surveys/survey-page.ts), which stays until React can draw the same.
await Promise.all([setupI18n(), window.location.pathname.startsWith('/s/') ? loadSurveyApp().catch(() => {}) : null]);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <HeardClientProvider>
      <Router>
        <App />
      </Router>
    </HeardClientProvider>
  </StrictMode>,
);
