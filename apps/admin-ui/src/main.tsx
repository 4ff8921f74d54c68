import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { restoreSession } from './api/client';
import { App } from './app';
import './app.css';
import { initI18n } from './i18n/i18n';

initI18n();
void restoreSession(); // a reload stays signed in, through the refresh cookie

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
